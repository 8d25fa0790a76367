// Runs the local Stripe stand-in as a long-lived process (the embedded fleet runs it under pm2 as `stripe`).
// Usage: tsx run-stripe-stub.ts [accounts.json]   (or STRIPE_STUB_ACCOUNTS_FILE); STRIPE_STUB_PORT, STRIPE_STUB_HOST.
import { readFileSync } from "node:fs";
import { startStripeStub } from "../start-stripe-stub";
import { stubAccountsSchema } from "../stub-accounts-schema";
import { readStubEnv } from "./stub-env";

const env = readStubEnv();
const accountsFile = process.argv[2] ?? env.STRIPE_STUB_ACCOUNTS_FILE;
if (!accountsFile) {
  console.error("stripe-stub: give the accounts file as the first argument or in STRIPE_STUB_ACCOUNTS_FILE");
  process.exit(2);
}

try {
  const { accounts } = stubAccountsSchema.parse(JSON.parse(readFileSync(accountsFile, "utf8")));
  const stub = await startStripeStub({ port: env.STRIPE_STUB_PORT, host: env.STRIPE_STUB_HOST, accounts, log: (line) => console.log(line) });
  // Keys stay out of the log: the endpoints say which account is which.
  console.log(`stripe-stub: local Stripe stand-in on ${stub.url} for ${accounts.map((a) => a.webhookUrl).join(", ")}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`stripe-stub: ${signal} received, stopping`);
    stub.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  console.error("stripe-stub: could not start", error instanceof Error ? error.message : error);
  process.exit(1);
}
