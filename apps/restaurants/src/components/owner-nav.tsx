import { OwnerTabs } from "@stepperslife/ui";

const sections = [
  ["", "Profile & hours"],
  ["/menu", "Menu"],
  ["/orders", "Orders"],
  ["/sales", "Sales"],
  ["/get-paid", "Get paid"],
  ["/payouts", "Payouts"],
] as const;

/** The tabs of one restaurant in the dashboard. */
export function OwnerNav({ restaurantId, name }: { restaurantId: string; name: string }) {
  const tabs = sections.map(([path, label]) => ({ href: `/dashboard/restaurants/${restaurantId}${path}`, label }));
  return <OwnerTabs name={name} back={{ href: "/dashboard", label: "All your restaurants" }} tabs={tabs} />;
}
