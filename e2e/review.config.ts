import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * Screenshots for a person to look at (not a test run): every page of every app at a desktop and a phone width,
 * signed out and as an owner, plus the demo restaurant's cart and the demo event's ticket box. Starts its own fleet
 * like the browser tests. `npx playwright test --config e2e/review.config.ts`; the pictures land in test-results/screens.
 */
export default defineConfig({
  ...base,
  testDir: "./review",
  timeout: 20 * 60_000,
  projects: [{ name: "screens", testMatch: /screens\.spec\.ts/ }],
});
