import type { ShopFormValues } from "../../components/shop-profile-form";

const dollars = (cents: number) => (cents / 100).toFixed(2);

/** A stored shop as the profile form edits it (money as dollars typed in a box). */
export function toShopFormValues(shop: {
  name: string;
  story: string;
  city: string;
  region: string;
  timeZone: string;
  shippingFlatCents: number;
  freeShippingOverCents: number | null;
  returnWindowDays: number;
  returnTerms: string;
}): ShopFormValues {
  const { shippingFlatCents, freeShippingOverCents, ...profile } = shop;
  return { ...profile, shippingFlat: dollars(shippingFlatCents), freeShippingOver: freeShippingOverCents === null ? "" : dollars(freeShippingOverCents) };
}

/** A new shop's form: Chicago's clock, $8 shipping, 30 days to return. */
export const newShopFormValues: ShopFormValues = {
  name: "",
  story: "",
  city: "",
  region: "",
  timeZone: "America/Chicago",
  shippingFlat: "8.00",
  freeShippingOver: "",
  returnWindowDays: 30,
  returnTerms: "",
};
