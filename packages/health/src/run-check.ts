export type CheckResult = "ok" | "error" | "timeout";

/**
 * Runs one check against a deadline. Failures are logged here, server-side, because the health
 * body is public and must not carry connection strings, hostnames or driver messages.
 */
export async function runCheck(name: string, check: () => Promise<void>, timeoutMs: number): Promise<CheckResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const result = await Promise.race([check().then(() => "ok" as const), deadline]);
    if (result === "timeout") console.error(`[health] ${name} check timed out after ${timeoutMs} ms`);
    return result;
  } catch (error) {
    console.error(`[health] ${name} check failed:`, error);
    return "error";
  } finally {
    clearTimeout(timer);
  }
}
