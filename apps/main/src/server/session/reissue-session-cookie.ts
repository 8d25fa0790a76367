import "server-only";
import { sessionCookiePolicy } from "@stepperslife/auth-config";
import { cookies } from "next/headers";
import { addressing, env } from "../../env";
import { db } from "../db";
import { refreshSessionToken } from "./refresh-session-token";

/**
 * For the portal's server actions: rewrites the current session cookie with the user's current name and roles
 * right away (after they renamed themselves, or an admin changed their own roles), instead of waiting for a
 * stale-token refresh. A dead session is cleared instead.
 */
export async function reissueSessionCookie(): Promise<void> {
  const store = await cookies();
  const policy = sessionCookiePolicy(addressing());
  const token = store.get(policy.name)?.value;
  if (!token) return;
  const refreshed = await refreshSessionToken({ db: db(), token, secret: env().AUTH_SECRET });
  if (refreshed.outcome === "reissued") {
    store.set(policy.name, refreshed.token, { ...policy.options, maxAge: refreshed.maxAgeSeconds });
  } else {
    store.set(policy.name, "", { ...policy.options, maxAge: 0 });
  }
}
