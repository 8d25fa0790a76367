// GET /api/health — database and storage checks for operators
import { vertical } from "@/vertical";

export const dynamic = "force-dynamic";

export const { GET } = vertical.routes.health;
