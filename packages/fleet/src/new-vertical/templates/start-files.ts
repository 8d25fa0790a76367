import { firstMigrationFiles } from "@stepperslife/db-migrate";
import type { GeneratedFile, VerticalSpec } from "./vertical-spec";

/** The value of `stepperslife.kit` in a generated vertical's package.json. */
export const GENERATED_MARK = "new:vertical";

const start = (path: string, lines: string[]): GeneratedFile => ({ path, content: `${lines.join("\n")}\n`, kind: "start" });

/** Versions pinned once for the fleet: every app builds with the same Next, React, Prisma and TypeScript. */
const dependencies = {
  "@prisma/adapter-pg": "7.10.1",
  "@prisma/client": "7.10.0",
  "@stepperslife/ui": "*",
  "@stepperslife/vertical": "*",
  next: "16.4.6",
  pg: "^8.23.1",
  react: "^19.3.1",
  "react-dom": "^19.3.1",
};

const devDependencies = {
  "@stepperslife/db-migrate": "*",
  "@stepperslife/fleet": "*",
  "@stepperslife/next-config": "*",
  "@stepperslife/testing": "*",
  "@stepperslife/tsconfig": "*",
  "@types/node": "^20.19.0",
  "@types/react": "^19.3.0",
  "@types/react-dom": "^19.2.0",
  prisma: "7.10.1",
  typescript: "5.9.3",
};

function packageJson(name: string): GeneratedFile {
  const body = {
    name: `@apps/${name}`,
    private: true,
    version: "0.1.0",
    type: "module",
    // Ports, env and the rest come from the manifest through the fleet CLI, never from flags here.
    scripts: {
      dev: `fleet dev ${name}`,
      build: `fleet prepare ${name} && next build`,
      start: `fleet serve ${name}`,
      typecheck: `fleet prepare ${name} && next typegen && tsc --noEmit`,
      "db:new": "db-migrate new",
      "db:deploy": "db-migrate deploy",
      "db:check": "db-migrate check",
      "env:example": `tsx ../../packages/vertical/bin/env-example.ts ${name}`,
    },
    dependencies,
    devDependencies,
    // Marks a vertical made by the generator: `new:vertical -- --check` holds its kit files to the templates.
    stepperslife: { kit: GENERATED_MARK },
  };
  return start("package.json", [JSON.stringify(body, null, 2)]);
}

/** The kernel file: everything the vertical is wired with comes from its name and its Prisma client. */
function verticalFile(name: string): GeneratedFile {
  return start("src/vertical.ts", [
    `import { defineVertical } from "@stepperslife/vertical/server";`,
    `import packageJson from "../package.json";`,
    `import { PrismaClient } from "./generated/prisma/client";`,
    "",
    "/**",
    " * This app's kernel: its env, database, storage, mail, Stripe, sign-on, route wrapper and standard routes. Nothing is",
    " * built for the portal yet, so its feed, search and activity answer valid empty lists (an empty section, not an outage).",
    " */",
    `export const vertical = defineVertical({ name: "${name}", PrismaClient, version: packageJson.version });`,
    "",
    "export const { service, addressing, auth, proxy } = vertical;",
  ]);
}

function schemaFile({ title }: VerticalSpec): GeneratedFile {
  return start("prisma/schema.prisma", [
    "generator client {",
    `  provider = "prisma-client"`,
    `  output   = "../src/generated/prisma"`,
    "}",
    "",
    "// Prisma 7: the connection URL comes from db-migrate's config (DATABASE_URL), not from this file.",
    "datasource db {",
    `  provider = "postgresql"`,
    "}",
    "",
    `// The ${title} models arrive with this vertical's first feature; migrations come from \`npm run db:new\`.`,
  ]);
}

function homePage(): GeneratedFile {
  return start("src/app/page.tsx", [
    `import { AppLink, Hero } from "@stepperslife/ui";`,
    `import { addressing, service } from "@/vertical";`,
    "",
    "export default function HomePage() {",
    "  return (",
    "    <Hero",
    `      eyebrow="Coming soon"`,
    "      title={service.title}",
    "      lead={service.description}",
    `      actions={<AppLink to="main" addressing={addressing}>Back to SteppersLife</AppLink>}`,
    "    />",
    "  );",
    "}",
  ]);
}

function dashboardPage({ title }: VerticalSpec): GeneratedFile {
  return start("src/app/dashboard/page.tsx", [
    `import { OwnerDashboard } from "@stepperslife/ui";`,
    `import type { Metadata } from "next";`,
    `import { auth, service } from "@/vertical";`,
    "",
    `export const metadata: Metadata = { title: "Manage" };`,
    "",
    "// What an owner will manage here; each line turns into a working tool in a later change.",
    `const ownerTools = [{ title: "Your ${title.toLowerCase()} listing", text: "What people see about you before they buy." }] as const;`,
    "",
    "/** The owner area: owners of this app only (others get the 403 page, visitors go to sign in first). */",
    "export default async function DashboardPage() {",
    `  const owner = await auth.requireOwner("/dashboard");`,
    `  return <OwnerDashboard app={service} owner={owner} intro="Here you will run your part of ${title}." tools={ownerTools} />;`,
    "}",
  ]);
}

/** A vertical's first versions of the files it then owns; `now` names its first migration. */
export function startFiles(spec: VerticalSpec, { now }: { now: Date }): GeneratedFile[] {
  const migrations = firstMigrationFiles(now).map((file) => start(`prisma/migrations/${file.path}`, [file.content.trimEnd()]));
  return [packageJson(spec.name), verticalFile(spec.name), schemaFile(spec), ...migrations, homePage(), dashboardPage(spec)];
}
