import { randomUUID } from "node:crypto";
import { routePath, type HttpMethod, type RouteFile } from "./route-files";

export interface MalformedRequest {
  /** What is wrong with it, for the failure list. */
  label: string;
  method: HttpMethod;
  target: string;
  headers: Record<string, string>;
  body?: string;
  /** The app server refuses these before Next: exactly 400. Otherwise any 4xx (or a 2xx/3xx that ignores it). */
  expectBadRequest: boolean;
}

// Values a dynamic segment receives, as they go on the wire. The first four can never be decoded or hold a NUL.
const undecodableSegments = ["%c0%af", "%", "%zz", "a%00b"];
const oddSegments = [
  "..%2F..%2Fetc%2Fpasswd",
  "x".repeat(3000),
  "%F0%9F%98%80",
  "-1",
  "1e309",
  "null",
  "%20",
  "'%20OR%201%3D1--",
  "%E2%80%A8",
];

const undecodableQueries = ["q=%00", "callbackUrl=%00", "q=line%0Abreak"];
const oddQueries = [
  "x=%zz&q=%ff",
  `q=${"x".repeat(5000)}`,
  "id=1&id=2&id%5B%5D=3",
  "w=-1&since=99999999999999999999&page=1e309",
  "q=%E2%80%A8&callbackUrl=%E2%80%A8",
  "callbackUrl=javascript%3Aalert(1)",
  "session_id=cs_test_nothing&status=teleported&target=elsewhere",
];

const nul = "a\u0000b";
const json = { "content-type": "application/json" };
const bodies: Array<{ label: string; headers: Record<string, string>; body: string }> = [
  { label: "truncated JSON", headers: json, body: '{"a":' },
  { label: "JSON array", headers: json, body: "[]" },
  { label: "JSON null", headers: json, body: "null" },
  { label: "JSON string", headers: json, body: '"x"' },
  { label: "JSON huge number", headers: json, body: "1e999" },
  { label: "empty JSON body", headers: json, body: "" },
  {
    label: "NUL in every common field",
    headers: json,
    body: JSON.stringify({
      name: nul, title: nul, description: nul, note: nul, q: nul, email: `a\u0000@example.com`, id: nul, key: nul, status: nul,
      slug: nul, code: nul, city: nul, contentType: nul, items: [{ note: nul, menuItemId: nul, quantity: 1 }],
    }),
  },
  {
    label: "wrong types",
    headers: json,
    body: '{"name":1,"items":"all","priceCents":"free","quantity":1e400,"startsAt":"yesterday","tickets":{"a":-1},"status":[]}',
  },
  { label: "deep nesting", headers: json, body: `${"[".repeat(5000)}${"]".repeat(5000)}` },
  { label: "1.5 MB of JSON", headers: json, body: JSON.stringify({ name: "x".repeat(1_500_000) }) },
  { label: "form with NULs", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "email=%00&name=a%00b&csrfToken=%00" },
  { label: "broken multipart", headers: { "content-type": "multipart/form-data; boundary=zz" }, body: "--zz\r\nnot a part" },
  { label: "wrong content type", headers: { "content-type": "text/plain" }, body: '{"name":"x"}' },
];

/** Every malformed variant of one route file's requests: bad path segments, bad queries, bad bodies. */
export function malformedRequestsFor(route: RouteFile): MalformedRequest[] {
  const requests: MalformedRequest[] = [];
  const plausible = routePath(route, () => randomUUID());
  const dynamicCount = route.segments.filter((segment) => segment.kind === "dynamic").length;

  for (const method of route.methods) {
    const bare = method === "GET" || method === "DELETE" ? {} : { headers: json, body: "{}" };
    if (dynamicCount > 0) {
      for (const [values, expectBadRequest] of [[undecodableSegments, true], [oddSegments, false]] as const) {
        for (const value of values) {
          const target = routePath(route, () => value);
          requests.push({ label: `segment ${value.slice(0, 24)}`, method, target, headers: {}, ...bare, expectBadRequest });
        }
      }
    }
    for (const [queries, expectBadRequest] of [[undecodableQueries, true], [oddQueries, false]] as const) {
      for (const query of queries) {
        requests.push({ label: `query ${query.slice(0, 40)}`, method, target: `${plausible}?${query}`, headers: {}, ...bare, expectBadRequest });
      }
    }
    if (method !== "GET") {
      for (const { label, headers, body } of bodies) requests.push({ label, method, target: plausible, headers, body, expectBadRequest: false });
    }
  }
  return requests;
}
