import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./app-error";
import { fieldLabel } from "./field-label";
import { parseInput } from "./parse-input";
import { toSentence } from "./people-messages";

/** What parseInput refuses `value` with: the message and each field, as the API answers them. */
function refusal(schema: z.ZodType, value: unknown, part: "params" | "query" | "body" = "body") {
  try {
    parseInput(schema, value, part);
  } catch (error) {
    if (error instanceof AppError) return { message: error.userMessage, fields: error.fields ?? [] };
    throw error;
  }
  throw new Error("expected a refusal");
}

const item = z.strictObject({
  name: z.string().trim().min(1).max(80),
  description: z.string().max(5),
  priceCents: z.number().int().min(0).max(100_000),
  quantity: z.number().int().min(1),
  email: z.email(),
  categoryId: z.uuid(),
  kind: z.enum(["percent", "amount"]),
  tags: z.array(z.string()).min(1).max(2),
  startsAt: z.string().regex(/^\d{4}$/, { error: "expected a date and time like 2026-12-05T20:00" }),
  code: z.string().regex(/^[A-Z]+$/, { error: "3–40 letters, digits, - or _" }),
  wait: z.number({ error: "wait must be a whole number of milliseconds" }),
});

const good = {
  name: "Ribs",
  description: "",
  priceCents: 1299,
  quantity: 1,
  email: "a@b.co",
  categoryId: "3f1c2a1e-8a4b-4c1d-9e2f-1a2b3c4d5e6f",
  kind: "amount",
  tags: ["x"],
  startsAt: "2026",
  code: "ABC",
  wait: 0,
};

const messageFor = (change: Record<string, unknown>) => {
  const { fields } = refusal(item, { ...good, ...change });
  return fields.map((field) => `${field.path} → ${field.message}`);
};

describe("people's words for refused input", () => {
  it("says each zod issue in the form's words, paths kept in fields for code", () => {
    expect(messageFor({ priceCents: 100_001 })).toEqual(["body.priceCents → Price must be at most $1,000.00."]);
    expect(messageFor({ priceCents: -1 })).toEqual(["body.priceCents → Price must be at least $0.00."]);
    expect(messageFor({ quantity: 0 })).toEqual(["body.quantity → Quantity must be at least 1."]);
    expect(messageFor({ quantity: 1.5 })).toEqual(["body.quantity → Quantity must be a whole number."]);
    expect(messageFor({ quantity: "2" })).toEqual(["body.quantity → Quantity must be a number."]);
    expect(messageFor({ name: "  " })).toEqual(["body.name → Name is required."]);
    expect(messageFor({ name: undefined })).toEqual(["body.name → Name is required."]);
    expect(messageFor({ description: "toolong" })).toEqual(["body.description → Description must be at most 5 characters."]);
    expect(messageFor({ email: "nope" })).toEqual(["body.email → Email must be an email address like name@example.com."]);
    expect(messageFor({ categoryId: "7" })).toEqual(["body.categoryId → Category was not recognised."]);
    expect(messageFor({ kind: "free" })).toEqual(["body.kind → Kind must be one of: percent, amount."]);
    expect(messageFor({ tags: [] })).toEqual(["body.tags → Tags needs at least one item."]);
    expect(messageFor({ tags: ["a", "b", "c"] })).toEqual(["body.tags → Tags must be at most 2 items."]);
    expect(messageFor({ extra: 1 })).toEqual(["body → Extra is not something you can set here."]);
  });

  it("keeps a schema's own words, made a sentence", () => {
    expect(messageFor({ startsAt: "x" })).toEqual(["body.startsAt → Start should be a date and time like 2026-12-05T20:00."]);
    expect(messageFor({ code: "x" })).toEqual(["body.code → Code: 3–40 letters, digits, - or _."]);
    expect(messageFor({ wait: "x" })).toEqual(["body.wait → Wait must be a whole number of milliseconds."]);
    expect(toSentence("That promo code has been used up.", ["promoCode"])).toBe("That promo code has been used up.");
    expect(toSentence("nothing to change", [])).toBe("Nothing to change.");
    expect(toSentence("q is required", ["q"])).toBe("Search is required.");
  });

  it("answers one message: the first field's words and which others to check", () => {
    const { message, fields } = refusal(item, { ...good, priceCents: 200_000, name: "", quantity: 0 });
    expect(fields.map((field) => field.path)).toEqual(["body.name", "body.priceCents", "body.quantity"]);
    expect(message).toBe("Name is required. Also check: Price, Quantity.");
    expect(refusal(item, { ...good, quantity: 0 }, "query").message).toBe("Quantity must be at least 1.");
  });

  it("says a whole-form issue in its own words, never as a field called This", () => {
    const { message } = refusal(item, { ...good, name: "", items: [] });
    expect(message).toBe("Name is required. Items is not something you can set here.");
    expect(refusal(item, { ...good, name: "", quantity: 0, items: [] }).message).toBe(
      "Name is required. Items is not something you can set here. Also check: Quantity.",
    );
  });

  it("says control characters in people's words, before the schema", () => {
    const { message, fields } = refusal(item, { ...good, name: "a\u0000b" });
    expect(fields).toEqual([{ path: "body.name", message: "Name contains characters that can't be typed here." }]);
    expect(message).toBe("Name contains characters that can't be typed here.");
  });

  it("never shows a person a field path or zod's developer wording", () => {
    const bad = [{ priceCents: 1e9, name: "", email: 3, kind: null, tags: "x", categoryId: 1, extra: true }, null, [], "x"];
    for (const value of bad) {
      const { message, fields } = refusal(item, value);
      for (const text of [message, ...fields.map((field) => field.message)]) {
        expect(text).not.toMatch(/\b(body|query|params)\.|expected \w+ to be|Invalid input|<=|>=|Too (big|small)/);
        expect(text).toMatch(/^[A-Z0-9$].*[.!?]$/);
      }
    }
  });

  it("labels fields as the form does", () => {
    const names = ["priceCents", "ticketTypeId", "postalCode", "perOrderLimit", "coverImageKey", "ticketTypeIds"];
    expect(names.map((name) => fieldLabel([name]))).toEqual([
      "Price",
      "Ticket type",
      "Postal code",
      "Limit per order",
      "Cover image",
      "Ticket types",
    ]);
    expect(fieldLabel(["lines", 0, "quantity"])).toBe("Quantity");
    expect(fieldLabel([])).toBe("This");
    expect(refusal(z.object({ id: z.uuid() }), { id: "7" }, "params").message).toBe("The link was not recognised.");
  });
});
