import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseEnv } from "node:util";

/** The variables in `<envDir>/<app>.env`, or an empty object when the file does not exist. */
export async function readAppEnvFile({ envDir, app }: { envDir: string; app: string }): Promise<Record<string, string>> {
  try {
    return parseEnv(await readFile(join(envDir, `${app}.env`), "utf8")) as Record<string, string>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
}
