// GET /api/products — browse published products (q, category, size, colour, minPrice, maxPrice, shop, inStock, sort)
import { db, route } from "@/vertical";
import { productFiltersSchema } from "@/server/catalog/catalog-schemas";
import { listProducts } from "@/server/catalog/list-products";

export const dynamic = "force-dynamic";

export const GET = route({ access: "public", query: productFiltersSchema }, async ({ query }) => ({ products: await listProducts({ db: db(), filters: query }) }));
