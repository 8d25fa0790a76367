export { createDatabase, type CreateDatabaseOptions, type PrismaClientClass } from "./create-database";
export { once } from "./once";
export { readVerticalEnv } from "./read-vertical-env";
export { verticalEnvShape, type VerticalEnv } from "./vertical-env";
