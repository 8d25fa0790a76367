import { escapeHtml } from "./escape-html";

const urlPattern = /https?:\/\/[^\s<>"']+/g;
const trailingPunctuation = /[.,;:!?)\]}]+$/;

/**
 * Plain text as escaped HTML with its http(s) URLs as links, so a sign-in link in a text-only mail
 * is one click away. Links open in a new tab; the inbox keeps its place.
 */
export function renderLinkedText(text: string): string {
  let html = "";
  let position = 0;
  for (const match of text.matchAll(urlPattern)) {
    const url = match[0].replace(trailingPunctuation, "");
    const start = match.index ?? 0;
    html += escapeHtml(text.slice(position, start));
    html += `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(url)}</a>`;
    position = start + url.length;
  }
  return html + escapeHtml(text.slice(position));
}
