"use client";

import { useEffect, useRef, useState } from "react";

type Result = { ok: true; text: string } | { ok: false; text: string };

// BarcodeDetector is not in TypeScript's DOM types yet (Chrome and Android have it; Safari and Firefox do not).
type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = new (options: { formats: string[] }) => Detector;

/**
 * The door: type a ticket code (or let the camera read the QR code where the browser has BarcodeDetector) and see at
 * once whether it is let in, already checked in (and when), void, or unknown.
 */
export function DoorCheckIn({ eventId }: { eventId: string }) {
  const [code, setCode] = useState("");
  const [result, setResult] = useState<Result | null>(null);
  const [scanning, setScanning] = useState(false);
  const [cameraAvailable, setCameraAvailable] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const lastScanned = useRef<string>("");

  useEffect(() => setCameraAvailable("BarcodeDetector" in window && !!navigator.mediaDevices), []);

  async function checkIn(value: string) {
    const response = await fetch(`/api/owner/events/${eventId}/check-in`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code: value }) });
    const answer = (await response.json()) as { ticket?: { code: string; type: string; holder: string }; error?: { message: string } };
    setResult(answer.ticket ? { ok: true, text: `Welcome in: ${answer.ticket.code} · ${answer.ticket.type} · ${answer.ticket.holder}` } : { ok: false, text: `${value.toUpperCase()}: ${answer.error?.message ?? "refused"}` });
  }

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    const Barcode = (window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector;
    const detector = new Barcode({ formats: ["qr_code"] });
    (async () => {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
      if (!video.current || stopped) return;
      video.current.srcObject = stream;
      await video.current.play();
      while (!stopped) {
        const [found] = await detector.detect(video.current).catch(() => []);
        if (found && found.rawValue !== lastScanned.current) {
          lastScanned.current = found.rawValue;
          await checkIn(found.rawValue);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })().catch(() => setResult({ ok: false, text: "The camera could not be started; type the code instead." }));
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning]);

  return (
    <div className="sl-stack" style={{ gap: "1rem", maxWidth: "32rem" }}>
      <form
        className="sl-filters"
        aria-label="Check a ticket in"
        onSubmit={async (submit) => {
          submit.preventDefault();
          await checkIn(code.trim());
          setCode("");
        }}
      >
        <label>
          Ticket code
          <input value={code} onChange={(change) => setCode(change.target.value)} placeholder="K7QX-M2PA-9RTD" autoCapitalize="characters" autoComplete="off" required />
        </label>
        <button type="submit" className="sl-btn">
          Check in
        </button>
      </form>
      {cameraAvailable ? (
        <button type="button" className="sl-btn sl-btn--ghost" onClick={() => setScanning(!scanning)}>
          {scanning ? "Stop camera" : "Scan with camera"}
        </button>
      ) : (
        <p className="sl-muted">This browser cannot read QR codes with the camera; type the code under the QR code.</p>
      )}
      {scanning ? <video ref={video} muted playsInline style={{ width: "100%", borderRadius: "var(--sl-radius)" }} /> : null}
      {result ? (
        <p role="status" className={result.ok ? "sl-badge sl-badge--ok" : "sl-badge sl-badge--off"} style={{ fontSize: "1.1rem", padding: "0.75rem 1rem" }}>
          {result.text}
        </p>
      ) : null}
    </div>
  );
}
