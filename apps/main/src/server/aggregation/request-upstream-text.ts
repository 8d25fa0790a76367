import http from "node:http";
import https from "node:https";

// One keep-alive pool per protocol for the whole process: the portal talks to the same six origins all day.
const agents = { "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }), "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }) };

export interface UpstreamText {
  status: number;
  text: string;
}

/**
 * A GET with node:http on a keep-alive agent rather than `fetch`: inside Next.js `fetch` is wrapped for caching and
 * tracing, which costs measurable time on every one of the six calls behind each portal page. `signal` aborts the
 * whole exchange, from connecting to the last byte of the body. Redirects are not followed.
 */
export function requestUpstreamText(url: string, { headers, signal }: { headers: Record<string, string>; signal: AbortSignal }): Promise<UpstreamText> {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  const agent = target.protocol === "https:" ? agents["https:"] : agents["http:"];
  return new Promise((resolve, reject) => {
    const request = client.get(target, { agent, headers, signal }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
      // An abort mid-body may end the stream without an "error": settle anyway (a settled promise ignores the rest).
      response.on("close", () => reject(new Error("the upstream closed the connection before the end of its answer")));
    });
    request.on("error", reject);
  });
}
