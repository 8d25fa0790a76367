import { OwnerPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import { OrdersBoard } from "@/components/orders-board";
import { OwnerNav } from "@/components/owner-nav";
import { db } from "@/vertical";
import { listBoardOrders } from "@/server/orders/list-board-orders";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Orders" };

export default async function OrdersBoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { owner, restaurant } = await loadOwned(params, "/orders");
  const orders = await listBoardOrders({ db: db(), ownerId: owner.id, restaurantId: restaurant.id });
  return (
    <OwnerPage title={`Orders at ${restaurant.name}`} nav={<OwnerNav restaurantId={restaurant.id} name={restaurant.name} />}>
      <OrdersBoard restaurantId={restaurant.id} initial={orders} />
    </OwnerPage>
  );
}
