import { randomBytes } from "node:crypto";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser, type AddressObject, type EmailAddress } from "mailparser";
import type { StoredMailMessage } from "./stored-mail-message";

export interface StoreMailMessageOptions {
  directory: string;
  raw: Buffer;
  envelope: { from: string | null; to: string[] };
}

/** Writes `<id>.eml` and its parsed `<id>.json`; the JSON appears last and whole, so readers never see half a message. */
export async function storeMailMessage({ directory, raw, envelope }: StoreMailMessageOptions): Promise<StoredMailMessage> {
  const parsed = await simpleParser(raw);
  const id = `${Date.now()}-${randomBytes(4).toString("hex")}`;
  const message: StoredMailMessage = {
    id,
    receivedAt: new Date().toISOString(),
    envelope: { from: envelope.from, to: envelope.to.map((address) => address.toLowerCase()) },
    from: parsed.from?.text ?? envelope.from ?? "",
    to: addressesOf(parsed.to),
    cc: addressesOf(parsed.cc),
    subject: parsed.subject ?? "",
    text: parsed.text ?? null,
    html: typeof parsed.html === "string" ? parsed.html : null,
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null,
  };
  await writeFile(join(directory, `${id}.eml`), raw);
  const jsonPath = join(directory, `${id}.json`);
  await writeFile(`${jsonPath}.partial`, JSON.stringify(message, null, 2));
  await rename(`${jsonPath}.partial`, jsonPath);
  return message;
}

function addressesOf(header: AddressObject | AddressObject[] | undefined): string[] {
  const flatten = (entries: EmailAddress[]): string[] =>
    entries.flatMap((entry) => [...(entry.address ? [entry.address.toLowerCase()] : []), ...flatten(entry.group ?? [])]);
  return header === undefined ? [] : flatten([header].flat().flatMap((object) => object.value));
}
