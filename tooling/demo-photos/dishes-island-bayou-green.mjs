/** Dish photos for Island Spice, Bayou Social and Green Groove. */
import { greensPalette } from "./dishes-soul-smoke.mjs";
import { beans, chunks, cornbread, drizzle, foodFilters, friedPiece, greens, leaves, macAndCheese, pool, rice } from "./food-parts.mjs";
import { sausageCoins, shrimp, sprinkle, steam, strands } from "./food-parts.mjs";
import { legQuarter } from "./meat-parts.mjs";
import { beignet, coffeeCup, dusting, lemonWedge, pecans, plantainSlice, poBoyLoaf } from "./sweet-parts.mjs";
import { basket, bowl, cutlery, napkin, plate, ramekin, slateTable, woodTable } from "./tableware.mjs";

const herbs = ["#2f6a1e", "#3f7f26", "#4f8f2e"];
const scallions = ["#5c9a3a", "#7ab24a", "#3f7a2a"];
const dish = (rand, scene, camera = {}) => ({ defs: foodFilters(rand), scene, camera: { focus: [0.5, 0.5, 0.46], blur: 1.8, ...camera } });

/** Rice and peas: rice stained by coconut and kidney beans, with the beans through it. */
function riceAndPeas(rand, { cx, cy, rx, ry }) {
  return `${rice(rand, { cx, cy, rx, ry, tone: "#dcc29c" })}${beans(rand, { cx, cy, rx: rx * 0.9, ry: ry * 0.9, count: Math.round((rx * ry)
    / 90), color: "#5e1c16" })}`;
}

/** Steamed cabbage with carrot: pale ribbons with a few orange ones. */
function cabbage(rand, area) {
  return strands(rand, { ...area, palette: ["#dfe6b0", "#cfdc96", "#e9edc8", "#e8862c"], length: 34, width: 4 });
}

function plantains(rand, spots) {
  return spots.map(([x, y, angle]) => `<g filter="url(#caramel)">${plantainSlice(rand, { x, y, length: 74, angle })}</g>`).join("");
}

function jerkChicken(rand, { width, height }) {
  return dish(rand, `${woodTable(rand, { width, height, tone: "#6a4528", angle: -5 })}
    ${napkin(rand, { x: 480, y: 30, w: 190, h: 220, angle: 12, color: "#f0e6c8", stripe: "#2f7a3a" })}
    ${plate(rand, { cx: 310, cy: 245, r: 228, glaze: "#f3efe6" })}
    ${riceAndPeas(rand, { cx: 215, cy: 300, rx: 105, ry: 85 })}
    ${cabbage(rand, { cx: 400, cy: 340, rx: 75, ry: 50, count: 60 })}
    ${plantains(rand, [[430, 200, 70], [455, 255, 95]])}
    <g filter="url(#charred)">${legQuarter(rand, { x: 255, y: 175, size: 1.35, angle: 8, color: "#7a2e12" })}</g>
    ${sprinkle(rand, { cx: 280, cy: 175, rx: 90, ry: 45, count: 40, palette: ["#3a6a1e", "#c8321a"], size: 1.6 })}
    ${cutlery(rand, { x: 595, y: 300, length: 230, angle: 6 })}`);
}

function curryGoat(rand, { width, height }) {
  const vessel = bowl(rand, { cx: 300, cy: 240, r: 205, glaze: "#2c2b2a", inside: "#3a3836" });
  const { cx, cy, r } = vessel.inner;
  return dish(rand, `${woodTable(rand, { width, height, tone: "#8a5e38", angle: 8 })}${cutlery(rand, { x: 575, y: 250, length: 240, angle:
    -6, kind: "spoon" })}
    ${vessel.under}<g clip-path="url(#${vessel.clip})">${pool(rand, { cx, cy, rx: r, ry: r, color: "#a8620e" })}
      ${rice(rand, { cx: cx + r * 0.45, cy: cy - r * 0.35, rx: r * 0.5, ry: r * 0.42 })}
      ${chunks(rand, { cx: cx - r * 0.15, cy: cy + r * 0.15, rx: r * 0.7, ry: r * 0.6, count: 13, palette: ["#6a3414", "#7a4018",
        "#5a2c10"], size: 30, filter: "glaze", each: true })}
      ${chunks(rand, { cx: cx - r * 0.1, cy: cy + r * 0.2, rx: r * 0.65, ry: r * 0.55, count: 7, palette: ["#e2b248", "#d9a03a"], size: 20,
        filter: "chunk", each: true })}
      ${sprinkle(rand, { cx, cy, rx: r * 0.8, ry: r * 0.8, count: 50, palette: herbs, size: 1.8 })}</g>${vessel.over}
    ${steam(rand, { x: 300, y: 190 })}`);
}

function italStew(rand, { width, height }) {
  const vessel = bowl(rand, { cx: 320, cy: 240, r: 205, glaze: "#d9c7a4", inside: "#efe4cf" });
  const { cx, cy, r } = vessel.inner;
  return dish(rand, `${slateTable(rand, { width, height, tone: "#34322f" })}${cutlery(rand, { x: 60, y: 250, length: 230, angle: 2, kind:
    "spoon" })}
    ${vessel.under}<g clip-path="url(#${vessel.clip})">${pool(rand, { cx, cy, rx: r, ry: r, color: "#d89a40" })}
      ${chunks(rand, { cx, cy, rx: r * 0.8, ry: r * 0.8, count: 16, palette: ["#e8801e", "#f0922a", "#d96a16"], size: 26, filter: "chunk",
        each: true })}
      ${greens(rand, { cx, cy, rx: r * 0.85, ry: r * 0.85, count: 70, palette: ["#2f5a1a", "#3c6e22", "#25481a"], size: 0.9 })}
      ${sausageCoins(rand, { cx, cy, rx: r * 0.7, ry: r * 0.7, count: 8, color: "#e87a2a", size: 9 })}
      ${sprinkle(rand, { cx, cy, rx: r * 0.8, ry: r * 0.8, count: 26, palette: scallions, size: 4, ring: true })}</g>${vessel.over}
    ${steam(rand, { x: 320, y: 190 })}`);
}

function friedPlantains(rand, { width, height }) {
  // Slices shingled in two rows across the plate, the way they come off the pan.
  const spots = Array.from({ length: 16 }, (_, index) => {
    const row = index < 8 ? -1 : 1;
    const column = index % 8;
    return [175 + column * 42 + rand.near(0, 6), 245 + row * 52 + rand.near(0, 8), row * 58 + rand.near(0, 10)];
  });
  return dish(rand, `${woodTable(rand, { width, height, tone: "#a06a3a", angle: 4 })}
    ${plate(rand, { cx: 320, cy: 245, r: 225, glaze: "#2f6a5a", speckle: true })}
    ${spots.map(([x, y, angle]) => `<g filter="url(#caramel)">${plantainSlice(rand, { x, y, length: 96, angle })}</g>`).join("")}
    ${sprinkle(rand, { cx: 320, cy: 245, rx: 170, ry: 110, count: 60, palette: ["#fbf3e0"], size: 1.3 })}
    ${ramekin(rand, { cx: 555, cy: 90, r: 44, fill: "#e6a52a" })}`);
}

function seafoodGumbo(rand, { width, height }) {
  const vessel = bowl(rand, { cx: 315, cy: 240, r: 210, glaze: "#f1ebe0" });
  const { cx, cy, r } = vessel.inner;
  const prawns = Array.from({ length: 6 }, (_, index) => {
    const angle = (index / 6) * Math.PI * 2 + 0.4;
    return shrimp(rand, { x: cx + Math.cos(angle) * r * 0.55, y: cy + Math.sin(angle) * r * 0.55, size: 1.6, angle: rand.range(0, 360) });
  });
  return dish(rand, `${woodTable(rand, { width, height, tone: "#5a3a22", angle: -7 })}${cutlery(rand, { x: 590, y: 260, length: 240, angle:
    8, kind: "spoon" })}
    ${vessel.under}<g clip-path="url(#${vessel.clip})">${pool(rand, { cx, cy, rx: r, ry: r, color: "#4e2610" })}
      ${sprinkle(rand, { cx, cy, rx: r * 0.9, ry: r * 0.9, count: 60, palette: ["#7a3a12", "#a8521a"], size: 5 })}
      ${sprinkle(rand, { cx, cy, rx: r * 0.8, ry: r * 0.8, count: 10, palette: ["#4f7a2a"], size: 9, ring: true, filter: "bead" })}
      ${sausageCoins(rand, { cx, cy, rx: r * 0.75, ry: r * 0.75, count: 9, color: "#8a2e1a", size: 13 })}
      ${rice(rand, { cx: cx + 8, cy: cy + 4, rx: r * 0.32, ry: r * 0.28 })}
      <g filter="url(#glaze)">${prawns.join("")}</g>
      ${sprinkle(rand, { cx, cy, rx: r * 0.85, ry: r * 0.85, count: 40, palette: scallions, size: 3, ring: true })}</g>${vessel.over}
    ${steam(rand, { x: 315, y: 190 })}`);
}

function redBeansAndRice(rand, { width, height }) {
  const vessel = bowl(rand, { cx: 320, cy: 240, r: 205, glaze: "#b5462a", inside: "#f0e8da" });
  const { cx, cy, r } = vessel.inner;
  return dish(rand, `${woodTable(rand, { width, height, tone: "#7a5232", angle: 6 })}${cutlery(rand, { x: 590, y: 240, length: 240, angle:
    -4, kind: "spoon" })}
    ${vessel.under}<g clip-path="url(#${vessel.clip})">${pool(rand, { cx, cy, rx: r, ry: r, color: "#5a2218" })}
      ${beans(rand, { cx, cy, rx: r * 0.95, ry: r * 0.95, count: 260, color: "#6e2a20", size: 1.5 })}
      ${sausageCoins(rand, { cx, cy, rx: r * 0.7, ry: r * 0.7, count: 7, color: "#8a3420", size: 14 })}
      ${rice(rand, { cx: cx - 10, cy: cy - 6, rx: r * 0.42, ry: r * 0.36 })}
      ${sprinkle(rand, { cx, cy, rx: r * 0.7, ry: r * 0.7, count: 40, palette: scallions, size: 3, ring: true })}</g>${vessel.over}
    ${steam(rand, { x: 320, y: 190 })}`);
}

function friedShrimpPoBoy(rand, { width, height }) {
  const filling = `${strands(rand, { cx: 0, cy: 0, rx: 190, ry: 26, count: 80, palette: ["#9cc45a", "#b8d874", "#7fae44"], length: 30,
    width: 7 })}
    <g filter="url(#bead)">${[-120, -40, 40, 120].map((x) => `<path d="M${x - 24},-4 A24,24 0 0 1 ${x + 24},-4 Z"
      fill="#d8321e"/>`).join("")}</g>
    ${Array.from({ length: 9 }, (_, index) => `<g filter="url(#crust)">${friedPiece(rand, { x: -170 + index * 42, y: rand.near(0, 8),
      length: 52, width: 34,
      angle: rand.range(0, 180), color: "#d3913a", taper: 0.2 })}</g>`).join("")}
    ${drizzle([[-180, 6], [-100, -8], [-20, 8], [60, -6], [150, 8]], { color: "#e8b48a", width: 4 })}`;
  return dish(rand, `${woodTable(rand, { width, height, tone: "#7a4e2e", angle: 2 })}
    ${basket(rand, { cx: 320, cy: 245, w: 600, h: 380, angle: -6 })}
    ${poBoyLoaf(rand, { x: 320, y: 235, length: 470, angle: -14, filling })}
    ${lemonWedge({ x: 520, y: 380, angle: -20, size: 1.2 })}${ramekin(rand, { cx: 110, cy: 380, r: 42, fill: "#e2a27a" })}`);
}

function beignets(rand, { width, height }) {
  return dish(rand, `${woodTable(rand, { width, height, tone: "#4e3220", angle: -3 })}
    ${plate(rand, { cx: 260, cy: 250, r: 215, glaze: "#f4f1ea" })}
    ${dusting(rand, { cx: 260, cy: 250, rx: 190, ry: 190, count: 700 })}
    ${beignet(rand, { x: 200, y: 190, size: 68, angle: 12 })}${beignet(rand, { x: 320, y: 215, size: 66, angle: -18 })}
    ${beignet(rand, { x: 240, y: 320, size: 64, angle: 40 })}
    ${coffeeCup(rand, { cx: 540, cy: 110, r: 60 })}${cutlery(rand, { x: 560, y: 340, length: 200, angle: -20, kind: "spoon" })}`);
}

function bbqJackfruitPlate(rand, { width, height }) {
  return dish(rand, `${woodTable(rand, { width, height, tone: "#9a6a40", angle: -2 })}
    ${plate(rand, { cx: 320, cy: 245, r: 228, glaze: "#ede6d8", speckle: true })}
    ${greens(rand, { cx: 220, cy: 330, rx: 70, ry: 52, count: 100, palette: greensPalette, size: 0.85 })}
    ${macAndCheese(rand, { cx: 385, cy: 345, rx: 66, ry: 50, size: 0.8 })}
    ${strands(rand, { cx: 310, cy: 185, rx: 120, ry: 70, count: 230, palette: ["#7a2a12", "#8e3416", "#6a2210", "#9a4a1e"], length: 30,
      width: 5, filter: "glaze" })}
    ${sprinkle(rand, { cx: 310, cy: 185, rx: 100, ry: 55, count: 30, palette: ["#d8cfa8", "#7a1e3a"], size: 2 })}
    ${cornbread(rand, { x: 500, y: 250, size: 80, angle: -12 })}
    ${cutlery(rand, { x: 60, y: 250, length: 230, angle: 0 })}`);
}

function grooveSalad(rand, { width, height }) {
  const vessel = bowl(rand, { cx: 320, cy: 240, r: 210, glaze: "#e8e0d0", inside: "#f3ede2" });
  const { cx, cy, r } = vessel.inner;
  return dish(rand, `${woodTable(rand, { width, height, tone: "#b08050", angle: 5 })}
    ${napkin(rand, { x: -40, y: 260, w: 200, h: 220, angle: -8, color: "#e4ead8", stripe: "#4a7a3a" })}
    ${vessel.under}<g clip-path="url(#${vessel.clip})">
      ${leaves(rand, { cx, cy, rx: r * 0.95, ry: r * 0.95, count: 150, palette: ["#2e4f1e", "#3a6024", "#274419", "#456e2a"], size: 1.3,
        curly: true })}
      ${strands(rand, { cx, cy, rx: r * 0.7, ry: r * 0.7, count: 16, palette: ["#9a3a7a", "#b25a92"], length: 34, width: 3.5 })}
      ${beans(rand, { cx, cy, rx: r * 0.65, ry: r * 0.65, count: 45, color: "#efe3c4", size: 1.3, eye: true })}
      ${pecans(rand, { cx, cy, rx: r * 0.6, ry: r * 0.6, count: 12 })}
      ${drizzle([[cx - 120, cy - 40], [cx - 40, cy - 70], [cx + 30, cy - 20], [cx + 110, cy - 60]], { color: "#c98a2a", width: 4
        })}</g>${vessel.over}
    ${cutlery(rand, { x: 590, y: 250, length: 240, angle: 6 })}`);
}

export const islandDishes = [
  { file: "dish-jerk-chicken.jpg", draw: jerkChicken },
  { file: "dish-curry-goat.jpg", draw: curryGoat },
  { file: "dish-ital-stew.jpg", draw: italStew },
  { file: "dish-fried-plantains.jpg", draw: friedPlantains },
];

export const bayouDishes = [
  { file: "dish-seafood-gumbo.jpg", draw: seafoodGumbo },
  { file: "dish-red-beans-and-rice.jpg", draw: redBeansAndRice },
  { file: "dish-fried-shrimp-po-boy.jpg", draw: friedShrimpPoBoy },
  { file: "dish-beignets.jpg", draw: beignets },
];

export const greenGrooveDishes = [
  { file: "dish-bbq-jackfruit-plate.jpg", draw: bbqJackfruitPlate },
  { file: "dish-groove-salad.jpg", draw: grooveSalad },
];
