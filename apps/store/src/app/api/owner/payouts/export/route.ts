// GET /api/owner/payouts/export?businessId= — a shop's card payments, fees, refunds and net as CSV
import { payouts } from "@/server/payouts/payouts";

export const { GET } = payouts.routes.payoutsExport;
