export interface EnvProblem {
  /** The variable's name, e.g. `DATABASE_URL`. */
  name: string;
  /** What a valid value looks like, e.g. `expected a postgres:// URL`. */
  expected: string;
  /** What was found, described without ever repeating the value (it may be a secret). */
  got: "nothing" | "an invalid value";
}

/** Thrown when the environment does not satisfy an app's schema; the message lists every bad variable. */
export class InvalidEnvError extends Error {
  override readonly name = "InvalidEnvError";

  constructor(readonly problems: readonly EnvProblem[]) {
    super(
      [
        `Invalid environment: ${problems.length} variable${problems.length === 1 ? "" : "s"} to fix.`,
        ...problems.map((problem) => `  ${problem.name}: ${problem.expected} (got ${problem.got})`),
        "Every variable, its format and an example: `npm run env:example` in the app's folder writes them to .env.example.",
      ].join("\n"),
    );
  }
}
