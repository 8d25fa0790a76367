// GET /api/images/{key}?w= — a stored image as a WebP thumbnail (160, 320, 640 or 1280 px wide)
import { serveImage } from "@stepperslife/storage/server";
import { storage } from "../../../../server/storage";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  return serveImage(storage(), { key: key.join("/"), width: new URL(request.url).searchParams.get("w") });
}
