/** Runs once at server start: a missing or malformed variable stops the app, naming it. */
export async function register() {
  // NEXT_RUNTIME is set by Next, not by operators, and inlined at build: the edge build drops this branch.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ exitOnInvalidEnv }, { env }] = await Promise.all([import("@stepperslife/env"), import("./env")]);
    exitOnInvalidEnv(env);
  }
}
