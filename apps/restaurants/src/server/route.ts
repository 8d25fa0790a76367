import "server-only";
import { createRouteFactory } from "@stepperslife/http";
import { service } from "../../app.config";
import { auth } from "./auth";

/** Every route handler of this app is wrapped by this: session, access guard, zod input, error mapping. */
export const route = createRouteFactory({ app: service.name, readSession: (request) => auth.readRequestSession(request) });
