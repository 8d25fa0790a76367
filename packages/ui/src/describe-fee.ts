import { formatMoney } from "@stepperslife/format";

/** "5%", "2.9% + $0.30", "$0.50": the platform's cut of each card payment as an owner reads it. */
export function describeFee({ percent, fixedCents }: { percent: number; fixedCents: number }): string {
  const parts = [percent > 0 ? `${percent.toLocaleString("en-US", { maximumFractionDigits: 2 })}%` : "", fixedCents > 0 ? formatMoney(fixedCents) : ""];
  return parts.filter(Boolean).join(" + ") || "nothing";
}
