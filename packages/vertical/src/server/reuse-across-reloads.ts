// On globalThis, not in module scope: `next dev` re-evaluates modules on every edit, and a module-scoped client
// would open a fresh pool each time until PostgreSQL runs out of connections.
const processWide = globalThis as typeof globalThis & { stepperslifeVerticalClients?: Map<string, unknown> };

/** The value stored under `key` for this process, created by `create` the first time. */
export function reuseAcrossReloads<T>(key: string, create: () => T): T {
  const clients = (processWide.stepperslifeVerticalClients ??= new Map());
  if (!clients.has(key)) clients.set(key, create());
  return clients.get(key) as T;
}
