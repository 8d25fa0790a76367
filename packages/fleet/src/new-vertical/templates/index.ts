import { kitFiles } from "./kit-files";
import { startFiles } from "./start-files";
import type { GeneratedFile, VerticalSpec } from "./vertical-spec";

export type { GeneratedFile, VerticalSpec } from "./vertical-spec";
export { kitFiles, retiredKitFiles } from "./kit-files";

/** Every file `npm run new:vertical` writes for a vertical, relative to apps/<name>. */
export function verticalFiles(spec: VerticalSpec, { now = new Date() }: { now?: Date } = {}): GeneratedFile[] {
  return [...kitFiles(spec), ...startFiles(spec, { now })];
}
export { GENERATED_MARK } from "./start-files";
