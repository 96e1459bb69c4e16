// Offline structural check of manifest.xml. Microsoft's validator needs the internet, so this test
// parses the file locally with office-addin-manifest's own reader and checks what makes
// Office refuse to load an add-in: element order, host, requirement set, https URLs and icons.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { ManifestInfo } from "office-addin-manifest";

const ROOT = path.join(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");

// xml2js keeps attributes under "$" and gathers repeated children into arrays, in document order.
interface XmlNode {
  $?: Record<string, string>;
  [child: string]: unknown;
}

// Schema order of a TaskPaneApp's children (learn.microsoft.com, "manifest element ordering").
const TASK_PANE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const REQUIRED_TOP_LEVEL = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];
const VERSION_OVERRIDES_ORDER = [
  "Description",
  "Requirements",
  "Hosts",
  "Resources",
  "WebApplicationInfo",
  "EquivalentAddins",
];
const DESKTOP_FORM_FACTOR_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];
const GROUP_ORDER = ["Label", "Icon", "Control"];
const CONTROL_ORDER = ["Label", "Supertip", "Icon", "Action"];
const RESOURCES_ORDER = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function childNames(node: XmlNode): string[] {
  return Object.keys(node).filter((key) => key !== "$" && key !== "_");
}

function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function only(node: XmlNode, ...names: string[]): XmlNode {
  return names.reduce((current, name) => {
    const found = children(current, name);
    expect(found).toHaveLength(1);
    return found[0];
  }, node);
}

/** Names that are out of place relative to `order`, or unknown to it. */
function orderViolations(node: XmlNode, order: string[]): string[] {
  const names = childNames(node);
  const violations = names.filter((name) => !order.includes(name));
  names.forEach((name, i) => {
    if (i > 0 && order.indexOf(name) < order.indexOf(names[i - 1])) {
      violations.push(`${name} after ${names[i - 1]}`);
    }
  });
  return violations;
}

/** Every attribute value with the given name, anywhere below `node`. */
function attributeValues(node: unknown, attribute: string): string[] {
  if (Array.isArray(node)) {
    return node.flatMap((item) => attributeValues(item, attribute));
  }
  if (typeof node !== "object" || node === null) {
    return [];
  }
  const own = (node as XmlNode).$?.[attribute];
  const below = Object.entries(node)
    .filter(([key]) => key !== "$")
    .flatMap(([, value]) => attributeValues(value, attribute));
  return own === undefined ? below : [own, ...below];
}

// office-addin-manifest pulls in ES-module-only dependencies that jest cannot require, while plain
// Node can; so the manifest is read in a child Node process and handed back as JSON.
const READER = `
const { OfficeAddinManifest } = require("office-addin-manifest");
const { ManifestHandlerXml } = require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml");
const file = process.argv[1];
Promise.all([OfficeAddinManifest.readManifestFile(file), new ManifestHandlerXml(file).parseXmlAsync()])
  .then(([info, xml]) => process.stdout.write(JSON.stringify({ info, xml })));
`;

function readManifest(): { info: ManifestInfo; xml: { OfficeApp: XmlNode } } {
  const output = execFileSync(process.execPath, ["-e", READER, MANIFEST], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(output);
}

let officeApp: XmlNode;
let info: ManifestInfo;

beforeAll(() => {
  const manifest = readManifest();
  officeApp = manifest.xml.OfficeApp;
  info = manifest.info;
});

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks with a GUID id", () => {
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.id).toMatch(GUID);
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.displayName).toBe("WB-MIDEX Migration Statistics");
  });

  it("requires ExcelApi 1.9", () => {
    const sets = children(only(officeApp, "Requirements", "Sets"), "Set");

    expect(sets.map((set) => set.$)).toEqual([{ Name: "ExcelApi", MinVersion: "1.9" }]);
  });

  it("serves the pane and every resource over https from localhost", () => {
    const urls = attributeValues(officeApp, "DefaultValue").filter((v) => /^\w+:\/\//.test(v));

    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(new URL(url).origin).toBe("https://localhost:3000");
    }
  });

  it("points every icon at a PNG that exists in assets/", () => {
    const icons = attributeValues(officeApp, "DefaultValue").filter((v) => v.endsWith(".png"));

    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) {
      const relative = new URL(icon).pathname.replace(/^\//, "");
      expect(relative).toMatch(/^assets\//);
      expect(fs.existsSync(path.join(ROOT, relative))).toBe(true);
    }
  });

  it("defines every resource id the ribbon refers to", () => {
    const resources = only(officeApp, "VersionOverrides", "Resources");
    const defined = attributeValues(resources, "id");

    for (const resid of attributeValues(officeApp, "resid")) {
      expect(defined).toContain(resid);
    }
  });

  it("keeps the top-level elements in schema order, each once", () => {
    const names = childNames(officeApp);

    expect(orderViolations(officeApp, TASK_PANE_APP_ORDER)).toEqual([]);
    expect(names.filter((name) => children(officeApp, name).length !== 1)).toEqual([]);
    expect(REQUIRED_TOP_LEVEL.filter((name) => !names.includes(name))).toEqual([]);
  });

  it("keeps the ribbon definition in schema order", () => {
    const overrides = only(officeApp, "VersionOverrides");
    const formFactor = only(overrides, "Hosts", "Host", "DesktopFormFactor");
    const group = only(formFactor, "ExtensionPoint", "OfficeTab", "Group");
    const control = only(group, "Control");

    expect(orderViolations(overrides, VERSION_OVERRIDES_ORDER)).toEqual([]);
    expect(orderViolations(formFactor, DESKTOP_FORM_FACTOR_ORDER)).toEqual([]);
    expect(orderViolations(group, GROUP_ORDER)).toEqual([]);
    expect(orderViolations(control, CONTROL_ORDER)).toEqual([]);
    expect(orderViolations(only(overrides, "Resources"), RESOURCES_ORDER)).toEqual([]);
    expect(only(control, "Action").$?.["xsi:type"]).toBe("ShowTaskpane");
  });

  it("shows the pane from a button on the Home tab", () => {
    const host = only(officeApp, "VersionOverrides", "Hosts", "Host");
    const tab = only(host, "DesktopFormFactor", "ExtensionPoint", "OfficeTab");

    expect(host.$?.["xsi:type"]).toBe("Workbook");
    expect(tab.$?.id).toBe("TabHome");
  });

  // Office picks the override whose locale matches its UI language; Montenegrin has no Office
  // locale of its own, so it rides on sr-Latn-ME.
  const LOCALES = ["sq-AL", "sr-Latn-RS", "sr-Cyrl-RS", "mk-MK", "bs-Latn-BA", "sr-Latn-ME"];

  it("names and describes the add-in in every language of the pane", () => {
    for (const name of ["DisplayName", "Description"]) {
      const element = only(officeApp, name);
      const overrides = children(element, "Override").map((o) => o.$!);
      expect(overrides.map((o) => o.Locale)).toEqual(LOCALES);
      for (const { Value } of overrides) {
        expect(Value).not.toBe(element.$!.DefaultValue);
        // The schema's limits: 125 characters for the name, 250 for the description.
        expect(Value.length).toBeLessThanOrEqual(name === "DisplayName" ? 125 : 250);
      }
    }
    const cyrillic = children(only(officeApp, "DisplayName"), "Override")[2].$!;
    expect(cyrillic.Value).toMatch(/[\u0400-\u04FF]/);
  });

  it("gives every ribbon string in every language, within the schema's lengths", () => {
    const resources = only(officeApp, "VersionOverrides", "Resources");
    for (const [kind, limit] of [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ] as const) {
      for (const text of children(only(resources, kind), "bt:String")) {
        const overrides = children(text, "bt:Override").map((o) => o.$!);
        expect(overrides.map((o) => o.Locale)).toEqual(LOCALES);
        for (const { Value } of overrides) expect(Value.length).toBeLessThanOrEqual(limit);
      }
    }
  });
});
