import { describe, expect, it } from "vitest";
import manifestJson from "../apps.json" with { type: "json" };
import {
  accountPages,
  accountPagesOf,
  appNames,
  appUrl,
  databaseRoleFor,
  fleet,
  formatManifest,
  getApp,
  internalUrlOf,
  parseManifest,
  verticals,
  verticalsOf,
} from "./index";

/** The real manifest with more apps after its own: how a test adds a vertical. */
const withExtraApps = (...extra: unknown[]) => ({ ...manifestJson, apps: [...structuredClone(manifestJson.apps), ...extra] });

describe("fleet manifest", () => {
  it("lists the portal and six verticals, each port (apps and S3 servers) used once", () => {
    expect(appNames).toEqual(["main", "restaurants", "events", "store", "classes", "magazine", "services"]);
    const ports = fleet.apps.flatMap((app) => [app.port, ...(app.storage ? [app.storage.port] : [])]);
    expect(new Set(ports).size).toBe(13);
  });

  it("gives every vertical its own bucket and portal section, and main neither", () => {
    expect(getApp("main").storage).toBeNull();
    expect(getApp("main").portal).toBeNull();
    expect(new Set(verticals.map((app) => app.storage.bucket)).size).toBe(6);
    expect(getApp("events").portal).toEqual({ title: "Upcoming events", emptyText: "Nothing on the calendar yet." });
  });

  it("names each database and role after the app", () => {
    for (const name of appNames) {
      const app = getApp(name);
      expect(app.database).toBe(`stepperslife_${name}`);
      expect(databaseRoleFor(app)).toBe(`stepperslife_${name}_app`);
    }
  });

  it("refuses an unknown app by name", () => {
    expect(() => getApp("bakery")).toThrow(/Unknown app "bakery"/);
  });
});

const bakeryEntry = {
  name: "bakery", title: "Bakery", port: 3020, subdomain: "bakery", database: "stepperslife_bakery",
  storage: { bucket: "bakery", port: 9020 }, portal: { title: "Fresh bread", emptyText: "Sold out." }, description: "Bread.",
};

describe("parseManifest", () => {
  const bakery = bakeryEntry;

  it("takes a new vertical with nothing else to edit, and derives its internal URL from its port", () => {
    const grown = verticalsOf(parseManifest(withExtraApps(bakery)));
    expect(grown.map((app) => app.name).at(-1)).toBe("bakery");
    expect(internalUrlOf(grown.at(-1)!)).toEqual({ variable: "BAKERY_INTERNAL_URL", fallback: "http://127.0.0.1:3020" });
  });

  it("refuses a port, name or bucket used twice, a half-described vertical and a second portal", () => {
    const problems = (extra: unknown) => {
      try {
        parseManifest(withExtraApps(extra));
        return "accepted";
      } catch (error) {
        return String(error);
      }
    };
    expect(problems({ ...bakery, port: getApp("events").port })).toMatch(/port \(apps and their S3 servers\) used twice/);
    expect(problems({ ...bakery, storage: { bucket: "bakery", port: getApp("store").storage!.port } })).toMatch(/used twice/);
    expect(problems({ ...bakery, name: "events" })).toMatch(/name used twice: events/);
    expect(problems({ ...bakery, storage: { bucket: "events", port: 9020 } })).toMatch(/bucket used twice: events/);
    expect(problems({ ...bakery, portal: null })).toMatch(/a vertical has a subdomain, storage and a portal section/);
    expect(problems({ ...bakery, subdomain: null, storage: null, portal: null })).toMatch(/exactly one portal/);
  });
});

describe("accountPages", () => {
  it("lists each app's page of the signed-in person's own things, in the manifest's order", () => {
    expect(accountPages.map(({ app, title, path }) => [app.name, title, path])).toEqual([
      ["main", "My activity", "/activity"],
      ["restaurants", "My orders", "/orders"],
      ["events", "My tickets", "/tickets"],
      ["store", "My purchases", "/orders"],
    ]);
  });

  it("takes a new vertical's declared page, leaves out one without, and refuses a path that is not one", () => {
    const withPage = { ...bakeryEntry, accountPage: { title: "My bread", path: "/bread" } };
    expect(accountPagesOf(parseManifest(withExtraApps(withPage))).at(-1)).toMatchObject({ title: "My bread", path: "/bread" });
    expect(accountPagesOf(parseManifest(withExtraApps(bakeryEntry))).map(({ app }) => app.name)).not.toContain("bakery");
    expect(() => parseManifest(withExtraApps({ ...bakeryEntry, accountPage: { title: "My bread", path: "https://x.test/" } }))).toThrow(/a path on the app/);
  });
});

describe("appUrl", () => {
  const restaurants = getApp("restaurants");
  it("uses subdomains without ports in production", () => {
    expect(appUrl(restaurants, { rootDomain: "stepperslife.com", protocol: "https", includePort: false })).toBe(
      "https://restaurants.stepperslife.com",
    );
    expect(appUrl(getApp("main"), { rootDomain: "stepperslife.com", protocol: "https", includePort: false })).toBe(
      "https://stepperslife.com",
    );
  });
  it("uses subdomains with ports on a test root domain", () => {
    expect(appUrl(restaurants, { rootDomain: "stepperslife.test", protocol: "http", includePort: true })).toBe(
      `http://restaurants.stepperslife.test:${restaurants.port}`,
    );
  });
  it("keeps one host and distinct ports on localhost", () => {
    expect(appUrl(restaurants, { rootDomain: "localhost", protocol: "http", includePort: true })).toBe(
      `http://localhost:${restaurants.port}`,
    );
  });
});

describe("formatManifest", () => {
  it("writes apps.json exactly as it is kept: one line per app", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../apps.json", import.meta.url), "utf8");
    expect(formatManifest(JSON.parse(text) as typeof manifestJson)).toBe(text);
  });
});
