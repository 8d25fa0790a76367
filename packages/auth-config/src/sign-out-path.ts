/**
 * Every app serves POST here (its own origin), so the sign-out form never posts across sites and the route can
 * clear any host-only cookie of that host as well as the shared one.
 */
export const SIGN_OUT_PATH = "/auth/sign-out";
