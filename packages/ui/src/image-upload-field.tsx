"use client";

import { useEffect, useId, useRef, useState, type ChangeEvent, type MutableRefObject } from "react";
import { checkImageFile, readErrorMessage, UPLOAD_IMAGE_TYPES, UPLOAD_MAX_BYTES, uploadPercent } from "./image-upload-checks";
import "./styles/upload.css";

/** What the app's confirm route answers once confirmImageUpload accepted the image: the confirmed key, never the upload's. */
export interface ImageUploadResult {
  key: string;
  /** Where to show the image, e.g. imageUrl("/api/images", key, 640). */
  url: string;
}

export interface ImageUploadFieldProps {
  label: string;
  /** Name of the hidden input that carries the attached image's key when the surrounding form is submitted. */
  name: string;
  /** POST `{ contentType }` → createImageUpload's answer. */
  presignUrl: string;
  /** POST `{ key }` → `{ key, url }` after the server verified the upload. */
  confirmUrl: string;
  currentImageUrl?: string;
  /** Key of the image already attached; the hidden input keeps it until a new upload is confirmed. */
  currentKey?: string;
  /** Replaces the default "JPEG, PNG or WebP, up to 5 MB." */
  hint?: string;
  maxBytes?: number;
  onUploaded?(result: ImageUploadResult): void;
}

interface PresignedUpload {
  key: string;
  uploadUrl: string;
  method: "PUT";
  headers: Record<string, string>;
}

type Phase = "idle" | "preparing" | "uploading" | "checking" | "done";

/** An error whose message is written for the person uploading. */
class UploadError extends Error {}

/**
 * Picks an image and uploads it straight to the object store: the app presigns a PUT, the browser sends the file
 * with a progress bar (fetch cannot report upload progress, XMLHttpRequest can), then the app verifies the upload
 * and the field shows the preview and carries the key in a hidden input for the form around it.
 */
export function ImageUploadField(props: ImageUploadFieldProps) {
  const { label, name, presignUrl, confirmUrl, currentImageUrl, currentKey, hint, maxBytes = UPLOAD_MAX_BYTES, onUploaded } = props;
  const id = useId();
  const [phase, setPhase] = useState<Phase>("idle");
  const [percent, setPercent] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [attachedKey, setAttachedKey] = useState(currentKey ?? "");
  const [previewUrl, setPreviewUrl] = useState(currentImageUrl);
  const request = useRef<XMLHttpRequest | null>(null);

  // Leaving the page mid-upload must not leave a request running in the background.
  useEffect(() => () => request.current?.abort(), []);

  async function upload(file: File) {
    setError(null);
    setPercent(0);
    setPhase("preparing");
    try {
      const presigned = await postJson(presignUrl, { contentType: file.type });
      if (!presigned.ok) throw new UploadError(await readErrorMessage(presigned));
      const target = (await presigned.json()) as PresignedUpload;
      setPhase("uploading");
      await putWithProgress(target, file, setPercent, request);
      setPhase("checking");
      const confirmed = await postJson(confirmUrl, { key: target.key });
      if (!confirmed.ok) throw new UploadError(await readErrorMessage(confirmed));
      const result = (await confirmed.json()) as ImageUploadResult;
      setAttachedKey(result.key);
      setPreviewUrl(result.url);
      setPhase("done");
      onUploaded?.(result);
    } catch (caught) {
      setPhase("idle");
      setError(caught instanceof UploadError ? caught.message : "The upload did not work. Check your connection and try again.");
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const problem = checkImageFile(file, maxBytes);
    // Cleared so choosing the same file again (after fixing a problem or a failed upload) fires change again.
    const clear = () => (input.value = "");
    if (problem) {
      setPhase("idle");
      setError(problem);
      clear();
      return;
    }
    void upload(file).finally(clear);
  }

  const busy = phase === "preparing" || phase === "uploading" || phase === "checking";
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const progressText = phase === "preparing" ? "Preparing…" : phase === "checking" ? "Checking the image…" : `${percent}%`;

  return (
    <div className="sl-upload" aria-busy={busy}>
      <label className="sl-upload__label" htmlFor={`${id}-file`}>
        {label}
      </label>
      {previewUrl ? <img className="sl-upload__preview" src={previewUrl} alt={`${label}: current image`} /> : null}
      <input
        id={`${id}-file`}
        className="sl-upload__input"
        type="file"
        accept={UPLOAD_IMAGE_TYPES.join(",")}
        disabled={busy}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={onChange}
      />
      <p id={hintId} className="sl-upload__hint">
        {hint ?? `JPEG, PNG or WebP, up to ${Math.floor(maxBytes / 1024 / 1024)} MB.`}
      </p>
      <input type="hidden" name={name} value={attachedKey} />
      {busy ? (
        <div className="sl-upload__progress">
          {/* No value while preparing or checking: an indeterminate bar says "working" without a fake number. */}
          <progress max={100} value={phase === "uploading" ? percent : undefined} aria-label={`Uploading ${label}`} />
          <span className="sl-upload__percent" aria-live="polite">
            {progressText}
          </span>
        </div>
      ) : null}
      {phase === "done" ? (
        <p className="sl-upload__status" role="status">
          Image uploaded.
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="sl-upload__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

function putWithProgress(
  target: PresignedUpload,
  file: File,
  onPercent: (percent: number) => void,
  request: MutableRefObject<XMLHttpRequest | null>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open(target.method, target.uploadUrl);
    for (const [header, value] of Object.entries(target.headers)) xhr.setRequestHeader(header, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onPercent(uploadPercent(event.loaded, event.total));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onPercent(100);
        resolve();
        return;
      }
      // The store answers 403 once the presigned URL has expired (a long pause before a slow upload).
      const expired = xhr.status === 403;
      reject(new UploadError(expired ? "The upload link expired. Choose the image again." : "The image store refused the upload. Please try again."));
    };
    xhr.onerror = () => reject(new UploadError("The upload failed. Check your connection and try again."));
    xhr.onabort = () => reject(new UploadError("The upload was cancelled."));
    xhr.send(file);
  }).finally(() => {
    request.current = null;
  });
}
