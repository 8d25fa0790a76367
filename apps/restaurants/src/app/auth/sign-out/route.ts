// POST /auth/sign-out — clear the shared session cookie and go back
import { auth } from "@/server/auth";

export const { POST } = auth.signOutRoute;
