import type { UpstreamError } from "@/server/aggregation/types";

/** An upstream failure in a few words, for the status page (operators), never in front of visitors. */
export function describeUpstreamError(error: UpstreamError): string {
  switch (error.kind) {
    case "timeout":
      return "timed out";
    case "unreachable":
      return "not reachable";
    case "http":
      return `HTTP ${error.status}`;
    case "invalid":
      return "answer outside the contract";
  }
}
