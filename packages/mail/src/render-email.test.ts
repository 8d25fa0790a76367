import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";

const hostile = `<img src=x onerror="alert('x')"> & "friends"`;

describe("renderEmail", () => {
  it("lays out heading, intro, rows, button and footer in HTML and plain text", () => {
    const { html, text } = renderEmail({
      heading: "Order #1042 is confirmed",
      intro: "Pick it up at Soul Food Corner from 7:30 pm.",
      rows: [
        { label: "2 × Fried catfish", value: "$31.00" },
        { label: "Total", value: "$31.00" },
      ],
      action: { label: "View your order", url: "https://restaurants.stepperslife.com/orders/1042?x=1&y=2" },
      footer: "You get this email because you ordered on SteppersLife.",
    });
    expect(text).toBe(
      [
        "Order #1042 is confirmed",
        "",
        "Pick it up at Soul Food Corner from 7:30 pm.",
        "",
        "2 × Fried catfish: $31.00",
        "Total: $31.00",
        "",
        "View your order: https://restaurants.stepperslife.com/orders/1042?x=1&y=2",
        "",
        "You get this email because you ordered on SteppersLife.",
        "",
        "SteppersLife",
      ].join("\n"),
    );
    expect(html).toContain(`<h1 style="font-size:20px;margin:0 0 16px;">Order #1042 is confirmed</h1>`);
    expect(html).toContain(`href="https://restaurants.stepperslife.com/orders/1042?x=1&amp;y=2"`);
    expect(html).toContain(">View your order</a>");
    expect(html).toContain(">2 × Fried catfish</td>");
    expect(html).toContain("You get this email because you ordered on SteppersLife.");
  });

  it("escapes every value it places in the HTML", () => {
    const { html, text } = renderEmail({
      heading: hostile,
      intro: hostile,
      rows: [{ label: hostile, value: "</td></tr></table><script>steal()</script>" }],
      action: { label: hostile, url: `https://example.com/"><script>x()</script>` },
      footer: hostile,
    });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toContain(`onerror="`);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; &quot;friends&quot;");
    expect(html).toContain("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;steal()&lt;/script&gt;");
    expect(html).toContain(`href="https://example.com/&quot;&gt;&lt;script&gt;x()&lt;/script&gt;"`);
    // Plain text is not HTML: it keeps the characters as typed.
    expect(text.split("\n")[0]).toBe(hostile);
  });

  it("leaves out the parts it was not given", () => {
    const { html, text } = renderEmail({ heading: "Thanks", intro: "See you on the floor." });
    expect(text).toBe("Thanks\n\nSee you on the floor.\n\nSteppersLife");
    expect(html).not.toContain("<a ");
    expect(html).not.toContain("border-top");
  });

  it("refuses a button that is not an http(s) link", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "/relative"]) {
      expect(() => renderEmail({ heading: "h", intro: "i", action: { label: "Go", url } })).toThrow(TypeError);
    }
  });
});
