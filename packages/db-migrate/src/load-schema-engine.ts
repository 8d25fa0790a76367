import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { MigrationError } from "./migration-error";

type GlueModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

export interface LoadedSchemaEngine {
  SchemaEngine: GlueModule["SchemaEngine"];
  /**
   * Rejects with a MigrationError if this instance panics; it never resolves. A panicking engine
   * leaves its pending promises unsettled forever, so every engine call must race this.
   */
  crashed: Promise<never>;
}

/** The slice of the WebAssembly global used here; the repo's lib setting (ES2023, no DOM) does not declare it. */
interface WebAssemblyRuntime {
  instantiate(bytes: Uint8Array, imports: Record<string, object>): Promise<{ instance: { exports: Record<string, unknown> } }>;
  RuntimeError: new (...args: never[]) => Error;
}

/** The wasm-bindgen build reports panics to this global before trapping (Prisma's CLI installs the same). */
interface PanicRegistry {
  set_message(message: string): void;
}

let loading: Promise<LoadedSchemaEngine> | undefined;
let instanceCount = 0;
let reportPanic: ((message: string) => void) | undefined;

/**
 * The wasm build of Prisma's schema engine, instantiated once and shared. The package's own entry
 * imports the .wasm file as an ES module, which Node 20 cannot do, so the wasm-bindgen glue is wired
 * by hand. After a panic the instance is unusable, so the next call loads a fresh one, with a fresh
 * copy of the glue module, whose module-level state belongs to one instance.
 */
export function loadSchemaEngine(): Promise<LoadedSchemaEngine> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw new MigrationError("SCHEMA_ENGINE_FAILED", `Cannot load Prisma's wasm schema engine: ${String(error)}`, {
      cause: error,
    });
  });
  return loading;
}

async function instantiate(): Promise<LoadedSchemaEngine> {
  installPanicRegistry();
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  instanceCount += 1;
  const glue = (await import(`${pathToFileURL(gluePath).href}?instance=${instanceCount}`)) as GlueModule;
  const bytes = await readFile(join(dirname(gluePath), "schema_engine_bg.wasm"));

  const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyRuntime };
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });

  let rejectCrashed: (error: MigrationError) => void = () => {};
  const crashed = new Promise<never>((_, reject) => (rejectCrashed = reject));
  crashed.catch(() => {});
  let panicked = false;
  reportPanic = (message) => {
    panicked = true;
    loading = undefined;
    rejectCrashed(new MigrationError("SCHEMA_ENGINE_FAILED", `Prisma's schema engine crashed: ${message}`));
  };

  glue.__wbg_set_wasm(swallowTrapsAfterPanic(instance.exports, () => panicked, WebAssembly.RuntimeError));
  (instance.exports.__wbindgen_start as () => void)();
  return { SchemaEngine: glue.SchemaEngine, crashed };
}

/**
 * After a panic the wasm traps ("unreachable") inside whatever export was running, usually a promise
 * continuation queued as a microtask, where the error would be uncaught and bring the process down.
 * The panic is already reported through `crashed`, so those traps are swallowed.
 */
function swallowTrapsAfterPanic(
  exports: Record<string, unknown>,
  hasPanicked: () => boolean,
  RuntimeError: WebAssemblyRuntime["RuntimeError"],
): Record<string, unknown> {
  const guarded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== "function") {
      guarded[name] = value;
      continue;
    }
    const wasmFunction = value as (...args: unknown[]) => unknown;
    guarded[name] = (...args: unknown[]) => {
      try {
        return wasmFunction(...args);
      } catch (error) {
        if (error instanceof RuntimeError && hasPanicked()) return undefined;
        throw error;
      }
    };
  }
  return guarded;
}

function installPanicRegistry(): void {
  const holder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  const existing = holder.PRISMA_WASM_PANIC_REGISTRY;
  if ((existing as { ownedByDbMigrate?: boolean } | undefined)?.ownedByDbMigrate) return;
  holder.PRISMA_WASM_PANIC_REGISTRY = Object.assign(
    {
      set_message(message: string) {
        existing?.set_message(message);
        reportPanic?.(message);
      },
    },
    { ownedByDbMigrate: true },
  );
}
