// Cost of the revocation check on every signed-in request, for `npm run bench`. Run with --conditions=react-server.
import { createRevocationWatcher } from "../src/server/create-revocation-watcher";
import { decodeSessionToken } from "../src/server/decode-session-token";
import { encodeSessionToken } from "../src/server/encode-session-token";
import { resolveSession } from "../src/server/resolve-session";
import { startTestFeedServer } from "../src/server/start-test-feed-server";

const secret = "bench-secret-0123456789abcdef0123456789";
const cookieName = "stepperslife.session-token";
// A portal with many signed-out or re-roled accounts: the watcher's map holds all of them.
const knownUsers = 20_000;
const rounds = 7;
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
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await watcher.ready();

  const user = { id: "user-4242", name: "Bench", email: "bench@example.com", image: null, roles: [] };
  const token = await encodeSessionToken({ user, rolesAt: now, secret });
  const cookieHeader = `theme=dark; ${cookieName}=${token}`;
  const claims = (await decodeSessionToken({ token, secret }))!;
  if ((await resolveSession({ cookieHeader, cookieName, secret, watcher })).kind !== "valid") {
    throw new Error("the bench token should be a valid session");
  }

  const decode = () => decodeSessionToken({ token, secret });
  const resolve = () => resolveSession({ cookieHeader, cookieName, secret, watcher });
  await microsecondsPerCall([decode, resolve]); // JIT warm-up for both paths
  const [decodeOnly, withCheck] = (await microsecondsPerCall([decode, resolve])) as [number, number];
  const started = performance.now();
  for (let i = 0; i < 1_000_000; i += 1) watcher.statusOf(claims);
  const lookup = (performance.now() - started) / 1_000;

  console.log(`revocation map: ${knownUsers.toLocaleString("en")} accounts`);
  console.log(`decode session token only:           ${decodeOnly.toFixed(1)} µs/request`);
  console.log(`decode + revocation check (as apps): ${withCheck.toFixed(1)} µs/request`);
  console.log(`revocation lookup alone:             ${lookup.toFixed(3)} µs/request`);
  console.log(`ratio with check / decode only: ${(withCheck / decodeOnly).toFixed(2)} (target ≤ 1.10)`);
} finally {
  watcher.stop();
  await feed.close();
}
