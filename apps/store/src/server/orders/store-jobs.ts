import { cronTickSchema, defineJob, defineJobHandler, type JobHandler } from "@stepperslife/jobs";
import { checkoutExpirer, db } from "../../vertical";
import { expireLapsedOrders } from "./expire-lapsed-orders";

/** Every five minutes: unpaid orders whose hold ran out give their stock back. */
export const expireLapsedOrdersJob = defineJob({ name: "expire-lapsed-orders", payload: cronTickSchema });

/** graphile-worker's crontab (UTC); no backfill: one sweep catches up whatever a stopped fleet missed. */
export const STORE_CRONTAB = `*/5 * * * * ${expireLapsedOrdersJob.name}`;

/** The store's own jobs, asked for by the kernel when the worker starts. */
export function storeJobs(): ReadonlyArray<JobHandler<unknown>> {
  return [
    defineJobHandler(expireLapsedOrdersJob, async () => {
      const released = await expireLapsedOrders({ db: db(), expireCheckout: checkoutExpirer() });
      if (released > 0) console.info(`store: ${released} unpaid order(s) past their hold were cancelled and restocked`);
    }),
  ] as ReadonlyArray<JobHandler<unknown>>;
}
