import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fleet } from "@stepperslife/manifest";
import { z } from "zod";

const appSecretsSchema = z.object({
  databasePassword: z.string().min(24),
  storageAccessKey: z.string().min(16).optional(),
  storageSecretKey: z.string().min(32).optional(),
  // Test-mode keys of the vertical's account at the local Stripe stand-in (never real Stripe keys).
  stripeSecretKey: z.string().startsWith("sk_test_").optional(),
  stripePublishableKey: z.string().startsWith("pk_test_").optional(),
  stripeWebhookSecret: z.string().startsWith("whsec_").optional(),
});

const fleetSecretsSchema = z.object({
  version: z.literal(1),
  postgresAdminPassword: z.string().min(24),
  authSecret: z.string().min(32),
  apps: z.record(z.string(), appSecretsSchema),
});

export type FleetSecrets = z.infer<typeof fleetSecretsSchema>;
export type AppSecrets = z.infer<typeof appSecretsSchema>;

const token = (bytes: number) => randomBytes(bytes).toString("base64url");

function secretsForApp(hasStorage: boolean): AppSecrets {
  const secrets: AppSecrets = { databasePassword: token(24) };
  if (hasStorage) {
    secrets.storageAccessKey = `SL${randomBytes(9).toString("hex").toUpperCase()}`;
    secrets.storageSecretKey = token(30);
  }
  return secrets;
}

// Shaped like Stripe's test keys so the apps' env validation (sk_/pk_/whsec_) accepts them unchanged.
function stripeTestKeys(): Pick<AppSecrets, "stripeSecretKey" | "stripePublishableKey" | "stripeWebhookSecret"> {
  return {
    stripeSecretKey: `sk_test_${randomBytes(18).toString("hex")}`,
    stripePublishableKey: `pk_test_${randomBytes(18).toString("hex")}`,
    stripeWebhookSecret: `whsec_${randomBytes(24).toString("hex")}`,
  };
}

/**
 * The embedded fleet's credentials, generated once and kept (mode 600) so that `npm start` again finds
 * the same databases and buckets. An app added to the manifest later gets its secrets on the next start.
 */
export async function loadFleetSecrets({ secretsFile }: { secretsFile: string }): Promise<FleetSecrets> {
  let secrets: FleetSecrets;
  let changed = false;
  try {
    secrets = fleetSecretsSchema.parse(JSON.parse(await readFile(secretsFile, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new Error(`${secretsFile} is unreadable or malformed; fix or remove it (removing it means new credentials).`, {
        cause: error,
      });
    }
    secrets = { version: 1, postgresAdminPassword: token(24), authSecret: token(48), apps: {} };
    changed = true;
  }
  for (const app of fleet.apps) {
    if (!secrets.apps[app.name]) {
      secrets.apps[app.name] = secretsForApp(app.storage !== null);
      changed = true;
    }
    // Verticals sell things; a secrets file from before the Stripe stand-in gets their keys added, the rest kept.
    const own = secrets.apps[app.name];
    if (own && app.subdomain !== null && !own.stripeSecretKey) {
      Object.assign(own, stripeTestKeys());
      changed = true;
    }
  }
  if (changed) {
    await mkdir(dirname(secretsFile), { recursive: true, mode: 0o700 });
    await writeFile(secretsFile, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    await chmod(secretsFile, 0o600);
  }
  return secrets;
}
