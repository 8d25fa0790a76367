// The routes this vertical was generated with answer as operators and the portal expect.
import { describeVerticalContract } from "@stepperslife/testing/vertical-contract";
import { createVerticalTestDatabase } from "@stepperslife/vertical/testing";
import { PrismaClient } from "@/generated/prisma/client";

const migrations = new URL("../../../prisma/migrations", import.meta.url);

describeVerticalContract({
  app: "store",
  createDatabase: () => createVerticalTestDatabase({ name: "store", PrismaClient, migrations }),
  apiDir: new URL(".", import.meta.url),
});
