"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ownerRequest } from "./owner-request";
import { failureMessage as wordsFor, fieldErrorsOf, type FieldErrors } from "./request-error";

export type ChangesOrError = { changes: Record<string, unknown> } | { error: string };

/**
 * The save step of an owner's inline edit form: checks the draft (a readable error stays in the form), sends only
 * what changed, refreshes the server-rendered page and closes the form; on failure the server's own message, and what
 * to say next to each refused field (`fields`, by name).
 */
export function useOwnerChanges({ url, failureMessage, onDone }: { url: string; failureMessage: string; onDone: () => void }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  async function save(result: ChangesOrError) {
    setFields({});
    if ("error" in result) return setError(result.error);
    if (Object.keys(result.changes).length === 0) return onDone();
    setBusy(true);
    setError(null);
    try {
      await ownerRequest(url, "PATCH", result.changes);
      router.refresh();
      onDone();
    } catch (failure) {
      setError(wordsFor(failure, failureMessage));
      setFields(fieldErrorsOf(failure));
    }
    setBusy(false);
  }

  return { busy, error, fields, save };
}
