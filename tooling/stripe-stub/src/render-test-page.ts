import { escapeHtml } from "./escape-html";

/** The frame of the stand-in's Connect pages: a title, the "this is a local test" banner, then `content` (HTML). */
export function renderTestPage({ title, heading, banner, content }: { title: string; heading: string; banner: string; content: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  .banner { background: #fff4d6; border: 1px solid #e0b84c; padding: .75rem 1rem; border-radius: .5rem; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
  td, th { padding: .4rem .3rem; border-bottom: 1px solid #ddd; text-align: left; }
  .n { text-align: right; }
  code { font-size: .9em; }
  button { font-size: 1.1rem; padding: .6rem 1.4rem; background: #4f46e5; color: white; border: 0; border-radius: .4rem; cursor: pointer; }
</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="banner"><strong>Local test stand-in for Stripe.</strong> ${escapeHtml(banner)}</p>
${content}
</body>
</html>
`;
}
