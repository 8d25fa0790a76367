import { randomInt } from "node:crypto";
import { loadS3rver } from "./load-s3rver";

export interface RegisterS3AccessKeyOptions {
  accessKey: string;
  secretKey: string;
}

const registrations = new Map<string, { secretKey: string; holders: number }>();

/**
 * Makes s3rver accept signatures made with this key pair, and revokes its built-in S3RVER/S3RVER
 * key. s3rver keeps keys in one registry for the whole process, so two servers in one process
 * would accept each other's keys; startS3Server therefore also refuses, per server, any key id but
 * its own. Returns a release function that revokes the key once no server of this process uses it.
 */
export function registerS3AccessKey({ accessKey, secretKey }: RegisterS3AccessKeyOptions): () => void {
  const { AWSAccount } = loadS3rver();
  AWSAccount.DUMMY_ACCOUNT.revokeAccessKey("S3RVER");

  const existing = registrations.get(accessKey);
  if (existing && existing.secretKey !== secretKey) {
    throw new Error(`Access key ${accessKey} is already registered in this process with another secret`);
  }
  if (existing) {
    existing.holders += 1;
  } else {
    const account = new AWSAccount(randomInt(100_000_000_000, 999_999_999_999), `stepperslife-${accessKey}`);
    account.createKeyPair(accessKey, secretKey);
    registrations.set(accessKey, { secretKey, holders: 1 });
  }

  let released = false;
  return () => {
    if (released) return;
    released = true;
    const registration = registrations.get(accessKey);
    if (!registration) return;
    registration.holders -= 1;
    if (registration.holders === 0) {
      registrations.delete(accessKey);
      AWSAccount.registry.get(accessKey)?.revokeAccessKey(accessKey);
    }
  };
}
