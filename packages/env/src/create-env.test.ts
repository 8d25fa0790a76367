import { getApp } from "@stepperslife/manifest";
import { describe, expect, it } from "vitest";
import { createEnv } from "./create-env";
import { appVersionEnv, authEnv, databaseEnv, mailEnv, portalSignInEnv, publicAddressEnv, stripeEnv } from "./fragments";
import { InvalidEnvError } from "./invalid-env-error";

const portalShape = { ...databaseEnv, ...publicAddressEnv, ...mailEnv, ...authEnv, ...appVersionEnv, ...stripeEnv };
const validDatabase = { DATABASE_URL: "postgres://app:s3cret@127.0.0.1:5432/stepperslife_main" };
const validSecret = { AUTH_SECRET: "0123456789abcdef0123456789abcdef" };

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidEnvError);
    return (error as InvalidEnvError).message.split("\n").slice(1, -1).map((line) => line.trim());
  }
  throw new Error("expected createEnv to throw");
}

describe("createEnv", () => {
  it("applies the documented defaults when only the required variables are set", () => {
    const env = createEnv(portalShape, { ...validDatabase, ...validSecret });
    expect(env).toEqual({
      DATABASE_URL: validDatabase.DATABASE_URL,
      DATABASE_POOL_SIZE: 10,
      AUTH_SECRET: validSecret.AUTH_SECRET,
      ROOT_DOMAIN: "localhost",
      PUBLIC_PROTOCOL: "http",
      PUBLIC_PORTS: true,
      MAIL_FROM: "SteppersLife <no-reply@stepperslife.com>",
      PORTAL_INTERNAL_URL: `http://127.0.0.1:${getApp("main").port}`,
    });
  });

  it("names a missing variable and says what it expects", () => {
    expect(problemsOf(() => createEnv(databaseEnv, {}))).toEqual(["DATABASE_URL: expected a postgres:// URL (got nothing)"]);
  });

  it("treats an empty string as unset", () => {
    expect(problemsOf(() => createEnv(databaseEnv, { DATABASE_URL: "" }))).toEqual([
      "DATABASE_URL: expected a postgres:// URL (got nothing)",
    ]);
    expect(createEnv(mailEnv, { SMTP_URL: "" }).SMTP_URL).toBeUndefined();
  });

  it("lists every bad variable at once and never prints their values", () => {
    const source = {
      DATABASE_URL: "mysql://root:hunter2-password@db/main",
      PUBLIC_PROTOCOL: "ftp",
      PUBLIC_PORTS: "maybe",
      SMTP_URL: "http://mail.example.com",
      AUTH_SECRET: "too-short-hunter2",
    };
    let message = "";
    try {
      createEnv(portalShape, source);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("5 variables to fix");
    expect(message).toContain("DATABASE_URL: expected a postgres:// URL (got an invalid value)");
    expect(message).toContain("PUBLIC_PROTOCOL: expected http or https (got an invalid value)");
    expect(message).toContain("PUBLIC_PORTS: expected true or false (got an invalid value)");
    expect(message).toContain("SMTP_URL: expected an smtp:// or smtps:// URL (got an invalid value)");
    expect(message).toContain("AUTH_SECRET: expected a random string of at least 32 characters (got an invalid value)");
    expect(message).not.toContain("hunter2");
    expect(message).not.toContain("mysql");
  });

  it("reads DATABASE_POOL_SIZE as a whole number of connections from 1 to 1000", () => {
    expect(createEnv(databaseEnv, { ...validDatabase, DATABASE_POOL_SIZE: "25" }).DATABASE_POOL_SIZE).toBe(25);
    expect(createEnv(databaseEnv, { ...validDatabase, DATABASE_POOL_SIZE: "" }).DATABASE_POOL_SIZE).toBe(10);
    for (const bad of ["0", "2.5", "ten", "1001", "-3"]) {
      expect(problemsOf(() => createEnv(databaseEnv, { ...validDatabase, DATABASE_POOL_SIZE: bad }))).toEqual([
        "DATABASE_POOL_SIZE: expected a whole number of connections from 1 to 1000 (got an invalid value)",
      ]);
    }
  });

  it("accepts postgresql:// as well as postgres://", () => {
    expect(createEnv(databaseEnv, { DATABASE_URL: "postgresql://127.0.0.1/x" }).DATABASE_URL).toBe("postgresql://127.0.0.1/x");
  });

  it.each([
    ["false", false],
    ["0", false],
    ["NO", false],
    ["true", true],
    ["1", true],
    ["Yes", true],
  ])("reads PUBLIC_PORTS=%s as %s", (value, expected) => {
    expect(createEnv(publicAddressEnv, { PUBLIC_PORTS: value }).PUBLIC_PORTS).toBe(expected);
  });

  it("rejects a root domain with a scheme", () => {
    expect(problemsOf(() => createEnv(publicAddressEnv, { ROOT_DOMAIN: "https://stepperslife.com" }))).toEqual([
      "ROOT_DOMAIN: expected a domain name such as stepperslife.com (no scheme, no port) (got an invalid value)",
    ]);
  });

  it("requires the shared AUTH_SECRET", () => {
    expect(problemsOf(() => createEnv(portalShape, validDatabase))).toEqual([
      "AUTH_SECRET: expected a random string of at least 32 characters (got nothing)",
    ]);
  });

  it("accepts an https PORTAL_INTERNAL_URL and rejects other schemes", () => {
    expect(createEnv(authEnv, { ...validSecret, PORTAL_INTERNAL_URL: "https://portal.internal:8443" }).PORTAL_INTERNAL_URL).toBe(
      "https://portal.internal:8443",
    );
    expect(problemsOf(() => createEnv(authEnv, { ...validSecret, PORTAL_INTERNAL_URL: "ftp://portal.internal:8443" }))).toEqual([
      "PORTAL_INTERNAL_URL: expected an http:// or https:// URL (got an invalid value)",
    ]);
    expect(problemsOf(() => createEnv(authEnv, { ...validSecret, PORTAL_INTERNAL_URL: "portal.internal:8443" }))).toEqual([
      "PORTAL_INTERNAL_URL: expected an http:// or https:// URL (got an invalid value)",
    ]);
  });

  it("ignores variables outside the shape", () => {
    expect(createEnv(appVersionEnv, { APP_VERSION: "1.2.3", PATH: "/usr/bin" })).toEqual({ APP_VERSION: "1.2.3" });
  });
});

describe("stripeEnv", () => {
  const keys = {
    STRIPE_SECRET_KEY: "sk_test_51Abcdefghijkl",
    STRIPE_PUBLISHABLE_KEY: "pk_test_51Abcdefghijkl",
    STRIPE_WEBHOOK_SECRET: "whsec_abcdefghijkl",
  };

  it("is optional as a whole", () => {
    expect(createEnv(stripeEnv, {})).toEqual({});
  });

  it("accepts the full set", () => {
    expect(createEnv(stripeEnv, keys)).toEqual(keys);
  });

  it("names the missing keys of a partial set", () => {
    expect(problemsOf(() => createEnv(stripeEnv, { STRIPE_SECRET_KEY: keys.STRIPE_SECRET_KEY }))).toEqual([
      "STRIPE_PUBLISHABLE_KEY: required because STRIPE_SECRET_KEY is set (Stripe needs all of STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET or none) (got nothing)",
      "STRIPE_WEBHOOK_SECRET: required because STRIPE_SECRET_KEY is set (Stripe needs all of STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET or none) (got nothing)",
    ]);
  });

  it("rejects a key of the wrong kind without echoing it", () => {
    const problems = problemsOf(() => createEnv(stripeEnv, { ...keys, STRIPE_SECRET_KEY: keys.STRIPE_PUBLISHABLE_KEY }));
    expect(problems).toEqual(["STRIPE_SECRET_KEY: expected a Stripe secret key starting with sk_ (got an invalid value)"]);
  });

  it("takes an optional API URL for the local stand-in, outside the all-or-none rule", () => {
    expect(createEnv(stripeEnv, { STRIPE_API_URL: "http://127.0.0.1:12111" })).toEqual({ STRIPE_API_URL: "http://127.0.0.1:12111" });
    expect(createEnv(stripeEnv, { ...keys, STRIPE_API_URL: "https://stripe.test" })).toEqual({ ...keys, STRIPE_API_URL: "https://stripe.test" });
    expect(problemsOf(() => createEnv(stripeEnv, { ...keys, STRIPE_API_URL: "127.0.0.1:12111" }))).toEqual([
      "STRIPE_API_URL: expected an http:// or https:// URL (got an invalid value)",
    ]);
  });

  it("keeps the rule when composed into a larger shape", () => {
    const problems = problemsOf(() =>
      createEnv({ ...databaseEnv, ...stripeEnv }, { ...validDatabase, STRIPE_WEBHOOK_SECRET: keys.STRIPE_WEBHOOK_SECRET }),
    );
    expect(problems.map((line) => line.split(":")[0])).toEqual(["STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY"]);
  });
});

describe("portalSignInEnv", () => {
  const google = { GOOGLE_CLIENT_ID: "1234567890-abc.apps.googleusercontent.com", GOOGLE_CLIENT_SECRET: "GOCSPX-secret" };
  const github = { GITHUB_CLIENT_ID: "Ov23liabc", GITHUB_CLIENT_SECRET: "github-secret-value" };

  it("is optional as a whole: email sign-in alone needs none of it", () => {
    expect(createEnv(portalSignInEnv, {})).toEqual({});
  });

  it("accepts each provider as a complete pair", () => {
    expect(createEnv(portalSignInEnv, { ...google, ...github })).toEqual({ ...google, ...github });
  });

  it("names the other half of a partial Google or GitHub pair", () => {
    expect(
      problemsOf(() =>
        createEnv(portalSignInEnv, { GOOGLE_CLIENT_ID: google.GOOGLE_CLIENT_ID, GITHUB_CLIENT_SECRET: github.GITHUB_CLIENT_SECRET }),
      ),
    ).toEqual([
      "GOOGLE_CLIENT_SECRET: required because GOOGLE_CLIENT_ID is set (Google sign-in needs all of GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET or none) (got nothing)",
      "GITHUB_CLIENT_ID: required because GITHUB_CLIENT_SECRET is set (GitHub sign-in needs all of GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET or none) (got nothing)",
    ]);
  });

  it("normalises ADMIN_EMAIL and rejects a non-address without echoing it", () => {
    expect(createEnv(portalSignInEnv, { ADMIN_EMAIL: " Founder@SteppersLife.com " }).ADMIN_EMAIL).toBe("founder@stepperslife.com");
    const problems = problemsOf(() => createEnv(portalSignInEnv, { ADMIN_EMAIL: "founder-at-example" }));
    expect(problems).toEqual(["ADMIN_EMAIL: expected an email address (got an invalid value)"]);
  });
});
