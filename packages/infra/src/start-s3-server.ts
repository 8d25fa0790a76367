import { once } from "node:events";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { z } from "zod";
import { findS3RequestRefusal } from "./find-s3-request-refusal";
import { loadS3rver } from "./load-s3rver";
import { registerS3AccessKey } from "./register-s3-access-key";
import { renderS3CorsXml } from "./render-s3-cors-xml";

export interface StartS3ServerOptions {
  port: number;
  /** Where buckets and objects are stored as files; they survive restarts. */
  directory: string;
  /** Created if missing. */
  bucket: string;
  accessKey: string;
  secretKey: string;
  /** The region signed requests must be scoped to. Defaults to us-east-1, which s3rver reports. */
  region?: string;
  /**
   * Origins whose pages may upload to presigned PUT URLs (`["*"]` for any). Without it the bucket has no CORS
   * configuration, and one left by an earlier start is removed.
   */
  corsAllowedOrigins?: string[];
  /** One line per request (method, path, status; never the query, which can carry signatures). */
  log?: (line: string) => void;
}

export interface S3ServerHandle {
  /** `http://127.0.0.1:<port>`; buckets are addressed path-style. */
  endpoint: string;
  stop(): Promise<void>;
}

const optionsSchema = z.object({
  port: z.number().int().min(1).max(65_535),
  directory: z.string().min(1),
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "an S3 bucket name"),
  // "/" and ":" would be read as separators inside SigV4 credentials and V2 headers.
  accessKey: z.string().regex(/^[A-Za-z0-9._-]{3,128}$/).refine((key) => key !== "S3RVER", "S3RVER is s3rver's public default key"),
  secretKey: z.string().min(8).max(256).regex(/^\S+$/, "no whitespace"),
  region: z.string().regex(/^[a-z0-9-]+$/).default("us-east-1"),
  // s3rver allows one wildcard per origin pattern; an empty list would make a CORS rule S3 refuses.
  corsAllowedOrigins: z.array(z.string().regex(/^[^*\s]*\*?[^*\s]*$/, "an origin with at most one *").min(1)).min(1).optional(),
});

/**
 * An S3-compatible server (s3rver) on 127.0.0.1 that checks SigV4/V2 signatures and accepts only the
 * given key pair. Every unsigned request but a CORS preflight is refused (s3rver alone would let anyone
 * read and list), so the bucket is as private as a MinIO bucket with no anonymous policy.
 */
export async function startS3Server(options: StartS3ServerOptions): Promise<S3ServerHandle> {
  const { port, bucket, accessKey, secretKey, region, corsAllowedOrigins } = optionsSchema.parse(options);
  const directory = resolve(options.directory);
  const { log } = options;
  const { S3rver, S3Error } = loadS3rver();
  await mkdir(directory, { recursive: true });

  const releaseKey = registerS3AccessKey({ accessKey, secretKey });
  const s3rver = new S3rver({
    directory,
    silent: true,
    // Path-style only: with vhost buckets on, any hostname but localhost/an IP is taken for a bucket.
    vhostBuckets: false,
    configureBuckets: [{ name: bucket, configs: corsAllowedOrigins ? [renderS3CorsXml(corsAllowedOrigins)] : [] }],
  });
  // Koa emits every refused request (NoSuchKey, SignatureDoesNotMatch…) as an error; only failures are news.
  s3rver.on("error", (error) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) log?.(`s3rver error: ${error.stack ?? error.message}`);
  });
  const handleWithS3rver = s3rver.callback();

  const server = createServer((request, response) => {
    response.once("finish", () => log?.(`${request.method} ${request.url?.split("?")[0]} ${response.statusCode}`));
    const refusal = findS3RequestRefusal(request, { accessKey, region });
    if (!refusal) {
      handleWithS3rver(request, response);
      return;
    }
    const error = new S3Error(refusal.code, refusal.message, refusal.detail);
    // Drain an upload we refuse so the connection stays usable for the client's next request.
    request.resume();
    response.writeHead(error.status, { "content-type": "application/xml", "x-amz-error-code": refusal.code });
    response.end(request.method === "HEAD" ? undefined : error.toXML());
  });

  try {
    // Idempotent: an existing bucket and its objects are kept.
    await s3rver.configureBuckets();
    // configureBuckets only adds configurations; without origins the bucket must not keep an old CORS rule.
    if (!corsAllowedOrigins) await s3rver.store.deleteSubresource(bucket, undefined, "cors");
    server.listen(port, "127.0.0.1");
    await once(server, "listening");
  } catch (error) {
    server.close();
    s3rver.logger.close();
    releaseKey();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      (stopping ??= new Promise<void>((resolveStop, rejectStop) => {
        server.close((error) => (error ? rejectStop(error) : resolveStop()));
        // Keep-alive sockets of SDK clients would otherwise hold close() open.
        server.closeAllConnections();
      }).finally(() => {
        s3rver.logger.close();
        releaseKey();
      })),
  };
}
