import { Logger } from "graphile-worker";

export type JobLogLevel = "error" | "warning" | "info" | "debug";
/** One line per event; the scope (worker, task, job id) is already in the message. */
export type JobLogger = (level: JobLogLevel, message: string) => void;

/**
 * Errors and warnings to stderr, info (a worker started, a job completed, an attempt failed and when it is retried)
 * to stdout, where pm2 keeps them; debug (every poll) is dropped.
 */
export const defaultJobLogger: JobLogger = (level, message) => {
  if (level === "error" || level === "warning") console.error(message);
  else if (level === "info") console.info(message);
};

/** graphile-worker's Logger around a plain function, so callers need not learn @graphile/logger's scopes. */
export function toGraphileLogger(log: JobLogger): Logger {
  return new Logger((scope) => (level, message) => {
    const where = [scope.label, scope.taskIdentifier, scope.jobId ? `#${scope.jobId}` : undefined].filter(Boolean).join(" ");
    log(level as JobLogLevel, where ? `[jobs ${where}] ${message}` : `[jobs] ${message}`);
  });
}
