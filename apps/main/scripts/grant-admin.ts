// npm run admin:grant -w @apps/main -- someone@example.com
// Makes that address a SteppersLife admin, creating the account if needed (they sign in with an emailed link:
// there is no password). Reads DATABASE_URL from the environment: `fleet exec main` (the npm script) sets the one
// npm start generated; else .env.local / .env in apps/main.
import { existsSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { scriptEnv } from "../src/env";
import { PrismaClient } from "../src/generated/prisma/client";
import { grantAdminByEmail } from "../src/server/accounts/grant-admin-by-email";

async function main(): Promise<number> {
  const email = process.argv[2];
  if (!email || process.argv.length > 3) {
    console.error("Usage: npm run admin:grant -w @apps/main -- someone@example.com");
    return 2;
  }
  for (const file of [".env.local", ".env"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }

  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: scriptEnv().DATABASE_URL }) });
  try {
    const result = await grantAdminByEmail({ db, email });
    if (result.createdUser) console.log(`Created an account for ${result.email}.`);
    console.log(
      result.granted
        ? `${result.email} is now an admin. They sign in at /sign-in with an emailed link; open sessions pick up the role within a second.`
        : `${result.email} was already an admin; nothing changed.`,
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error && error.name === "ZodError" ? "that is not an email address." : String(error);
    console.error(`Could not grant admin: ${message}`);
    process.exit(1);
  },
);
