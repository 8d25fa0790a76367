import { request as httpRequest } from "node:http";

export interface RawAnswer {
  status: number;
  body: string;
}

/**
 * One HTTP request to an app's port exactly as written: the target is sent byte for byte (no URL normalising, so
 * `%c0%af` or a lone `%` arrive as a client sent them), with the Host header of the app's public address.
 */
export function sendRaw({
  port,
  host,
  method,
  target,
  headers = {},
  body,
}: {
  port: number;
  host: string;
  method: string;
  target: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: "127.0.0.1", port, method, path: target, headers: { host, ...headers, ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }) } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8").slice(0, 300) }));
        incoming.on("error", reject);
      },
    );
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error(`${method} ${target}: no answer within 30 s`)));
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
