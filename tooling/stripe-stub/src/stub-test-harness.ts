// For tests: a stub with two platforms whose webhooks land in a local receiver, and the real SDK pointed at it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { startStripeStub, type StripeStub } from "./start-stripe-stub";

export const platform = { secretKey: "sk_test_stub_platform_0123456789", webhookSecret: "whsec_stub_platform_0123456789" };
export const otherPlatform = { secretKey: "sk_test_stub_other_platform_0123456789", webhookSecret: "whsec_stub_other_platform_0123456789" };

export interface ReceivedWebhook {
  body: string;
  signature: string;
  path: string;
}

export interface StubTestHarness {
  stub: StripeStub;
  /** Webhooks received since the last `clear()`, oldest first. */
  received: ReceivedWebhook[];
  clear(): void;
  sdk(secretKey: string): Stripe;
  /** The received events verified with `webhookSecret` (as an app's endpoint would) and parsed. */
  events(webhookSecret?: string): Stripe.Event[];
  close(): Promise<void>;
}

/** Starts the receiver and the stub; call `close()` after the tests. */
export async function startStubTestHarness(): Promise<StubTestHarness> {
  const received: ReceivedWebhook[] = [];
  const receiver: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ body, signature: String(request.headers["stripe-signature"] ?? ""), path: request.url ?? "" });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const stub = await startStripeStub({
    accounts: [
      { ...platform, webhookUrl: `${base}/platform/webhook` },
      { ...otherPlatform, webhookUrl: `${base}/other/webhook` },
    ],
    retryDelaysMs: [],
  });
  const sdk = (secretKey: string) => {
    const url = new URL(stub.url);
    return new Stripe(secretKey, { host: url.hostname, port: url.port, protocol: "http", maxNetworkRetries: 0 });
  };
  const verifier = sdk(platform.secretKey);
  return {
    stub,
    received,
    clear: () => void received.splice(0),
    sdk,
    events: (webhookSecret = platform.webhookSecret) => received.map((r) => verifier.webhooks.constructEvent(r.body, r.signature, webhookSecret)),
    async close() {
      await stub.close();
      await new Promise((resolve) => receiver.close(resolve));
    },
  };
}
