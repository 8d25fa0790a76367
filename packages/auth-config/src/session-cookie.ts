import type { PublicAddressing } from "@stepperslife/manifest";

export interface SessionCookiePolicy {
  name: string;
  options: {
    httpOnly: true;
    sameSite: "lax";
    path: "/";
    secure: boolean;
    /** Absent on plain localhost: browsers refuse Domain=localhost, and a host-only cookie there already spans ports. */
    domain?: string;
  };
}

/**
 * The one session cookie of the fleet. Set on the parent domain so that signing in on the portal signs the person in
 * on every subdomain, and clearing it there signs them out everywhere; `__Secure-` whenever the fleet runs on https.
 */
export function sessionCookiePolicy(addressing: Pick<PublicAddressing, "rootDomain" | "protocol">): SessionCookiePolicy {
  const secure = addressing.protocol === "https";
  const domain = addressing.rootDomain === "localhost" ? undefined : `.${addressing.rootDomain}`;
  return {
    name: `${secure ? "__Secure-" : ""}stepperslife.session-token`,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure, ...(domain ? { domain } : {}) },
  };
}
