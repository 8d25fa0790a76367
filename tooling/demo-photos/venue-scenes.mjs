/** Restaurant covers (1280×640): each kitchen's room or storefront at its best hour, with no lettering anywhere. */
import { bokeh, brickWall, diningTable, glow, neon, perspectiveBar, perspectiveFloor, plant, roomFilters, shelves } from "./room-parts.mjs";
import { tint } from "./svg-kit.mjs";

const cover = (scene, camera = {}) => ({ defs: roomFilters(), scene, camera: { blur: 0, vignette: 0.6, warmth: 0.12, ...camera } });
const wash = (id, stops) => `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops
  .map(([offset, color]) => `<stop offset="${offset}" stop-color="${color}"/>`).join("")}</linearGradient>`;

/** Tables for two in a row running toward the vanishing point, smaller and softer with distance. */
function tablesToward(rand, { near, vp, count, top, until = 0.75, candle = false }) {
  return Array.from({ length: count }, (_, index) => {
    const t = ((count - 1 - index) / count) * until;
    const [x, y, s] = [near[0] + (vp[0] - near[0]) * t, near[1] + (vp[1] - near[1]) * t, 1 - t];
    return `<g transform="translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${s.toFixed(3)})">${diningTable(rand, { x: 0, y: 0, w: 300, top,
      candle, blur: t > 0.4 ? 6 : 3 })}
      ${glow(rand, { cx: 0, cy: 0, rx: 170, ry: 30, color: "#ffae5a", opacity: 0.3 })}</g>`;
  }).join("");
}

/** Soul Kitchen: a late-night counter under amber pendants, the kitchen pass glowing at the back, a red neon heart. */
function soulKitchen(rand, { width, height }) {
  const boards = Array.from({ length: 40 }, (_, index) => `<rect x="${index * 33}" y="300" width="31" height="140" fill="${tint("#4a2a16",
    rand.near(0, 0.08))}"/>`);
  const frames = [[110, 120], [250, 140], [930, 110], [1080, 135]].map(([x, y]) => `<rect x="${x}" y="${y}" width="96" height="120"
    fill="#2a1a10"/>
    <rect x="${x + 8}" y="${y + 8}" width="80" height="104" fill="${rand.pick(["#6a4a30", "#3a4a5a", "#7a5a3a"])}"/>`);
  return cover(`<defs>${wash("skWall", [[0, "#3a2214"], [0.45, "#8a5a32"], [1, "#2a160c"]])}</defs>
    <rect width="${width}" height="${height}" fill="url(#skWall)"/>
    <g filter="url(#depth6)">${boards.join("")}${frames.join("")}
      <rect x="470" y="110" width="340" height="170" fill="#1a120c"/><rect x="480" y="120" width="320" height="150" fill="#f3e6c8"/>
      <rect x="480" y="120" width="320" height="40" fill="#b8b2a6"/><rect x="560" y="165" width="60" height="105" rx="25" fill="#3a2a22"
        opacity="0.7"/>
      <rect x="680" y="175" width="50" height="95" rx="22" fill="#3a2a22" opacity="0.6"/></g>
    ${glow(rand, { cx: 640, cy: 200, rx: 320, ry: 160, color: "#ffe4b0", opacity: 0.45 })}
    ${neon(rand, { d: "M0,30 C-40,-10 -70,40 0,90 C70,40 40,-10 0,30 Z", color: "#ff3b3b", width: 5, transform:
      "translate(1000,60) scale(1.1)" })}
    ${bokeh(rand, { x: 0, y: 0, w: width, h: 320, count: 40, palette: ["#ffb347", "#ffd27a", "#ff8a3a"], size: [10, 40], blur: 6 })}
    ${perspectiveFloor(rand, { vp: [1010, 330], colors: ["#c8bba4", "#241a14"], from: 436, blur: 3, dim: 0.55 })}
    ${glow(rand, { cx: 1000, cy: 470, rx: 260, ry: 40, color: "#ffcf8a", opacity: 0.35 })}
    <g filter="url(#depth6)"><circle cx="930" cy="352" r="17" fill="#2a1a12"/><rect x="904" y="368" width="52" height="80" rx="18"
      fill="#2a1a12"/>
      <circle cx="1012" cy="348" r="15" fill="#3a2216"/><rect x="989" y="362" width="46" height="84" rx="16" fill="#3a2216"/></g>
    ${perspectiveBar(rand, { near: [-60, 470], vp: [1010, 330], height: 360, depth: 90, top: "#8a5430", front: "#6a1c14", panels: 14 })}
    `);
}

/** Southside Smokehouse: brick, a pit glowing behind, bare bulbs, wooden tables and a pink neon pig. */
function smokehouse(rand, { width, height }) {
  const bulbs = Array.from({ length: 16 }, (_, index) => {
    const x = 40 + index * 80;
    const y = 60 + Math.sin((index / 15) * Math.PI) * 60;
    return `${glow(rand, { cx: x, cy: y, rx: 46, color: "#ffb85a", opacity: 0.9 })}<circle cx="${x}" cy="${y}" r="6" fill="#fff1c8"/>`;
  });
  const pig = "M-90,0 C-90,-50 -30,-62 30,-55 C65,-52 88,-35 95,-15 L118,-14 C124,-14 124,8 118,8 L96,8 C92,30 70,44 40,46 L-50,46 "
    + "C-78,44 -90,24 -90,0 Z M30,46 L30,70 M-40,46 L-40,70 M55,-50 L64,-72 L76,-46 "
    + "M-90,-5 C-105,-10 -108,-25 -98,-28 C-90,-30 -92,-18 -100,-16 "
    + "M67,-24 a3,3 0 1 0 6,0 a3,3 0 1 0 -6,0";
  return cover(`<g filter="url(#depth3)">${brickWall(rand, { w: width, h: 470 })}</g>
    <rect width="${width}" height="470" fill="#120806" opacity="0.35"/>
    <g filter="url(#depth6)"><rect x="120" y="210" width="300" height="230" rx="20" fill="#151312"/><rect x="150" y="250" width="240"
      height="120" rx="8" fill="#2a120a"/>
      <rect x="160" y="260" width="220" height="100" rx="6" fill="#ff6a1a"/><rect x="250" y="100" width="40" height="110"
        fill="#151312"/></g>
    ${glow(rand, { cx: 270, cy: 310, rx: 260, ry: 200, color: "#ff6a1a", opacity: 0.8 })}
    <rect width="${width}" height="${height}" fill="#c8a890" filter="url(#haze)" opacity="0.35"/>
    ${neon(rand, { d: pig, color: "#ff4fa0", width: 5, transform: "translate(860,200) scale(1.3)" })}
    <path d="M0,40 Q640,150 1280,40" stroke="#1a0f0a" stroke-width="2" fill="none"/>${bulbs.join("")}
    ${bokeh(rand, { x: 500, y: 120, w: 700, h: 260, count: 26, palette: ["#ffb35a", "#ff8a3a"], size: [8, 30], blur: 10 })}
    ${perspectiveFloor(rand, { vp: [700, 300], colors: ["#5a3820", "#50321c"], tile: 26, from: 440, blur: 3, dim: 0.5 })}
    ${tablesToward(rand, { near: [120, 560], vp: [700, 300], count: 4, top: "#6a4022" })}
    ${tablesToward(rand, { near: [1250, 560], vp: [700, 300], count: 4, top: "#6a4022" })}
    <g filter="url(#depth16)"><rect x="-40" y="590" width="620" height="120" rx="20" fill="#3a2212"/>
      <ellipse cx="300" cy="600" rx="90" ry="18" fill="#e8e0d4"/><ellipse cx="480" cy="606" rx="70" ry="16" fill="#c84a1e"/></g>`);
}

/** Island Spice: a turquoise room with string lights, palms, a bamboo-fronted bar and a neon palm. */
function islandSpice(rand, { width, height }) {
  const palm = "M0,160 C10,100 8,50 0,0 M0,0 C-30,-20 -70,-10 -90,15 M0,0 C-25,-40 -60,-45 -80,-35 "
    + "M0,0 C25,-40 60,-45 85,-30 M0,0 C30,-15 70,-5 90,20 "
    + "M0,0 C5,-35 20,-60 35,-70";
  const string = Array.from({ length: 22 }, (_, index) => {
    const x = 20 + index * 60;
    const y = 90 + Math.sin((index / 21) * Math.PI * 2) * 30;
    return `${glow(rand, { cx: x, cy: y, rx: 34, color: rand.pick(["#ffd27a", "#ff9a5a", "#7affc0", "#ffe45a"]), opacity: 0.9 })}
      <circle cx="${x}" cy="${y}" r="4" fill="#fff6d8"/>`;
  });
  return cover(`<defs>${wash("isWall", [[0, "#0e3a3e"], [0.5, "#1f7a78"], [1, "#0e3034"]])}</defs>
    <rect width="${width}" height="${height}" fill="url(#isWall)"/>
    ${shelves(rand, { x: 380, y: 250, w: 520, rows: 3, gap: 62, palette: ["#e8c24a", "#d94a2a", "#3a8a3a", "#f0e0b0", "#7a3a1a"], blur: 6
      })}
    ${glow(rand, { cx: 640, cy: 250, rx: 380, ry: 180, color: "#ffcf7a", opacity: 0.35 })}
    ${neon(rand, { d: palm, color: "#4dff9a", width: 5, transform: "translate(1080,140) scale(0.9)" })}
    ${neon(rand, { d: "M-40,0 A40,40 0 1 1 40,0 A40,40 0 1 1 -40,0", color: "#ffb02e", width: 5, transform: "translate(180,150)" })}
    ${plant(rand, { x: 60, y: 400, size: 1.6, color: "#16301a", blur: 3 })}${plant(rand, { x: 1220, y: 420, size: 1.8, color: "#183a1c",
      blur: 3 })}
    <path d="M0,70 Q320,130 640,80 T1280,90" stroke="#0a1a1a" stroke-width="2" fill="none"/>${string.join("")}
    ${bokeh(rand, { x: 0, y: 0, w: width, h: 380, count: 34, palette: ["#ffd27a", "#ff9a5a", "#7affc0"], size: [10, 36], blur: 10 })}
    ${perspectiveFloor(rand, { vp: [260, 330], colors: ["#a0522a", "#8a4422"], tile: 50, from: 430, blur: 3, dim: 0.5 })}
    ${perspectiveBar(rand, { near: [1340, 470], vp: [260, 330], height: 360, depth: 90, top: "#5a3018", front: "#b08a48", seat: "#e0a030",
      lamp: "#ffd08a", shade: "#c8a060", stools: 6, lamps: 3, panels: 30 })}
    <g filter="url(#depth16)">${[[180, 600], [520, 630]].map(([cx, cy]) => `<ellipse cx="${cx}" cy="${cy}" rx="150" ry="36" fill="#e8d8b8"/>
      <ellipse cx="${cx}" cy="${cy - 4}" rx="86" ry="20" fill="#c8561a"/><ellipse cx="${cx - 30}" cy="${cy - 8}" rx="30" ry="10"
        fill="#f4ecd8"/>`).join("")}</g>`);
}

/** Bayou Social: a French Quarter storefront at dusk, warm windows under an iron gallery, wet pavement reflecting them. */
function bayouSocial(rand, { width, height }) {
  const arch = (x) => `M${x - 110},520 V260 A110,110 0 0 1 ${x + 110},260 V520 Z`;
  const interior = [260, 640, 1020].map((x, index) => {
    const people = Array.from({ length: 3 }, () => {
      const px = x + rand.near(0, 70);
      const top = rand.range(330, 370);
      return `<circle cx="${px.toFixed(1)}" cy="${top}" r="19" fill="#4a2414"/><rect x="${(px - 30).toFixed(1)}" y="${top + 18}" width="60"
        height="170" rx="26" fill="#4a2414"/>`;
    });
    return `<clipPath id="win${index}"><path d="${arch(x)}"/></clipPath><g clip-path="url(#win${index})">
      <rect x="${x - 110}" y="150" width="220" height="370" fill="url(#room)"/>
      ${bokeh(rand, { x: x - 110, y: 160, w: 220, h: 200, count: 12, palette: ["#fff0c0", "#ffcf7a"], size: [8, 22], blur: 3 })}
      <g filter="url(#depth6)">${people.join("")}<rect x="${x - 110}" y="450" width="220" height="70" fill="#3a1a0c"/></g>
      <path d="M${x - 110},300 L${x + 20},150 L${x + 60},150 L${x - 110},360 Z" fill="#fff" opacity="0.08"/></g>
      <path d="${arch(x)}" fill="none" stroke="#16100c" stroke-width="14"/><path d="M${x},150 V520 M${x - 110},360 H${x + 110}"
        stroke="#16100c" stroke-width="8"/>`;
  });
  const rail = Array.from({ length: 80 }, (_, index) => `<rect x="${index * 16}" y="60" width="3" height="80" fill="#0c0a0a"/>`);
  const curls = Array.from({ length: 20 }, (_, index) => `<circle cx="${32 + index * 64}" cy="100" r="14" fill="none" stroke="#0c0a0a"
    stroke-width="3"/>`);
  const columns = [70, 450, 830, 1210].map((x) => `<rect x="${x - 6}" y="140" width="12" height="385" fill="#0e0c0c"/>
    <rect x="${x - 2}" y="140" width="3" height="385" fill="#ffcf8a" opacity="0.25"/>`);
  return cover(`<defs>${wash("dusk", [[0, "#1a1a4a"], [0.6, "#4a2a5a"], [1, "#a0506a"]])}
      ${wash("facade", [[0, "#3a2a40"], [1, "#6a4034"]])}${wash("street", [[0, "#1a1420"], [1, "#0a0810"]])}
      ${wash("room", [[0, "#ffd890"], [0.6, "#ff9f4a"], [1, "#a04a1a"]])}
      <filter id="stucco" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.02" numOctaves="4"
        seed="9"/>
        <feColorMatrix values="0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0.9 0 0 0 -0.3"/><feComposite in2="SourceGraphic"
          operator="in"/></filter></defs>
    <rect width="${width}" height="${height}" fill="url(#dusk)"/><rect y="30" width="${width}" height="510" fill="url(#facade)"/>
    <rect y="30" width="${width}" height="510" fill="#000" filter="url(#stucco)" opacity="0.5"/>
    ${interior.join("")}
    ${[450, 830].map((x) => `${glow(rand, { cx: x, cy: 250, rx: 110, color: "#ffd27a", opacity: 0.95 })}<rect x="${x - 12}" y="226"
      width="24" height="42" rx="4"
      fill="#1a1410"/><ellipse cx="${x}" cy="248" rx="6" ry="11" fill="#fff4c8"/>`).join("")}
    ${columns.join("")}
    <rect y="140" width="${width}" height="10" fill="#0c0a0a"/>${rail.join("")}${curls.join("")}<rect y="56" width="${width}" height="8"
      fill="#0c0a0a"/>
    ${[190, 640, 1090].map((x) => plant(rand, { x, y: 150, size: 1, color: "#1e4222", hanging: true, blur: 2 })).join("")}
    ${glow(rand, { cx: 640, cy: 420, rx: 760, ry: 180, color: "#ffb85a", opacity: 0.3 })}
    <rect y="520" width="${width}" height="120" fill="url(#street)"/>
    <g filter="url(#depth10)" opacity="0.5">${[260, 640, 1020].map((x) => `<rect x="${x - 80}" y="528" width="160" height="110"
      fill="#ffb85a"/>`).join("")}</g>
    <g filter="url(#depth3)" opacity="0.5">${[450, 830].map((x) => `<rect x="${x - 4}" y="532" width="8" height="80"
      fill="#ffd27a"/>`).join("")}</g>
    <rect y="520" width="${width}" height="8" fill="#2a2030"/><rect y="600" width="${width}" height="4" fill="#3a3040" opacity="0.8"/>`, {
      warmth: 0.08 });
}

/** Green Groove: a bright daytime café, big windows, hanging plants, a pale wood counter and a green neon leaf. */
function greenGroove(rand, { width, height }) {
  const leaf = "M0,0 C40,-60 110,-60 150,-100 C140,-30 90,30 0,0 Z M0,0 C50,-30 90,-55 130,-85";
  return cover(`<defs>${wash("ggWall", [[0, "#cfe0c8"], [1, "#8fb08a"]])}</defs>
    <rect width="${width}" height="${height}" fill="url(#ggWall)"/>
    <g filter="url(#depth10)"><rect x="60" y="60" width="420" height="360" fill="#f8fbf6"/><rect x="800" y="60" width="420" height="360"
      fill="#f8fbf6"/>
      <path d="M270,60 V420 M60,240 H480 M1010,60 V420 M800,240 H1220" stroke="#dfe6dc" stroke-width="10"/></g>
    ${glow(rand, { cx: 270, cy: 240, rx: 360, ry: 280, color: "#ffffff", opacity: 0.7 })}${glow(rand, { cx: 1010, cy: 240, rx: 360, ry:
      280, color: "#ffffff", opacity: 0.7 })}
    ${bokeh(rand, { x: 40, y: 40, w: 1200, h: 400, count: 30, palette: ["#ffffff", "#e8f6d0"], size: [16, 50], opacity: [0.2, 0.5], blur:
      10 })}
    ${neon(rand, { d: leaf, color: "#3dff6a", width: 5, transform: "translate(560,230) scale(0.9)" })}
    ${[140, 420, 860, 1140].map((x) => plant(rand, { x, y: 110, size: 1.1, color: "#2e5a26", hanging: true, blur: 3 })).join("")}
    ${perspectiveFloor(rand, { vp: [900, 320], colors: ["#d8c8a8", "#d2c2a0"], tile: 24, from: 430, blur: 3, dim: 0.15 })}
    ${perspectiveBar(rand, { near: [-60, 470], vp: [900, 320], height: 360, depth: 90, top: "#d8b88a", front: "#eef0ea", seat: "#c89a62",
      lamp: "#fff4dc", shade: "#f4f4f0", stools: 6, lamps: 3, panels: 24 })}
    ${plant(rand, { x: 1200, y: 480, size: 1.8, color: "#2e6426", blur: 6 })}
    <g filter="url(#depth16)"><ellipse cx="1000" cy="650" rx="260" ry="60" fill="#e6d2b0"/><ellipse cx="960" cy="620" rx="90" ry="24"
      fill="#f4f2ea"/>
      <ellipse cx="960" cy="616" rx="60" ry="14" fill="#4a8a2a"/></g>`, { warmth: 0.05, vignette: 0.35 });
}

export const venueScenes = [
  { file: "soul-kitchen-cover.jpg", draw: soulKitchen },
  { file: "smokehouse-cover.jpg", draw: smokehouse },
  { file: "island-cover.jpg", draw: islandSpice },
  { file: "bayou-cover.jpg", draw: bayouSocial },
  { file: "greens-cover.jpg", draw: greenGroove },
];
