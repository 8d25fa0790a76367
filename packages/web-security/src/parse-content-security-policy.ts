/** A policy as a browser reads it: directive name → its sources (for tests and checks, not for building policies). */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim())
      .filter(Boolean)
      .map((directive) => {
        const [name = "", ...sources] = directive.split(/\s+/);
        return [name.toLowerCase(), sources] as const;
      }),
  );
}
