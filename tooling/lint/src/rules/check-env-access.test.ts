import { describe, expect, it } from "vitest";
import { violationsIn } from "../testing/temp-repo";

const read = `export const port = process.env.PORT;\n`;

describe("env-access", () => {
  it("allows process.env in env modules, scripts, tests and e2e, and ignores comments and strings", async () => {
    expect(
      await violationsIn({
        "packages/env/src/env.ts": read,
        "packages/fleet/src/fleet-env.ts": read,
        "packages/app-server/src/app-server-env.cjs": read,
        "packages/db-migrate/src/prisma-config.ts": read,
        "ecosystem.config.js": read,
        "scripts/bootstrap.mjs": read,
        "packages/env/src/create-env.test.ts": read,
        "apps/main/src/page.test.tsx": read,
        "e2e/tests/login.spec.ts": read,
        "apps/main/src/app/page.tsx": `// process.env.PORT is read in env.ts\nconst hint = "set process.env.PORT";\n`,
        "apps/main/src/instrumentation.ts": `if (process.env.NEXT_RUNTIME === "nodejs") {}\n`,
      }),
    ).toEqual([]);
  });

  it("flags process.env everywhere else, in any spelling", async () => {
    const rule = "env-access";
    const message = "process.env outside an env module; read it through the package's env module";
    expect(
      await violationsIn({
        "apps/main/src/app/page.tsx": `const a = process.env.API_URL;\nconst b = \`\${process.env.B}\`;\n`,
        "packages/ui/src/theme.ts": `const { env } = process;\nconst c = process["env"].C;\nconst d = process?.env;\n`,
        "scripts/nested/helper.ts": read,
        "packages/app-server/src/start-app-server.cjs": read,
        "apps/main/src/instrumentation.ts": `const e = process.env.NEXT_RUNTIME_OVERRIDE;\n`,
      }),
    ).toEqual([
      { path: "apps/main/src/app/page.tsx", line: 1, rule, message },
      { path: "apps/main/src/app/page.tsx", line: 2, rule, message },
      { path: "apps/main/src/instrumentation.ts", line: 1, rule, message },
      { path: "packages/app-server/src/start-app-server.cjs", line: 1, rule, message },
      { path: "packages/ui/src/theme.ts", line: 1, rule, message },
      { path: "packages/ui/src/theme.ts", line: 2, rule, message },
      { path: "packages/ui/src/theme.ts", line: 3, rule, message },
      { path: "scripts/nested/helper.ts", line: 1, rule, message },
    ]);
  });
});
