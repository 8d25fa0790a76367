import { createEnv, renderEnvExample } from "@stepperslife/env";
import manifestJson from "@stepperslife/manifest/apps.json" with { type: "json" };
import { parseManifest, verticalsOf } from "@stepperslife/manifest";
import { describe, expect, it} from "vitest";
import { envShape, internalUrlsEnv } from "@/env";
import { listUpstreams } from "./list-upstreams";


// A vertical only the manifest knows about: nothing in apps/main names it.
const bakery = {
  name: "bakery", title: "Bakery", port: 3020, subdomain: "bakery", database: "stepperslife_bakery",
  storage: { bucket: "bakery", port: 9020 }, portal: { title: "Fresh from the oven", emptyText: "Sold out for today." },
  description: "Bread and cakes for after the set.",
};
const manifest = parseManifest({ ...manifestJson, apps: [...manifestJson.apps, bakery] });
const production = { rootDomain: "stepperslife.com", protocol: "https", includePort: false } as const;

describe("listUpstreams", () => {
  it("reads a vertical added to the manifest, with its section, its default internal URL and its public one", () => {
    const env = createEnv(internalUrlsEnv(verticalsOf(manifest)), {});
    const upstreams = listUpstreams({ manifest, env, addressing: production });
    expect(upstreams.map((upstream) => upstream.app)).toEqual(["restaurants", "events", "store", "classes", "magazine", "services", "bakery"]);
    expect(upstreams.at(-1)).toEqual({
      app: "bakery",
      title: "Bakery",
      section: { title: "Fresh from the oven", emptyText: "Sold out for today." },
      internalUrl: "http://127.0.0.1:3020",
      publicUrl: "https://bakery.stepperslife.com",
    });
  });

  it("takes its internal URL from BAKERY_INTERNAL_URL when set, and refuses a malformed one by name", () => {
    const shape = internalUrlsEnv(verticalsOf(manifest));
    const env = createEnv(shape, { BAKERY_INTERNAL_URL: "http://10.0.0.7:8080" });
    expect(listUpstreams({ manifest, env, addressing: production }).at(-1)?.internalUrl).toBe("http://10.0.0.7:8080");
    expect(() => createEnv(shape, { BAKERY_INTERNAL_URL: "10.0.0.7:8080" })).toThrow(/BAKERY_INTERNAL_URL/);
  });

  it("documents the variable in .env.example", () => {
    const example = renderEnvExample({ ...envShape, ...internalUrlsEnv(verticalsOf(manifest)) }, { title: "Portal" });
    expect(example).toContain("# BAKERY_INTERNAL_URL=http://127.0.0.1:3020");
  });

  it("says which variable is missing when given an env parsed from another manifest", () => {
    const env = createEnv(internalUrlsEnv(verticalsOf(parseManifest(manifestJson))), {});
    expect(() => listUpstreams({ manifest, env, addressing: production })).toThrow(/No BAKERY_INTERNAL_URL/);
  });
});
