import { installFakeOffice } from "../fake-excel";
import {
  loadTemplate,
  readSubmissionRecords,
  readWorkbookReports,
  updateSubmissionRecords,
} from "../../src/excel";
import {
  latestReceipt,
  RECEIPT_NAMESPACE,
  RECEIPT_SHEET,
  ReceiptRecord,
  recordsFromXml,
  withSavedJustifications,
  withReceipt,
} from "../../src/core";

const choice = { templateId: "ASYAPPCTZM", country: "ME", period: "2026-06" };

function receipt(version: number, extra: Partial<ReceiptRecord> = {}): ReceiptRecord {
  return {
    sheet: "ASYAPPCTZM",
    templateId: "ASYAPPCTZM",
    templateVersion: "1.0.0",
    country: "ME",
    period: "2026-06",
    submissionId: `sub-${version}`,
    version,
    receivedAt: "2026-07-02T10:00:00.000Z",
    sha256: "ab".repeat(32),
    observations: 96,
    status: "validated",
    ...extra,
  };
}

describe("the receipts and justifications kept in the workbook", () => {
  it("start empty in a workbook that never submitted", async () => {
    installFakeOffice(globalThis);
    expect(await readSubmissionRecords()).toEqual({ receipts: [], justifications: [] });
  });

  it("are written to a custom XML part and a very hidden, protected sheet and read back", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);
    await updateSubmissionRecords((r) => withReceipt(r, receipt(1)));
    await updateSubmissionRecords((r) =>
      withSavedJustifications(
        withReceipt(r, receipt(2, { reviewComment: 'Syria "F" <ok> & fine' })),
        "ASYAPPCTZM",
        [
          {
            ruleId: "plausible",
            key: "citizen=SY;sex=F",
            text: "A new camp opened in May;\nsee note 3.",
          },
        ]
      )
    );

    const parts = host.customXmlParts().filter((p) => p.namespaceUri === RECEIPT_NAMESPACE);
    expect(parts).toHaveLength(1);
    const fromXml = recordsFromXml(parts[0].xml);
    expect(fromXml.receipts.map((r) => r.version)).toEqual([1, 2]);
    expect(host.sheetInfo(RECEIPT_SHEET).visibility).toBe("VeryHidden");
    expect(host.protection(RECEIPT_SHEET).protected).toBe(true);
    expect(host.values(RECEIPT_SHEET, "A3:B3")).toEqual([["sub-2", "2"]]);

    const records = await readSubmissionRecords();
    expect(latestReceipt(records, "ASYAPPCTZM")).toEqual(
      receipt(2, { reviewComment: 'Syria "F" <ok> & fine' })
    );
    expect(records.justifications).toEqual([
      {
        sheet: "ASYAPPCTZM",
        ruleId: "plausible",
        key: "citizen=SY;sex=F",
        text: "A new camp opened in May;\nsee note 3.",
      },
    ]);
  });

  it("leave the template sheets and their stamps as they were", async () => {
    installFakeOffice(globalThis);
    await loadTemplate(choice);
    await updateSubmissionRecords((r) => withReceipt(r, receipt(1)));

    const reports = await readWorkbookReports();
    expect(reports.filter((r) => r.kind === "template").flatMap((r) => r.findings ?? [])).toEqual(
      []
    );
    expect(reports.find((r) => r.sheet === RECEIPT_SHEET)?.kind).toBe("other");
  });

  it("fall back to the hidden sheet's receipts when the XML part is gone", async () => {
    const host = installFakeOffice(globalThis);
    await updateSubmissionRecords((r) => withReceipt(r, receipt(3)));
    await Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(RECEIPT_NAMESPACE);
      parts.load("items/id");
      await context.sync();
      parts.items.forEach((p) => p.delete());
      await context.sync();
    });
    expect(host.customXmlParts().some((p) => p.namespaceUri === RECEIPT_NAMESPACE)).toBe(false);

    expect((await readSubmissionRecords()).receipts).toEqual([receipt(3)]);
  });

  it("record one submission once, with what was heard last", async () => {
    installFakeOffice(globalThis);
    await updateSubmissionRecords((r) => withReceipt(r, receipt(1)));
    await updateSubmissionRecords((r) => withReceipt(r, receipt(1, { status: "accepted" })));

    expect((await readSubmissionRecords()).receipts).toEqual([receipt(1, { status: "accepted" })]);
  });
});
