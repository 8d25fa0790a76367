import { describe, expect, it, vi } from "vitest";
import { once } from "./once";

describe("once", () => {
  it("creates on the first call only, and keeps a falsy value (null: an app without Stripe keys)", () => {
    const create = vi.fn(() => null);
    const get = once(create);
    expect(create).not.toHaveBeenCalled();
    expect(get()).toBeNull();
    expect(get()).toBeNull();
    expect(create).toHaveBeenCalledTimes(1);
  });
});
