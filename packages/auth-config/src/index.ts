export { sessionCookiePolicy, type SessionCookiePolicy } from "./session-cookie";
