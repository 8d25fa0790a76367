/** Every API route module of this app, imported after the test app has set the env. */
export async function importRoutes() {
  return {
    restaurants: await import("../app/api/restaurants/route"),
    restaurant: await import("../app/api/restaurants/[slug]/route"),
    feed: await import("../app/api/feed/route"),
    search: await import("../app/api/search/route"),
    activity: await import("../app/api/me/activity/route"),
    orders: await import("../app/api/orders/route"),
    order: await import("../app/api/orders/[id]/route"),
    ownerRestaurants: await import("../app/api/owner/restaurants/route"),
    ownerRestaurant: await import("../app/api/owner/restaurants/[id]/route"),
    claimDemo: await import("../app/api/owner/claim-demo/route"),
    menu: await import("../app/api/owner/restaurants/[id]/menu/route"),
    categories: await import("../app/api/owner/restaurants/[id]/categories/route"),
    category: await import("../app/api/owner/categories/[id]/route"),
    items: await import("../app/api/owner/items/route"),
    item: await import("../app/api/owner/items/[id]/route"),
    images: await import("../app/api/owner/restaurants/[id]/images/route"),
    confirmImage: await import("../app/api/owner/restaurants/[id]/images/confirm/route"),
    board: await import("../app/api/owner/restaurants/[id]/orders/route"),
    sales: await import("../app/api/owner/restaurants/[id]/sales/route"),
    status: await import("../app/api/owner/orders/[id]/status/route"),
    webhookEvents: await import("../app/api/owner/webhook-events/route"),
    replay: await import("../app/api/owner/webhook-events/[id]/replay/route"),
    webhook: await import("../app/api/stripe/webhook/route"),
  };
}

export type Routes = Awaited<ReturnType<typeof importRoutes>>;
