import { randomUUID } from "crypto";
import JSZip from "jszip";

/**
 * Custom XML parts, the place Office keeps data for add-ins: the workbook's stamp, and the
 * receipts and justifications the add-in records. exceljs neither writes nor keeps such parts,
 * so they are added to the saved package here: the part, its properties (an id and the schema
 * it follows), and the workbook part's relationship to it, which is where Excel relates custom
 * XML parts from.
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

/** A custom XML part's text and the namespace of its root element, which add-ins find it by. */
export interface CustomXmlPart {
  namespace: string;
  xml: string;
}

/** Adds the parts as new custom XML parts of a saved .xlsx package. */
export async function addCustomXmlParts(xlsx: Buffer, parts: CustomXmlPart[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const part of parts) await addPart(zip, part);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function addPart(zip: JSZip, { namespace, xml }: CustomXmlPart): Promise<void> {
  const n = Math.max(0, ...itemNumbers(zip)) + 1;
  const guid = `{${randomUUID().toUpperCase()}}`;

  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `${DECLARATION}<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="${DATASTORE}">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs>` +
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
}

/** The XML of every custom XML part in the namespace, in package order. */
export async function readCustomXmlParts(zip: JSZip, namespace: string): Promise<string[]> {
  const found: string[] = [];
  for (const n of itemNumbers(zip).sort((a, b) => a - b)) {
    const xml = await text(zip, `customXml/item${n}.xml`);
    if (xml.includes(`xmlns="${namespace}"`)) found.push(xml);
  }
  return found;
}
