import type { Category } from "../catalog/catalog-schemas";

export interface DemoVariant {
  size: string;
  colour: string;
  sku: string;
  priceCents: number;
  stock: number;
}

export interface DemoProduct {
  slug: string;
  name: string;
  description: string;
  category: Category;
  /** Files of prisma/demo-images, the first the cover, each with its alt text. */
  photos: { file: string; alt: string }[];
  /** Published this many days before the seed runs, so "new" stays true relative to today. */
  publishedDaysAgo: number;
  lowStockThreshold: number;
  variants: DemoVariant[];
}

export interface DemoShop {
  slug: string;
  name: string;
  story: string;
  logo: string;
  city: string;
  region: string;
  timeZone: string;
  shippingFlatCents: number;
  freeShippingOverCents: number | null;
  returnWindowDays: number;
  returnTerms: string;
  products: DemoProduct[];
}

/** Every size in `sizes` in one colour, at one price, with stock per size as listed (same order). */
function sizeRun(options: { sizes: string[]; colour: string; sku: string; priceCents: number; stock: number[] }): DemoVariant[] {
  return options.sizes.map((size, index) => ({
    size,
    colour: options.colour,
    // "10.5" → "105", "8" → "80": SKUs stay short and sort by size.
    sku: `${options.sku}-${size.includes(".") ? size.replace(".", "") : `${size}0`}`,
    priceCents: options.priceCents,
    stock: options.stock[index] ?? 0,
  }));
}

const oxfordSizes = ["8", "8.5", "9", "9.5", "10", "10.5", "11", "11.5", "12", "13"];
const wholeSizes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => String(from + index));
const apparel = (colour: string, sku: string, priceCents: number, stock: number[], sizes = ["S", "M", "L", "XL"]) =>
  sizes.map((size, index) => ({ size, colour, sku: `${sku}-${size.replace("/", "")}`, priceCents, stock: stock[index] ?? 0 }));

/** The store's demo: three shops of the scene, their products, stock (some low, one variant sold out) and terms. */
export const demoShops: DemoShop[] = [
  {
    slug: "smooth-glide-footwear",
    name: "Smooth Glide Footwear",
    story:
      "Started on Chicago's South Side in 2009 by a stepper tired of rubber soles that grab the floor. Every pair has a leather sole buffed for the turn, a cushioned heel for the long night, and a last cut for dancing feet.",
    logo: "logo-smooth-glide.jpg",
    city: "Chicago",
    region: "IL",
    timeZone: "America/Chicago",
    shippingFlatCents: 995,
    freeShippingOverCents: 15000,
    returnWindowDays: 30,
    returnTerms: "Unworn pairs in their original box can be returned within 30 days of delivery for a refund of the shoes' price. Try them on carpet first: a scuffed sole can't be taken back.",
    products: [
      {
        slug: "glide-oxford",
        name: "Glide Oxford",
        description:
          "Our best-selling steppers' shoe: a full-grain leather oxford on a smooth leather sole that spins without sticking, with a padded collar and a cushioned heel for a night on the floor. Runs true to size.",
        category: "shoes",
        photos: [
          { file: "shoes-glide-oxford-black.jpg", alt: "Glide Oxford in black leather, side view" },
          { file: "shoes-glide-oxford-cognac.jpg", alt: "Glide Oxford in cognac leather, three-quarter view" },
        ],
        publishedDaysAgo: 2,
        lowStockThreshold: 2,
        variants: [
          ...sizeRun({ sizes: oxfordSizes, colour: "Black", sku: "SG-OX-BLK", priceCents: 14500, stock: [3, 4, 6, 5, 8, 6, 7, 4, 3, 2] }),
          ...sizeRun({ sizes: oxfordSizes, colour: "Cognac", sku: "SG-OX-COG", priceCents: 15500, stock: [2, 2, 4, 3, 5, 4, 3, 2, 1, 0] }),
        ],
      },
      {
        slug: "two-tone-spectator",
        name: "Two-Tone Spectator",
        description:
          "The classic wingtip spectator in black and white calf, brogued by hand, on the same glide sole as our oxford. Made for the set where you mean to be seen.",
        category: "shoes",
        photos: [{ file: "shoes-two-tone-spectator.jpg", alt: "Two-Tone Spectator wingtip in black and white leather" }],
        publishedDaysAgo: 9,
        lowStockThreshold: 2,
        variants: sizeRun({ sizes: wholeSizes(8, 13), colour: "Black & White", sku: "SG-SP-BW", priceCents: 16500, stock: [2, 3, 4, 4, 2, 1] }),
      },
      {
        slug: "suede-loafer-navy",
        name: "Suede Loafer",
        description: "A soft navy suede loafer with a leather sole and a low stacked heel: light on the feet for a slow grind, smart enough for dinner after.",
        category: "shoes",
        photos: [{ file: "shoes-suede-loafer-navy.jpg", alt: "Navy suede loafer with a leather sole" }],
        publishedDaysAgo: 35,
        lowStockThreshold: 2,
        variants: sizeRun({ sizes: wholeSizes(8, 12), colour: "Navy", sku: "SG-LF-NVY", priceCents: 12000, stock: [3, 5, 6, 5, 2] }),
      },
    ],
  },
  {
    slug: "sharp-threads-boutique",
    name: "Sharp Threads Boutique",
    story:
      "A Detroit menswear boutique dressing the Motor City's steppers since 2014: vests, shirts and the finishing touches, cut to move and pressed to turn heads on the floor.",
    logo: "logo-sharp-threads.jpg",
    city: "Detroit",
    region: "MI",
    timeZone: "America/Detroit",
    shippingFlatCents: 700,
    freeShippingOverCents: null,
    returnWindowDays: 14,
    returnTerms: "Unworn items with their tags on can be returned within 14 days of delivery. Pocket squares are final sale once the box is opened.",
    products: [
      {
        slug: "satin-lapel-vest",
        name: "Satin Lapel Vest",
        description: "A fitted five-button vest in a light wool blend with satin lapels and an adjustable back strap, so it sits close and still lets you move.",
        category: "apparel",
        photos: [{ file: "apparel-satin-vest.jpg", alt: "Satin lapel vest on a wooden hanger" }],
        publishedDaysAgo: 4,
        lowStockThreshold: 3,
        variants: [...apparel("Black", "ST-VST-BLK", 6800, [4, 7, 6, 3]), ...apparel("Burgundy", "ST-VST-BUR", 6800, [3, 5, 4, 2])],
      },
      {
        slug: "linen-band-collar-shirt",
        name: "Linen Band-Collar Shirt",
        description: "A breathable linen shirt with a band collar and a clean placket: cool under the lights, and no collar to wilt by the last song.",
        category: "apparel",
        photos: [{ file: "apparel-linen-shirt.jpg", alt: "Cream linen band-collar shirt, folded" }],
        publishedDaysAgo: 13,
        lowStockThreshold: 3,
        variants: apparel("Cream", "ST-LIN-CRM", 5800, [5, 8, 8, 6, 3], ["S", "M", "L", "XL", "XXL"]),
      },
      {
        slug: "grosgrain-fedora",
        name: "Grosgrain Fedora",
        description: "A wool felt fedora with a grosgrain band and a snap brim, blocked to hold its shape through a night of turns.",
        category: "accessories",
        photos: [{ file: "accessories-fedora.jpg", alt: "Charcoal felt fedora with a grosgrain band" }],
        publishedDaysAgo: 18,
        lowStockThreshold: 2,
        variants: apparel("Charcoal", "ST-FED-CHR", 7500, [4, 3], ["S/M", "L/XL"]),
      },
      {
        slug: "silk-pocket-squares",
        name: "Silk Pocket Squares (set of 3)",
        description: "Three hand-rolled silk squares, burgundy, gold and navy, boxed: one for every vest in the closet.",
        category: "accessories",
        photos: [{ file: "accessories-pocket-squares.jpg", alt: "Three folded silk pocket squares in burgundy, gold and navy" }],
        publishedDaysAgo: 25,
        lowStockThreshold: 3,
        variants: [{ size: "", colour: "", sku: "ST-PSQ-SET3", priceCents: 3500, stock: 12 }],
      },
    ],
  },
  {
    slug: "groove-records",
    name: "Groove Records",
    story: "A Chicago record shop for the steppers' sound: the mid-tempo soul, R&B and house that fill the floor, pressed on CD and vinyl and shipped from the South Loop.",
    logo: "logo-groove-records.jpg",
    city: "Chicago",
    region: "IL",
    timeZone: "America/Chicago",
    shippingFlatCents: 450,
    freeShippingOverCents: null,
    returnWindowDays: 0,
    returnTerms: "Music is sold sealed and can't be returned. If a disc or record arrives damaged, write to us within 7 days of delivery and we will send a new one.",
    products: [
      {
        slug: "steppin-classics-cd",
        name: "Steppin' Classics CD",
        description: "Sixteen mid-tempo favourites from the steppers' songbook, remastered and sequenced for a full set, with a 12-page booklet.",
        category: "music",
        photos: [{ file: "music-steppin-classics-cd.jpg", alt: "Steppin' Classics CD case and disc" }],
        publishedDaysAgo: 50,
        lowStockThreshold: 5,
        variants: [{ size: "", colour: "", sku: "GR-CD-CLASSICS", priceCents: 1500, stock: 25 }],
      },
      {
        slug: "midnight-groove-lp",
        name: "Midnight Groove LP (vinyl)",
        description: "A double LP of late-night grooves for the slow end of the set, on 180-gram vinyl in a gatefold sleeve. A small pressing.",
        category: "music",
        photos: [{ file: "music-midnight-groove-lp.jpg", alt: "Midnight Groove vinyl record with its sleeve" }],
        publishedDaysAgo: 6,
        lowStockThreshold: 3,
        variants: [{ size: "", colour: "", sku: "GR-LP-MIDNIGHT", priceCents: 3200, stock: 3 }],
      },
    ],
  },
];

/** Every photo file the demo uses: product photos and shop logos. */
export const demoPhotoFiles: string[] = demoShops.flatMap((shop) => [shop.logo, ...shop.products.flatMap((product) => product.photos.map((photo) => photo.file))]);
