import "server-only";
import { createRouteFactory } from "@stepperslife/http";
import { service } from "../../app.config";
import { auth } from "./auth";

/** This app's route wrapper: every API route reads the shared session the same way and maps errors the same way. */
export const route = createRouteFactory({ app: service.name, readSession: (request) => auth.readRequestSession(request) });
