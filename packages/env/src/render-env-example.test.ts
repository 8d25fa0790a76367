import { describe, expect, it } from "vitest";
import { databaseEnv, mailEnv, publicAddressEnv } from "./fragments";
import { renderEnvExample } from "./render-env-example";

describe("renderEnvExample", () => {
  const text = renderEnvExample(
    { ...databaseEnv, ...publicAddressEnv, ...mailEnv },
    { title: "Events", examples: { DATABASE_URL: "postgres://events_app@127.0.0.1:5432/events" } },
  );

  it("writes required variables uncommented, with the app's own example", () => {
    expect(text).toContain("Required.\nDATABASE_URL=postgres://events_app@127.0.0.1:5432/events\n");
  });

  it("comments out optional variables and states their defaults", () => {
    expect(text).toContain("Optional, defaults to localhost.\n# ROOT_DOMAIN=stepperslife.com");
    expect(text).toContain("Optional, defaults to true.\n# PUBLIC_PORTS=false");
    expect(text).toMatch(/Optional\.\n# SMTP_URL=smtp:\/\//);
  });
});
