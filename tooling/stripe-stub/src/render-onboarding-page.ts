import type { StubAccountLink, StubConnectedAccount } from "./connect-types";
import { escapeHtml } from "./escape-html";
import { renderTestPage } from "./render-test-page";

/**
 * The page an onboarding link opens: whose onboarding it is, what Stripe would ask for, a "Complete onboarding"
 * button (a form POST) and a "Leave without finishing" link back to the platform's return_url.
 */
export function renderOnboardingPage({ account, link }: { account: StubConnectedAccount; link: StubAccountLink }): string {
  const who = [account.business_profile.name, account.email].filter((part): part is string => typeof part === "string" && part !== "");
  const due = account.requirements.currently_due.map((field) => `<li><code>${escapeHtml(field)}</code></li>`).join("");
  const business = escapeHtml(who.length > 0 ? who.join(", ") : "not named yet");
  const action = `/connect/onboarding/${encodeURIComponent(link.token)}`;
  const content = `<p>Business: ${business} (<code>${escapeHtml(account.id)}</code>, ${escapeHtml(String(account.country))})</p>
${due ? `<p>Stripe would ask for:</p><ul>${due}</ul>` : "<p>Nothing is due: onboarding was completed before.</p>"}
<form method="post" action="${action}"><button type="submit" name="complete" id="complete">Complete onboarding</button></form>
<p><a id="leave" href="${escapeHtml(link.returnUrl)}">Leave without finishing</a></p>`;
  return renderTestPage({
    title: "Test onboarding",
    heading: `Test onboarding for ${account.id}`,
    banner:
      "No details are needed: \"Complete onboarding\" submits this business's details, enables charges and payouts, " +
      "and notifies the platform, as Stripe would.",
    content,
  });
}
