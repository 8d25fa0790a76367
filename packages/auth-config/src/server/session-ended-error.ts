/**
 * Thrown by the portal's jwt callback for a session that was revoked or has ended: NextAuth's session route then
 * answers as signed out and deletes the cookie (next-auth 4.24 core/routes/session.js catches it and calls
 * sessionStore.clean()). The portal's NextAuth logger recognizes it by name and stays quiet: it is a sign-out, not a fault.
 */
export class SessionEndedError extends Error {
  override readonly name = "SessionEndedError";

  constructor() {
    super("the session was signed out or has ended");
  }
}
