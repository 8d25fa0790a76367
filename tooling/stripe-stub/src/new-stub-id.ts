import { randomBytes } from "node:crypto";

/** An id shaped like Stripe's test-mode ids: `cs_test_…`, `pi_…`, `evt_…`. */
export function newStubId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`;
}
