import type { IncomingHttpHeaders } from "node:http";
import { parse as parseQueryString } from "node:querystring";

export interface S3RequestLine {
  method?: string | undefined;
  url?: string | undefined;
  headers: IncomingHttpHeaders;
}

export interface S3ServerIdentity {
  accessKey: string;
  region: string;
}

export interface S3Refusal {
  code: "AccessDenied" | "InvalidAccessKeyId" | "AuthorizationHeaderMalformed";
  message: string;
  detail?: Record<string, string>;
}

interface Claim {
  accessKeyId: string | undefined;
  region: string | undefined;
}

/**
 * Why this server must refuse a request before s3rver sees it, if it must. s3rver checks signatures
 * against a process-wide key registry, so we first insist that every credential a request names
 * — in the Authorization header (SigV4 or V2) or a presigned query (SigV4 or V2), found exactly
 * where s3rver's own parsers look — is this server's key, scoped to this server's region. s3rver
 * lets unsigned requests do anything and has no bucket policies, so we refuse them all (reads and
 * listings included: the bucket is private, as MinIO's are by default) except CORS preflights,
 * which browsers send unsigned before a presigned PUT and which s3rver answers from the bucket's CORS
 * rule alone. Signature checks themselves stay with s3rver.
 */
export function findS3RequestRefusal(request: S3RequestLine, server: S3ServerIdentity): S3Refusal | undefined {
  const rawQuery = request.url?.split("?").slice(1).join("?") ?? "";
  const query = parseQueryString(rawQuery);
  const claims: Claim[] = [];
  let signed = false;

  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    signed = true;
    claims.push(...claimsFromAuthorizationHeader(authorization));
  }
  if ("Signature" in query) {
    signed = true;
    for (const accessKeyId of values(query["AWSAccessKeyId"])) claims.push({ accessKeyId, region: undefined });
  }
  if ("X-Amz-Algorithm" in query) {
    signed = true;
    for (const credential of values(query["X-Amz-Credential"])) claims.push(claimFromCredential(credential));
  }

  if (!signed) {
    if (request.method === "OPTIONS") return undefined;
    return { code: "AccessDenied", message: "Anonymous access is not allowed; sign the request with this server's key." };
  }
  if (claims.length === 0) {
    return { code: "AccessDenied", message: "The request names no access key this server can recognise." };
  }
  for (const { accessKeyId, region } of claims) {
    if (accessKeyId !== server.accessKey) {
      return {
        code: "InvalidAccessKeyId",
        message: "The AWS Access Key Id you provided does not exist in our records.",
        detail: { AWSAccessKeyId: accessKeyId ?? "" },
      };
    }
    if (region !== undefined && region !== server.region) {
      return {
        code: "AuthorizationHeaderMalformed",
        message: `The authorization header is malformed; the region '${region}' is wrong; expecting '${server.region}'`,
        detail: { Region: server.region },
      };
    }
  }
  return undefined;
}

function values(value: string | string[] | undefined): string[] {
  if (value === undefined) return [""];
  return Array.isArray(value) ? value : [value];
}

function claimFromCredential(credential: string): Claim {
  const [accessKeyId, , region] = credential.split("/");
  return { accessKeyId, region };
}

/** Mirrors s3rver's lib/signature/v2.js and v4.js parseHeader, so we read the key id it will use. */
function claimsFromAuthorizationHeader(authorization: string): Claim[] {
  const [algorithm = "", ...rest] = authorization.split(" ");
  switch (algorithm.toUpperCase()) {
    case "AWS4-HMAC-SHA256": {
      const components = new Map(
        rest
          .join("")
          .split(",")
          .map((component) => {
            const [key = "", ...value] = component.split("=");
            return [key, value.join("=")] as const;
          }),
      );
      const credential = components.get("Credential");
      return credential === undefined ? [] : [claimFromCredential(credential)];
    }
    case "AWS": {
      const match = rest.length === 1 ? /([^:]*):([^:]+)/.exec(rest[0] ?? "") : null;
      return match ? [{ accessKeyId: match[1], region: undefined }] : [];
    }
    default:
      return [];
  }
}
