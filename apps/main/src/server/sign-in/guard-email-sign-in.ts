import { clientAddress } from "@stepperslife/http";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { limitSignInAttempts } from "./limit-sign-in-attempts";

// NextAuth lower-cases and trims the address before using it; counting the same form keeps one counter per person.
const emailAddress = z
  .string()
  .transform((value) => value.normalize("NFKC").trim().toLowerCase())
  .pipe(z.email().max(254));

const formBody = z.object({ email: z.string().max(1000) });

/**
 * Runs before NextAuth on `POST /api/auth/signin/email`. Returns the response that refuses the request (422 for a
 * malformed address, 429 over the rate limit) or null to let NextAuth send the magic link. The JSON carries a `url`
 * because next-auth/react's signIn() reads the error code from its `error` query parameter.
 */
export async function guardEmailSignIn({
  request,
  db,
  portalUrl,
  now = new Date(),
}: {
  request: Request;
  db: PrismaClient;
  /** The portal's public origin, e.g. https://stepperslife.com. */
  portalUrl: string;
  now?: Date;
}): Promise<Response | null> {
  const email = emailAddress.safeParse((await readBody(request))?.email);
  if (!email.success) {
    return refusal(422, {
      code: "invalid_email",
      message: "That doesn't look like an email address. Check it and try again.",
      url: `${portalUrl}/sign-in?error=InvalidEmail`,
    });
  }

  const decision = await limitSignInAttempts({ db, email: email.data, ip: clientAddress(request), now });
  if (decision.allowed) return null;
  const minutes = Math.ceil(decision.retryAfterSeconds / 60);
  return refusal(
    429,
    {
      code: "rate_limited",
      message: `Too many sign-in links were requested. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
      url: `${portalUrl}/sign-in?error=RateLimited&retryAfter=${decision.retryAfterSeconds}`,
    },
    { "retry-after": String(decision.retryAfterSeconds) },
  );
}

/** The form (or JSON) body, read from a clone so that NextAuth can still read the original. */
async function readBody(request: Request): Promise<z.infer<typeof formBody> | null> {
  const contentType = request.headers.get("content-type") ?? "";
  try {
    const raw = contentType.includes("application/json")
      ? await request.clone().json()
      : Object.fromEntries(new URLSearchParams(await request.clone().text()));
    const parsed = formBody.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function refusal(status: number, { code, message, url }: { code: string; message: string; url: string }, headers: Record<string, string> = {}) {
  return Response.json({ error: { code, message }, url }, { status, headers: { "cache-control": "no-store", ...headers } });
}
