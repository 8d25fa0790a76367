import { appUrl, type AppDefinition, type PublicAddressing } from "@stepperslife/manifest";
import { listFleetOrigins } from "../list-fleet-origins";
import { safeCallbackUrl } from "../safe-callback-url";
import { serializeClearedSessionCookies } from "./serialize-cleared-session-cookies";

export interface SignOutRoute {
  POST(request: Request): Promise<Response>;
}

/**
 * POST /auth/sign-out of an app: deletes the shared session cookie (which signs the person out of all seven apps)
 * and any host-only leftover, then 303s back to the form's `callbackUrl` if it is safe, else this app's home.
 * POST plus an Origin check, so another site can't sign people out with a link, an image or a cross-site form.
 */
export function createSignOutRoute({ app, addressing }: { app: AppDefinition; addressing: PublicAddressing }): SignOutRoute {
  return {
    async POST(request) {
      const origin = request.headers.get("origin");
      if (!origin || !listFleetOrigins(addressing).includes(origin)) {
        return Response.json(
          { error: { code: "forbidden_origin", message: "Sign-out requests must come from a SteppersLife page." } },
          { status: 403 },
        );
      }

      const home = `${appUrl(app, addressing)}/`;
      const target = new URL(safeCallbackUrl(await readCallbackUrl(request), { addressing, fallback: home }), home);
      const headers = new Headers({ location: target.href, "cache-control": "no-store" });
      for (const cookie of serializeClearedSessionCookies(addressing)) headers.append("set-cookie", cookie);
      return new Response(null, { status: 303, headers });
    },
  };
}

// A body that isn't a form (or is malformed) only loses the way back; signing out still happens.
async function readCallbackUrl(request: Request): Promise<string | null> {
  try {
    const value = (await request.formData()).get("callbackUrl");
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
