-- The revocation feed's long polls wake on this notification instead of at their next poll. A trigger, not a call
-- in each writer, so no path that signs someone out or changes roles (sign-out, sign out of all devices, a role
-- grant or revoke, disabling an account) can forget it. Sent on commit; "last used" updates do not fire it.
CREATE FUNCTION "notify_session_feed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('session_feed', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "User_notify_session_feed"
  AFTER UPDATE OF "sessionsValidAfter", "rolesChangedAt" ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_session_feed"();

CREATE TRIGGER "UserSession_notify_session_feed"
  AFTER UPDATE OF "revokedAt" ON "UserSession"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_session_feed"();
