/** Demo kitchens for `npm run db:seed` and tests: hours as people write them, prices in cents, photos by file name. */
export interface DemoRestaurant {
  slug: string;
  name: string;
  description: string;
  cuisine: string;
  phone: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  timeZone: string;
  cover: string;
  /** [weekdays, opens, closes]: closes at or before opens means after midnight. */
  hours: [number[], string, string][];
  menu: { category: string; items: { name: string; description: string; priceCents: number; tags?: string[]; photo?: string; soldOut?: boolean }[] }[];
}

const everyDay = [0, 1, 2, 3, 4, 5, 6];

export const demoRestaurants: DemoRestaurant[] = [
  {
    slug: "soul-kitchen-chicago",
    name: "Soul Kitchen",
    description: "Fried catfish, smothered chicken and greens like Sunday dinner, open late for the after-set crowd.",
    cuisine: "Soul food",
    phone: "(312) 555-0142",
    street: "4700 S King Dr",
    city: "Chicago",
    region: "IL",
    postalCode: "60615",
    timeZone: "America/Chicago",
    cover: "soul-kitchen-cover.jpg",
    hours: [[everyDay, "11:00", "02:00"]],
    menu: [
      {
        category: "Plates",
        items: [
          { name: "Fried catfish plate", description: "Cornmeal-crusted catfish, two sides, cornbread.", priceCents: 1699,
            photo: "dish-fried-catfish-plate.jpg" },
          { name: "Smothered chicken", description: "Braised in onion gravy over rice.", priceCents: 1549, tags: ["gluten-free"],
            photo: "dish-smothered-chicken.jpg" },
          { name: "Oxtails", description: "Slow-braised with butter beans. Sells out early.", priceCents: 2499,
            photo: "dish-oxtails.jpg", soldOut: true },
        ],
      },
      {
        category: "Sides",
        items: [
          { name: "Collard greens", description: "Smoked turkey, pot likker.", priceCents: 499, tags: ["gluten-free", "dairy-free"],
            photo: "dish-collard-greens.jpg" },
          { name: "Mac and cheese", description: "Baked, five cheeses.", priceCents: 599, tags: ["vegetarian"],
            photo: "dish-mac-and-cheese.jpg" },
          { name: "Candied yams", description: "Brown sugar and cinnamon.", priceCents: 499, tags: ["vegetarian", "gluten-free"],
            photo: "dish-candied-yams.jpg" },
        ],
      },
      { category: "Desserts", items: [{ name: "Peach cobbler", description: "Warm, with a flaky crust.", priceCents: 699, tags: ["vegetarian"],
        photo: "dish-peach-cobbler.jpg" }] },
    ],
  },
  {
    slug: "southside-smokehouse",
    name: "Southside Smokehouse",
    description: "Hickory-smoked rib tips and hot links, by the pound or on a plate.",
    cuisine: "BBQ",
    phone: "(773) 555-0199",
    street: "7901 S Halsted St",
    city: "Chicago",
    region: "IL",
    postalCode: "60620",
    timeZone: "America/Chicago",
    cover: "smokehouse-cover.jpg",
    hours: [[[2, 3, 4], "12:00", "22:00"], [[5, 6], "12:00", "03:00"], [[0], "12:00", "20:00"]],
    menu: [
      {
        category: "From the pit",
        items: [
          { name: "Rib tips and links", description: "Half pound each, fries, white bread, sauce on the side.", priceCents: 1899, tags: ["spicy"],
            photo: "dish-rib-tips-and-links.jpg" },
          { name: "Half slab", description: "St. Louis cut, dry rub.", priceCents: 2299, tags: ["gluten-free"],
            photo: "dish-half-slab.jpg" },
          { name: "Smoked wings (8)", description: "Mild or hot.", priceCents: 1399, photo: "dish-smoked-wings.jpg" },
        ],
      },
      { category: "Drinks", items: [{ name: "Sweet tea", description: "Quart.", priceCents: 399, tags: ["vegan"],
        photo: "dish-sweet-tea.jpg" }] },
    ],
  },
  {
    slug: "island-spice-detroit",
    name: "Island Spice",
    description: "Jerk chicken off the drum, curry goat and fried plantains.",
    cuisine: "Caribbean",
    phone: "(313) 555-0117",
    street: "18900 Livernois Ave",
    city: "Detroit",
    region: "MI",
    postalCode: "48221",
    timeZone: "America/Detroit",
    cover: "island-cover.jpg",
    hours: [[[1, 2, 3, 4, 5], "11:30", "21:30"], [[6], "12:00", "01:00"]],
    menu: [
      {
        category: "Mains",
        items: [
          { name: "Jerk chicken", description: "Quarter leg, rice and peas, cabbage.", priceCents: 1499, tags: ["spicy", "dairy-free"],
            photo: "dish-jerk-chicken.jpg" },
          { name: "Curry goat", description: "Bone-in, slow simmered.", priceCents: 1899, tags: ["gluten-free", "halal"],
            photo: "dish-curry-goat.jpg" },
          { name: "Ital stew", description: "Pumpkin, callaloo, coconut.", priceCents: 1299, tags: ["vegan", "gluten-free"],
            photo: "dish-ital-stew.jpg" },
        ],
      },
      { category: "Sides", items: [{ name: "Fried plantains", description: "Sweet and caramelized.", priceCents: 499, tags: ["vegan"],
        photo: "dish-fried-plantains.jpg" }] },
    ],
  },
  {
    slug: "bayou-social-atlanta",
    name: "Bayou Social",
    description: "Gumbo, po'boys and beignets from a Louisiana family kitchen.",
    cuisine: "Cajun & Creole",
    phone: "(404) 555-0175",
    street: "1020 Ralph David Abernathy Blvd",
    city: "Atlanta",
    region: "GA",
    postalCode: "30310",
    timeZone: "America/New_York",
    cover: "bayou-cover.jpg",
    hours: [[[3, 4], "16:00", "23:00"], [[5, 6], "16:00", "02:00"], [[0], "10:00", "15:00"]],
    menu: [
      {
        category: "Bowls",
        items: [
          { name: "Seafood gumbo", description: "Shrimp, crab, andouille, dark roux.", priceCents: 1799, tags: ["spicy"],
            photo: "dish-seafood-gumbo.jpg" },
          { name: "Red beans and rice", description: "Monday tradition, every day.", priceCents: 1099, tags: ["dairy-free"],
            photo: "dish-red-beans-and-rice.jpg" },
        ],
      },
      { category: "Po'boys", items: [{ name: "Fried shrimp po'boy", description: "Dressed, on Leidenheimer bread.", priceCents: 1499,
        photo: "dish-fried-shrimp-po-boy.jpg" }] },
      { category: "Sweets", items: [{ name: "Beignets (3)", description: "Powdered sugar.", priceCents: 599, tags: ["vegetarian"],
        photo: "dish-beignets.jpg" }] },
    ],
  },
  {
    slug: "green-groove-la",
    name: "Green Groove",
    description: "Plant-based soul food: jackfruit 'ribs', vegan mac and big salads.",
    cuisine: "Vegan",
    phone: "(323) 555-0133",
    street: "4300 Crenshaw Blvd",
    city: "Los Angeles",
    region: "CA",
    postalCode: "90008",
    timeZone: "America/Los_Angeles",
    cover: "greens-cover.jpg",
    hours: [[[1, 2, 3, 4, 5, 6], "10:00", "20:00"]],
    menu: [
      {
        category: "Plates",
        items: [
          { name: "BBQ jackfruit plate", description: "Two sides and cornbread.", priceCents: 1599, tags: ["vegan"],
            photo: "dish-bbq-jackfruit-plate.jpg" },
          { name: "Groove salad", description: "Kale, black-eyed peas, pecans, maple vinaigrette.", priceCents: 1199, tags: ["vegan", "gluten-free"],
            photo: "dish-groove-salad.jpg" },
        ],
      },
    ],
  },
];
