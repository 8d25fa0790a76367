"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { updateProfile } from "@/server/accounts/update-profile";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { logInternalError } from "@/server/http/log-internal-error";
import { clearSessionCookie } from "@/server/session/clear-session-cookie";
import { reissueSessionCookie } from "@/server/session/reissue-session-cookie";
import { revokeSessions } from "@/server/session/revoke-sessions";
import { revokeUserSession } from "@/server/session/revoke-user-session";

export interface ProfileFormState {
  status: "idle" | "saved" | "error";
  message: string;
}

const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, { error: "Enter your name." })
  .max(80, { error: "Keep your name under 80 characters." })
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, { error: "Your name can't contain control characters." });

/** Saves the name shown across SteppersLife, and rewrites the session so every app shows it at once. */
export async function updateNameAction(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const user = await auth.getSession();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again to change your name." };

  const name = nameSchema.safeParse(formData.get("name"));
  if (!name.success) return { status: "error", message: name.error.issues[0]?.message ?? "Enter your name." };

  try {
    await updateProfile({ db: db(), userId: user.id, name: name.data });
    await reissueSessionCookie();
  } catch (error) {
    const reference = logInternalError(error, "updateNameAction");
    return { status: "error", message: `We couldn't save your name. Please try again. (Reference: ${reference})` };
  }
  // No revalidatePath: a re-render now would still read the old cookie; the form refreshes the page instead.
  return { status: "saved", message: "Saved. Your new name shows everywhere on SteppersLife." };
}

/** "Sign out of all devices": revokes every session of this account, then signs this browser out too. */
export async function signOutEverywhereAction(_previous: ProfileFormState, _formData: FormData): Promise<ProfileFormState> {
  const user = await auth.getSession();
  if (user) {
    try {
      await revokeSessions({ db: db(), userId: user.id });
    } catch (error) {
      const reference = logInternalError(error, "signOutEverywhereAction");
      return { status: "error", message: `We couldn't sign you out everywhere. Please try again. (Reference: ${reference})` };
    }
  }
  await clearSessionCookie();
  redirect("/");
}

const sessionIdSchema = z.string().min(1).max(64);

/**
 * Signs one of this person's devices out (their own sessions only): that session is refused by the portal at once
 * and by every app within a second. Signing out this very browser here also clears its cookie.
 */
export async function signOutSessionAction(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const current = await auth.getSignedInSession();
  if (!current) return { status: "error", message: "Your session has ended. Sign in again to manage your devices." };
  const sessionId = sessionIdSchema.safeParse(formData.get("sessionId"));
  if (!sessionId.success) {
    return { status: "error", message: "We couldn't tell which device to sign out. Reload the page and try again." };
  }

  try {
    const revoked = await revokeUserSession({ db: db(), userId: current.user.id, sessionId: sessionId.data });
    if (revoked) auth.markSessionRevoked({ id: revoked.id, expiresAtMs: revoked.expiresAt.getTime() });
  } catch (error) {
    const reference = logInternalError(error, "signOutSessionAction");
    return { status: "error", message: `We couldn't sign that device out. Please try again. (Reference: ${reference})` };
  }
  if (sessionId.data === current.sessionId) {
    await clearSessionCookie();
    redirect("/");
  }
  // The list re-renders without that device (or without one that had already ended).
  revalidatePath("/profile");
  return { status: "saved", message: "Signed out of that device." };
}
