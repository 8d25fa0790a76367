import type { StubConnectedAccount, StubTransfer } from "./connect-types";
import { escapeHtml } from "./escape-html";
import { formatAmount } from "./format-amount";
import { renderTestPage } from "./render-test-page";

const headings = ["Date (UTC)", "Transfer", "Amount", "Reversed", "Platform fee", "Net"];

/** The connected account's Express dashboard as a login link opens it: its status and the transfers it received. */
export function renderExpressDashboardPage({
  account,
  transfers,
  fees,
}: {
  account: StubConnectedAccount;
  transfers: StubTransfer[];
  /** The application fee kept on each transfer's charge, by transfer id. */
  fees: Map<string, number>;
}): string {
  const rows = transfers.map((transfer) => {
    const fee = fees.get(transfer.id) ?? 0;
    const money = (cents: number) => `<td class="n">${formatAmount(cents, transfer.currency)}</td>`;
    const date = new Date(Number(transfer.created) * 1000).toISOString().slice(0, 16).replace("T", " ");
    const net = transfer.amount - transfer.amount_reversed - fee;
    const amounts = [transfer.amount, transfer.amount_reversed, fee, net].map(money).join("");
    return `<tr><td>${date}</td><td><code>${escapeHtml(transfer.id)}</code></td>${amounts}</tr>`;
  });
  const due = account.requirements.currently_due.join(", ") || "details needed";
  const status = account.charges_enabled ? "Charges and payouts enabled" : `Restricted: ${due}`;
  const head = headings.map((heading, index) => `<th${index > 1 ? ' class="n"' : ""}>${heading}</th>`).join("");
  const table = rows.length > 0 ? `<table><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>` : "<p>No transfers yet.</p>";
  const email = account.email ? `, ${escapeHtml(account.email)}` : "";
  const content = `<p>Account <code>${escapeHtml(account.id)}</code>${email}. <span role="status">${escapeHtml(status)}</span></p>
<h2>Transfers</h2>
${table}`;
  return renderTestPage({
    title: "Express dashboard (test)",
    heading: "Express dashboard (test)",
    banner: "What the business would see in its Stripe Express dashboard.",
    content,
  });
}
