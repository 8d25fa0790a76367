// GET /api/shops/{slug} — a shop's page: story, city, shipping and return terms, its published products
import { db, route } from "@/vertical";
import { slugParamsSchema } from "@/server/catalog/catalog-schemas";
import { getShopPage } from "@/server/catalog/get-shop-page";

export const dynamic = "force-dynamic";

export const GET = route({ access: "public", params: slugParamsSchema }, async ({ params }) => ({ shop: await getShopPage({ db: db(), slug: params.slug }) }));
