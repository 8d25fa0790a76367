import type { Storage } from "@stepperslife/storage";
import { serveImage } from "@stepperslife/storage/server";

type ImageRouteContext = { params: Promise<{ key: string[] }> };

/** GET /api/images/{key}?w= — a confirmed image of the app's bucket as a WebP thumbnail (see serveImage). */
export function createImageRoute(storage: () => Storage) {
  return {
    async GET(request: Request, { params }: ImageRouteContext): Promise<Response> {
      const { key } = await params;
      return serveImage(storage(), { key: key.join("/"), width: new URL(request.url).searchParams.get("w") });
    },
  };
}
