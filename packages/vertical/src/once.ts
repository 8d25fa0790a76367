/**
 * Runs `create` on the first call and hands back the same value after: how the kernel stays lazy, so that
 * importing an app's vertical.ts (as `next build` does) reads no env and opens no connection.
 */
export function once<T>(create: () => T): () => T {
  let created: { value: T } | undefined;
  return () => (created ??= { value: create() }).value;
}
