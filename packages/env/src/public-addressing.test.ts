import { describe, expect, it } from "vitest";
import { createEnv } from "./create-env";
import { publicAddressEnv } from "./fragments";
import { publicAddressing } from "./public-addressing";

describe("publicAddressing", () => {
  it("gives dev addressing on localhost with ports by default", () => {
    expect(publicAddressing(createEnv(publicAddressEnv, {}))).toEqual({
      rootDomain: "localhost",
      protocol: "http",
      includePort: true,
    });
  });

  it("gives production addressing without ports", () => {
    const env = createEnv(publicAddressEnv, { ROOT_DOMAIN: "stepperslife.com", PUBLIC_PROTOCOL: "https", PUBLIC_PORTS: "false" });
    expect(publicAddressing(env)).toEqual({ rootDomain: "stepperslife.com", protocol: "https", includePort: false });
  });
});
