import { z } from "zod";

/** The accounts file the pm2-run stub reads: `{ "accounts": [{ secretKey, webhookSecret, webhookUrl }, …] }`. */
export const stubAccountsSchema = z.object({
  accounts: z
    .array(
      z.object({
        secretKey: z.string().startsWith("sk_"),
        webhookSecret: z.string().startsWith("whsec_"),
        webhookUrl: z.url({ protocol: /^https?$/ }),
      }),
    )
    .min(1),
});
