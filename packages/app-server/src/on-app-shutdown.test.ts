import { createRequire } from "node:module";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { onAppShutdown, runShutdownHooks } from "./on-app-shutdown.cjs";

describe("onAppShutdown / runShutdownHooks", () => {
  it("runs every registered hook once, logs one that fails without skipping the others, and forgets removed ones", async () => {
    const ran: string[] = [];
    const logged: string[] = [];
    onAppShutdown(async () => void ran.push("worker"));
    onAppShutdown(async () => {
      throw new Error("pool already closed");
    });
    const remove = onAppShutdown(async () => void ran.push("removed"));
    remove();
    expect(await runShutdownHooks({ log: (message, error) => logged.push(`${message}: ${String(error)}`) })).toBe("done");
    expect(ran).toEqual(["worker"]);
    expect(logged).toEqual(["app-server: a shutdown hook failed: Error: pool already closed"]);
    // Run once: a second signal (or a second call) has nothing left to run.
    expect(await runShutdownHooks()).toBe("done");
    expect(ran).toEqual(["worker"]);
  });

  it("gives up on a hook that hangs after the timeout, so pm2's stop and reload are not held up", async () => {
    const logged: string[] = [];
    onAppShutdown(() => new Promise<void>(() => {}));
    const started = Date.now();
    expect(await runShutdownHooks({ timeoutMs: 100, log: (message) => logged.push(message) })).toBe("timed out");
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(logged).toEqual(["app-server: shutdown hooks still running after 100 ms; exiting anyway"]);
  });

  it("shares one registry across copies of the module, as Next's bundle of the app and serve-app.cjs have", async () => {
    const ran: string[] = [];
    // Node's own require, through the package's export as the kernel imports it: an instance apart from vitest's above.
    const copy = createRequire(`${process.cwd()}/`)("@stepperslife/app-server/shutdown") as typeof import("./on-app-shutdown.cjs");
    expect(copy.onAppShutdown).not.toBe(onAppShutdown);
    copy.onAppShutdown(async () => {
      await sleep(10);
      ran.push("from the bundle's copy");
    });
    await runShutdownHooks();
    expect(ran).toEqual(["from the bundle's copy"]);
  });
});
