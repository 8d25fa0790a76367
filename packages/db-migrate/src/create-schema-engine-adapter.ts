import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

/** PostgreSQL's internal single-byte `"char"` type, e.g. pg_constraint.contype. */
const CHAR_TYPE_OID = 18;
/** Any id at or above PostgreSQL's first user object id is read as text by the adapter. */
const RELABELLED_CHAR_OID = 2_147_483_000;

type QueryFunction = (...args: unknown[]) => unknown;
type QueryCallback = (error: Error | null, result: unknown) => void;
type FieldsResult = { fields?: Array<{ dataTypeID: number }>; rows?: unknown[] } | undefined;

/**
 * Row arrays of results that had `"char"` columns, with those columns' positions. The adapter hands
 * pg's row array through unchanged, so its identity links the two layers without shared state.
 */
const charColumnsByRows = new WeakMap<object, number[]>();

export interface SchemaEngineAdapter {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * The driver adapter the wasm schema engine talks through. @prisma/adapter-pg 7.10.1 rejects
 * `"char"` columns, which the engine's catalog queries return, and the engine insists on reading
 * them as characters (read as text it panics, e.g. on any CHECK constraint, and on every table in
 * PostgreSQL 18, which lists NOT NULL constraints in pg_constraint). So the pool relabels them for
 * the adapter, and the adapter's results get the Character column type back.
 */
export function createSchemaEngineAdapter(connectionString: string): SchemaEngineAdapter {
  const pool = new pg.Pool({ connectionString, max: 2, Client: CharRecordingClient });
  pool.on("error", () => {});
  const pgAdapterFactory = new PrismaPg(pool);
  return {
    adapterFactory: {
      provider: pgAdapterFactory.provider,
      adapterName: pgAdapterFactory.adapterName,
      connect: async () => restoreCharColumns(await pgAdapterFactory.connect()),
      connectToShadowDb: () => {
        throw new Error("db-migrate never lets the schema engine create a shadow database");
      },
    },
    close: () => pool.end(),
  };
}

function restoreCharColumns<T extends SqlQueryable>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      if (property === "queryRaw") {
        return async (...args: Parameters<SqlQueryable["queryRaw"]>) => withCharColumns(await target.queryRaw(...args));
      }
      if (property === "startTransaction") {
        const adapter = target as unknown as SqlDriverAdapter;
        return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) =>
          restoreCharColumns(await adapter.startTransaction(...args));
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function withCharColumns(result: SqlResultSet): SqlResultSet {
  const charColumns = charColumnsByRows.get(result.rows);
  if (!charColumns) return result;
  const columnTypes = [...result.columnTypes];
  for (const index of charColumns) columnTypes[index] = ColumnTypeEnum.Character;
  return { ...result, columnTypes };
}

class CharRecordingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as QueryFunction;
    const recordingQuery: QueryFunction = (...args) => {
      const callbackIndex = args.findIndex((arg) => typeof arg === "function");
      if (callbackIndex >= 0) {
        const callback = args[callbackIndex] as QueryCallback;
        args[callbackIndex] = (error: Error | null, result: unknown) =>
          callback(error, error ? result : relabelCharFields(result));
        return query(...args);
      }
      const outcome = query(...args);
      return outcome instanceof Promise ? outcome.then(relabelCharFields) : outcome;
    };
    this.query = recordingQuery as typeof this.query;
  }
}

function relabelCharFields(result: unknown): unknown {
  for (const single of (Array.isArray(result) ? result : [result]) as FieldsResult[]) {
    const charColumns: number[] = [];
    single?.fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_TYPE_OID) return;
      field.dataTypeID = RELABELLED_CHAR_OID;
      charColumns.push(index);
    });
    if (charColumns.length > 0 && single?.rows) charColumnsByRows.set(single.rows, charColumns);
  }
  return result;
}
