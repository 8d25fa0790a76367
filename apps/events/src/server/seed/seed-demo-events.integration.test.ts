import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoEvents } from "./seed-demo-events";

let app: VerticalTestApp<PrismaClient>;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  await seedDemoEvents({ db: app.db, storage: app.storage });
});
afterAll(() => app?.close());

const coverOf = async (slug: string) => (await app.db.event.findUniqueOrThrow({ where: { slug } })).coverImageKey;

describe("demo event covers", () => {
  it("are the shipped photos, stored as JPEGs under the event's slug", async () => {
    for (const event of await app.db.event.findMany()) {
      expect(event.coverImageKey).toBe(`images/demo/${event.slug}.jpg`);
      const stored = await app.storage.client.statObject(app.storage.bucket, event.coverImageKey!);
      expect(stored.metaData["content-type"]).toBe("image/jpeg");
    }
  });

  it("replace a cover drawn by an earlier seed while the event is unclaimed, and leave a claimed event's alone", async () => {
    const drawn = (slug: string) => `images/demo/${slug}.png`;
    await app.db.event.update({ where: { slug: "friday-night-steppers-social" }, data: { coverImageKey: drawn("friday-night-steppers-social") } });
    await app.db.event.update({
      where: { slug: "footwork-fundamentals-workshop" },
      data: { coverImageKey: drawn("footwork-fundamentals-workshop"), organizerId: "someone-who-claimed-it" },
    });
    expect(await seedDemoEvents({ db: app.db, storage: app.storage })).toEqual([]);
    expect(await coverOf("friday-night-steppers-social")).toBe("images/demo/friday-night-steppers-social.jpg");
    expect(await coverOf("footwork-fundamentals-workshop")).toBe(drawn("footwork-fundamentals-workshop"));
  });
});
