import { describe, expect, it } from "vitest";
import { countWords } from "./count-words";

describe("countWords", () => {
  it("says one thing in the singular and every other count in the plural", () => {
    expect(countWords(1, "order")).toBe("1 order");
    expect(countWords(0, "order")).toBe("0 orders");
    expect(countWords(2, "order")).toBe("2 orders");
    expect(countWords(1200, "ticket")).toBe("1,200 tickets");
  });

  it("takes an irregular plural", () => {
    expect(countWords(3, "person", "people")).toBe("3 people");
    expect(countWords(1, "person", "people")).toBe("1 person");
  });
});
