import { expect, vi } from "vitest";

/**
 * For tests: until the portal process behind `askFeed` holds long polls. Its first long poll starts the LISTEN
 * connection and answers at once; once a poll for a future `since` is held for its wait, the portal listens.
 */
export async function untilSessionFeedListens(askFeed: (query: string) => Promise<Response>): Promise<void> {
  await vi.waitFor(
    async () => {
      const startedAt = Date.now();
      const response = await askFeed(`?since=${Date.now() + 86_400_000}&wait=100`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(90);
    },
    { timeout: 10_000, interval: 50 },
  );
}
