import { PrismaPg } from "@prisma/adapter-pg";

/** An app's generated Prisma client class: the kernel only ever constructs it with a driver adapter. */
export type PrismaClientClass<Client> = new (options: { adapter: PrismaPg }) => Client;

export interface CreateDatabaseOptions<Class extends PrismaClientClass<unknown>> {
  PrismaClient: Class;
  url: string;
  /** Most connections this process opens (DATABASE_POOL_SIZE): workers × pool must fit the server's max_connections. */
  max: number;
}

/**
 * A client of the app's own generated Prisma type on a pg pool (the Rust-free client: no engine binary). Generic
 * over the class, not the instance: TypeScript cannot infer an instance type through Prisma's generic constructor.
 */
export function createDatabase<Class extends PrismaClientClass<unknown>>(options: CreateDatabaseOptions<Class>): InstanceType<Class> {
  const { PrismaClient, url, max } = options;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) }) as InstanceType<Class>;
}
