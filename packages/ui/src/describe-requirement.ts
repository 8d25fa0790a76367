// Stripe names what it still needs by field path (`individual.id_number`); owners read what it is about.
const requirementWords: ReadonlyArray<[prefix: string, words: string]> = [
  ["external_account", "a bank account for payouts"],
  ["tos_acceptance", "accepting Stripe's terms"],
  ["business_profile", "what the business sells and its website"],
  ["individual.verification", "a photo ID"],
  ["individual", "your name, birth date and address"],
  ["representative", "the details of the person who runs the business"],
  ["company.tax_id", "the business's tax ID"],
  ["company", "the business's legal name and address"],
  ["owners", "the business's owners"],
  ["directors", "the business's directors"],
];

/** "a bank account for payouts" for `external_account`: one of Stripe's requirements in words, or plainly its path. */
export function describeRequirement(field: string): string {
  const match = requirementWords.find(([prefix]) => field === prefix || field.startsWith(`${prefix}.`));
  return match ? match[1] : field.replaceAll(/[._]/g, " ");
}

/** Every requirement in words, each once, in Stripe's order. */
export function describeRequirements(fields: readonly string[]): string[] {
  return [...new Set(fields.map(describeRequirement))];
}
