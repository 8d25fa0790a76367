import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { buildStubEvent } from "./build-stub-event";
import { completeCheckout, type EmitEvent } from "./complete-checkout";
import { closeDispute } from "./close-dispute";
import { completeOnboarding } from "./complete-onboarding";
import type { StubConnectedAccount } from "./connect-types";
import { createAccountState } from "./create-account-state";
import { decodeFormBody } from "./decode-form-body";
import { deliverWebhook } from "./deliver-webhook";
import { handleApiRequest, type StubRegistry } from "./handle-api-request";
import { handleCheckoutPage } from "./handle-checkout-page";
import { handleConnectPage } from "./handle-connect-page";
import { newStubId } from "./new-stub-id";
import { openDispute } from "./open-dispute";
import { restrictAccount } from "./restrict-account";
import type { AccountState, StripeObject, StubAccount, StubShippingInput, WebhookDelivery } from "./stub-types";

export interface StripeStubOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  accounts: StubAccount[];
  /** Delays before redelivering an event whose endpoint did not answer 2xx; Stripe retries for days, the stub briefly. */
  retryDelaysMs?: number[];
  log?: (line: string) => void;
}

export interface StripeStub {
  url: string;
  port: number;
  close(): Promise<void>;
  /**
   * What the hosted page's Pay button does: session complete and paid, then `checkout.session.completed` delivered.
   * A session that collects a shipping address takes `shippingAddress` (checked as the page checks it), else the
   * page's prefilled one; giving one to a session that collects none is refused.
   */
  completeCheckout(sessionId: string, options?: { shippingAddress?: StubShippingInput }): Promise<void>;
  /** Sends any event (an object with at least `id` and `type`) to the endpoint of the account with this secret key. */
  deliver(secretKey: string, event: { id: string; type: string; [field: string]: unknown }): Promise<WebhookDelivery>;
  /** Every webhook delivery so far, oldest first, with its latest status. */
  deliveries(): readonly WebhookDelivery[];
  /** What the onboarding page's button does, without a browser: the connected account enabled, then `account.updated`. */
  completeOnboarding(accountId: string): Promise<StubConnectedAccount>;
  /** Stripe asking an onboarded account for more: charges, transfers and payouts disabled, then `account.updated`. */
  restrictAccount(accountId: string): Promise<StubConnectedAccount>;
  /** A cardholder disputing a charge as fraudulent: a dispute needing a response, then `charge.dispute.created`. */
  openDispute(chargeId: string): Promise<StripeObject>;
  /** The bank deciding it: `won` gives the money back to the platform, `lost` keeps it; then `charge.dispute.closed`. */
  closeDispute(disputeId: string, outcome: "won" | "lost"): Promise<StripeObject>;
}

const maxBodyBytes = 1024 * 1024;

/** Starts the local Stripe stand-in: the API subset the apps use (Connect included), its browser pages and signed webhooks. */
export async function startStripeStub({ port = 0, host = "127.0.0.1", accounts, retryDelaysMs = [1_000, 5_000, 30_000], log = () => {} }: StripeStubOptions): Promise<StripeStub> {
  const states = new Map<string, AccountState>(accounts.map((account) => [account.secretKey, createAccountState(account)]));
  const sessionOwners = new Map<string, AccountState>();
  const deliveries: WebhookDelivery[] = [];
  const timers = new Set<NodeJS.Timeout>();

  async function deliverWithRetries(account: StubAccount, event: { id: string; type: string }): Promise<WebhookDelivery> {
    const delivery = await deliverWebhook({ account, event });
    deliveries.push(delivery);
    log(`webhook ${event.type} ${event.id} → ${account.webhookUrl}: ${delivery.status ?? "unreachable"}`);
    const retry = (attempt: number) => {
      const delay = retryDelaysMs[attempt - 1];
      if (isDelivered(delivery) || delay === undefined) return;
      const timer = setTimeout(async () => {
        timers.delete(timer);
        const again = await deliverWebhook({ account, event });
        Object.assign(delivery, { status: again.status, attempts: delivery.attempts + 1 });
        log(`webhook ${event.type} ${event.id} retry ${attempt}: ${delivery.status ?? "unreachable"}`);
        retry(attempt + 1);
      }, delay);
      timer.unref();
      timers.add(timer);
    };
    retry(1);
    return delivery;
  }

  // A copy, so a redelivery sends the object as it was when the event happened.
  const emit: EmitEvent = (state, type, object, connect) => deliverWithRetries(state.account, buildStubEvent(type, structuredClone(object), connect));
  const platformWith = (what: string, has: (state: AccountState) => boolean): AccountState => {
    const state = [...states.values()].find(has);
    if (!state) throw new Error(`stripe-stub: no ${what}`);
    return state;
  };
  const platformOf = (accountId: string) => platformWith(`connected account ${accountId}`, (state) => state.connectedAccounts.has(accountId));
  const registry: StubRegistry = {
    accountFor: (secretKey) => states.get(secretKey),
    registerSession: (sessionId, state) => sessionOwners.set(sessionId, state),
    emit,
    baseUrl: "",
  };

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      log(`stripe-stub: ${request.method} ${request.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { error: { type: "api_error", message: "The local Stripe stand-in failed; see its log." } });
      else response.destroy();
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", registry.baseUrl);
    const rawBody = await readBody(request);
    if (url.pathname.startsWith("/v1/")) {
      const method = request.method ?? "GET";
      const params = decodeFormBody(method === "GET" ? url.search.slice(1) : rawBody);
      const idempotencyKey = header(request, "idempotency-key");
      const result = await handleApiRequest({ request: { method, path: url.pathname, params, rawBody, idempotencyKey }, authorization: header(request, "authorization"), registry });
      return sendJson(response, result.status, result.body, result.replayed ? { "idempotent-replayed": "true" } : {});
    }
    const page = /^\/pay\/([^/]+)$/.exec(url.pathname);
    if (page?.[1]) {
      const sessionId = decodeURIComponent(page[1]);
      const form = new URLSearchParams(rawBody);
      const answer = await handleCheckoutPage({ method: request.method ?? "GET", state: sessionOwners.get(sessionId), sessionId, emit, form });
      response.writeHead(answer.status, { "cache-control": "no-store", ...answer.headers });
      return response.end(answer.body);
    }
    const connectPage = await handleConnectPage({ method: request.method ?? "GET", pathname: url.pathname, states: states.values(), emit });
    if (connectPage) {
      response.writeHead(connectPage.status, { "cache-control": "no-store", ...connectPage.headers });
      return response.end(connectPage.body);
    }
    if (url.pathname === "/") return sendJson(response, 200, { name: "stripe-stub", description: "Local test stand-in for Stripe's API", accounts: states.size });
    return sendJson(response, 404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${request.method}: ${url.pathname}).` } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;
  registry.baseUrl = url;

  return {
    url,
    port: actualPort,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    async completeCheckout(sessionId, options = {}) {
      const state = sessionOwners.get(sessionId);
      if (!state) throw new Error(`stripe-stub: no checkout session ${sessionId}`);
      await completeCheckout({ state, sessionId, emit, shippingDetails: options.shippingAddress });
    },
    async deliver(secretKey, event) {
      const state = states.get(secretKey);
      if (!state) throw new Error("stripe-stub: no account with that secret key");
      return deliverWithRetries(state.account, { ...event, id: event.id || newStubId("evt") });
    },
    deliveries: () => deliveries,
    // Copies: a test holding the answer cannot change the stub's state by accident.
    completeOnboarding: async (accountId) => structuredClone(await completeOnboarding({ state: platformOf(accountId), accountId, emit })),
    restrictAccount: async (accountId) => structuredClone(await restrictAccount({ state: platformOf(accountId), accountId, emit })),
    openDispute: async (chargeId) => {
      const state = platformWith(`charge ${chargeId}`, (candidate) => candidate.charges.has(chargeId));
      return structuredClone(await openDispute({ state, chargeId, emit }));
    },
    closeDispute: async (disputeId, outcome) => {
      const state = platformWith(`dispute ${disputeId}`, (candidate) => candidate.disputes.has(disputeId));
      return structuredClone(await closeDispute({ state, disputeId, outcome, emit }));
    },
  };
}

function isDelivered(delivery: WebhookDelivery): boolean {
  return delivery.status !== null && delivery.status >= 200 && delivery.status < 300;
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", "request-id": newStubId("req"), "cache-control": "no-store", ...headers });
  response.end(JSON.stringify(body));
}
