"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** A button that POSTs (no body) to an owner route, then refreshes the page; shows the error message if refused. */
export function PostButton({ url, label, className = "rs-btn" }: { url: string; label: string; className?: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="rs-row">
      <button
        type="button"
        className={className}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const response = await fetch(url, { method: "POST" });
          if (!response.ok) setError(((await response.json()) as { error?: { message?: string } }).error?.message ?? "That did not work.");
          setBusy(false);
          router.refresh();
        }}
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className="rs-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
