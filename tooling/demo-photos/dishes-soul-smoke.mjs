/** Dish photos for Soul Kitchen and Southside Smokehouse. */
import { beans, chunks, cornbread, foodFilters, friedPiece, fries, greens, macAndCheese, pool, rice } from "./food-parts.mjs";
import { sprinkle, steam, strands } from "./food-parts.mjs";
import { hotLink, oxtail, ribTip, slab, wing } from "./meat-parts.mjs";
import { blobPath } from "./svg-kit.mjs";
import { cobblerCrust, icedTea, iceCream, lemonWedge, peachSlices } from "./sweet-parts.mjs";
import { bowl, butcherTray, cutlery, napkin, plate, ramekin, slateTable, woodTable } from "./tableware.mjs";

export const greensPalette = ["#2d4217", "#3a521d", "#44601f", "#2a3a14", "#4f6a26"];
const herbs = ["#2f6a1e", "#3f7f26", "#254f17"];

const dish = (rand, scene, camera = {}) => ({ defs: foodFilters(rand), scene, camera: { focus: [0.5, 0.5, 0.46], blur: 1.8, ...camera } });

function friedCatfishPlate(rand, { width, height }) {
  const fillets = [
    friedPiece(rand, { x: 300, y: 170, length: 230, width: 78, angle: -14 }),
    friedPiece(rand, { x: 350, y: 225, length: 210, width: 70, angle: -22, color: "#cf8a34" }),
  ];
  return dish(rand, `${woodTable(rand, { width, height, tone: "#7a4e2e", angle: -4 })}
    ${napkin(rand, { x: 470, y: 250, w: 200, h: 260, angle: 14 })}${cutlery(rand, { x: 565, y: 240, length: 240, angle: 10 })}
    ${plate(rand, { cx: 300, cy: 245, r: 222 })}
    ${greens(rand, { cx: 210, cy: 330, rx: 62, ry: 48, count: 90, palette: greensPalette, size: 0.8 })}
    ${macAndCheese(rand, { cx: 345, cy: 345, rx: 62, ry: 46 })}
    ${fillets.map((fillet) => `<g filter="url(#crust)">${fillet}</g>`).join("")}
    ${cornbread(rand, { x: 178, y: 205, size: 78, angle: 18 })}${lemonWedge({ x: 430, y: 150, angle: 40 })}
    ${ramekin(rand, { cx: 80, cy: 80, r: 42, fill: "#b3261a" })}`);
}

function smotheredChicken(rand, { width, height }) {
  const thighs = [[285, 215, 80, -20], [380, 275, 72, 25]].map(([x, y, r, angle]) =>
    `<g filter="url(#glaze)"><path d="${blobPath(rand, { cx: x, cy: y, rx: r, ry: r * 0.74, wobble: 0.12, points: 9, rotate: angle })}"
      fill="#a8642c"/></g>`);
  const drapes = [[290, 205, 62, -10], [385, 282, 54, 30]].map(([x, y, r, angle]) =>
    `<path d="${blobPath(rand, { cx: x, cy: y, rx: r, ry: r * 0.7, wobble: 0.3, points: 10, rotate: angle })}" fill="#6a3a18"
      opacity="0.82"/>`);
  return dish(rand, `${woodTable(rand, { width, height, tone: "#94643c", angle: 3 })}
    ${cutlery(rand, { x: 590, y: 250, length: 240, angle: -4 })}${cutlery(rand, { x: 48, y: 250, length: 230, angle: 4, kind: "knife" })}
    ${plate(rand, { cx: 320, cy: 240, r: 225, glaze: "#efe6d6", band: "#6b8aa6" })}
    ${rice(rand, { cx: 315, cy: 250, rx: 165, ry: 130 })}
    <g filter="url(#gravy)"><path d="${blobPath(rand, { cx: 335, cy: 250, rx: 130, ry: 100, wobble: 0.2, points: 11 })}"
      fill="#6e3d1a"/></g>
    ${thighs.join("")}<g filter="url(#gravy)">${drapes.join("")}</g>
    <g opacity="0.8">${strands(rand, { cx: 330, cy: 245, rx: 110, ry: 85, count: 34, palette: ["#e2c08a", "#d4a868", "#ecd4a4"], length:
      34, width: 3.4 })}</g>
    ${sprinkle(rand, { cx: 330, cy: 240, rx: 115, ry: 90, count: 70, palette: herbs, size: 2.2 })}${steam(rand, { x: 320, y: 180 })}`);
}

function oxtails(rand, { width, height }) {
  const pieces = [[360, 190, 50], [440, 255, 46], [350, 300, 48], [290, 225, 40], [445, 160, 38]];
  return dish(rand, `${woodTable(rand, { width, height, tone: "#5a3820", angle: -8 })}
    ${cutlery(rand, { x: 600, y: 260, length: 230, angle: 8 })}
    ${plate(rand, { cx: 330, cy: 240, r: 228, glaze: "#3d3833", speckle: true })}
    ${rice(rand, { cx: 210, cy: 255, rx: 85, ry: 75 })}
    ${pool(rand, { cx: 370, cy: 245, rx: 135, ry: 120, color: "#4a2210" })}
    ${beans(rand, { cx: 370, cy: 245, rx: 120, ry: 105, count: 40, color: "#d6cf9c", size: 1.7 })}
    <g filter="url(#glaze)">${pieces.map(([x, y, r]) => oxtail(rand, { x, y, r })).join("")}</g>
    ${sprinkle(rand, { cx: 330, cy: 240, rx: 160, ry: 110, count: 40, palette: herbs, size: 1.8 })}${steam(rand, { x: 360, y: 170 })}`);
}

function collardGreens(rand, { width, height }) {
  const vessel = bowl(rand, { cx: 320, cy: 240, r: 205, glaze: "#e9e1d2" });
  const { cx, cy, r } = vessel.inner;
  return dish(rand, `${slateTable(rand, { width, height })}${cutlery(rand, { x: 590, y: 260, length: 240, angle: 4, kind: "spoon" })}
    ${vessel.under}<g clip-path="url(#${vessel.clip})">${pool(rand, { cx, cy, rx: r, ry: r, color: "#4a461c" })}
      ${greens(rand, { cx, cy, rx: r * 0.95, ry: r * 0.95, count: 300, palette: greensPalette, size: 1.1 })}
      ${chunks(rand, { cx, cy, rx: r * 0.7, ry: r * 0.7, count: 9, palette: ["#a0604a", "#b87560", "#8e503b"], size: 9 })}
      ${sprinkle(rand, { cx, cy, rx: r * 0.8, ry: r * 0.8, count: 40, palette: ["#b8321c", "#d0502a"], size: 1.6 })}</g>
    ${vessel.over}${steam(rand, { x: 330, y: 200, height: 180 })}`);
}

function macAndCheeseSkillet(rand, { width, height }) {
  return dish(rand, `${woodTable(rand, { width, height, tone: "#8a5a34", angle: 6 })}
    <defs><radialGradient id="iron" cx="0.4" cy="0.36" r="0.65"><stop offset="0.8" stop-color="#2b2a29"/><stop offset="1"
      stop-color="#0d0d0d"/></radialGradient></defs>
    <circle cx="300" cy="255" r="212" fill="#0c0603" opacity="0.6" filter="url(#soft14)"/>
    <rect x="470" y="222" width="200" height="44" rx="20" fill="#1c1b1a" filter="url(#bead)"/>
    <circle cx="290" cy="240" r="210" fill="url(#iron)"/><circle cx="290" cy="240" r="196" fill="none" stroke="#4a4846" stroke-width="3"/>
    ${macAndCheese(rand, { cx: 290, cy: 242, rx: 182, ry: 182 })}
    ${sprinkle(rand, { cx: 290, cy: 242, rx: 150, ry: 150, count: 50, palette: ["#a8321a", "#2f6a1e"], size: 1.6 })}${steam(rand, { x: 300,
      y: 190 })}`);
}

function candiedYams(rand, { width, height }) {
  const vessel = bowl(rand, { cx: 310, cy: 240, r: 200, glaze: "#34566a", inside: "#e8e0cf" });
  const { cx, cy, r } = vessel.inner;
  return dish(rand, `${woodTable(rand, { width, height, tone: "#6e4528", angle: -3 })}
    ${napkin(rand, { x: 470, y: 40, w: 190, h: 230, angle: -10, color: "#ece4d2", stripe: "#34566a" })}
    ${cutlery(rand, { x: 575, y: 300, length: 230, angle: 14, kind: "spoon" })}
    ${vessel.under}<g clip-path="url(#${vessel.clip})">${pool(rand, { cx, cy, rx: r, ry: r, color: "#6e2406" })}
      ${chunks(rand, { cx, cy, rx: r * 0.85, ry: r * 0.85, count: 26, palette: ["#c9501a", "#d8621e", "#b8461a", "#e07428"], size: 36,
        filter: "glaze", wobble: 0.12, each: true })}
      ${sprinkle(rand, { cx, cy, rx: r * 0.85, ry: r * 0.85, count: 120, palette: ["#6a3210", "#8a4418"], size: 1.3 })}</g>${vessel.over}`);
}

function peachCobbler(rand, { width, height }) {
  const vessel = bowl(rand, { cx: 300, cy: 245, r: 205, glaze: "#f2eee6" });
  const { cx, cy, r } = vessel.inner;
  return dish(rand, `${woodTable(rand, { width, height, tone: "#7c5030", angle: 5 })}
    ${cutlery(rand, { x: 575, y: 250, length: 230, angle: -12, kind: "spoon" })}
    ${vessel.under}<g clip-path="url(#${vessel.clip})">${pool(rand, { cx, cy, rx: r, ry: r, color: "#b55a16" })}
      ${peachSlices(rand, { cx, cy, rx: r * 0.85, ry: r * 0.85, count: 16 })}
      ${cobblerCrust(rand, { cx, cy, rx: r * 0.72, ry: r * 0.72, count: 11 })}
      ${sprinkle(rand, { cx, cy, rx: r * 0.8, ry: r * 0.8, count: 90, palette: ["#fff4d8", "#f3e2b8"], size: 1.4 })}</g>${vessel.over}
    ${iceCream(rand, { x: 360, y: 190, r: 48 })}${sprinkle(rand, { cx: 375, cy: 185, rx: 30, ry: 25, count: 14, palette: ["#7a3e14"], size:
      1.5 })}`);
}

function ribTipsAndLinks(rand, { width, height }) {
  const tips = Array.from({ length: 17 }, () => {
    const [x, y] = rand.inEllipse(245, 200, 150, 105, 1.6);
    return ribTip(rand, { x, y, size: rand.range(34, 46), angle: rand.range(0, 180), color: "#5e1f0d" });
  });
  const bread = [[470, 115, 12], [500, 140, 24]].map(([x, y, a]) =>
    `<rect x="${x - 60}" y="${y - 58}" width="120" height="116" rx="16" transform="rotate(${a} ${x} ${y})" fill="#f6eedd" stroke="#d9b07a"
      stroke-width="6"/>`);
  return dish(rand, `${woodTable(rand, { width, height, tone: "#5a3a24", angle: 2 })}
    ${butcherTray(rand, { cx: 320, cy: 240, w: 600, h: 430, angle: 3 })}
    <g filter="url(#bread)">${bread.join("")}</g>
    ${fries(rand, { cx: 430, cy: 330, rx: 120, ry: 70, count: 40, size: 1.5 })}
    ${tips.map((tip) => `<g filter="url(#charred)">${tip}</g>`).join("")}
    <g filter="url(#glaze)">${hotLink(rand, { x: 330, y: 335, length: 220, thickness: 44, angle: -18 })}</g>
    <g filter="url(#glaze)">${hotLink(rand, { x: 230, y: 385, length: 190, thickness: 42, angle: -6 })}</g>
    ${ramekin(rand, { cx: 560, cy: 395, r: 40, fill: "#8a2410" })}`, { focus: [0.45, 0.5, 0.48] });
}

function halfSlab(rand, { width, height }) {
  const pickles = Array.from({ length: 6 }, (_, index) => `<circle cx="${470 + index * 22}" cy="${360 + (index % 2) * 18}" r="17"
    fill="#8ea04a"
    stroke="#5e6e2a" stroke-width="3"/>`);
  return dish(rand, `${slateTable(rand, { width, height, tone: "#2b2a28" })}
    ${butcherTray(rand, { cx: 320, cy: 240, w: 610, h: 420, angle: -3 })}
    ${slab(rand, { x: 300, y: 215, w: 470, h: 190, angle: -8 })}
    <g filter="url(#bead)">${pickles.join("")}</g>
    <g filter="url(#bead)">${[0, 1, 2].map((i) => `<circle cx="${180 + i * 26}" cy="${360}" r="${30 - i * 6}" fill="none" stroke="#efe2ee"
      stroke-width="9" opacity="0.9"/>`).join("")}</g>
    ${ramekin(rand, { cx: 560, cy: 110, r: 40, fill: "#7a2210" })}`);
}

function smokedWings(rand, { width, height }) {
  const spots = [[255, 185, 20], [335, 170, -30], [395, 235, 80], [230, 265, 100], [310, 250, 10], [380, 310, -60], [260, 335, 40], [330,
    330, 150]];
  const wings = spots.map(([x, y, angle], index) =>
    wing(rand, { x: x + rand.near(0, 6), y: y + rand.near(0, 6), size: rand.range(1.2, 1.35), angle: angle + rand.near(0, 15), flat: index
      % 2 === 0 }));
  const celery = [[470, 395, -62], [500, 380, -48], [445, 410, -75]].map(([x, y, angle]) => `<g transform="translate(${x},${y})
    rotate(${angle})">
    <rect x="-85" y="-13" width="170" height="26" rx="12" fill="#b5d27a"/><path d="M-80,-5 H80 M-80,3 H80" stroke="#8fb456"
      stroke-width="2.5"/></g>`);
  return dish(rand, `${woodTable(rand, { width, height, tone: "#6a4328", angle: -6 })}
    ${plate(rand, { cx: 320, cy: 245, r: 228, glaze: "#f4f1ea" })}
    ${celery.map((stick) => `<g filter="url(#bead)">${stick}</g>`).join("")}
    ${wings.map((piece) => `<g filter="url(#charred)">${piece}</g>`).join("")}
    ${ramekin(rand, { cx: 470, cy: 140, r: 46, fill: "#efe9dc", gloss: 0.4 })}
    ${sprinkle(rand, { cx: 470, cy: 140, rx: 30, ry: 30, count: 25, palette: herbs, size: 1.4 })}`);
}

function sweetTea(rand, { width, height }) {
  return dish(rand, `${woodTable(rand, { width, height, tone: "#a0703f", angle: 10 })}
    ${napkin(rand, { x: 60, y: 250, w: 230, h: 200, angle: -16, color: "#f2ede3", stripe: "#3a6a8a" })}
    ${icedTea(rand, { cx: 330, cy: 225, r: 140 })}${lemonWedge({ x: 540, y: 380, angle: -30, size: 1.3 })}
    ${sprinkle(rand, { cx: 330, cy: 230, rx: 190, ry: 190, count: 30, palette: ["#ffffff"], size: 2 })}`, { focus: [0.5, 0.47, 0.42] });
}

export const soulKitchenDishes = [
  { file: "dish-fried-catfish-plate.jpg", draw: friedCatfishPlate },
  { file: "dish-smothered-chicken.jpg", draw: smotheredChicken },
  { file: "dish-oxtails.jpg", draw: oxtails },
  { file: "dish-collard-greens.jpg", draw: collardGreens },
  { file: "dish-mac-and-cheese.jpg", draw: macAndCheeseSkillet },
  { file: "dish-candied-yams.jpg", draw: candiedYams },
  { file: "dish-peach-cobbler.jpg", draw: peachCobbler },
];

export const smokehouseDishes = [
  { file: "dish-rib-tips-and-links.jpg", draw: ribTipsAndLinks },
  { file: "dish-half-slab.jpg", draw: halfSlab },
  { file: "dish-smoked-wings.jpg", draw: smokedWings },
  { file: "dish-sweet-tea.jpg", draw: sweetTea },
];
