import { randomBytes } from "node:crypto";

// No 0/O, 1/I/L: the door types these in by hand when a camera will not read the QR code.
const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A random, unguessable ticket code like `K7QX-M2PA-9RTD` (12 symbols of 31, about 59 bits). */
export function generateTicketCode(): string {
  const bytes = randomBytes(12);
  const symbols = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join("");
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8, 12)}`;
}
