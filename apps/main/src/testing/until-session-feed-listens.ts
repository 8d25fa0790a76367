import { expect, vi } from "vitest";

/**
 * For tests: until the portal process behind `askFeed` holds long polls. Its first long poll starts the LISTEN
 * connection and answers at once ("unavailable"); once one is held, the portal listens.
 */
export async function untilSessionFeedListens(askFeed: (query: string) => Promise<Response>): Promise<void> {
  await vi.waitFor(
    async () => {
      const response = await askFeed(`?since=${Date.now() + 86_400_000}&wait=1`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      expect(response.headers.get("x-feed-wait")).toBe("timeout");
    },
    { timeout: 10_000, interval: 50 },
  );
}
