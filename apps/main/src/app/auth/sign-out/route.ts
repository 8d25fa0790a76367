// POST /auth/sign-out — clear the shared session cookie and go back
import { auth } from "../../../server/auth";

export function POST(request: Request): Promise<Response> {
  return auth.signOutRoute.POST(request);
}
