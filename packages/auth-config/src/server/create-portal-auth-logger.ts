import type { LoggerInstance } from "next-auth";

/**
 * NextAuth's error log for the portal: the same lines as its default, minus the JWT_SESSION_ERROR that a signed-out
 * session produces each time its old cookie reaches /api/auth/session (expected, and answered as signed out).
 */
export function createPortalAuthLogger(): Partial<LoggerInstance> {
  return {
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && (metadata as { name?: unknown } | undefined)?.name === "SessionEndedError") return;
      const message = (metadata as { message?: unknown } | undefined)?.message;
      console.error(`[next-auth][error][${code}]`, `\nhttps://next-auth.js.org/errors#${code.toLowerCase()}`, message, metadata);
    },
  };
}
