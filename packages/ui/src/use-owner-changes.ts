"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ownerRequest } from "./owner-request";

export type ChangesOrError = { changes: Record<string, unknown> } | { error: string };

/**
 * The save step of an owner's inline edit form: checks the draft (a readable error stays in the form), sends only
 * what changed, refreshes the server-rendered page and closes the form; the server's own message is shown on failure.
 */
export function useOwnerChanges({ url, failureMessage, onDone }: { url: string; failureMessage: string; onDone: () => void }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(result: ChangesOrError) {
    if ("error" in result) return setError(result.error);
    if (Object.keys(result.changes).length === 0) return onDone();
    setBusy(true);
    setError(null);
    try {
      await ownerRequest(url, "PATCH", result.changes);
      router.refresh();
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : failureMessage);
    }
    setBusy(false);
  }

  return { busy, error, save };
}
