import { Finding } from "../../src/core";
import { findingHint } from "../../src/taskpane/finding-hints";

function versionFinding(found: string, current = "1.1.0"): Finding {
  return {
    ruleId: "sheet-metadata",
    severity: "warning",
    messageId: "meta.unknownTemplateVersion",
    params: { found, current },
    message: "",
  };
}

describe("the hint under a finding", () => {
  it("tells how to deal with a sheet from an older version this add-in does not know", () => {
    expect(findingHint(versionFinding("1.0.0"))).toMatch(/does not know template version 1\.0\.0/);
  });

  it("is absent for a newer or missing version, and for other findings", () => {
    expect(findingHint(versionFinding("2.0.0"))).toBeUndefined();
    expect(findingHint(versionFinding("(none)"))).toBeUndefined();
    expect(
      findingHint({ ...versionFinding("1.0.0"), messageId: "value.negative" })
    ).toBeUndefined();
  });
});
