// Cost of the revocation check on every signed-in request, for `npm run bench`. Run with --conditions=react-server.
import { createRevocationWatcher } from "../src/server/create-revocation-watcher";
import { createSessionId } from "../src/server/create-session-id";
import { decodeSessionToken } from "../src/server/decode-session-token";
import { encodeSessionToken } from "../src/server/encode-session-token";
import { resolveSession } from "../src/server/resolve-session";
import { startTestFeedServer } from "../src/server/start-test-feed-server";

const secret = "bench-secret-0123456789abcdef0123456789";
const cookieName = "stepperslife.session-token";
// A portal with many accounts signed out everywhere or re-roled, and many single devices signed out: the watcher's
// maps hold all of them.
const knownUsers = 20_000;
const revokedSessions = 20_000;
const rounds = 15;
const iterationsPerRound = 1_500;

/**
 * Mean time per call of each path, in microseconds, taking the median over rounds. The paths alternate round by
 * round so a noisy neighbour slows both alike instead of skewing the ratio.
 */
async function microsecondsPerCall(paths: (() => Promise<unknown>)[]): Promise<number[]> {
  const perRound = paths.map(() => [] as number[]);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, call] of paths.entries()) {
      const started = performance.now();
      for (let i = 0; i < iterationsPerRound; i += 1) await call();
      perRound[index]!.push(((performance.now() - started) * 1000) / iterationsPerRound);
    }
  }
  return perRound.map((times) => times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!);
}

const feed = await startTestFeedServer(secret);
const watcher = createRevocationWatcher({ portalInternalUrl: feed.url, secret, logger: { warn: () => {} } });
try {
  const now = Date.now();
  for (let i = 0; i < knownUsers; i += 1) feed.setUser(`user-${i}`, { sessionsValidAfter: now - 3_600_000, rolesChangedAt: now - 7_200_000 });
  const signedOutSessionId = createSessionId();
  for (let i = 0; i < revokedSessions; i += 1) {
    const id = i === 0 ? signedOutSessionId : createSessionId();
    feed.setRevokedSession({ id, revokedAt: now - i * 1_000, expiresAt: now + 86_400_000 + i * 1_000 });
  }
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await watcher.ready();
  const held = watcher.sizes();
  if (held.users !== knownUsers || held.sessions !== revokedSessions) {
    throw new Error(`the watcher should hold ${knownUsers} users and ${revokedSessions} sessions, holds ${JSON.stringify(held)}`);
  }

  // The path apps take for a live session: decode, both lookups (user, then session id) and noting the use.
  const user = { id: "user-4242", name: "Bench", email: "bench@example.com", image: null, roles: [] };
  const token = await encodeSessionToken({ user, sessionId: createSessionId(), rolesAt: now, secret });
  const cookieHeader = `theme=dark; ${cookieName}=${token}`;
  const claims = (await decodeSessionToken({ token, secret }))!;
  if ((await resolveSession({ cookieHeader, cookieName, secret, watcher })).kind !== "valid") {
    throw new Error("the bench token should be a valid session");
  }
  const signedOut = await encodeSessionToken({ user, sessionId: signedOutSessionId, rolesAt: now, secret });
  if ((await resolveSession({ cookieHeader: `${cookieName}=${signedOut}`, cookieName, secret, watcher })).kind !== "invalid") {
    throw new Error("a signed-out session should be refused");
  }

  const decode = () => decodeSessionToken({ token, secret });
  const resolve = () => resolveSession({ cookieHeader, cookieName, secret, watcher });
  await microsecondsPerCall([decode, resolve]); // JIT warm-up for both paths
  const [decodeOnly, withCheck] = (await microsecondsPerCall([decode, resolve])) as [number, number];
  const started = performance.now();
  for (let i = 0; i < 1_000_000; i += 1) watcher.statusOf(claims);
  const lookup = (performance.now() - started) / 1_000;

  console.log(`revocation maps: ${knownUsers.toLocaleString("en")} accounts, ${revokedSessions.toLocaleString("en")} signed-out sessions`);
  console.log(`decode session token only:           ${decodeOnly.toFixed(1)} µs/request`);
  console.log(`decode + revocation check (as apps): ${withCheck.toFixed(1)} µs/request`);
  console.log(`revocation lookup alone:             ${lookup.toFixed(3)} µs/request`);
  console.log(`ratio with check / decode only: ${(withCheck / decodeOnly).toFixed(2)} (target ≤ 1.10)`);
} finally {
  watcher.stop();
  await feed.close();
}
