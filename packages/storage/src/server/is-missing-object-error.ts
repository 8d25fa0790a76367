/** minio reports a missing key as NoSuchKey (GET, with an XML body) or NotFound (HEAD, which has none). */
export function isMissingObjectError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "NoSuchKey" || code === "NotFound";
}
