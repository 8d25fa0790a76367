import { createRequire } from "node:module";
import type { IncomingMessage, ServerResponse } from "node:http";

/** The parts of @20minutes/s3rver 4.0.4 we use; the package ships no type declarations. */
export interface S3rverApp {
  callback(): (request: IncomingMessage, response: ServerResponse) => void;
  configureBuckets(): Promise<unknown>;
  on(event: "error", listener: (error: Error) => void): void;
  logger: { close(): void };
  store: { deleteSubresource(bucket: string, key: undefined, resourceType: "cors"): Promise<void> };
}

export interface S3rverOptions {
  directory: string;
  silent: boolean;
  vhostBuckets: boolean;
  /** Each config is a CORSConfiguration or WebsiteConfiguration XML document. */
  configureBuckets: Array<{ name: string; configs: string[] }>;
}

export interface AwsAccount {
  createKeyPair(accessKeyId: string, secretAccessKey: string): void;
  revokeAccessKey(accessKeyId: string): void;
}

export interface S3rverModules {
  S3rver: new (options: S3rverOptions) => S3rverApp;
  AWSAccount: {
    new (accountId: number, displayName: string): AwsAccount;
    /** Process-wide: every s3rver in this process looks keys up here. */
    registry: Map<string, AwsAccount>;
    DUMMY_ACCOUNT: AwsAccount;
  };
  S3Error: new (code: string, message: string, detail?: Record<string, string>) => { status: number; toXML(): string };
}

/** s3rver is CommonJS; its account and error models are only reachable by their file paths. */
export function loadS3rver(): S3rverModules {
  const require = createRequire(import.meta.url);
  return {
    S3rver: require("@20minutes/s3rver") as S3rverModules["S3rver"],
    AWSAccount: require("@20minutes/s3rver/lib/models/account") as S3rverModules["AWSAccount"],
    S3Error: require("@20minutes/s3rver/lib/models/error") as S3rverModules["S3Error"],
  };
}
