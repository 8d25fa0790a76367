import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("run-stripe-stub", () => {
  it("serves the accounts of the file named on the command line until SIGTERM", async () => {
    const dir = await mkdtemp(join(tmpdir(), "stripe-stub-bin-"));
    const accountsFile = join(dir, "accounts.json");
    const account = { secretKey: "sk_test_bin_0123456789", webhookSecret: "whsec_bin_0123456789", webhookUrl: "http://127.0.0.1:1/api/stripe/webhook" };
    await writeFile(accountsFile, JSON.stringify({ accounts: [account] }));
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./run-stripe-stub.ts", import.meta.url)), accountsFile], {
      env: { ...process.env, STRIPE_STUB_PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      await expect.poll(() => output, { timeout: 20_000 }).toContain(`on http://127.0.0.1:${port}`);
      const response = await fetch(`http://127.0.0.1:${port}/v1/payment_intents/pi_1`, { headers: { authorization: `Bearer ${account.secretKey}` } });
      expect(response.status).toBe(404);
      expect(output).not.toContain(account.secretKey);
    } finally {
      child.kill("SIGTERM");
      await rm(dir, { recursive: true, force: true });
    }
    expect(await exited).toBe(0);
  });
});
