import { afterEach, describe, expect, it, vi } from "vitest";
import { createEnv } from "./create-env";
import { exitOnInvalidEnv } from "./exit-on-invalid-env";
import { databaseEnv } from "./fragments";

describe("exitOnInvalidEnv", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints the problems and exits with 1 when the env is invalid", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    exitOnInvalidEnv(() => createEnv(databaseEnv, {}));
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed.mock.calls[0]?.[0]).toContain("DATABASE_URL: expected a postgres:// URL (got nothing)");
  });

  it("does nothing when the env is valid", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    exitOnInvalidEnv(() => createEnv(databaseEnv, { DATABASE_URL: "postgres://127.0.0.1/x" }));
    expect(exit).not.toHaveBeenCalled();
  });

  it("rethrows errors that are not about the env", () => {
    expect(() =>
      exitOnInvalidEnv(() => {
        throw new TypeError("bug");
      }),
    ).toThrow("bug");
  });
});
