// Architecture lint for the monorepo. Run from the repo root:
//   node --import tsx tooling/lint/src/cli.ts [--root <dir>]
// Exits 1 (one line per violation) when a rule fails, 2 when the lint itself breaks.
import { parseArgs } from "node:util";
import { formatViolation } from "./format-violation";
import { runLint } from "./run-lint";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { root: { type: "string" } } });
  const report = await runLint({ root: values.root ?? process.cwd() });

  for (const note of report.notes) console.log(formatViolation(note, "note"));
  for (const violation of report.violations) console.log(formatViolation(violation));

  const { filesChecked, violations } = report;
  const checked = `${filesChecked} ${filesChecked === 1 ? "file" : "files"} checked`;
  if (violations.length === 0) {
    console.log(`lint: ${checked}, no problems`);
    return 0;
  }
  const files = new Set(violations.map((violation) => violation.path)).size;
  const problems = violations.length === 1 ? "1 problem" : `${violations.length} problems`;
  console.log(`lint: ${checked}, ${problems} in ${files} file${files === 1 ? "" : "s"}`);
  return 1;
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(`lint: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
