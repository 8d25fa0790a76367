/** How long a sign-in lasts: 30 days from the moment the portal issued it, however often the cookie is rewritten. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Magic links are single-use and short-lived: a forwarded or leaked email stops working quickly. */
export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;
