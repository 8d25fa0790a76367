import { z } from "zod";

/** Why a buyer sends something back, as the form offers it and the shop's queue shows it. */
export const RETURN_REASONS = {
  wrong_size: "Wrong size or fit",
  not_as_described: "Not as described",
  damaged: "Arrived damaged",
  changed_mind: "Changed my mind",
  other: "Something else",
} as const;

export type ReturnReason = keyof typeof RETURN_REASONS;

export const returnParamsSchema = z.object({ id: z.uuid({ error: "expected a return id" }) });

export const requestReturnSchema = z.strictObject({
  shipmentId: z.uuid({ error: "Choose the shop's part of the order to return." }),
  lines: z
    .array(
      z.strictObject({
        lineId: z.uuid({ error: "expected an item of the order" }),
        quantity: z.int({ error: "Enter how many to return." }).min(1, { error: "Return at least one." }).max(100, { error: "At most 100." }),
      }),
    )
    .min(1, { error: "Tick the items you are returning." })
    .max(100)
    .refine((lines) => new Set(lines.map((line) => line.lineId)).size === lines.length, { error: "Each item is listed once." }),
  reason: z.enum(Object.keys(RETURN_REASONS) as [ReturnReason, ...ReturnReason[]], { error: "Choose why you are returning it." }),
  details: z.string().trim().max(1_000, { error: "Keep it under 1,000 characters." }).default(""),
});

export const approveReturnSchema = z.strictObject({
  // Most returns go back on the shelf; a damaged pair does not.
  restock: z.boolean({ error: "Say whether the items go back into stock." }).default(true),
});

export const declineReturnSchema = z.strictObject({
  note: z
    .string({ error: "Tell the buyer why." })
    .trim()
    .min(3, { error: "Tell the buyer why, in a few words." })
    .max(500, { error: "Keep it under 500 characters." }),
});

/** Which returns the shop's queue shows. */
export const returnQueueSchema = z.object({ show: z.enum(["open", "decided", "all"]).default("open") });

export type RequestReturnInput = z.output<typeof requestReturnSchema>;
export type ReturnQueue = z.output<typeof returnQueueSchema>["show"];
