import { defineConfig } from "@playwright/test";
import { fleet, getApp } from "@stepperslife/manifest";
import { publicUrl } from "./fleet-under-test";

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--host-resolver-rules=MAP *.stepperslife.test 127.0.0.1, MAP stepperslife.test 127.0.0.1",
];

export default defineConfig({
  testDir: "./specs",
  globalSetup: "./global-setup.ts",
  globalTeardown: "./global-teardown.ts",
  // One fleet, two cores: tests take turns.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "../test-results/e2e",
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // One project per app: the same app specs run against each app on its own subdomain.
    ...fleet.apps.map((app) => ({
      name: app.name,
      testMatch: app.name === "main" ? /(app|portal)-.*\.spec\.ts/ : /app-.*\.spec\.ts/,
      use: { baseURL: publicUrl(app) },
    })),
    // The verticals' feed/search/activity contract, and the portal reading them live (stops one app briefly).
    { name: "contract", testMatch: /contract\.spec\.ts/, dependencies: fleet.apps.map((app) => app.name) },
    { name: "portal", testMatch: /portal\.spec\.ts/, dependencies: ["contract"] },
    // Single sign-on across the seven apps, once the apps' own specs have passed.
    { name: "sign-on", testMatch: /sign-on\.spec\.ts/, dependencies: fleet.apps.map((app) => app.name) },
    // Restaurants end to end: a customer orders and pays, the owner works the order on the board.
    { name: "restaurants-orders", testMatch: /restaurants\.spec\.ts/, use: { baseURL: publicUrl(getApp("restaurants")) } },
    // Events end to end: a buyer pays for tickets and sees QR codes, the organizer checks one in at the door.
    { name: "events-tickets", testMatch: /events\.spec\.ts/, use: { baseURL: publicUrl(getApp("events")) } },
    // Store end to end: an owner lists shoes, a buyer pays once for two shops, the owner ships, a pair is returned.
    { name: "store-orders", testMatch: /store\.spec\.ts/, use: { baseURL: publicUrl(getApp("store")) } },
    // Owners get paid: payouts set up on the stand-in, a card payment's fee and net, its refund (its own restaurant).
    { name: "payouts", testMatch: /payouts\.spec\.ts/, dependencies: fleet.apps.map((app) => app.name) },
    // Security headers of all seven apps, framing refused, and an upload and the door camera within the policy
    // (Chromium's fake camera, accepted without a prompt; events' plain-http test origin counts as secure, as https would).
    {
      name: "security-headers",
      testMatch: /security-headers\.spec\.ts/,
      use: {
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            ...chromiumArgs,
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            `--unsafely-treat-insecure-origin-as-secure=${publicUrl(getApp("events"))}`,
          ],
        },
      },
    },
    // The sign-in rate limit's client address: a forged X-Forwarded-For from a direct peer moves nothing.
    { name: "client-address", testMatch: /client-address\.spec\.ts/, dependencies: fleet.apps.map((app) => app.name) },
    // Every page of every app at a phone's width, signed out and as an owner: none scrolls sideways. After the journeys,
    // whose owners take over the demo data first (this one makes its own restaurant and event).
    {
      name: "phone-width",
      testMatch: /phone-width\.spec\.ts/,
      dependencies: [...fleet.apps.map((app) => app.name), "sign-on", "portal", "restaurants-orders", "events-tickets", "store-orders"],
    },
    // The account menu's own pages on every app; the owner's sales chart and forms. After the journeys, as above.
    {
      name: "owner-pages",
      testMatch: /owner-pages\.spec\.ts/,
      dependencies: [...fleet.apps.map((app) => app.name), "sign-on", "portal", "restaurants-orders", "events-tickets"],
    },
    // Every route and page of every app fed malformed input: no 5xx, nothing written. After the journeys above, whose
    // demo data it must not take over first.
    {
      name: "malformed-input",
      testMatch: /malformed-input\.spec\.ts/,
      dependencies: [...fleet.apps.map((app) => app.name), "sign-on", "portal", "restaurants-orders", "events-tickets", "security-headers"],
    },
    // The operators' view of the fleet runs last: it stops and restarts everything.
    {
      name: "operators",
      testMatch: /operators\.spec\.ts/,
      dependencies: [...fleet.apps.map((app) => app.name), "sign-on", "portal", "restaurants-orders", "events-tickets", "security-headers", "client-address", "malformed-input"],
    },
  ],
});
