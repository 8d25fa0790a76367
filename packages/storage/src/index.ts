export { checkStorage } from "./check-storage";
export { createStorage, type Storage } from "./create-storage";
export { storageEnv, type StorageConfig } from "./storage-env";
export { toClientOptions } from "./to-client-options";
