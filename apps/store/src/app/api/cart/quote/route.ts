// POST /api/cart/quote — the cart as it would be ordered now: each shop's lines, shipping and subtotal, stock problems
import { db, route } from "@/vertical";
import { cartBodySchema } from "@/server/cart/cart-schemas";
import { quoteCart } from "@/server/cart/quote-cart";

export const dynamic = "force-dynamic";

export const POST = route({ access: "public", body: cartBodySchema }, async ({ body }) => ({ quote: await quoteCart({ db: db(), lines: body.lines }) }));
