import { z } from "zod";
import { CARRIERS } from "../orders/tracking-url";

export const shipmentParamsSchema = z.object({ id: z.uuid({ error: "expected a shipment id" }) });

export const shipParcelSchema = z.strictObject({
  lineIds: z.array(z.uuid()).min(1, { error: "Tick the items that are in this parcel." }).max(100),
  carrier: z.enum(Object.keys(CARRIERS) as [keyof typeof CARRIERS, ...(keyof typeof CARRIERS)[]], { error: "Choose the carrier." }),
  trackingNumber: z
    .string()
    .trim()
    .min(4, { error: "Enter the tracking number from the label." })
    .max(40, { error: "A tracking number is at most 40 characters." })
    .regex(/^[A-Za-z0-9 -]+$/, { error: "A tracking number holds letters, digits, spaces and dashes only." })
    .transform((value) => value.replace(/\s+/g, "").toUpperCase()),
});

/** Which shipments the owner's order queue shows. */
export const shipmentQueueSchema = z.object({ show: z.enum(["to-fulfil", "shipped", "all"]).default("to-fulfil") });

export type ShipParcelInput = z.output<typeof shipParcelSchema>;
export type ShipmentQueue = z.output<typeof shipmentQueueSchema>["show"];
