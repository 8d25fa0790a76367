/** 128 random bits, base64: unguessable, and new for every response (a reused nonce is no protection). */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
