// GET /api/images/{key}?w= — a stored image as a WebP thumbnail (160, 320, 640 or 1280 px wide)
import { vertical } from "@/vertical";

export const dynamic = "force-dynamic";

export const { GET } = vertical.routes.images;
