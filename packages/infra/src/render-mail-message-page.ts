import { escapeHtml } from "./escape-html";
import { renderLinkedText } from "./render-linked-text";
import { renderMailPage } from "./render-mail-page";
import type { StoredMailMessage } from "./stored-mail-message";

/**
 * One message. Its HTML runs in a sandboxed srcdoc iframe without scripts or same-origin access, so
 * mail cannot touch the inbox; links open in a new, unsandboxed tab, so sign-in links work.
 */
export function renderMailMessagePage(message: StoredMailMessage): string {
  const headers: Array<[string, string | null]> = [
    ["From", message.from],
    ["To", message.to.join(", ")],
    ["Cc", message.cc.join(", ") || null],
    ["Delivered to", message.envelope.to.join(", ")],
    ["Date", message.date],
    ["Received", message.receivedAt],
  ];
  const headerList = headers
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== "")
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join("\n");
  const text = message.text === null ? "" : `<h2>Text</h2>\n<pre>${renderLinkedText(message.text)}</pre>`;
  const html =
    message.html === null
      ? ""
      : `<h2>HTML</h2>
<iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer" srcdoc="${escapeHtml(
          `<base target="_blank">${message.html}`,
        )}"></iframe>`;
  return renderMailPage({
    title: message.subject || "(no subject)",
    body: `<p><a href="/">&larr; Inbox</a> &middot; <a href="/api/messages/${encodeURIComponent(message.id)}">JSON</a></p>
<h1>${escapeHtml(message.subject || "(no subject)")}</h1>
<dl>
${headerList}
</dl>
${text}
${html}`,
  });
}
