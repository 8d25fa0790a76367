import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { MigrationError } from "./migration-error";

export interface SchemaFile {
  path: string;
  content: string;
}

/** The schema as the engine wants it: one file, or every .prisma file of a multi-file schema folder. */
export async function readSchemaFiles(schemaPath: string): Promise<SchemaFile[]> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(schemaPath)).isDirectory();
  } catch (error) {
    throw new MigrationError("SCHEMA_NOT_FOUND", `Prisma schema not found at ${schemaPath}`, { cause: error });
  }
  if (!isDirectory) return [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];

  const entries = await readdir(schemaPath, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".prisma"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  if (paths.length === 0) {
    throw new MigrationError("SCHEMA_NOT_FOUND", `No .prisma files in schema folder ${schemaPath}`);
  }
  return Promise.all(paths.map(async (path) => ({ path, content: await readFile(path, "utf8") })));
}
