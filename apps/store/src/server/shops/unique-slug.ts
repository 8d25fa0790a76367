import { randomBytes } from "node:crypto";
import { slugify } from "@stepperslife/format";

/** A web address from `name`, with a short random tail when `taken` says the plain one is in use already. */
export async function uniqueSlug({ name, fallback, taken }: { name: string; fallback: string; taken(slug: string): Promise<boolean> }): Promise<string> {
  const slug = slugify(name, fallback);
  return (await taken(slug)) ? `${slug}-${randomBytes(2).toString("hex")}` : slug;
}
