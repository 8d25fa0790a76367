import { OwnerPage } from "@stepperslife/ui";
import { parseSearchParams, type PageParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import { PackingSlip } from "@/components/packing-slip";
import { QueueTabs } from "@/components/queue-tabs";
import { ShopTabs } from "@/components/shop-tabs";
import { shipmentQueueSchema, type ShipmentQueue } from "@/server/fulfilment/fulfilment-schemas";
import { listShopShipments } from "@/server/fulfilment/list-shop-shipments";
import { db } from "@/vertical";
import { loadOwnedShop } from "../load-owned-shop";
import "../../../../owner.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Orders" };

// Each queue: its tab, and the list's name for screen readers.
const queues: readonly [ShipmentQueue, string, string][] = [
  ["to-fulfil", "To fulfil", "Orders to fulfil"],
  ["shipped", "Shipped", "Shipped orders"],
  ["all", "All", "All paid orders"],
];

// listShopShipments' page size: past it, the list says it is not all of them.
const SHOWN = 100;

const emptyWords: Record<ShipmentQueue, string> = {
  "to-fulfil": "Nothing to fulfil: every paid order has shipped. New ones appear here as soon as the buyer has paid.",
  shipped: "Nothing has shipped yet. Orders move here once their last parcel has left.",
  all: "No paid orders yet. An order appears here as soon as its buyer has paid.",
};

type Props = { params: Promise<{ id: string }>; searchParams: PageParams };

/**
 * A shop's packing list: its part of each paid order, oldest first while waiting to go out, with what to pack, where
 * to send it and the next step (packed, a parcel with tracking, delivered).
 */
export default async function ShopOrdersPage({ params, searchParams }: Props) {
  const [shop, { query, problem }] = await Promise.all([
    loadOwnedShop(params, "/orders"),
    parseSearchParams(searchParams, shipmentQueueSchema, { show: "to-fulfil" }),
  ]);
  const shipments = await listShopShipments({ db: db(), shopId: shop.id, show: query.show, limit: SHOWN });
  const now = new Date();
  const base = `/dashboard/shops/${shop.id}/orders`;
  return (
    <OwnerPage title={`Orders of ${shop.name}`} nav={<ShopTabs shopId={shop.id} current="orders" name={shop.name} />}>
      <QueueTabs label="Which orders" base={base} queues={queues} current={query.show} />
      {problem ? (
        <p className="sl-notice" role="status" style={{ margin: 0 }}>
          {problem}
        </p>
      ) : null}
      {shipments.length === 0 ? <p>{emptyWords[query.show]}</p> : null}
      {shipments.length ? (
        <ul className="st-pack-list" aria-label={queues.find(([show]) => show === query.show)![2]}>
          {shipments.map((shipment) => (
            <li key={shipment.id}>
              <PackingSlip shipment={shipment} timeZone={shop.timeZone} now={now} />
            </li>
          ))}
        </ul>
      ) : null}
      {shipments.length === SHOWN ? (
        <p className="sl-muted" style={{ margin: 0 }}>
          Showing the {SHOWN} {query.show === "to-fulfil" ? "oldest; the next appear as these are sent" : "newest"}.
        </p>
      ) : null}
    </OwnerPage>
  );
}
