import { describe, expect, it } from "vitest";
import { assessConnectionBudget, type AppConnections } from "./assess-connection-budget";

// Every app but the portal is a vertical, with a job worker of 3 connections (concurrency 1 + 2) per pm2 worker.
const app = (name: string, workers: number, poolSize: number, jobConnections = name === "main" ? 0 : 3): AppConnections => ({
  name,
  workers,
  poolSize,
  jobConnections,
  poolSizeFrom: `.data/env/${name}.env`,
});

describe("assessConnectionBudget", () => {
  it("lets the default fleet (seven apps, one worker, pool 10, six job workers of 3) onto max_connections 110, not 100", () => {
    const apps = ["main", "restaurants", "events", "store", "classes", "magazine", "services"].map((name) => app(name, 1, 10));
    const result = assessConnectionBudget({ apps, maxConnections: 110 });
    expect(result).toMatchObject({ total: 88, budget: 88, fits: true, problem: null });
    expect(result.lines.slice(0, 2)).toEqual(["main: 1 worker × 10 = 10", "restaurants: 1 worker × (10 + 3 jobs) = 13"]);
    expect(result.lines.at(-1)).toBe("total 88 ≤ 80% of max_connections 110 = 88");
    expect(assessConnectionBudget({ apps, maxConnections: 100 })).toMatchObject({ total: 88, budget: 80, fits: false });
  });

  it("counts each pm2 worker's job worker on top of its pool", () => {
    expect(assessConnectionBudget({ apps: [app("events", 4, 17)], maxConnections: 100 })).toMatchObject({ total: 80, fits: true });
    expect(assessConnectionBudget({ apps: [app("events", 4, 18)], maxConnections: 100 })).toMatchObject({ total: 84, fits: false });
  });

  it("fits exactly at 80% and refuses one connection more", () => {
    expect(assessConnectionBudget({ apps: [app("events", 4, 17)], maxConnections: 100 }).fits).toBe(true);
    expect(assessConnectionBudget({ apps: [app("events", 4, 17), app("main", 1, 1)], maxConnections: 100 }).fits).toBe(false);
    // 80% of 115 is 92: rounded down, never a fraction.
    expect(assessConnectionBudget({ apps: [app("events", 1, 89)], maxConnections: 115 })).toMatchObject({ budget: 92, fits: true });
    expect(assessConnectionBudget({ apps: [app("events", 1, 90)], maxConnections: 115 }).fits).toBe(false);
  });

  it("says per app which numbers make the total, and names the largest shares' knobs", () => {
    const apps = [app("main", 2, 10), app("restaurants", 2, 16), app("events", 4, 20), app("store", 3, 20), app("classes", 1, 20)];
    const { problem, total } = assessConnectionBudget({ apps, maxConnections: 200, server: "PostgreSQL at 127.0.0.1:5439" });
    expect(total).toBe(242);
    expect(problem).toBe(
      [
        "PostgreSQL at 127.0.0.1:5439 cannot take this fleet's connections:",
        "  main: 2 workers × 10 = 20",
        "  restaurants: 2 workers × (16 + 3 jobs) = 38",
        "  events: 4 workers × (20 + 3 jobs) = 92",
        "  store: 3 workers × (20 + 3 jobs) = 69",
        "  classes: 1 worker × (20 + 3 jobs) = 23",
        "  total 242 > 80% of max_connections 200 = 160",
        "Lower EVENTS_INSTANCES or DATABASE_POOL_SIZE in .data/env/events.env, or STORE_INSTANCES or DATABASE_POOL_SIZE in " +
          ".data/env/store.env (FLEET_INSTANCES sets the workers of every app), or raise max_connections.",
      ].join("\n"),
    );
  });
});
