import "server-only";
import { headers } from "next/headers";
import { describeDevice } from "./describe-device";

/**
 * The signing-in browser, described for the session list, from the request NextAuth is answering. NextAuth's jwt
 * callback gets no request, but it runs inside the route handler's request scope, where next/headers works. Outside
 * any request (an operator script, a test driving NextAuth directly) there is no browser to describe: null.
 */
export async function readSignInDevice(): Promise<string | null> {
  let userAgent: string | null;
  try {
    userAgent = (await headers()).get("user-agent");
  } catch {
    return null;
  }
  return describeDevice(userAgent);
}
