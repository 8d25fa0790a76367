import { appVersionEnv, authEnv, databaseEnv, mailEnv, publicAddressEnv, stripeEnv, type EnvOf } from "@stepperslife/env";
import { platformFeeEnv } from "@stepperslife/payments";
import { storageEnv } from "@stepperslife/storage";

/**
 * Every variable a vertical reads, composed once from the packages' fragments: the verticals differ in their
 * domain, not in their plumbing, so one shape documents (and `.env.example` lists) them all.
 */
export const verticalEnvShape = {
  ...databaseEnv,
  ...storageEnv,
  ...publicAddressEnv,
  ...mailEnv,
  ...authEnv,
  ...stripeEnv,
  ...platformFeeEnv,
  ...appVersionEnv,
};

/** A vertical's validated env. */
export type VerticalEnv = EnvOf<typeof verticalEnvShape>;
