import { getApp } from "@stepperslife/manifest";
import { describe, expect, it } from "vitest";
import { authEnv, databaseEnv, mailEnv, portalSignInEnv, publicAddressEnv } from "./fragments";
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
    expect(text).toContain("Optional, defaults to 10.\n# DATABASE_POOL_SIZE=10\n");
    expect(text).toContain("Optional, defaults to localhost.\n# ROOT_DOMAIN=stepperslife.com");
    expect(text).toContain("Optional, defaults to true.\n# PUBLIC_PORTS=false");
    expect(text).toMatch(/Optional\.\n# SMTP_URL=smtp:\/\//);
  });

  it("documents the single sign-on variables", () => {
    const portal = renderEnvExample({ ...authEnv, ...portalSignInEnv }, { title: "SteppersLife" });
    expect(portal).toMatch(/same value in every app\. Generate with `openssl rand -base64 32`\. Required\.\nAUTH_SECRET=\S+\n/);
    const portalUrl = `http://127.0.0.1:${getApp("main").port}`;
    expect(portal).toContain(`Optional, defaults to ${portalUrl}.\n# PORTAL_INTERNAL_URL=${portalUrl}\n`);
    for (const name of ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET", "GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET", "ADMIN_EMAIL"]) {
      expect(portal).toMatch(new RegExp(`Optional\\.\\n# ${name}=\\S+\\n`));
    }
  });
});
