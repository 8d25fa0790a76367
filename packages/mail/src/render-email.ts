import { escapeHtml } from "./escape-html";

export interface EmailContent {
  /** The one thing this email says: "Order #1042 is confirmed". */
  heading: string;
  /** A sentence or two under the heading. */
  intro: string;
  /** Label/value lines, such as the items and total of a receipt. */
  rows?: { label: string; value: string }[];
  /** One button (and the link printed beneath it for clients that drop buttons). */
  action?: { label: string; url: string };
  /** Small print at the end: why they got this email, whom to contact. */
  footer?: string;
}

export interface RenderedEmail {
  html: string;
  text: string;
}

const accent = "#6b21a8";

/**
 * The fleet's email layout, in the look of the sign-in email: a white card on grey, a heading, a table of details
 * and one obvious button. Inline styles only (mail clients drop <style>); every value is escaped, because rows
 * carry what people typed. The plain-text part says the same for clients that show no HTML.
 */
export function renderEmail(content: EmailContent): RenderedEmail {
  const { heading, intro, rows = [], action, footer } = content;
  // A button's URL comes from our own code, but a javascript: link there would still be a hole.
  if (action && !/^https?:\/\//i.test(action.url)) throw new TypeError(`renderEmail: action URL must be http(s), got "${action.url}"`);

  const text = [
    heading,
    "",
    intro,
    ...(rows.length ? ["", ...rows.map(({ label, value }) => `${label}: ${value}`)] : []),
    ...(action ? ["", `${action.label}: ${action.url}`] : []),
    ...(footer ? ["", footer] : []),
    "",
    "SteppersLife",
  ].join("\n");

  const cell = "padding:8px 0;border-top:1px solid #eee;font-size:14px;vertical-align:top;";
  const rowsHtml = rows.length
    ? `<table role="presentation" width="100%" style="border-collapse:collapse;margin:0 0 24px;">${rows
        .map(
          ({ label, value }) =>
            `<tr><td style="${cell}color:#555;padding-right:16px;">${escapeHtml(label)}</td><td style="${cell}text-align:right;font-weight:bold;">${escapeHtml(value)}</td></tr>`,
        )
        .join("")}</table>`
    : "";
  const href = action ? escapeHtml(action.url) : "";
  const actionHtml = action
    ? `<p style="margin:0 0 16px;"><a href="${href}" style="display:inline-block;background:${accent};color:#fff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold;">${escapeHtml(action.label)}</a></p>
        <p style="margin:0 0 24px;font-size:13px;word-break:break-all;color:#555;">Or open this link: <a href="${href}">${href}</a></p>`
    : "";
  const footerHtml = footer ? `<p style="margin:0;font-size:13px;color:#555;">${escapeHtml(footer)}</p>` : "";

  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(heading)}</title></head>
  <body style="margin:0;padding:24px;background:#f6f6f6;font-family:Helvetica,Arial,sans-serif;color:#222;">
    <table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;">
      <tr><td>
        <p style="margin:0 0 16px;font-size:13px;font-weight:bold;letter-spacing:0.08em;text-transform:uppercase;color:${accent};">SteppersLife</p>
        <h1 style="font-size:20px;margin:0 0 16px;">${escapeHtml(heading)}</h1>
        <p style="margin:0 0 24px;">${escapeHtml(intro)}</p>
        ${rowsHtml}
        ${actionHtml}
        ${footerHtml}
      </td></tr>
    </table>
  </body>
</html>
`;
  return { html, text };
}
