import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { storedMailMessageIdPattern, type StoredMailMessage } from "./stored-mail-message";

/** Every message a previous run of the sink stored in `directory`, oldest first. */
export async function readStoredMailMessages(directory: string): Promise<StoredMailMessage[]> {
  const ids = (await readdir(directory))
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .filter((id) => storedMailMessageIdPattern.test(id))
    .sort();
  const messages: StoredMailMessage[] = [];
  for (const id of ids) {
    try {
      const message = JSON.parse(await readFile(join(directory, `${id}.json`), "utf8")) as StoredMailMessage;
      if (message.id === id) messages.push(message);
    } catch {
      // A file someone edited by hand: skip it rather than refuse to start.
    }
  }
  return messages;
}
