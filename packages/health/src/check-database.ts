/** Anything that can run a raw query the way a Prisma client does. */
export interface QueryableDatabase {
  $queryRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<unknown>;
}

/** The database check: one round trip on the app's own connection pool. */
export async function checkDatabase(database: QueryableDatabase): Promise<void> {
  await database.$queryRaw`SELECT 1`;
}
