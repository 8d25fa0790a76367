import { formatMoney } from "@stepperslife/format";

export interface TicketBoxSummary {
  /** The line under the choices: nothing is priced until something is chosen (a paid event is never "Free"). */
  totalText: string;
  buttonText: string;
  canSubmit: boolean;
}

/** What the ticket box says for the tickets chosen so far. */
export function summarizeTicketBox({ chosen, totalCents }: { chosen: number; totalCents: number }): TicketBoxSummary {
  if (chosen === 0) return { totalText: "Choose how many tickets you want above.", buttonText: "Choose tickets", canSubmit: false };
  const tickets = chosen === 1 ? "1 ticket" : `${chosen} tickets`;
  if (totalCents === 0) return { totalText: `${tickets} · Free`, buttonText: "Get free tickets", canSubmit: true };
  return { totalText: `${tickets} · Total ${formatMoney(totalCents, "usd")}`, buttonText: "Checkout", canSubmit: true };
}
