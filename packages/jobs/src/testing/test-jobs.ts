import { z } from "zod";
import { cronTickSchema } from "../cron-tick-schema";
import { defineJob } from "../define-job";

/** The jobs the test workers run; each records its run in `test_runs` (see testRunsTableSql). */
export const testRunJob = defineJob({ name: "record-run", payload: z.object({ index: z.number().int() }) });
export const testCronJob = defineJob({ name: "cron-tick", payload: cronTickSchema });

export const testRunsTableSql = `create table test_runs (
  id serial primary key, task text not null, ref text not null, worker text not null, at timestamptz not null default now())`;
