/** Clothes for the store's photos: a satin-lapel vest on a wooden hanger and a folded linen shirt, front on. */
import { litFilter, mix, tint } from "./svg-kit.mjs";

const f1 = (value) => value.toFixed(1);
const mirror = (d, axis) => d.replace(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g, (_, x, y) => `${f1(2 * axis - Number(x))},${y}`);

/** Lighting for cloth: a soft roundness, a weave in the height map and a cast shadow on the paper behind. */
export function clothFilters(rand) {
  const seed = rand.seed();
  return [
    litFilter("wool", { bevel: 16, depth: 2.5, noise: 0.35, grain: 0.9, gloss: 0.08, shine: 20, seed, shadow: [14, 10, 16, 0.5] }),
    litFilter("satin", { bevel: 4, depth: 2, gloss: 0.5, spec: 1.2, shine: 18, seed, shadow: [2, 1, 2, 0.5] }),
    litFilter("hangerWood", { bevel: 5, depth: 5, noise: 0.2, grain: 0.05, gloss: 0.8, spec: 1.3, shine: 35, seed,
      shadow: [6, 4, 8, 0.45] }),
    litFilter("linen", { bevel: 14, depth: 3, noise: 0.1, grain: 0.9, gloss: 0.05, seed, shadow: [12, 8, 14, 0.42] }),
    litFilter("linenFlat", { bevel: 4, depth: 2, noise: 0.1, grain: 0.9, seed, shadow: [3, 2, 4, 0.35] }),
    litFilter("pearl", { bevel: 2, depth: 2.5, gloss: 0.45, spec: 1, shine: 30, seed, shadow: [1.2, 0.8, 1.5, 0.45] }),
  ].join("");
}

/** A satin sheen running diagonally across a shape: dark, a bright band, dark again. */
const satinGradient = (id, { base, angle = [0.1, 0, 0.9, 1], band = 0.45 }) => `<linearGradient id="${id}" x1="${angle[0]}"
  y1="${angle[1]}" x2="${angle[2]}" y2="${angle[3]}"><stop offset="0" stop-color="${tint(base, -0.3)}"/>
  <stop offset="${band - 0.16}" stop-color="${base}"/><stop offset="${band}" stop-color="${tint(base, 0.45)}"/>
  <stop offset="${band + 0.1}" stop-color="${base}"/><stop offset="1" stop-color="${tint(base, -0.35)}"/></linearGradient>`;

/** A wooden hanger whose bar sits across the shoulders, with a chrome hook; `hookOnly` for the part seen above. */
export function hanger({ cx, y, span = 170, hookOnly = false }) {
  const bar = `M${cx - span},${y + 34} C${cx - span * 0.6},${y + 8} ${cx - 40},${y - 4} ${cx},${y - 6} C${cx + 40},${y - 4}
    ${cx + span * 0.6},${y + 8} ${cx + span},${y + 34}`;
  const hook = `M${cx},${y - 6} L${cx},${y - 58} C${cx},${y - 96} ${cx + 44},${y - 100} ${cx + 44},${y - 70} C${cx + 44},${y - 54}
    ${cx + 30},${y - 48} ${cx + 22},${y - 52}`;
  return `<defs><linearGradient id="chrome" x1="0" x2="1"><stop offset="0" stop-color="#6d6f73"/><stop offset="0.4"
    stop-color="#f4f4f2"/><stop offset="0.7" stop-color="#9a9c9f"/><stop offset="1" stop-color="#4a4c50"/></linearGradient></defs>
    <path d="${hook}" fill="none" stroke="#2a2624" stroke-width="7" stroke-linecap="round" opacity="0.25" filter="url(#pblur4)"
      transform="translate(8,10)"/>
    <path d="${hook}" fill="none" stroke="url(#chrome)" stroke-width="5.5" stroke-linecap="round"/>
    <path d="${hook}" fill="none" stroke="#ffffff" stroke-width="1.2" stroke-linecap="round" opacity="0.6" transform="translate(-1,0)"/>
    ${hookOnly ? "" : `<g filter="url(#hangerWood)"><path d="${bar}" fill="none" stroke="#8a5a32" stroke-width="20"
      stroke-linecap="round"/></g>
    <path d="${bar}" fill="none" stroke="#e8c494" stroke-width="2" opacity="0.5" transform="translate(0,-6)"/>
    <rect x="${cx - 9}" y="${y - 14}" width="18" height="14" rx="3" fill="#b8b8b6"/>`}`;
}

/**
 * A black waistcoat seen from the front as it hangs: wool panels with darts, shawl lapels and welt pockets in satin,
 * covered buttons, the pointed fronts of a dress vest, and the satin lining and hanger showing through the V.
 */
export function satinVest(rand, { cx = 320, top = 170 }) {
  const y = (value) => top + value;
  const left = `M${cx - 52},${y(0)} L${cx - 126},${y(16)} C${cx - 138},${y(60)} ${cx - 140},${y(112)} ${cx - 126},${y(140)}
    C${cx - 132},${y(230)} ${cx - 138},${y(300)} ${cx - 134},${y(372)} C${cx - 90},${y(392)} ${cx - 50},${y(414)} ${cx - 22},${y(436)}
    L${cx + 4},${y(384)} L${cx + 4},${y(170)} C${cx - 20},${y(120)} ${cx - 40},${y(60)} ${cx - 52},${y(0)} Z`;
  const lapel = `M${cx - 52},${y(0)} L${cx - 84},${y(9)} C${cx - 72},${y(80)} ${cx - 42},${y(140)} ${cx - 2},${y(186)} L${cx + 4},${y(170)}
    C${cx - 20},${y(120)} ${cx - 40},${y(60)} ${cx - 52},${y(0)} Z`;
  const welt = `M${cx - 104},${y(262)} L${cx - 44},${y(256)} L${cx - 43},${y(266)} L${cx - 103},${y(272)} Z`;
  const dart = `M${cx - 70},${y(200)} C${cx - 68},${y(260)} ${cx - 70},${y(330)} ${cx - 74},${y(395)}`;
  const folds = [[-100, 150, 340, 26, 0.3], [-36, 220, 400, 30, 0.28], [-126, 40, 120, 14, 0.25]].map(([dx, y0, y1, w, dark]) =>
    `<path d="M${cx + dx},${y(y0)} C${cx + dx + 6},${y((y0 + y1) / 2)} ${cx + dx - 4},${y(y1 - 30)} ${cx + dx + 2},${y(y1)}"
      stroke="${dark > 0 ? "#000" : "#8a8a94"}" stroke-width="${w}" opacity="${Math.abs(dark)}" fill="none" filter="url(#pblur10)"/>`)
    .join("");
  const side = (d, flip) => (flip ? mirror(d, cx) : d);
  const panel = (flip) => `<g filter="url(#wool)"><path d="${side(left, flip)}" fill="#232226"/></g>
    <clipPath id="vestClip${flip ? "R" : "L"}"><path d="${side(left, flip)}"/></clipPath>
    <g clip-path="url(#vestClip${flip ? "R" : "L"})">${flip ? mirror(folds, cx) : folds}
      <path d="${side(dart, flip)}" stroke="#000" stroke-width="1.6" fill="none" opacity="0.6"/>
      <path d="${side(dart, flip)}" stroke="#5a5a60" stroke-width="0.8" fill="none" opacity="0.5" transform="translate(1.5,0)"/></g>
    <g filter="url(#satin)"><path d="${side(lapel, flip)}" fill="url(#lapelSheen${flip ? "R" : "L"})"/>
      <path d="${side(welt, flip)}" fill="url(#lapelSheen${flip ? "R" : "L"})"/></g>`;
  const buttons = [212, 252, 292, 332, 372].map((offset) => `<g filter="url(#satin)"><circle cx="${cx + 2}" cy="${y(offset)}" r="7.5"
    fill="url(#buttonSheen)"/></g>`).join("");
  const lining = `M${cx - 52},${y(0)} C${cx - 20},${y(-14)} ${cx + 20},${y(-14)} ${cx + 52},${y(0)} L${cx + 2},${y(180)} Z`;
  return `<defs>${satinGradient("lapelSheenL", { base: "#1c1c21", band: 0.42 })}${satinGradient("lapelSheenR", { base: "#1c1c21",
    angle: [0.9, 0, 0.1, 1], band: 0.55 })}${satinGradient("liningSheen", { base: "#3a2c30", angle: [0, 0, 1, 0.4], band: 0.5 })}
    <radialGradient id="buttonSheen" cx="0.35" cy="0.3" r="0.8"><stop offset="0" stop-color="#8a8a92"/><stop offset="0.4"
      stop-color="#25252a"/><stop offset="1" stop-color="#0a0a0c"/></radialGradient></defs>
    <path d="${lining}" fill="url(#liningSheen)"/>
    <path d="M${cx - 40},${y(10)} C${cx - 10},${y(40)} ${cx + 10},${y(40)} ${cx + 40},${y(10)}" stroke="#000" stroke-width="10"
      opacity="0.35" fill="none" filter="url(#pblur6)"/>
    ${hanger({ cx, y: top + 12 })}
    ${panel(true)}${panel(false)}
    <path d="M${cx + 4},${y(186)} L${cx + 4},${y(384)} L${cx - 22},${y(436)}" stroke="#000" stroke-width="3" fill="none" opacity="0.5"
      filter="url(#pblur2)"/>
    ${buttons}`;
}

/** Linen's slub weave: fine threads both ways, irregular, laid over a cream ground. */
export function linenWeave(rand, id) {
  return `<filter id="${id}" x="0" y="0" width="100%" height="100%" color-interpolation-filters="sRGB">
    <feTurbulence type="fractalNoise" baseFrequency="1.2 0.03" numOctaves="2" seed="${rand.seed()}" result="warp"/>
    <feTurbulence type="fractalNoise" baseFrequency="0.03 1.2" numOctaves="2" seed="${rand.seed()}" result="weft"/>
    <feComposite in="warp" in2="weft" operator="arithmetic" k2="0.5" k3="0.5"/>
    <feColorMatrix values="0 0 0 0 0.42 0 0 0 0 0.34 0 0 0 0 0.2 -1.1 0 0 0 0.68"/>
    <feComposite in2="SourceGraphic" operator="in"/></filter>`;
}

/**
 * A cream linen shirt folded as a shop folds it, seen from above: the band collar standing round the neck, the
 * placket and its shell buttons, creases where it was folded and the folded-back sleeves at the sides.
 */
export function foldedShirt(rand, { cx = 320, top = 150, cloth = "#f1e4c6" }) {
  const y = (value) => top + value;
  const body = `M${cx - 70},${y(22)} C${cx - 120},${y(30)} ${cx - 160},${y(40)} ${cx - 176},${y(62)} C${cx - 182},${y(180)} ${cx - 180},
    ${y(300)} ${cx - 176},${y(392)} C${cx - 60},${y(400)} ${cx + 60},${y(400)} ${cx + 176},${y(392)} C${cx + 180},${y(300)} ${cx + 182},
    ${y(180)} ${cx + 176},${y(62)} C${cx + 160},${y(40)} ${cx + 120},${y(30)} ${cx + 70},${y(22)} Z`;
  const neck = `M${cx - 64},${y(26)} C${cx - 60},${y(-22)} ${cx + 60},${y(-22)} ${cx + 64},${y(26)} C${cx + 50},${y(60)} ${cx - 50},
    ${y(60)} ${cx - 64},${y(26)} Z`;
  const backBand = `M${cx - 74},${y(28)} C${cx - 72},${y(-36)} ${cx + 72},${y(-36)} ${cx + 74},${y(28)} L${cx + 62},${y(26)}
    C${cx + 58},${y(-18)} ${cx - 58},${y(-18)} ${cx - 62},${y(26)} Z`;
  const frontBand = (flip) => {
    const d = `M${cx - 74},${y(28)} C${cx - 62},${y(62)} ${cx - 30},${y(76)} ${cx - 4},${y(80)} L${cx - 4},${y(58)} C${cx - 30},${y(54)}
      ${cx - 54},${y(44)} ${cx - 62},${y(26)} Z`;
    return flip ? mirror(d, cx) : d;
  };
  const placket = `M${cx - 17},${y(66)} L${cx + 17},${y(66)} L${cx + 17},${y(396)} L${cx - 17},${y(396)} Z`;
  const sleeve = (flip) => {
    const d = `M${cx - 176},${y(70)} C${cx - 150},${y(150)} ${cx - 142},${y(250)} ${cx - 150},${y(330)} L${cx - 176},${y(350)} Z`;
    return flip ? mirror(d, cx) : d;
  };
  const creases = [[-150, 210, 150, 210], [-170, 118, -60, 100], [60, 100, 170, 120]].map(([x0, y0, x1, y1]) => `<path
    d="M${cx + x0},${y(y0)} Q${cx + (x0 + x1) / 2},${y((y0 + y1) / 2 + 6)} ${cx + x1},${y(y1)}" stroke="#6e5a3a" stroke-width="5"
    opacity="0.22" fill="none" filter="url(#pblur3)"/>`).join("");
  const buttons = [40, 120, 200, 280, 360].map((offset) => `<g filter="url(#pearl)"><circle cx="${cx}" cy="${y(offset + 30)}" r="6.5"
    fill="#f4ecd9"/></g><circle cx="${cx - 1.6}" cy="${y(offset + 30)}" r="0.9" fill="#9a9080"/>
    <circle cx="${cx + 1.6}" cy="${y(offset + 30)}" r="0.9" fill="#9a9080"/>`).join("");
  return `<defs>${linenWeave(rand, "linenWeave")}</defs>
    <g filter="url(#linen)"><path d="${body}" fill="${cloth}"/></g>
    <g opacity="0.8"><path d="${body}" fill="#000" filter="url(#linenWeave)"/></g>
    ${creases}
    <g filter="url(#linenFlat)"><path d="${sleeve(false)}" fill="${tint(cloth, -0.04)}"/><path d="${sleeve(true)}"
      fill="${tint(cloth, -0.04)}"/></g>
    <g filter="url(#linenFlat)"><path d="${placket}" fill="${tint(cloth, 0.03)}"/></g>
    <path d="M${cx - 17},${y(66)} L${cx - 17},${y(396)}" stroke="#7a6848" stroke-width="1" opacity="0.5"/>
    <path d="${neck}" fill="${mix(cloth, "#6b5434", 0.4)}"/>
    <path d="M${cx - 60},${y(28)} C${cx - 40},${y(8)} ${cx + 40},${y(8)} ${cx + 60},${y(28)}" stroke="#3a2c18" stroke-width="14"
      opacity="0.3" fill="none" filter="url(#pblur6)"/>
    <g filter="url(#linenFlat)"><path d="${backBand}" fill="${tint(cloth, -0.08)}"/></g>
    <g filter="url(#linenFlat)"><path d="${frontBand(false)}" fill="${tint(cloth, 0.05)}"/><path d="${frontBand(true)}"
      fill="${tint(cloth, 0.05)}"/></g>
    <g opacity="0.4"><path d="${backBand}" fill="#000" filter="url(#linenWeave)"/><path d="${frontBand(false)}" fill="#000"
      filter="url(#linenWeave)"/><path d="${frontBand(true)}" fill="#000" filter="url(#linenWeave)"/></g>
    ${buttons}
    <g filter="url(#pearl)"><circle cx="${cx}" cy="${y(68)}" r="5.5" fill="#f4ecd9"/></g>`;
}
