// For TypeScript importers outside this package (the vertical kernel); this package's own files are checked from JSDoc.
export type ShutdownHook = () => Promise<void>;
export function onAppShutdown(hook: ShutdownHook): () => void;
export function runShutdownHooks(options?: {
  timeoutMs?: number;
  log?: (message: string, error: unknown) => void;
}): Promise<"done" | "timed out">;
