import { AppError } from "@stepperslife/http";
import { notFound } from "next/navigation";
import { auth, db } from "@/vertical";
import { findOwnedRestaurant } from "@/server/restaurants/find-owned-restaurant";

/** For the dashboard's restaurant pages: the signed-in owner and their restaurant, or the 404 page. */
export async function loadOwned(params: Promise<{ id: string }>, section: string) {
  const { id } = await params;
  const owner = await auth.requireOwner(`/dashboard/restaurants/${id}${section}`);
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const restaurant = await findOwnedRestaurant({ db: db(), ownerId: owner.id, restaurantId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { owner, restaurant };
}
