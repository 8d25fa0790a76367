import { isOwnerOf, type SessionUser } from "@stepperslife/auth-config";
import type { z } from "zod";
import { AppError } from "./app-error";
import { errorResponse } from "./error-response";
import { parseInput, readJsonBody } from "./parse-input";

/** Who may call a route: anyone, any signed-in person, or an owner of this app's vertical. */
export type Access = "public" | "user" | "owner";

type UserFor<A extends Access> = A extends "public" ? SessionUser | null : SessionUser;
type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<A extends Access, P, Q, B> {
  access: A;
  params?: P;
  query?: Q;
  body?: B;
}

export interface RouteInput<A extends Access, P, Q, B> {
  request: Request;
  user: UserFor<A>;
  params: Output<P>;
  query: Output<Q>;
  body: Output<B>;
}

/** Next.js hands dynamic segments to a route handler as a promise in its second argument. */
interface NextRouteContext {
  params?: Promise<Record<string, string | string[]>>;
}

export interface RouteFactoryConfig {
  /** This app's name in the manifest, for the owner guard. */
  app: string;
  readSession(request: Request): Promise<SessionUser | null>;
}

/**
 * Returns `route(spec, handler)` for one app: each route handler is wrapped once for the session, the role guard,
 * zod validation of params, query and body, and error mapping (AppError → its status, anything else → 500).
 * A handler returns a Response or plain data (sent as 200 JSON).
 */
export function createRouteFactory(config: RouteFactoryConfig) {
  return function route<A extends Access, P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
    spec: RouteSpec<A, P, Q, B>,
    handler: (input: RouteInput<A, P, Q, B>) => Promise<unknown> | unknown,
  ) {
    return async (request: Request, context: NextRouteContext = {}): Promise<Response> => {
      const where = `${request.method} ${new URL(request.url).pathname}`;
      try {
        const user = await config.readSession(request);
        if (spec.access !== "public" && !user) throw new AppError("unauthenticated", "Sign in to continue.");
        if (spec.access === "owner" && !isOwnerOf(user, config.app)) {
          throw new AppError("forbidden", "Only owners of this business area can do that.");
        }
        const params = spec.params ? parseInput(spec.params, (await context.params) ?? {}, "params") : undefined;
        const query = spec.query ? parseInput(spec.query, Object.fromEntries(new URL(request.url).searchParams), "query") : undefined;
        const body = spec.body ? parseInput(spec.body, await readJsonBody(request), "body") : undefined;
        const result = await handler({ request, user: user as UserFor<A>, params, query, body } as RouteInput<A, P, Q, B>);
        return result instanceof Response ? result : Response.json(result ?? null);
      } catch (error) {
        return errorResponse(error, where);
      }
    };
  };
}

export type RouteFactory = ReturnType<typeof createRouteFactory>;
