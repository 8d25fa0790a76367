/** What went wrong, for people: the codes NextAuth and the portal's rate limit put in `?error=`. */
export interface SignInErrorMessage {
  title: string;
  text: string;
}

/** A readable message for a sign-in error code; unknown codes get a general one. */
export function signInErrorMessage(code: string, { retryAfterSeconds }: { retryAfterSeconds?: number } = {}): SignInErrorMessage {
  switch (code) {
    case "Verification":
      return {
        title: "That sign-in link has expired or was already used",
        text: "Links work once, for 15 minutes. Enter your email below and we'll send you a new one.",
      };
    case "InvalidEmail":
      return { title: "Check your email address", text: "That doesn't look like an email address. Check for typos and try again." };
    case "RateLimited":
      return {
        title: "Too many sign-in links requested",
        text:
          retryAfterSeconds && retryAfterSeconds > 0
            ? `For your security we limit how many links we send. Try again in ${minutesFrom(retryAfterSeconds)}.`
            : "For your security we limit how many links we send. Try again in a few minutes (at most 15).",
      };
    case "EmailSignin":
      return {
        title: "We couldn't send your sign-in link",
        text: "Something went wrong while sending the email. Please try again in a moment.",
      };
    case "AccessDenied":
      return {
        title: "This account is disabled",
        text: "Signing in to this account has been turned off. If you think that's a mistake, contact SteppersLife support.",
      };
    case "OAuthAccountNotLinked":
      return {
        title: "Use the sign-in method you used before",
        text: "There's already an account with this email address. Sign in with an emailed link (or the service you used first) instead.",
      };
    default:
      return { title: "We couldn't sign you in", text: "Something went wrong. Please try again." };
  }
}

function minutesFrom(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
