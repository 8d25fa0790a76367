export interface MagicLinkEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The sign-in email. Plain words and one obvious button; the link is also printed in full for mail clients that
 * strip buttons. Everything inserted is HTML-escaped: the URL carries the address the person typed.
 */
export function renderMagicLinkEmail({ url, validMinutes }: { url: string; validMinutes: number }): MagicLinkEmail {
  const subject = "Your SteppersLife sign-in link";
  const text = [
    "Hi,",
    "",
    "Use this link to sign in to SteppersLife:",
    "",
    url,
    "",
    `It works once and expires in ${validMinutes} minutes. Signing in once signs you in on every SteppersLife site.`,
    "",
    "If you didn't ask to sign in, you can ignore this email: nobody can sign in without this link.",
    "",
    "SteppersLife",
  ].join("\n");

  const href = escapeHtml(url);
  const html = `<!doctype html>
<html lang="en">
  <body style="margin:0;padding:24px;background:#f6f6f6;font-family:Helvetica,Arial,sans-serif;color:#222;">
    <table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;">
      <tr><td>
        <h1 style="font-size:20px;margin:0 0 16px;">Sign in to SteppersLife</h1>
        <p style="margin:0 0 24px;">Hi, use the button below to sign in. Signing in once signs you in on every SteppersLife site.</p>
        <p style="margin:0 0 24px;"><a href="${href}" style="display:inline-block;background:#6b21a8;color:#fff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold;">Sign in</a></p>
        <p style="margin:0 0 8px;font-size:14px;">Or paste this link into your browser:</p>
        <p style="margin:0 0 24px;font-size:14px;word-break:break-all;"><a href="${href}">${href}</a></p>
        <p style="margin:0 0 8px;font-size:14px;">The link works once and expires in ${escapeHtml(String(validMinutes))} minutes.</p>
        <p style="margin:0;font-size:14px;color:#555;">If you didn't ask to sign in, you can ignore this email: nobody can sign in without this link.</p>
      </td></tr>
    </table>
  </body>
</html>
`;
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
