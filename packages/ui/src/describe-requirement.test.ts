import { describe, expect, it } from "vitest";
import { describeRequirement, describeRequirements } from "./describe-requirement";

describe("describeRequirement", () => {
  it("says what Stripe asks for in words, most specific first", () => {
    expect(describeRequirement("external_account")).toBe("a bank account for payouts");
    expect(describeRequirement("individual.verification.document")).toBe("a photo ID");
    expect(describeRequirement("individual.dob.day")).toBe("your name, birth date and address");
    expect(describeRequirement("company.tax_id")).toBe("the business's tax ID");
  });

  it("falls back to the path without its punctuation, and says each thing once", () => {
    expect(describeRequirement("settings.payments.statement_descriptor")).toBe("settings payments statement descriptor");
    expect(describeRequirements(["individual.dob.day", "individual.dob.month", "external_account"])).toEqual([
      "your name, birth date and address",
      "a bank account for payouts",
    ]);
  });
});
