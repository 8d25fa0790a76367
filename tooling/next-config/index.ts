import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { NextConfig } from "next";
import { securityHeaderRules } from "./src/security-header-rules";

/** Workspace packages the apps import as TypeScript source; Next must compile them, not load them raw. */
const workspacePackages = [
  "@stepperslife/auth-config",
  "@stepperslife/contracts",
  "@stepperslife/env",
  "@stepperslife/format",
  "@stepperslife/health",
  "@stepperslife/http",
  "@stepperslife/jobs",
  "@stepperslife/mail",
  "@stepperslife/manifest",
  "@stepperslife/payments",
  "@stepperslife/storage",
  "@stepperslife/ui",
  "@stepperslife/vertical",
  "@stepperslife/web-security",
];

/**
 * Next loads next.config.ts as CommonJS on Node 20, so import.meta is unavailable: the repo root is
 * found by walking up from the app folder (where `next` runs) to the package.json with workspaces.
 */
function findWorkspaceRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && "workspaces" in (JSON.parse(readFileSync(manifest, "utf8")) as object)) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** The next.config of every app: `export default createNextConfig();`. */
export function createNextConfig(overrides: NextConfig = {}): NextConfig {
  const root = findWorkspaceRoot(process.cwd());
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    ...overrides,
    async headers() {
      return [...securityHeaderRules(), ...((await overrides.headers?.()) ?? [])];
    },
    experimental: {
      ...overrides.experimental,
      // Lets @stepperslife/auth-config's requireOwner/requireAdmin call forbidden() (next/navigation), which
      // renders the app's forbidden.tsx with a real 403 instead of a redirect or a 404.
      authInterrupts: true,
    },
    transpilePackages: [...workspacePackages, ...(overrides.transpilePackages ?? [])],
    // Loaded by Node at run time, not bundled: graphile-worker (behind @stepperslife/jobs) is CommonJS that finds its
    // SQL migrations, config presets and optional task files through runtime require()s a bundler cannot follow, and
    // Next's built-in list of server packages (which has pg and Prisma) does not include it.
    serverExternalPackages: ["graphile-worker", ...(overrides.serverExternalPackages ?? [])],
    // One lockfile at the repo root: tracing and Turbopack must both start there, or Next guesses
    // (and warns) and misses the hoisted node_modules.
    outputFileTracingRoot: root,
    turbopack: { ...overrides.turbopack, root },
  };
}
