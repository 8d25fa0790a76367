import { feedResponseSchema, type FeedResponse } from "@stepperslife/contracts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeVertical, type Behaviour, type FakeVertical } from "@/testing/start-fake-vertical";
import { createLastGoodCache } from "./create-last-good-cache";
import { fanOut } from "./fan-out";

const timeoutMs = 300;
const running: FakeVertical[] = [];

async function startVertical(app: string, behaviour: Behaviour = "ok"): Promise<FakeVertical> {
  const vertical = await startFakeVertical(app, behaviour);
  running.push(vertical);
  return vertical;
}

const statusOf = (sections: Awaited<ReturnType<typeof fanOut<FeedResponse>>>) =>
  Object.fromEntries(sections.map((section) => [section.upstream.app, section.status]));

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(running.splice(0).map((vertical) => vertical.stop()));
});

describe("fan-out over the verticals' contract endpoints", () => {
  it("keeps good answers and records why each other upstream failed", async () => {
    const verticals = await Promise.all([
      startVertical("restaurants"),
      startVertical("events", "slow"),
      startVertical("store", "invalid"),
      startVertical("classes", "error"),
      startVertical("magazine", "foreign"),
      startVertical("services"),
    ]);
    const refusing = verticals[5]!;
    await refusing.stop();

    const [sections, elapsed] = await timed(() =>
      fanOut({ upstreams: verticals.map((v) => v.upstream), path: "/api/feed", schema: feedResponseSchema, timeoutMs }),
    );

    expect(elapsed).toBeLessThan(timeoutMs + 150);
    expect(sections.map((section) => [section.upstream.app, section.status, section.error])).toEqual([
      ["restaurants", "ok", null],
      ["events", "unavailable", { kind: "timeout" }],
      ["store", "unavailable", { kind: "invalid" }],
      ["classes", "unavailable", { kind: "http", status: 500 }],
      ["magazine", "unavailable", { kind: "invalid" }],
      ["services", "unavailable", { kind: "unreachable" }],
    ]);
    const restaurants = sections[0]!;
    expect(restaurants.status === "ok" && restaurants.data.items.map((item) => item.title)).toEqual(["restaurants 1"]);
    for (const section of sections) expect(section.durationMs).toBeLessThan(timeoutMs + 150);
    expect(sections[1]!.durationMs).toBeGreaterThanOrEqual(timeoutMs - 5);
    // One request each: a failure is not retried.
    expect(verticals.map((v) => v.requests.length)).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it("degrades with one upstream stopped and one hung, and recovers when they come back", async () => {
    const names = ["restaurants", "events", "store", "classes", "magazine", "services"];
    const verticals = await Promise.all(names.map((name) => startVertical(name)));
    const upstreams = verticals.map((v) => v.upstream);
    const aggregate = () => fanOut({ upstreams, path: "/api/feed", schema: feedResponseSchema, timeoutMs });

    const [stopped, hung] = [verticals[1]!, verticals[3]!];
    await stopped.stop();
    hung.behaviour = "slow";
    const [degraded, elapsed] = await timed(aggregate);
    expect(elapsed).toBeLessThan(timeoutMs + 150);
    expect(statusOf(degraded)).toEqual({
      restaurants: "ok",
      events: "unavailable",
      store: "ok",
      classes: "unavailable",
      magazine: "ok",
      services: "ok",
    });

    await stopped.start();
    hung.behaviour = "ok";
    const recovered = await aggregate();
    expect(Object.values(statusOf(recovered))).toEqual(names.map(() => "ok"));
    expect(recovered.every((section) => section.status === "ok" && section.data.items.length === 1)).toBe(true);
  });

  it("serves the last good answer marked stale, with its age, when an upstream fails after answering", async () => {
    const [good, flaky] = await Promise.all([startVertical("restaurants"), startVertical("events")]);
    const cache = createLastGoodCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const aggregate = () =>
      fanOut({ upstreams: [good.upstream, flaky.upstream], path: "/api/feed", schema: feedResponseSchema, timeoutMs, lastGood: { cache, key: "feed" } });

    expect(statusOf(await aggregate())).toEqual({ restaurants: "ok", events: "ok" });
    for (const failure of ["slow", "error", "invalid"] as const) {
      flaky.behaviour = failure;
      const [, events] = await aggregate();
      expect(events?.status, failure).toBe("stale");
      if (events?.status !== "stale") continue;
      expect(events.data.items.map((item) => item.title)).toEqual(["events 1"]);
      expect(events.ageMs).toBeGreaterThanOrEqual(0);
      expect(events.ageMs).toBeLessThan(10_000);
    }
    await flaky.stop();
    expect(statusOf(await aggregate())).toEqual({ restaurants: "ok", events: "stale" });

    // Another key (another query, another person) never gets this answer.
    const other = await fanOut({ upstreams: [flaky.upstream], path: "/api/feed", schema: feedResponseSchema, timeoutMs, lastGood: { cache, key: "other" } });
    expect(other[0]?.status).toBe("unavailable");
  });

  it("sends the headers it is given, and only those, to every upstream", async () => {
    const [restaurants, events] = await Promise.all([startVertical("restaurants"), startVertical("events")]);
    await fanOut({
      upstreams: [restaurants.upstream, events.upstream],
      path: "/api/feed",
      schema: feedResponseSchema,
      timeoutMs,
      headers: { cookie: "stepperslife.session-token=abc" },
    });
    for (const vertical of [restaurants, events]) {
      expect(vertical.requests[0]?.cookie).toBe("stepperslife.session-token=abc");
      expect(vertical.requests[0]?.authorization).toBeUndefined();
    }
  });
});
