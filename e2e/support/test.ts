import { test as base, expect, type BrowserContext } from "@playwright/test";

export { expect };
export type { BrowserContext, Locator, Page } from "@playwright/test";

/** What Chromium prints when a Content-Security-Policy blocks something, and what the page-side listener below prints. */
const SECURITY_POLICY_MESSAGE = /content[- ]security[- ]policy|refused to/i;

/**
 * Runs in every page before its own scripts (Playwright injects it past the page's policy): a violation the console
 * might word differently still reaches the console, with what was blocked and by which directive.
 */
function reportViolationsToConsole() {
  document.addEventListener(
    "securitypolicyviolation",
    (event) => console.error(`Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    true,
  );
}

interface PolicyWatch {
  /** Everything reported since the last take, oldest first. */
  take(): string[];
}

interface WatchFixtures {
  /** Messages a test expects (a frame-ancestors refusal when it checks that framing is blocked); others fail it. */
  expectedSecurityPolicyMessages: RegExp[];
  failOnSecurityPolicyViolations: void;
}

/**
 * `test` and `expect` for every spec: a test fails when any page it opened, in any browser context (the default one
 * or browser.newContext()), hit a Content-Security-Policy violation or threw an uncaught error.
 */
export const test = base.extend<WatchFixtures, { securityPolicyWatch: PolicyWatch }>({
  securityPolicyWatch: [
    async ({ browser }, use) => {
      const reports: string[] = [];
      const watchContext = (context: BrowserContext) => {
        void context.addInitScript(reportViolationsToConsole).catch(() => {});
        context.on("console", (message) => {
          if (SECURITY_POLICY_MESSAGE.test(message.text())) reports.push(`${message.text()} (on ${message.page()?.url() ?? "a worker"})`);
        });
        context.on("weberror", (error) => reports.push(`uncaught ${error.error().message} (on ${error.page()?.url() ?? "a worker"})`));
      };
      browser.contexts().forEach(watchContext);
      browser.on("context", watchContext);
      // Worker-scoped, so pages of beforeAll hooks are watched too; what they report counts against the next test.
      await use({ take: () => reports.splice(0) });
      browser.off("context", watchContext);
    },
    { scope: "worker", auto: true },
  ],
  expectedSecurityPolicyMessages: [[], { option: true }],
  failOnSecurityPolicyViolations: [
    async ({ securityPolicyWatch, expectedSecurityPolicyMessages }, use) => {
      await use();
      const isExpected = (report: string) => expectedSecurityPolicyMessages.some((pattern) => pattern.test(report));
      const unexpected = securityPolicyWatch.take().filter((report) => !isExpected(report));
      expect(unexpected, "Content-Security-Policy violations or uncaught errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});
