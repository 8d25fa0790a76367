import { BackLink } from "@stepperslife/ui";
import Link from "next/link";

export type ShopTab = "profile" | "products" | "orders" | "returns" | "sales" | "payouts" | "get-paid";

const sections: readonly [ShopTab, string, string][] = [
  ["profile", "", "Profile"],
  ["products", "/products", "Products"],
  ["orders", "/orders", "Orders"],
  ["returns", "/returns", "Returns"],
  ["sales", "/sales", "Sales"],
  ["payouts", "/payouts", "Payouts"],
  ["get-paid", "/get-paid", "Get paid"],
];

export interface ShopTabsProps {
  shopId: string;
  /** The section the page belongs to, marked even on a page below it (one product, one shipment). */
  current: ShopTab;
  /** For the navigation's name ("Manage Sharp Threads"). */
  name?: string;
}

/**
 * The tabs of one shop in the dashboard under a link back to all of the owner's shops: ui's OwnerTabs markup, with
 * the current tab given rather than matched on the exact path (which would leave nested pages unmarked).
 */
export function ShopTabs({ shopId, current, name = "this shop" }: ShopTabsProps) {
  return (
    <nav aria-label={`Manage ${name}`} className="sl-stack sl-tabbar" style={{ gap: "0.6rem" }}>
      <BackLink href="/dashboard" tight>
        All your shops
      </BackLink>
      <ul className="sl-tabs">
        {sections.map(([tab, path, label]) => (
          <li key={tab}>
            <Link href={`/dashboard/shops/${shopId}${path}`} aria-current={tab === current ? "page" : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
