import type { SessionUser } from "@stepperslife/auth-config";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./app-error";
import { createRouteFactory } from "./create-route-factory";

const customer: SessionUser = { id: "u1", name: "Ana", email: "ana@example.com", image: null, roles: [] };
const owner: SessionUser = { ...customer, id: "u2", roles: ["owner:restaurants"] };
const ownerElsewhere: SessionUser = { ...customer, id: "u3", roles: ["owner:events", "admin"] };

function factoryFor(user: SessionUser | null) {
  return createRouteFactory({ app: "restaurants", readSession: async () => user });
}

const post = (body: string, contentType = "application/json") =>
  new Request("http://localhost/api/things/7?verbose=1", { method: "POST", body, headers: { "content-type": contentType } });
// Response.json() is typed unknown; these tests read the error envelope every route answers with.
type ErrorBody = { error: { code: string; message: string; fields?: { path: string }[] } };
const errorBody = async (response: Response) => (await response.json()) as ErrorBody;
const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });

describe("route factory", () => {
  it("hands the handler validated params, query and body and answers its data as JSON", async () => {
    const handler = factoryFor(customer)(
      {
        access: "user",
        params: z.object({ id: z.coerce.number().int() }),
        query: z.object({ verbose: z.enum(["0", "1"]) }),
        body: z.object({ name: z.string().min(1) }),
      },
      ({ user, params, query, body }) => ({ who: user.id, id: params.id, verbose: query.verbose, name: body.name }),
    );
    const response = await handler(post(JSON.stringify({ name: "Ribs" })), params({ id: "7" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ who: "u1", id: 7, verbose: "1", name: "Ribs" });
  });

  it("answers 422 naming the bad field, without calling the handler", async () => {
    let called = false;
    const handler = factoryFor(customer)({ access: "public", body: z.object({ quantity: z.number().int().min(1) }) }, () => {
      called = true;
    });
    const response = await handler(post(JSON.stringify({ quantity: 0 })));
    expect(response.status).toBe(422);
    const body = await errorBody(response);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toBe("Quantity must be at least 1.");
    expect(body.error.fields?.[0]?.path).toBe("body.quantity");
    expect(called).toBe(false);
  });

  it("refuses control characters anywhere in params, query or body with 422 naming the field, before the schema", async () => {
    let calls = 0;
    const handler = factoryFor(customer)(
      {
        access: "public",
        params: z.object({ id: z.string() }),
        query: z.object({ q: z.string().optional() }),
        body: z.object({ description: z.string(), lines: z.array(z.object({ note: z.string() })).optional() }).passthrough(),
      },
      () => {
        calls += 1;
        return { ok: true };
      },
    );
    const send = (body: unknown, { id = "7", path = "/api/things/7" } = {}) =>
      handler(
        new Request(`http://localhost${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
        params({ id }),
      );
    const fieldsOf = async (response: Response) => [response.status, (await errorBody(response)).error.fields?.map((field) => field.path)];

    expect(await fieldsOf(await send({ description: "a\u0000b" }))).toEqual([422, ["body.description"]]);
    expect(await fieldsOf(await send({ description: "ok", lines: [{ note: "x\u001bx" }] }))).toEqual([422, ["body.lines.0.note"]]);
    expect(await fieldsOf(await send({ description: "ok", "bad\u0000key": 1 }))).toEqual([422, ["body"]]);
    expect(await fieldsOf(await send({ description: "ok" }, { path: "/api/things/7?q=%00" }))).toEqual([422, ["query.q"]]);
    expect(await fieldsOf(await send({ description: "ok" }, { id: "7\u0000" }))).toEqual([422, ["params.id"]]);
    expect(calls).toBe(0);

    // Typed text keeps its tabs and line breaks.
    expect((await send({ description: "Line one\r\nLine\ttwo" })).status).toBe(200);
    expect(calls).toBe(1);
  });

  it("tells malformed JSON, a wrong content type and an oversized body apart", async () => {
    const handler = factoryFor(null)({ access: "public", body: z.object({}) }, () => ({}));
    const codeOf = async (request: Request) => {
      const response = await handler(request);
      return [response.status, (await errorBody(response)).error.code];
    };
    expect(await codeOf(post("{nope"))).toEqual([400, "invalid_json"]);
    expect(await codeOf(post("name=x", "application/x-www-form-urlencoded"))).toEqual([415, "unsupported_media_type"]);
    expect(await codeOf(post(JSON.stringify({ pad: "x".repeat(1_000_001) })))).toEqual([413, "payload_too_large"]);
  });

  it("guards access: 401 signed out, 403 for non-owners (an admin or another vertical's owner included)", async () => {
    const statusFor = async (user: SessionUser | null, access: "user" | "owner") =>
      (await factoryFor(user)({ access }, () => ({ ok: true }))(post("{}"))).status;
    expect(await statusFor(null, "user")).toBe(401);
    expect(await statusFor(null, "owner")).toBe(401);
    expect(await statusFor(customer, "owner")).toBe(403);
    expect(await statusFor(ownerElsewhere, "owner")).toBe(403);
    expect(await statusFor(owner, "owner")).toBe(200);
    expect(await statusFor(customer, "user")).toBe(200);
  });

  it("maps an AppError to its status and user message, and hides anything else behind a 500 reference", async () => {
    const refused = factoryFor(owner)({ access: "owner" }, () => {
      throw new AppError("conflict", "That order was already picked up.", { cause: new Error("row version 3") });
    });
    const conflict = await refused(post("{}"));
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({ error: { code: "conflict", message: "That order was already picked up." } });

    const broken = factoryFor(owner)({ access: "owner" }, () => {
      throw new Error("password=hunter2 leaked in a driver message");
    });
    const original = console.error;
    console.error = () => {};
    try {
      const failure = await broken(post("{}"));
      expect(failure.status).toBe(500);
      const text = await failure.text();
      expect(text).not.toContain("hunter2");
      expect(text).toContain(failure.headers.get("x-request-id"));
    } finally {
      console.error = original;
    }
  });

  it("passes a Response through untouched", async () => {
    const handler = factoryFor(null)({ access: "public" }, () => new Response("made", { status: 201 }));
    const response = await handler(post("{}"));
    expect([response.status, await response.text()]).toEqual([201, "made"]);
  });
});
