import { describe, expect, it } from "vitest";
import { appFolderOf, routeModulesOf } from "./app-folder";
import { routePathOf } from "./discover-routes";

describe("an app's folder, by convention from its manifest name", () => {
  it("finds every route file under its src/app, by URL path, without importing any", async () => {
    const paths = Object.keys(await routeModulesOf("store")).map(routePathOf);
    expect(paths).toEqual(expect.arrayContaining(["/api/health", "/api/feed", "/api/search", "/api/me/activity", "/auth/sign-out"]));
    expect(paths.every((path) => !path.endsWith(".ts"))).toBe(true);
  });

  it("refuses a name the manifest does not know, listing the known ones", () => {
    expect(appFolderOf("events")).toMatch(/\/apps\/events$/);
    expect(() => appFolderOf("bakery")).toThrow('Unknown app "bakery". Known apps: main, restaurants');
  });
});
