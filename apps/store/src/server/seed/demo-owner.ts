/**
 * Demo shops belong to this placeholder owner id until a real owner claims them from /dashboard ("Take over the
 * demo shops"): the first person with the store owner role to do so owns them, as restaurants' demo does.
 */
export const DEMO_OWNER_ID = "demo-store-owner";
