/**
 * Demo restaurants belong to this placeholder owner id until a real owner claims them from /dashboard
 * ("Take over the demo restaurants"): the first person with the restaurants owner role to do so owns them.
 */
export const DEMO_OWNER_ID = "demo-restaurant-owner";
