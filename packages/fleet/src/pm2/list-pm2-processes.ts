import { z } from "zod";
import { runPm2 } from "./run-pm2";

const processSchema = z.object({
  name: z.string(),
  pid: z.number().nullable().optional(),
  monit: z.object({ memory: z.number(), cpu: z.number() }).partial().optional(),
  pm2_env: z
    .object({ status: z.string(), restart_time: z.number().optional(), pm_uptime: z.number().optional() })
    .passthrough(),
});

export type Pm2Process = z.infer<typeof processSchema>;

/** Every process pm2 knows, one entry per instance (cluster apps appear once per worker). */
export async function listPm2Processes(): Promise<Pm2Process[]> {
  const output = await runPm2(["jlist"]);
  // When pm2 spawns its daemon it prints "[PM2] …" lines first; the JSON is the last line.
  const json = output.trim().split("\n").at(-1) ?? "[]";
  return z.array(processSchema).parse(JSON.parse(json));
}
