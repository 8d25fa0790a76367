import type { Rule } from "../types";
import { checkClientImports } from "./check-client-imports";
import { checkCrossAppImports } from "./check-cross-app-imports";
import { checkEnvAccess } from "./check-env-access";
import { checkFileSize } from "./check-file-size";
import { checkImportsIntoApps } from "./check-imports-into-apps";
import { checkPackageExports } from "./check-package-exports";
import { checkRouteHeader } from "./check-route-header";
import { checkUseServer } from "./check-use-server";

/** Every rule, run on every linted file. */
export const ALL_RULES: readonly Rule[] = [
  checkCrossAppImports,
  checkImportsIntoApps,
  checkPackageExports,
  checkEnvAccess,
  checkUseServer,
  checkClientImports,
  checkRouteHeader,
  checkFileSize,
];
