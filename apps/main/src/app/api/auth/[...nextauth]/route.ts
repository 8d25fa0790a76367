// GET, POST /api/auth/* — NextAuth: magic-link and OAuth sign-in, session, CSRF
import { portalUrl } from "@stepperslife/auth-config";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { addressing } from "../../../../env";
import { db } from "../../../../server/db";
import { internalErrorResponse } from "../../../../server/http/internal-error-response";
import { buildPortalAuthOptions } from "../../../../server/sign-in/build-portal-auth-options";
import { guardEmailSignIn } from "../../../../server/sign-in/guard-email-sign-in";
import { prepareAuthRequest } from "../../../../server/sign-in/prepare-auth-request";

export const dynamic = "force-dynamic";

interface NextAuthRouteContext {
  params: Promise<{ nextauth: string[] }>;
}

type NextAuthRouteHandler = (request: NextRequest, context: NextAuthRouteContext) => Promise<Response>;

// Built on first request, not at import: `next build` loads this module without any env.
let nextAuth: NextAuthRouteHandler | undefined;
function nextAuthHandler(): NextAuthRouteHandler {
  nextAuth ??= NextAuth(buildPortalAuthOptions()) as NextAuthRouteHandler;
  return nextAuth;
}

const prepare = (request: NextRequest) => prepareAuthRequest(request, { addressing: addressing(), portal: portalUrl(addressing()) });

/** Input NextAuth would answer with a 500 (see prepareAuthRequest) is made safe or refused first. */
export async function GET(request: NextRequest, context: NextAuthRouteContext): Promise<Response> {
  const prepared = await prepare(request);
  return prepared.ok ? nextAuthHandler()(prepared.request, context) : prepared.response;
}

/** The same, and magic-link requests are validated and rate limited before NextAuth sends any mail. */
export async function POST(request: NextRequest, context: NextAuthRouteContext): Promise<Response> {
  const prepared = await prepare(request);
  if (!prepared.ok) return prepared.response;
  const { nextauth } = await context.params;
  if (nextauth.length === 2 && nextauth[0] === "signin" && nextauth[1] === "email") {
    try {
      const refusal = await guardEmailSignIn({ request: prepared.request, db: db(), portalUrl: portalUrl(addressing()) });
      if (refusal) return refusal;
    } catch (error) {
      return internalErrorResponse(error, "POST /api/auth/signin/email (rate limit)");
    }
  }
  return nextAuthHandler()(prepared.request, context);
}
