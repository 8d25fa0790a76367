import { formatDateTime } from "@stepperslife/format";
import { OwnerPage } from "@stepperslife/ui";
import { parseSearchParams, type PageParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import { ReturnDecision } from "@/components/return-decision";
import { QueueTabs } from "@/components/queue-tabs";
import { ShopTabs } from "@/components/shop-tabs";
import { formatPrice } from "@/server/catalog/format-price";
import { listShopReturns, type ShopReturnView } from "@/server/returns/list-shop-returns";
import { returnQueueSchema, type ReturnQueue } from "@/server/returns/return-schemas";
import { db } from "@/vertical";
import { loadOwnedShop } from "../load-owned-shop";
import "../../../../owner.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Returns" };

const queues: readonly [ReturnQueue, string, string][] = [
  ["open", "To answer", "Returns to answer"],
  ["decided", "Answered", "Answered returns"],
  ["all", "All", "All returns"],
];

const badgeClass: Record<ShopReturnView["status"], string> = { requested: "sl-badge--off", approved: "sl-badge--ok", declined: "sl-badge--quiet" };

const emptyWords: Record<ReturnQueue, string> = {
  open: "No returns to answer. When a buyer asks to send something back within your return window, it appears here.",
  decided: "No returns answered yet.",
  all: "No buyer has asked for a return yet.",
};

type Props = { params: Promise<{ id: string }>; searchParams: PageParams };

/** A shop's returns queue: what each buyer wants to send back and why, answered with a refund or a reason. */
export default async function ShopReturnsPage({ params, searchParams }: Props) {
  const [shop, { query, problem }] = await Promise.all([
    loadOwnedShop(params, "/returns"),
    parseSearchParams(searchParams, returnQueueSchema, { show: "open" }),
  ]);
  const requests = await listShopReturns({ db: db(), shopId: shop.id, show: query.show });
  const now = new Date();
  const base = `/dashboard/shops/${shop.id}/returns`;
  return (
    <OwnerPage title={`Returns to ${shop.name}`} nav={<ShopTabs shopId={shop.id} current="returns" name={shop.name} />}>
      <QueueTabs label="Which returns" base={base} queues={queues} current={query.show} />
      {problem ? <p className="sl-notice" role="status" style={{ margin: 0 }}>{problem}</p> : null}
      {requests.length === 0 ? <p>{emptyWords[query.show]}</p> : null}
      {requests.length ? (
        <ul className="st-pack-list" aria-label={queues.find(([show]) => show === query.show)![2]}>
          {requests.map((request) => (
            <li key={request.id}>
              <article className="sl-box st-pack" aria-labelledby={`return-${request.id}`}>
                <header className="sl-box__head">
                  <h2 className="sl-box__title" id={`return-${request.id}`}>
                    Order {request.orderCode} · {request.buyerName}
                  </h2>
                  <span className={`sl-badge ${badgeClass[request.status]}`}>{request.statusLabel}</span>
                </header>
                <p className="sl-muted" style={{ margin: 0 }}>
                  Asked {formatDateTime(request.createdAt, shop.timeZone, { now })} · {request.reasonLabel}
                </p>
                {request.details ? <blockquote className="st-return-quote">{request.details}</blockquote> : null}
                <ul className="st-pack__lines" aria-label="Items">
                  {request.lines.map((line) => (
                    <li key={line.id}>
                      <span>
                        {line.quantity} × {line.productName}
                        {line.variantLabel ? <span className="sl-muted"> · {line.variantLabel}</span> : null}
                      </span>
                      <span className="sl-muted">{line.sku}</span>
                    </li>
                  ))}
                </ul>
                {request.status === "requested" || !request.refunded ? (
                  request.status === "declined" ? null : (
                    <ReturnDecision returnId={request.id} refundLabel={formatPrice(request.refundCents)} refundPending={request.status === "approved"} />
                  )
                ) : null}
                {request.status === "approved" && request.refunded ? (
                  <p style={{ margin: 0 }}>
                    Refunded {formatPrice(request.refundCents)}
                    {request.decidedAt ? ` ${formatDateTime(request.decidedAt, shop.timeZone, { now })}` : ""}
                    {request.restocked ? "; the items went back into stock." : "; not restocked."}
                  </p>
                ) : null}
                {request.status === "declined" ? <p style={{ margin: 0 }}>You declined: “{request.declineNote}”</p> : null}
              </article>
            </li>
          ))}
        </ul>
      ) : null}
    </OwnerPage>
  );
}
