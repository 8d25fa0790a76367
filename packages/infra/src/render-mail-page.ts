import { escapeHtml } from "./escape-html";

export interface RenderMailPageOptions {
  title: string;
  /** Already escaped HTML. */
  body: string;
  refreshSeconds?: number;
}

const style = `
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem; color: #1d1d1f; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid #e3e3e8; vertical-align: top; }
  th { font-size: .8rem; text-transform: uppercase; color: #6e6e73; }
  tr:hover td { background: #f5f5f7; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dt { color: #6e6e73; }
  dd { margin: 0; }
  pre { white-space: pre-wrap; word-break: break-word; background: #f5f5f7; padding: 1rem; border-radius: 6px; }
  iframe { width: 100%; height: 36rem; border: 1px solid #e3e3e8; border-radius: 6px; }
  .muted { color: #6e6e73; }
`;

/** The frame shared by the inbox pages: no scripts, styles inline. */
export function renderMailPage({ title, body, refreshSeconds }: RenderMailPageOptions): string {
  const refresh = refreshSeconds ? `<meta http-equiv="refresh" content="${refreshSeconds}">` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh}
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
