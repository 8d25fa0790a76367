import { formatMoney } from "@stepperslife/format";

/** A shop price as price tags say it: "$145" for whole dollars, "$12.50" otherwise (currency "usd"). */
export function formatPrice(cents: number): string {
  const said = formatMoney(cents, "usd");
  return cents % 100 === 0 ? said.replace(/\.00$/, "") : said;
}
