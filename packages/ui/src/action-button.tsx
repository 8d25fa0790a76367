"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ownerRequest } from "./owner-request";
import { failureMessage } from "./request-error";
import "./styles/page.css";

export interface ActionButtonProps {
  url: string;
  method?: string;
  body?: unknown;
  label: string;
  /** Asked with window.confirm first, for actions that cannot be undone. */
  confirm?: string;
  className?: string;
}

/** A button that sends one owner request, then refreshes the page (so server components re-read) or shows why not. */
export function ActionButton({ url, method = "POST", body, label, confirm, className = "sl-btn" }: ActionButtonProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="sl-row">
      <button
        type="button"
        className={className}
        disabled={busy}
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          setBusy(true);
          setError(null);
          try {
            await ownerRequest(url, method, body);
            router.refresh();
          } catch (failure) {
            setError(failureMessage(failure, "That did not work. Please try again."));
          }
          setBusy(false);
        }}
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className="sl-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
