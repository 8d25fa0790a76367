import { signInUrl } from "@stepperslife/auth-config";
import type { Metadata } from "next";
import { StoreCartView } from "@/components/store-cart-view";
import { addressing, appBaseUrl, auth } from "@/vertical";
import "../catalog.css";
import "../orders.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your cart" };

/** The one cart across every shop: each shop's lines, shipping and subtotal, and one payment for all of it. */
export default async function CartPage() {
  const user = await auth.getSession();
  const signInHref = user ? null : signInUrl({ addressing: addressing(), callbackUrl: `${appBaseUrl()}/cart` });
  return (
    <div className="sl-stack">
      <h1 style={{ margin: 0 }}>Your cart</h1>
      <StoreCartView signInHref={signInHref} />
    </div>
  );
}
