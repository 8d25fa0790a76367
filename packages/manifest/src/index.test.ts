import { describe, expect, it } from "vitest";
import { appNames, appUrl, databaseRoleFor, fleet, getApp, verticals } from "./index";

describe("fleet manifest", () => {
  it("lists the seven apps on their fixed ports", () => {
    const ports = Object.fromEntries(fleet.apps.map((app) => [app.name, app.port]));
    expect(ports).toEqual({
      main: 3001, restaurants: 3010, events: 3004, store: 3008, classes: 3009, magazine: 3007, services: 3011,
    });
  });

  it("gives every vertical its own bucket on ports 9001-9006 and main none", () => {
    expect(getApp("main").storage).toBeNull();
    expect(verticals.map((app) => app.storage.port).sort()).toEqual([9001, 9002, 9003, 9004, 9005, 9006]);
    expect(new Set(verticals.map((app) => app.storage.bucket)).size).toBe(6);
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
      "http://restaurants.stepperslife.test:3010",
    );
  });
  it("keeps one host and distinct ports on localhost", () => {
    expect(appUrl(restaurants, { rootDomain: "localhost", protocol: "http", includePort: true })).toBe(
      "http://localhost:3010",
    );
  });
});
