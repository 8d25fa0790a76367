export { findFreePort } from "./find-free-port";
export { startEmbeddedPostgres } from "./start-embedded-postgres";
export type { EmbeddedPostgresHandle, StartEmbeddedPostgresOptions } from "./start-embedded-postgres";
export { startS3Server } from "./start-s3-server";
export type { S3ServerHandle, StartS3ServerOptions } from "./start-s3-server";
export { startMailSink } from "./start-mail-sink";
export type { MailSinkHandle, StartMailSinkOptions } from "./start-mail-sink";
export type { StoredMailMessage } from "./stored-mail-message";
