import "server-only";
import { sessionCookiePolicy } from "@stepperslife/auth-config";
import { cookies } from "next/headers";
import { addressing } from "../../env";

/** For server actions: deletes the shared session cookie (signed out on every app of this browser). */
export async function clearSessionCookie(): Promise<void> {
  const policy = sessionCookiePolicy(addressing());
  (await cookies()).set(policy.name, "", { ...policy.options, maxAge: 0 });
}
