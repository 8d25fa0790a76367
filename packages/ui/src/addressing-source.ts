import type { PublicAddressing } from "@stepperslife/manifest";
import { connection } from "next/server";

/** Reads the app's addressing from its env; a function so that nothing reads env during `next build`. */
export type AddressingSource = () => PublicAddressing;

/** Waits for a real request (pages using it are not prerendered) and then reads the runtime env. */
export async function resolveAddressing(source: AddressingSource): Promise<PublicAddressing> {
  await connection();
  return source();
}
