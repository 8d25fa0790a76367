/** Runs once at server start: a missing or malformed variable stops the app, naming it; the job worker starts. */
export async function register() {
  // NEXT_RUNTIME is set by Next and inlined at build: the edge build drops this branch and with it the whole kernel.
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./vertical")).vertical.register();
}
