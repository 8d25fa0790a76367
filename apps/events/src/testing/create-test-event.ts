import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";

export interface TestEventOptions {
  organizerId?: string;
  capacity?: number | null;
  status?: "draft" | "published" | "cancelled";
  startsInHours?: number;
  ticketTypes?: { name?: string; priceCents: number; capacity: number; perOrderLimit?: number }[];
  promoCodes?: { code: string; kind: "percent" | "amount"; value: number; maxUses?: number | null; validFrom?: Date; validUntil?: Date }[];
}

/** For tests: a fresh event with its own ticket types and promo codes, so each test counts its own seats. */
export async function createTestEvent(db: PrismaClient, options: TestEventOptions = {}) {
  const slug = `test-${randomBytes(5).toString("hex")}`;
  const startsAt = new Date(Date.now() + (options.startsInHours ?? 72) * 3_600_000);
  return db.event.create({
    data: {
      slug,
      organizerId: options.organizerId ?? "organizer-a",
      title: `Test social ${slug}`,
      venue: "Test Hall",
      address: "1 Test St",
      city: "Chicago",
      timeZone: "America/Chicago",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * 3_600_000),
      status: options.status ?? "published",
      capacity: options.capacity ?? null,
      ticketTypes: { create: (options.ticketTypes ?? [{ priceCents: 1500, capacity: 100 }]).map((type, position) => ({ name: type.name ?? `Type ${position + 1}`, position, perOrderLimit: 10, ...type })) },
      promoCodes: { create: options.promoCodes ?? [] },
    },
    include: { ticketTypes: { orderBy: { position: "asc" } }, promoCodes: true },
  });
}
