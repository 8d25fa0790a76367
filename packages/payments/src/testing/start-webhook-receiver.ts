import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * For tests: an app's webhook endpoint on a free local port, for the Stripe stand-in to deliver to. Each delivery
 * becomes a fetch Request (raw body, Stripe's headers) for `answer`, as a Next.js route handler receives it.
 */
export async function startWebhookReceiver(answer: (request: Request) => Promise<Response>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = incoming.headers as Record<string, string>;
    const request = new Request("http://127.0.0.1/api/stripe/webhook", { method: "POST", headers, body: Buffer.concat(chunks) });
    const response = await answer(request);
    outgoing.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/stripe/webhook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
