// pm2's description of the fleet: the seven Next.js apps and, unless FLEET_INFRA=external, the local
// infrastructure they use on a developer's machine (embedded PostgreSQL, one S3 server per vertical, a mail sink,
// a Stripe stand-in).
// Plain CommonJS on purpose: pm2 loads this file with require().
const fs = require("node:fs");
const path = require("node:path");
const { parseEnv } = require("node:util");
const manifest = require("@stepperslife/manifest/apps.json");

const root = __dirname;
const dataDir = path.resolve(root, process.env.FLEET_DATA_DIR || ".data");
// Per-app env files: written by `npm start` in embedded mode, by the operator in production.
const envDir = path.resolve(root, process.env.FLEET_ENV_DIR || path.join(dataDir, "env"));
const external = process.env.FLEET_INFRA === "external";
// Every app runs Next's own request handler behind our small server (packages/app-server): it binds 127.0.0.1 unless
// BIND_ADDRESS says otherwise, believes X-Forwarded-For only from TRUSTED_PROXIES, and refuses malformed URLs.
const serveApp = path.join(root, "packages/app-server/bin/serve-app.cjs");

function envFileFor(name) {
  const file = path.join(envDir, `${name}.env`);
  return fs.existsSync(file) ? parseEnv(fs.readFileSync(file, "utf8")) : {};
}

// `npm start` evaluates this file too (packages/fleet/src/pm2/read-ecosystem-apps.ts) and refuses a fleet whose
// workers × DATABASE_POOL_SIZE would not fit PostgreSQL's max_connections: what it counts is what pm2 starts.
function instancesFor(name) {
  const raw = process.env[`${name.toUpperCase()}_INSTANCES`] || process.env.FLEET_INSTANCES || "1";
  const count = Number.parseInt(raw, 10);
  if (!Number.isInteger(count) || count < 1) throw new Error(`${name.toUpperCase()}_INSTANCES must be a whole number ≥ 1 (got "${raw}")`);
  return count;
}

const fleetEnv = {
  FLEET_DATA_DIR: dataDir,
  FLEET_POSTGRES_PORT: process.env.FLEET_POSTGRES_PORT || "5439",
  FLEET_SMTP_PORT: process.env.FLEET_SMTP_PORT || "1025",
  FLEET_MAIL_WEB_PORT: process.env.FLEET_MAIL_WEB_PORT || "1080",
  FLEET_STRIPE_PORT: process.env.FLEET_STRIPE_PORT || "12111",
};

function infraProcess(name, script, args, extra) {
  return {
    name,
    cwd: root,
    script: path.join(root, "packages/fleet/src/bin", script),
    args,
    interpreter: "node",
    interpreter_args: "--import tsx",
    exec_mode: "fork",
    autorestart: true,
    max_restarts: 10,
    min_uptime: "5s",
    kill_timeout: 15000,
    env: fleetEnv,
    ...extra,
  };
}

const infrastructure = external
  ? []
  : [
      // PostgreSQL needs time to checkpoint on a clean shutdown.
      infraProcess("postgres", "run-postgres.ts", [], { kill_timeout: 30000 }),
      ...manifest.apps
        .filter((app) => app.storage)
        .map((app) => infraProcess(`s3-${app.name}`, "run-s3-server.ts", [app.name])),
      infraProcess("mail", "run-mail-sink.ts", []),
      // The local Stripe stand-in (tooling/stripe-stub) the verticals' test keys point at; FLEET_STRIPE=off leaves it out.
      ...(process.env.FLEET_STRIPE === "off" ? [] : [infraProcess("stripe", "run-stripe-stub.ts", [], { kill_timeout: 5000 })]),
    ];

const apps = manifest.apps.map((app) => ({
  name: app.name,
  cwd: path.join(root, "apps", app.name),
  // Directly, not through npm, so pm2 signals reach the server itself.
  script: serveApp,
  args: ["--port", String(app.port)],
  // Cluster mode even with one instance: `pm2 reload <app>` then swaps workers one by one.
  exec_mode: "cluster",
  instances: instancesFor(app.name),
  max_memory_restart: process.env.FLEET_MAX_MEMORY || "768M",
  // Graceful shutdown window: in-flight requests finish before pm2 sends SIGKILL.
  kill_timeout: 10000,
  listen_timeout: 30000,
  autorestart: true,
  max_restarts: 10,
  min_uptime: "10s",
  exp_backoff_restart_delay: 200,
  merge_logs: true,
  env: { ...envFileFor(app.name), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(app.port) },
}));

module.exports = { apps: [...infrastructure, ...apps] };
