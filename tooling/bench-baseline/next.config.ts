import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

// Deliberately bare: no shared packages, so it measures Next.js itself.
const config: NextConfig = { poweredByHeader: false, turbopack: { root: repoRoot }, outputFileTracingRoot: repoRoot };
export default config;
