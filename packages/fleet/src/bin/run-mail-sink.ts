// pm2 entry point: the local mail sink that catches every email the fleet sends in dev.
import { startMailSink } from "@stepperslife/infra";
import { readFleetEnv } from "../fleet-env";
import { fleetPaths } from "../fleet-paths";
import { failStart, keepRunning } from "./keep-running";

const env = readFleetEnv();
try {
  const sink = await startMailSink({
    smtpPort: env.FLEET_SMTP_PORT,
    webPort: env.FLEET_MAIL_WEB_PORT,
    directory: fleetPaths(env).mailDir,
    log: (line) => console.log(line),
  });
  console.log(`mail: SMTP ${sink.smtpUrl}, inbox ${sink.webUrl}`);
  keepRunning("mail", sink.stop);
} catch (error) {
  failStart("mail", error);
}
