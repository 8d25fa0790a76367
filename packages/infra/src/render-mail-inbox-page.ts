import { escapeHtml } from "./escape-html";
import { renderMailPage } from "./render-mail-page";
import type { StoredMailMessage } from "./stored-mail-message";

/** The list a person watches while waiting for a sign-in link: newest first, refreshed every few seconds. */
export function renderMailInboxPage(messages: StoredMailMessage[]): string {
  const rows = messages
    .map(
      (message) => `<tr>
<td class="muted">${escapeHtml(formatTime(message.receivedAt))}</td>
<td>${escapeHtml(message.from)}</td>
<td>${escapeHtml(message.to.join(", ") || message.envelope.to.join(", "))}</td>
<td><a href="/messages/${encodeURIComponent(message.id)}">${escapeHtml(message.subject || "(no subject)")}</a></td>
</tr>`,
    )
    .join("\n");
  const count = `${messages.length} message${messages.length === 1 ? "" : "s"}`;
  const table = messages.length
    ? `<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
    : `<p>No mail yet. Everything the apps send over SMTP lands here.</p>`;
  return renderMailPage({
    title: `Mail sink (${count})`,
    refreshSeconds: 5,
    body: `<h1>Mail sink <small class="muted">${count}</small></h1>
<p class="muted">Newest first, refreshed every 5 seconds. JSON: <a href="/api/messages">/api/messages</a></p>
${table}`,
  });
}

function formatTime(iso: string): string {
  return iso.replace("T", " ").replace(/\.\d+Z$/, " UTC");
}
