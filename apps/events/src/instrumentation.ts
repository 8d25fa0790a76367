/** Runs once at server start: a missing or malformed variable stops the app, naming it; the upload sweep starts. */
export async function register() {
  // NEXT_RUNTIME is set by Next, not by operators, and inlined at build: the edge build drops this branch.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ exitOnInvalidEnv }, { env }] = await Promise.all([import("@stepperslife/env"), import("./env")]);
    exitOnInvalidEnv(env);
    // Uploads never confirmed (HTML, say) are deleted once their URLs have expired; every worker may sweep.
    const [{ scheduleUploadSweep }, { storage }] = await Promise.all([import("@stepperslife/storage/server"), import("./server/storage")]);
    scheduleUploadSweep(storage());
  }
}
