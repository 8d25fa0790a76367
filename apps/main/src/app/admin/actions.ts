"use server";

import { isAdmin, roleSchema, type SessionUser } from "@stepperslife/auth-config";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setAccountDisabled } from "@/server/accounts/set-account-disabled";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { logInternalError } from "@/server/http/log-internal-error";
import { describeRole } from "@/server/roles/describe-role";
import { grantRole } from "@/server/roles/grant-role";
import { revokeRole } from "@/server/roles/revoke-role";
import { reissueSessionCookie } from "@/server/session/reissue-session-cookie";

export interface AdminActionState {
  status: "idle" | "done" | "error";
  message: string;
}

const userId = z.string({ error: "Choose an account." }).min(1, { error: "Choose an account." }).max(64);
const roleChange = z.object({ userId, role: roleSchema });
const accountChange = z.object({ userId, disabled: z.enum(["true", "false"]).transform((value) => value === "true") });

const notAdmin: AdminActionState = {
  status: "error",
  message: "Only SteppersLife admins can change accounts. Reload the page; you may need to sign in again.",
};
const noSuchUser: AdminActionState = { status: "error", message: "That account no longer exists. Reload the page." };

/** Gives an account a role (admin, or owner of one vertical). */
export async function grantRoleAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const admin = await signedInAdmin();
  if (!admin) return notAdmin;
  const input = roleChange.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!input.success) return { status: "error", message: "Choose a role to grant." };
  const { userId: targetId, role } = input.data;

  return run("grantRoleAction", async () => {
    const result = await grantRole({ db: db(), userId: targetId, role, grantedById: admin.id });
    if (result === "user-not-found") return noSuchUser;
    await afterChange(admin, targetId);
    return result === "granted"
      ? { status: "done", message: `Granted: ${describeRole(role)}.` }
      : { status: "done", message: `Already had this role: ${describeRole(role)}.` };
  });
}

/** Takes a role away. Admins cannot remove their own admin role. */
export async function revokeRoleAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const admin = await signedInAdmin();
  if (!admin) return notAdmin;
  const input = roleChange.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!input.success) return { status: "error", message: "Choose a role to remove." };
  const { userId: targetId, role } = input.data;

  return run("revokeRoleAction", async () => {
    const result = await revokeRole({ db: db(), userId: targetId, role, actingUserId: admin.id });
    if (result === "cannot-revoke-own-admin") {
      return { status: "error", message: "You can't remove your own admin role. Ask another admin to do it." };
    }
    if (result === "user-not-found") return noSuchUser;
    await afterChange(admin, targetId);
    return result === "revoked"
      ? { status: "done", message: `Removed: ${describeRole(role)}.` }
      : { status: "done", message: `Didn't have this role: ${describeRole(role)}.` };
  });
}

/** Disables an account (signs it out everywhere, refuses sign-in) or enables it again. Never one's own. */
export async function setAccountDisabledAction(_previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const admin = await signedInAdmin();
  if (!admin) return notAdmin;
  const input = accountChange.safeParse({ userId: formData.get("userId"), disabled: formData.get("disabled") });
  if (!input.success) return { status: "error", message: "Choose whether to disable or enable the account." };
  const { userId: targetId, disabled } = input.data;

  return run("setAccountDisabledAction", async () => {
    const result = await setAccountDisabled({ db: db(), userId: targetId, disabled, actingUserId: admin.id });
    if (result === "cannot-disable-self") return { status: "error", message: "You can't disable your own account." };
    if (result === "user-not-found") return noSuchUser;
    revalidatePath("/admin");
    if (result === "unchanged") return { status: "done", message: disabled ? "Already disabled." : "Already enabled." };
    return {
      status: "done",
      message: disabled ? "Disabled: signed out everywhere, and can't sign in." : "Enabled: can sign in again.",
    };
  });
}

/** Re-checked on every call: a page rendered for an admin says nothing about who sends the action now. */
async function signedInAdmin(): Promise<SessionUser | null> {
  const user = await auth.getSession();
  return user && isAdmin(user) ? user : null;
}

/**
 * After a role change: re-render the list. An admin who changed their own roles gets a re-issued cookie instead, and
 * their page refreshes itself (a re-render in this request would still read the old, now stale, cookie).
 */
async function afterChange(admin: SessionUser, targetId: string): Promise<void> {
  if (targetId === admin.id) await reissueSessionCookie();
  else revalidatePath("/admin");
}

async function run(where: string, change: () => Promise<AdminActionState>): Promise<AdminActionState> {
  try {
    return await change();
  } catch (error) {
    const reference = logInternalError(error, where);
    return { status: "error", message: `That change didn't go through. Please try again. (Reference: ${reference})` };
  }
}
