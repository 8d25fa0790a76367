/** Event covers (1200×630): the dance floor of each demo event, lit for the night, with no lettering anywhere. */
import { beams, couple, crowdRow, floorShine, rimLight } from "./crowd-parts.mjs";
import { bokeh, glow, perspectiveFloor, roomFilters } from "./room-parts.mjs";

const wash = (id, stops) => `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops
  .map(([offset, color]) => `<stop offset="${offset}" stop-color="${color}"/>`).join("")}</linearGradient>`;
const floorDefs = () => roomFilters();

/** Couples spread across the floor at a few depths: far ones smaller and softer, as a fast lens sees them, each edged by the light. */
function dancers(rand, { rows, fill, rim }) {
  const id = `rim${rand.seed()}`;
  const groups = rows.map(({ y, h, xs, blur }) => {
    const pairs = xs.map((x, index) => `<g filter="url(#${id})">${couple(rand, { x: x + rand.near(0, 20), y: y + rand.near(0, 6), h: h *
      rand.range(0.94, 1.06),
      spin: index % 3 === 1, fill })}</g>`);
    return `<g ${blur ? `filter="url(#depth${blur})"` : ""}>${pairs.join("")}</g>`;
  });
  return `<defs>${rimLight(id, rim)}</defs>${groups.join("")}`;
}

/** Friday Night Steppers Social: a ballroom in purple and amber, DJ glow at the back, couples on a polished floor. */
function fridaySocial(rand, { width, height }) {
  return {
    defs: floorDefs(),
    scene: `<defs>${wash("fnBack", [[0, "#12061e"], [0.55, "#3a1050"], [1, "#1a0818"]])}</defs>
      <rect width="${width}" height="${height}" fill="url(#fnBack)"/>
      ${bokeh(rand, { x: 0, y: 0, w: width, h: 300, count: 60, palette: ["#ffb347", "#ff7ad9", "#b06aff", "#ffd27a"], size: [8, 34], blur:
        6 })}
      ${glow(rand, { cx: 600, cy: 330, rx: 420, ry: 160, color: "#ff8a3a", opacity: 0.55 })}
      ${beams(rand, { width, height, count: 7, palette: ["#b35cff", "#ff5ca8", "#ffa040"], opacity: 0.45 })}
      <rect width="${width}" height="${height}" fill="#d8b8ff" filter="url(#haze)" opacity="0.22"/>
      <g filter="url(#depth6)"><rect x="500" y="300" width="200" height="60" rx="6" fill="#1a0a22"/><rect x="505" y="305" width="190"
        height="8" fill="#ff9a3a"/>
        <circle cx="600" cy="270" r="16" fill="#0a0510"/><rect x="580" y="284" width="40" height="30" rx="12" fill="#0a0510"/></g>
      ${perspectiveFloor(rand, { vp: [600, 330], colors: ["#3a1e3a", "#2e1830"], tile: 70, from: 360, blur: 3, dim: 0.3 })}
      ${floorShine(rand, { y: 380, width, count: 20, palette: ["#ff9a3a", "#c86aff", "#ff6ab0"], height: 200 })}
      ${crowdRow(rand, { y: 322, count: 40, size: 24, width, fill: "#12071a", blur: 10, raised: 0.2 })}
      ${dancers(rand, {
        rows: [{ y: 400, h: 110, xs: [90, 420, 700, 1010], blur: 3 }, { y: 470, h: 170, xs: [200, 590, 960], blur: 2 }, { y: 600, h: 270,
          xs: [360, 850] }],
        fill: "#07030b", rim: { color: "#ffb067", dx: -3, dy: -2, opacity: 0.55 },
      })}
      ${crowdRow(rand, { y: 590, count: 9, size: 70, width, fill: "#040206", blur: 16, raised: 0.3 })}`,
    camera: { blur: 0, vignette: 0.65, warmth: 0.05 },
  };
}

/** Footwork Fundamentals Workshop: a daylight studio, mirror wall, maple floor, couples working on the basic. */
function footworkWorkshop(rand, { width, height }) {
  const windows = [120, 470, 820].map((x) => `<rect x="${x}" y="40" width="260" height="250" fill="#eaf6ff"/>
    <path d="M${x + 130},40 V290 M${x},165 H${x + 260}" stroke="#9ab0c0" stroke-width="8"/>`);
  return {
    defs: floorDefs(),
    scene: `<defs>${wash("fwWall", [[0, "#9ab8c8"], [1, "#5a7a8a"]])}${wash("fwMirror", [[0, "#b8d0da"], [1, "#7a98a6"]])}</defs>
      <rect width="${width}" height="${height}" fill="url(#fwWall)"/>
      <g filter="url(#depth10)">${windows.join("")}</g>
      ${glow(rand, { cx: 600, cy: 160, rx: 700, ry: 220, color: "#ffffff", opacity: 0.5 })}
      <rect x="0" y="300" width="${width}" height="80" fill="url(#fwMirror)" opacity="0.9"/>
      <g filter="url(#depth6)" opacity="0.5">${[160, 430, 700, 980].map((x) => `<rect x="${x}" y="300" width="6" height="80"
        fill="#dfe8ec"/>`).join("")}</g>
      <rect x="0" y="336" width="${width}" height="6" fill="#c8ced2"/>
      ${perspectiveFloor(rand, { vp: [600, 300], colors: ["#c8935a", "#be8a52"], tile: 22, from: 378, blur: 2, dim: 0.12 })}
      ${floorShine(rand, { y: 380, width, count: 10, palette: ["#ffffff"], height: 220, opacity: 0.25 })}
      ${dancers(rand, {
        rows: [{ y: 440, h: 150, xs: [200, 600, 1000], blur: 3 }, { y: 600, h: 260, xs: [330, 870], blur: 0 }],
        fill: "#1e2a34", rim: { color: "#ffffff", dx: -3, dy: -3, opacity: 0.5 },
      })}`,
    camera: { blur: 0, vignette: 0.35, warmth: 0.08 },
  };
}

/** Steppin' on the Bayou Weekend: a hotel ballroom in red and gold for the all-white party, a big crowd around the floor. */
function bayouWeekend(rand, { width, height }) {
  return {
    defs: floorDefs(),
    scene: `<defs>${wash("bwBack", [[0, "#1a0508"], [0.5, "#4a0e16"], [1, "#1a0608"]])}</defs>
      <rect width="${width}" height="${height}" fill="url(#bwBack)"/>
      ${[260, 600, 940].map((x) => `${glow(rand, { cx: x, cy: 70, rx: 130, ry: 70, color: "#ffd27a", opacity: 0.9 })}
        ${bokeh(rand, { x: x - 90, y: 30, w: 180, h: 90, count: 16, palette: ["#fff0c0", "#ffd27a"], size: [4, 12], blur: 2 })}`).join("")}
      ${bokeh(rand, { x: 0, y: 100, w: width, h: 220, count: 50, palette: ["#ff4a4a", "#ffcf5a", "#ff8a3a"], size: [8, 30], blur: 6 })}
      ${beams(rand, { width, height, count: 6, palette: ["#ff3a3a", "#ffc04a"], opacity: 0.45 })}
      <rect width="${width}" height="${height}" fill="#ffc8b0" filter="url(#haze)" opacity="0.22"/>
      ${crowdRow(rand, { y: 295, count: 48, size: 24, width, fill: "#2a0c10", blur: 10, raised: 0.3 })}
      ${perspectiveFloor(rand, { vp: [600, 320], colors: ["#2a0c10", "#3a1216"], tile: 60, from: 350, blur: 3, dim: 0.25 })}
      ${floorShine(rand, { y: 370, width, count: 22, palette: ["#ff5a4a", "#ffd27a"], height: 220 })}
      ${dancers(rand, {
        rows: [{ y: 400, h: 110, xs: [120, 400, 680, 960], blur: 3 }, { y: 470, h: 160, xs: [250, 600, 950], blur: 2 }, { y: 600, h: 260,
          xs: [330, 870] }],
        fill: "#12050a", rim: { color: "#ffc080", dx: 3, dy: -2, opacity: 0.6 },
      })}
      ${crowdRow(rand, { y: 600, count: 9, size: 72, width, fill: "#080204", blur: 16, raised: 0.4 })}`,
    camera: { blur: 0, vignette: 0.65, warmth: 0.06 },
  };
}

export const danceScenes = [
  { file: "friday-night-steppers-social.jpg", draw: fridaySocial },
  { file: "footwork-fundamentals-workshop.jpg", draw: footworkWorkshop },
  { file: "steppin-on-the-bayou-weekend.jpg", draw: bayouWeekend },
];
