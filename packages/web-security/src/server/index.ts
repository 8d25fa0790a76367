import "server-only";

export { withSecurityHeaders } from "./with-security-headers";
export type { SecurityEnv } from "./page-security-settings";
