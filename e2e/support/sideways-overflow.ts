import type { Page } from "@playwright/test";

export interface SidewaysOverflow {
  /** How many pixels the page is wider than its viewport. */
  excessPx: number;
  /** The element reaching furthest right (outermost first on a tie), as a person would look for it in the page. */
  widest: string;
}

/**
 * Whether the page scrolls sideways (`scrollWidth > clientWidth`), and which element sticks out furthest. Elements
 * inside a box that scrolls or clips sideways (a table's frame, the header's app list) are not counted: they do not
 * widen the page.
 */
export async function findSidewaysOverflow(page: Page): Promise<SidewaysOverflow | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const contained = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== "visible" || style.position === "fixed") return true;
      }
      return false;
    };
    let widest: { right: number; element: Element } | null = null;
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const right = element.getBoundingClientRect().right + window.scrollX;
      if (right <= root.clientWidth + 0.5 || (widest && right <= widest.right) || contained(element)) continue;
      widest = { right, element };
    }
    const describe = (element: Element) => {
      const classes = Array.from(element.classList).slice(0, 3).map((name) => `.${name}`).join("");
      const label = element.getAttribute("aria-label") ?? element.textContent?.trim().replace(/\s+/g, " ").slice(0, 60) ?? "";
      return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${classes}> "${label}" (right edge at ${Math.round(widest!.right)} px)`;
    };
    return { excessPx: root.scrollWidth - root.clientWidth, widest: widest ? describe(widest.element) : "(no single element: a margin or a pseudo-element)" };
  });
}
