import { appVersionEnv, authEnv, createEnv, databaseEnv, mailEnv, publicAddressEnv, publicAddressing, stripeEnv, type EnvOf } from "@stepperslife/env";
import { storageEnv } from "@stepperslife/storage";

export const envShape = { ...databaseEnv, ...storageEnv, ...publicAddressEnv, ...mailEnv, ...authEnv, ...stripeEnv, ...appVersionEnv };

let validated: EnvOf<typeof envShape> | undefined;

/** The one reader of process.env. Parsed on first use, not at import, so `next build` needs no secrets. */
export function env(): EnvOf<typeof envShape> {
  validated ??= createEnv(envShape, process.env);
  return validated;
}

/** Where the fleet's apps are reached, for links between them. */
export const addressing = () => publicAddressing(env());
