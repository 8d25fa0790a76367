import { InvalidEnvError } from "./invalid-env-error";

/**
 * For Next's instrumentation `register()` (Node runtime): loads the app's env once at server start
 * and, if it is invalid, prints which variables are wrong and exits with code 1, rather than
 * starting a server that fails on its first request.
 */
export function exitOnInvalidEnv(loadEnv: () => unknown): void {
  try {
    loadEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
