// POST /auth/sign-out — clear the shared session cookie and go back
import { vertical } from "@/vertical";

export const { POST } = vertical.routes.signOut;
