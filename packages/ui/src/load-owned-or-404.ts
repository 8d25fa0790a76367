import type { SessionUser } from "@stepperslife/auth-config";
import { z } from "zod";
import { orNotFound } from "./or-not-found";
import { parseRouteParams, type PageParams } from "./parse-page-input";

const idParams = z.object({ id: z.uuid() });

export interface LoadOwnedOptions<Db, Row> {
  /** The page's `params` (its `[id]` segment). */
  params: PageParams | Promise<{ id: string }>;
  /** The app's owner guard, `auth.requireOwner`: the sign-in page for visitors, the 403 page for non-owners. */
  requireOwner(callbackPath: string): Promise<SessionUser>;
  /** Where sign-in comes back to, from the id (`/dashboard/events/${id}/sales`). */
  callbackPath(id: string): string;
  db: Db;
  /** The owner's row, or null (or AppError "not_found") when it does not exist or is someone else's. */
  load(input: { db: Db; ownerId: string; id: string }): Promise<Row | null>;
}

/**
 * An owner page's guard and read in one: the signed-in owner and their row, or the 404 page. Someone else's row is
 * a 404 like a missing one, so ids cannot be probed; a malformed id is a 404 before any query.
 */
export async function loadOwnedOr404<Db, Row>({ params, requireOwner, callbackPath, db, load }: LoadOwnedOptions<Db, Row>) {
  const raw = (await params) as { id?: unknown };
  const owner = await requireOwner(callbackPath(typeof raw.id === "string" ? raw.id : ""));
  const { id } = await parseRouteParams(raw, idParams);
  const row = await orNotFound(() => load({ db, ownerId: owner.id, id }));
  return { owner, row };
}
