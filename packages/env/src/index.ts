export { createEnv, type EnvOf, type EnvSource } from "./create-env";
export { exitOnInvalidEnv } from "./exit-on-invalid-env";
export { booleanString, prefixedSecret, urlWithScheme, type EnvDoc } from "./fields";
export { appVersionEnv, authEnv, databaseEnv, mailEnv, portalSignInEnv, publicAddressEnv, stripeEnv } from "./fragments";
export { InvalidEnvError, type EnvProblem } from "./invalid-env-error";
export { publicAddressing, type PublicAddressingFromEnv } from "./public-addressing";
export { renderEnvExample, type EnvExampleOptions } from "./render-env-example";
export { inGroup } from "./together";
