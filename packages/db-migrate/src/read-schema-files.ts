import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { MigrationError } from "./migration-error";

export interface SchemaFile {
  path: string;
  content: string;
}

/** The schema as the engine wants it: one file, or every .prisma file (or link to one) of a multi-file schema folder. */
export async function readSchemaFiles(schemaPath: string): Promise<SchemaFile[]> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(schemaPath)).isDirectory();
  } catch (error) {
    throw new MigrationError("SCHEMA_NOT_FOUND", `Prisma schema not found at ${schemaPath}`, { cause: error });
  }
  if (!isDirectory) return [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];

  const entries = await readdir(schemaPath, { recursive: true, withFileTypes: true });
  const candidates = entries.filter((entry) => entry.name.endsWith(".prisma") && (entry.isFile() || entry.isSymbolicLink()));
  // A link is a shared model composed in (as Prisma itself follows links): read what it points at.
  const paths = (
    await Promise.all(
      candidates.map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return entry.isFile() || (await stat(path)).isFile() ? path : null;
      }),
    )
  )
    .filter((path): path is string => path !== null)
    .sort();
  if (paths.length === 0) {
    throw new MigrationError("SCHEMA_NOT_FOUND", `No .prisma files in schema folder ${schemaPath}`);
  }
  return Promise.all(paths.map(async (path) => ({ path, content: await readFile(path, "utf8") })));
}
