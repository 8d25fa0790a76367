import type { EmitEvent } from "./complete-checkout";
import { createCheckoutSession } from "./create-checkout-session";
import { createRefund } from "./create-refund";
import { expandResponse } from "./expand-response";
import { expireCheckout } from "./expire-checkout";
import { implementedEndpoints } from "./implemented-endpoints";
import { listRefunds } from "./list-refunds";
import { retrieveStubObject } from "./retrieve-stub-object";
import { routeConnectRequest } from "./route-connect-request";
import { StubApiError, type AccountState } from "./stub-types";

export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, unknown>;
  rawBody: string;
  idempotencyKey: string | null;
}

export interface StubRegistry {
  accountFor(secretKey: string): AccountState | undefined;
  /** Makes a new session findable from the hosted page, which carries no key. */
  registerSession(sessionId: string, state: AccountState): void;
  emit: EmitEvent;
  baseUrl: string;
}

/**
 * One call to the emulated API: authenticates the Bearer key, replays idempotent answers as Stripe does
 * (same key and same request → the first answer again; same key, different request → idempotency_error),
 * and routes to the endpoints the apps use (`implementedEndpoints`). Errors come back in Stripe's `{ error: { type, message } }`.
 */
export async function handleApiRequest({ request, authorization, registry }: { request: ApiRequest; authorization: string | null; registry: StubRegistry }) {
  try {
    const key = secretKeyOf(authorization);
    const state = key ? registry.accountFor(key) : undefined;
    if (!state) {
      const shown = key ? `${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : "none";
      throw new StubApiError(401, "invalid_request_error", `Invalid API Key provided: ${shown}`);
    }
    if (request.method !== "POST" || !request.idempotencyKey) {
      return { status: 200, body: await route(request, state, registry), replayed: false };
    }
    const fingerprint = `${request.method} ${request.path} ${request.rawBody}`;
    const previous = state.idempotency.get(request.idempotencyKey);
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        throw new StubApiError(
          400,
          "idempotency_error",
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${request.idempotencyKey}' if you meant to execute a different request.`,
        );
      }
      if (previous.status === 0) throw new StubApiError(409, "idempotency_error", "There is currently another in-progress request using this Idempotent Key.");
      return { status: previous.status, body: previous.body, replayed: true };
    }
    const pending = { fingerprint, status: 0, body: null as unknown };
    state.idempotency.set(request.idempotencyKey, pending);
    try {
      pending.body = await route(request, state, registry);
      pending.status = 200;
      return { status: 200, body: pending.body, replayed: false };
    } catch (error) {
      // Like Stripe, a request that failed validation keeps no idempotent result: the key may be used again.
      state.idempotency.delete(request.idempotencyKey);
      throw error;
    }
  } catch (error) {
    if (!(error instanceof StubApiError)) throw error;
    const body = { error: { type: error.type, message: error.message, ...error.extra } };
    return { status: error.status, body, replayed: false };
  }
}

async function route(request: ApiRequest, state: AccountState, registry: StubRegistry): Promise<unknown> {
  const { method, path, params } = request;
  const body = await answer(request, state, registry);
  if (body === undefined) {
    // Named for what it is so a missing endpoint is obvious in a test failure.
    const implemented = implementedEndpoints.join(", ");
    const message = `Unrecognized request URL (${method}: ${path}). The local Stripe stand-in implements only ${implemented}.`;
    throw new StubApiError(404, "invalid_request_error", message);
  }
  const expand = Array.isArray(params.expand) ? params.expand.filter((path): path is string => typeof path === "string") : [];
  return expandResponse({ state, body, paths: expand });
}

async function answer(request: ApiRequest, state: AccountState, registry: StubRegistry): Promise<unknown> {
  const { method, path, params } = request;
  const emit = registry.emit;
  if (method === "POST" && path === "/v1/checkout/sessions") {
    const created = createCheckoutSession({ params, baseUrl: registry.baseUrl, now: new Date(), state });
    state.sessions.set(created.session.id, created);
    registry.registerSession(created.session.id, state);
    return created.session;
  }
  let match = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
  if (method === "GET" && match?.[1]) return expireCheckout({ state, sessionId: decodeURIComponent(match[1]), emit, onlyIfDue: true });
  match = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path);
  if (method === "POST" && match?.[1]) return expireCheckout({ state, sessionId: decodeURIComponent(match[1]), emit });
  if (method === "POST" && path === "/v1/refunds") return createRefund({ state, params, emit });
  if (method === "GET" && path === "/v1/refunds") return listRefunds({ state, params });
  const connect = routeConnectRequest({ method, path, params, state, baseUrl: registry.baseUrl });
  if (connect !== undefined) return connect;
  match = /^\/v1\/([a-z_]+)\/([^/]+)$/.exec(path);
  if (method === "GET" && match?.[1] && match[2]) return retrieveStubObject({ state, collection: match[1], id: decodeURIComponent(match[2]) });
  return undefined;
}

// The SDK sends `Bearer <key>`; Stripe's docs use `curl -u <key>:`, which is Basic auth with the key as user name.
function secretKeyOf(authorization: string | null): string | undefined {
  const [scheme, value] = (authorization ?? "").split(" ", 2);
  if (scheme === "Bearer") return value;
  if (scheme === "Basic" && value) return Buffer.from(value, "base64").toString("utf8").split(":")[0];
  return undefined;
}
