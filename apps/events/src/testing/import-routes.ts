/** Every API route module of this app, imported after the test app has set the env. */
export async function importRoutes() {
  return {
    events: await import("../app/api/events/route"),
    event: await import("../app/api/events/[slug]/route"),
    feed: await import("../app/api/feed/route"),
    search: await import("../app/api/search/route"),
    activity: await import("../app/api/me/activity/route"),
    orders: await import("../app/api/orders/route"),
    order: await import("../app/api/orders/[id]/route"),
    webhook: await import("../app/api/stripe/webhook/route"),
    claimDemo: await import("../app/api/owner/claim-demo/route"),
    ownerEvents: await import("../app/api/owner/events/route"),
    ownerEvent: await import("../app/api/owner/events/[id]/route"),
    status: await import("../app/api/owner/events/[id]/status/route"),
    ticketTypes: await import("../app/api/owner/events/[id]/ticket-types/route"),
    ticketType: await import("../app/api/owner/ticket-types/[id]/route"),
    promoCodes: await import("../app/api/owner/events/[id]/promo-codes/route"),
    promoCode: await import("../app/api/owner/promo-codes/[id]/route"),
    attendees: await import("../app/api/owner/events/[id]/attendees/route"),
    checkIn: await import("../app/api/owner/events/[id]/check-in/route"),
    cover: await import("../app/api/owner/events/[id]/cover/route"),
    coverConfirm: await import("../app/api/owner/events/[id]/cover/confirm/route"),
    sales: await import("../app/api/owner/events/[id]/sales/route"),
    webhookEvents: await import("../app/api/owner/webhook-events/route"),
    replay: await import("../app/api/owner/webhook-events/[id]/replay/route"),
  };
}

export type Routes = Awaited<ReturnType<typeof importRoutes>>;
