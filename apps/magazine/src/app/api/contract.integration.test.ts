// The routes this vertical was generated with answer as operators and the portal expect.
import { describeVerticalContract } from "@stepperslife/testing/vertical-contract";

describeVerticalContract({ app: "magazine" });
