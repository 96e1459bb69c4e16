import { randomUUID } from "crypto";
import JSZip from "jszip";
import { STAMP_NAMESPACE } from "../core";

/**
 * The workbook's stamp as a custom XML part, the place Office keeps data for add-ins. exceljs
 * neither writes nor keeps such parts, so they are added to the saved package here: the part,
 * its properties (an id and the schema it follows), and the workbook part's relationship to it,
 * which is where Excel relates custom XML parts from.
 */
const RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function itemNumbers(zip: JSZip): number[] {
  return Object.keys(zip.files)
    .map((name) => /^customXml\/item(\d+)\.xml$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
}

function nextRelationshipId(rels: string): string {
  const used = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...used) + 1}`;
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`the saved workbook has no ${name}`);
  return file.async("string");
}

/** Adds the stamp XML as a new custom XML part of a saved .xlsx package. */
export async function addStampPart(xlsx: Buffer, xml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const n = Math.max(0, ...itemNumbers(zip)) + 1;
  const guid = `{${randomUUID().toUpperCase()}}`;

  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `${DECLARATION}<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="${DATASTORE}">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${STAMP_NAMESPACE}"/></ds:schemaRefs>` +
      "</ds:datastoreItem>"
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">` +
      `<Relationship Id="rId1" Type="${CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/>` +
      "</Relationships>"
  );

  const rels = await text(zip, WORKBOOK_RELS);
  const relationship =
    `<Relationship Id="${nextRelationshipId(rels)}" Type="${CUSTOM_XML}" ` +
    `Target="../customXml/item${n}.xml"/>`;
  zip.file(WORKBOOK_RELS, rels.replace("</Relationships>", `${relationship}</Relationships>`));

  let types = await text(zip, CONTENT_TYPES);
  const overrides = [
    `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/>`,
  ];
  if (!/<Default Extension="xml"/.test(types)) {
    overrides.push(`<Override PartName="/customXml/item${n}.xml" ContentType="application/xml"/>`);
  }
  types = types.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.file(CONTENT_TYPES, types);

  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The stamp part's XML, found by its namespace; undefined when the workbook has none. */
export async function readStampPart(zip: JSZip): Promise<string | undefined> {
  for (const n of itemNumbers(zip).sort((a, b) => a - b)) {
    const xml = await text(zip, `customXml/item${n}.xml`);
    if (xml.includes(`xmlns="${STAMP_NAMESPACE}"`)) return xml;
  }
  return undefined;
}
