import "server-only";
import { Client } from "pg";

/** How a long poll of the revocation feed ended: a change was committed, its time ran out, or the caller left. */
export type FeedWait = "changed" | "timeout" | "aborted";

interface FeedListener {
  /** Polls are held only while listening: a change committed before LISTEN took effect would not wake them. */
  state: "connecting" | "listening" | "down";
  waiters: Set<() => void>;
}

const CHANNEL = "session_feed";
const RECONNECT_AFTER_MS = 1_000;

// One LISTEN connection per process (on globalThis, so dev hot reloads do not open another), however many polls wait:
// one connection beyond the pool per portal worker, inside the 20% of max_connections `npm start` keeps in reserve.
const processWide = globalThis as typeof globalThis & { sessionFeedListener?: FeedListener };

/**
 * Starts waiting, at once, for the next commit that signs a session out or changes someone's roles (the database's
 * `session_feed` notification, sent by triggers), up to `timeoutMs`. Call it before reading the feed: a change
 * committed after that read still wakes it. Null while this process is not listening (still connecting at start, or
 * the connection dropped and is being retried): the caller then answers at once and its poller keeps its own
 * cadence, as without long polls.
 */
export function waitForSessionFeedChange({
  connectionString,
  timeoutMs,
  signal,
}: {
  connectionString: string;
  timeoutMs: number;
  signal: AbortSignal;
}): Promise<FeedWait> | null {
  const listener = (processWide.sessionFeedListener ??= startListening(connectionString));
  if (listener.state !== "listening" || signal.aborted) return null;
  return new Promise<FeedWait>((resolve) => {
    const finish = (how: FeedWait) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      listener.waiters.delete(onChange);
      resolve(how);
    };
    const onChange = () => finish("changed");
    const onAbort = () => finish("aborted");
    const timer = setTimeout(() => finish("timeout"), timeoutMs);
    listener.waiters.add(onChange);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function startListening(connectionString: string): FeedListener {
  const listener: FeedListener = { state: "connecting", waiters: new Set() };
  // Everyone waiting answers now: on a change (they re-read the feed), and when the connection drops or the
  // process shuts down (they must not wait for a notification that cannot come, nor hold a reload up).
  const wakeAll = () => {
    for (const wake of [...listener.waiters]) wake();
  };
  let stopped = false;
  const stop = () => {
    stopped = true;
    listener.state = "down";
    wakeAll();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  const connect = async () => {
    const client = new Client({ connectionString });
    let gone = false;
    // An error is usually followed by "end": reconnect once per connection.
    const dropped = () => {
      if (gone) return;
      gone = true;
      listener.state = "down";
      wakeAll();
      void client.end().catch(() => {});
      if (!stopped) setTimeout(() => void connect(), RECONNECT_AFTER_MS).unref();
    };
    client.on("notification", wakeAll);
    client.on("error", dropped);
    client.on("end", dropped);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (!stopped && !gone) listener.state = "listening";
    } catch {
      dropped();
    }
  };
  void connect();
  return listener;
}
