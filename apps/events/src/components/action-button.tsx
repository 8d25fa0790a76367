"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { organizerApi } from "./organizer-api";

/** A button that sends one organizer request (optionally after a confirm), then refreshes the page or shows why not. */
export function ActionButton({ url, method = "POST", body, label, confirm, className = "ev-btn" }: { url: string; method?: string; body?: unknown; label: string; confirm?: string; className?: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="ev-row">
      <button
        type="button"
        className={className}
        disabled={busy}
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          setBusy(true);
          setError(null);
          try {
            await organizerApi(url, method, body);
            router.refresh();
          } catch (failure) {
            setError(failure instanceof Error ? failure.message : "That did not work.");
          }
          setBusy(false);
        }}
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className="ev-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
