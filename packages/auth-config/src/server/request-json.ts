import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

// The first poll gets the whole 30-day revocation list, about 85 bytes an entry: room for some 190,000 entries.
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * A bounded GET (or, with `json`, a POST of that JSON) returning the status and parsed JSON body (null when not
 * JSON). node:http rather than fetch on purpose: background polling must stay outside Next's patched fetch, which
 * would tie it to (and cache it for) the request that happened to start it.
 */
export function requestJson(
  url: string,
  { headers, signal, json }: { headers: Record<string, string>; signal: AbortSignal; json?: unknown },
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith("https:") ? httpsRequest : httpRequest;
    const payload = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
    const method = payload ? "POST" : "GET";
    const allHeaders: Record<string, string> = { accept: "application/json", ...headers };
    if (payload) Object.assign(allHeaders, { "content-type": "application/json", "content-length": String(payload.length) });
    const outgoing = send(url, { method, headers: allHeaders, signal }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) response.destroy(new Error(`response larger than ${MAX_BODY_BYTES} bytes`));
        else chunks.push(chunk);
      });
      response.on("error", reject);
      // An abort after the headers arrived may only close the stream; without this the poll would wait forever.
      response.on("close", () => {
        if (!response.complete) reject(new Error("the response was cut off"));
      });
      response.on("end", () => {
        let body: unknown = null;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        } catch {
          // Not JSON (an HTML error page from a proxy, say): the caller decides from the status.
        }
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}
