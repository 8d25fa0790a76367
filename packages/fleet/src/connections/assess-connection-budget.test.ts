import { describe, expect, it } from "vitest";
import { assessConnectionBudget, type AppConnections } from "./assess-connection-budget";

const app = (name: string, workers: number, poolSize: number): AppConnections => ({
  name,
  workers,
  poolSize,
  poolSizeFrom: `.data/env/${name}.env`,
});

describe("assessConnectionBudget", () => {
  it("lets the default fleet (seven apps, one worker, pool 10) onto a server with max_connections 100", () => {
    const apps = ["main", "restaurants", "events", "store", "classes", "magazine", "services"].map((name) => app(name, 1, 10));
    const result = assessConnectionBudget({ apps, maxConnections: 100 });
    expect(result).toMatchObject({ total: 70, budget: 80, fits: true, problem: null });
    expect(result.lines.at(-1)).toBe("total 70 ≤ 80% of max_connections 100 = 80");
  });

  it("fits exactly at 80% and refuses one connection more", () => {
    expect(assessConnectionBudget({ apps: [app("events", 4, 20)], maxConnections: 100 }).fits).toBe(true);
    expect(assessConnectionBudget({ apps: [app("events", 4, 20), app("main", 1, 1)], maxConnections: 100 }).fits).toBe(false);
    // 80% of 115 is 92: rounded down, never a fraction.
    expect(assessConnectionBudget({ apps: [app("events", 1, 92)], maxConnections: 115 })).toMatchObject({ budget: 92, fits: true });
    expect(assessConnectionBudget({ apps: [app("events", 1, 93)], maxConnections: 115 }).fits).toBe(false);
  });

  it("says per app which numbers make the total, and names the largest shares' knobs", () => {
    const apps = [app("main", 2, 10), app("restaurants", 2, 16), app("events", 4, 20), app("store", 3, 20), app("classes", 1, 20)];
    const { problem, total } = assessConnectionBudget({ apps, maxConnections: 200, server: "PostgreSQL at 127.0.0.1:5439" });
    expect(total).toBe(212);
    expect(problem).toBe(
      [
        "PostgreSQL at 127.0.0.1:5439 cannot take this fleet's connections:",
        "  main: 2 workers × 10 = 20",
        "  restaurants: 2 workers × 16 = 32",
        "  events: 4 workers × 20 = 80",
        "  store: 3 workers × 20 = 60",
        "  classes: 1 worker × 20 = 20",
        "  total 212 > 80% of max_connections 200 = 160",
        "Lower EVENTS_INSTANCES or DATABASE_POOL_SIZE in .data/env/events.env, or STORE_INSTANCES or DATABASE_POOL_SIZE in " +
          ".data/env/store.env (FLEET_INSTANCES sets the workers of every app), or raise max_connections.",
      ].join("\n"),
    );
  });
});
