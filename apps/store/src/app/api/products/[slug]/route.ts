// GET /api/products/{slug} — a published product's page: photos, variants with price and stock, the shop's terms
import { db, route } from "@/vertical";
import { slugParamsSchema } from "@/server/catalog/catalog-schemas";
import { getProductPage } from "@/server/catalog/get-product-page";

export const dynamic = "force-dynamic";

export const GET = route({ access: "public", params: slugParamsSchema }, async ({ params }) => ({ product: await getProductPage({ db: db(), slug: params.slug }) }));
