import { appendFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFleetEnv } from "../fleet-env";
import { loadFleetSecrets } from "../secrets/load-fleet-secrets";
import { readAppEnvFile } from "./read-app-env-file";
import { writeAppEnvFiles } from "./write-app-env-files";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fleet-env-files-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("writeAppEnvFiles", () => {
  it("regenerates every file but keeps the DATABASE_POOL_SIZE an operator set", async () => {
    const envDir = join(dir, "env");
    const secrets = await loadFleetSecrets({ secretsFile: join(dir, "secrets.json") });
    await writeAppEnvFiles({ envDir, env: readFleetEnv({}), secrets });
    await appendFile(join(envDir, "events.env"), "DATABASE_POOL_SIZE=25\nSMTP_URL=smtp://elsewhere:25\n");

    await writeAppEnvFiles({ envDir, env: readFleetEnv({ FLEET_SMTP_PORT: "2525" }), secrets });
    const events = await readAppEnvFile({ envDir, app: "events" });
    expect(events.DATABASE_POOL_SIZE).toBe("25");
    expect(events.SMTP_URL).toBe("smtp://127.0.0.1:2525");
    expect((await readAppEnvFile({ envDir, app: "store" })).DATABASE_POOL_SIZE).toBeUndefined();
  });
});
