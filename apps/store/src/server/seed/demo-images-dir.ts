import { fileURLToPath } from "node:url";

/** Where the demo's photos and logos are kept (640×640 product photos, 256×256 logos, JPEG). */
export const DEMO_IMAGES_DIR = fileURLToPath(new URL("../../../prisma/demo-images/", import.meta.url));
