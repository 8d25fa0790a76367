import { AppError } from "@stepperslife/http";
import { notFound } from "next/navigation";

/** Whether a failure means "there is no such thing": the domain's AppError("not_found") or Prisma's P2025. */
export function isNotFound(error: unknown): boolean {
  if (error instanceof AppError) return error.code === "not_found";
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}

/**
 * A page's read, with "not found" turned into the app's 404 page (domain functions throw AppError("not_found") for
 * routes, which answer 404 JSON; a page shows not-found.tsx instead). Any other failure is thrown on, to error.tsx.
 */
export async function orNotFound<T>(read: Promise<T | null | undefined> | (() => Promise<T | null | undefined>)): Promise<T> {
  try {
    const row = await (typeof read === "function" ? read() : read);
    if (row === null || row === undefined) notFound();
    return row;
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}
