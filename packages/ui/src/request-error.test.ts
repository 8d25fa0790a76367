import { describe, expect, it } from "vitest";
import { failureMessage, fieldErrorsOf, formLevelMessage, RequestError, toRequestError } from "./request-error";

describe("toRequestError", () => {
  it("keeps the route's words and keys each field by the form's name", () => {
    const error = toRequestError(
      {
        error: {
          code: "invalid_input",
          message: "Price must be at most $1,000.00. Also check: Name.",
          fields: [
            { path: "body.priceCents", message: "Price must be at most $1,000.00." },
            { path: "body.name", message: "Name is required." },
            { path: "body.lines.0.quantity", message: "Quantity must be at least 1." },
          ],
        },
      },
      422,
    );
    expect(error).toBeInstanceOf(RequestError);
    expect(error.message).toBe("Price must be at most $1,000.00. Also check: Name.");
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toEqual({
      priceCents: "Price must be at most $1,000.00.",
      name: "Name is required.",
      "lines.0.quantity": "Quantity must be at least 1.",
    });
  });

  it("says something plain when the answer has no words of its own (never a status code or a path)", () => {
    expect(toRequestError({}, 502).message).toBe("Something went wrong on our side. Please try again.");
    expect(toRequestError({}, 409).message).toBe("That did not work. Please try again.");
    expect(failureMessage(new TypeError("Failed to fetch"), "Saving failed.")).toBe("Saving failed.");
    expect(fieldErrorsOf(new Error("x"))).toEqual({});
  });
});

describe("formLevelMessage", () => {
  it("is left out when every refused field is shown beside its input, and said otherwise", () => {
    const fields = { priceCents: "Price must be at most $1,000.00." };
    expect(formLevelMessage("Price must be at most $1,000.00.", fields, ["name", "priceCents"])).toBeNull();
    expect(formLevelMessage("Price must be at most $1,000.00.", fields, ["name"])).toBe("Price must be at most $1,000.00.");
    expect(formLevelMessage("That order was already picked up.", {}, ["name"])).toBe("That order was already picked up.");
    expect(formLevelMessage(null, fields, [])).toBeNull();
  });
});
