// GET /api/me/activity — the signed-in person's activity in this app, 401 signed out
import { vertical } from "@/vertical";

export const dynamic = "force-dynamic";

export const { GET } = vertical.routes.activity;
