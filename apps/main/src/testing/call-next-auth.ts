import NextAuth, { type NextAuthOptions } from "next-auth";
import { getApp } from "@stepperslife/manifest";

export interface NextAuthAnswer {
  status: number;
  body: unknown;
  location: string | null;
  setCookies: string[];
}

/**
 * For tests: one request through NextAuth's own handler with the portal's real options, e.g.
 * `callNextAuth(options, ["session"], { cookie })`. It uses NextAuth's Pages-API signature because its App Router
 * signature reads next/headers, which only works inside a request Next.js itself is serving; the response object
 * records what NextAuth writes, as Next's would.
 */
export async function callNextAuth(
  options: NextAuthOptions,
  action: string[],
  { cookie = "", query = {} }: { cookie?: string; query?: Record<string, string> } = {},
): Promise<NextAuthAnswer> {
  const headers: Record<string, string | string[]> = {};
  const answer: NextAuthAnswer = { status: 200, body: undefined, location: null, setCookies: [] };
  const response = {
    status: (code: number) => ((answer.status = code), response),
    setHeader: (name: string, value: string | string[]) => ((headers[name.toLowerCase()] = value), response),
    getHeader: (name: string) => headers[name.toLowerCase()],
    send: (value: unknown) => void (answer.body = value),
    json: (value: unknown) => void (answer.body = value),
    end: () => undefined,
  };
  const cookies = Object.fromEntries(
    cookie
      .split(";")
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
  );
  const request = {
    method: "GET",
    query: { ...query, nextauth: action },
    cookies,
    headers: { host: `localhost:${getApp("main").port}`, cookie },
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: NextAuthOptions) => Promise<void>)(request, response, options);
  answer.location = (headers.location as string | undefined) ?? null;
  answer.setCookies = [headers["set-cookie"] ?? []].flat();
  return answer;
}
