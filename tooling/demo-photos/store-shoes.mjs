/** Smooth Glide's shoe photos (640×640): one dress shoe each on a warm paper sweep. */
import { laceUp, shoe, slipOn } from "./shoe-parts.mjs";
import { profile } from "./shoe-mesh.mjs";
import { studioFilters, sweepBackdrop } from "./studio-parts.mjs";

const SIDE = { yaw: 0.0, elevation: 0.2 };
const THREE_QUARTER = { yaw: -0.62, elevation: 0.42 };

const leather = (base, extra = {}) => ({ base, kd: 0.7, ambient: 0.45, gloss: 0.7, shine: 38, sheen: 0.5, inside: "#9a6e48", ...extra });
const soleParts = (edge, heel, welt = edge) => ({ edge: leather(edge, { gloss: 0.3, sheen: 0.25 }), welt: leather(welt, { gloss: 0.3,
  sheen: 0.3 }), heel: leather(heel, { gloss: 0.2, sheen: 0.2 }), insole: "#6e4a2e" });

/** The cap-toe oxford: a plain toe cap, quarters sewn under the vamp, a heel counter. */
const oxford = { ...laceUp, region: () => "upper" };
const wingX = profile([[0, 0.45], [0.25, 0.56], [0.5, 0.7], [0.75, 0.76], [1, 0.775]]);
const counterX = profile([[0, 0.27], [1, 0.14]]);
/** The spectator: a wingtip cap and heel counter in the dark leather, the rest in the light. */
const spectator = {
  ...laceUp,
  region: (x, h) => (x > wingX(h) || x < counterX(h) ? "trim" : "upper"),
};
/** The penny loafer: one colour, a moc-toe apron and a saddle strap across the instep. */
const loafer = { ...slipOn, region: (x, h) => (x > 0.465 && x < 0.54 && h > 0.45 ? "strap" : "upper") };

const capToe = (t) => [0.79 - 0.05 * (1 - t) ** 2, t];
const vampSeam = (t) => [0.565 - 0.15 * t ** 0.8, 0.9 - 0.9 * t];
const counterSeam = (t) => [0.15 + 0.1 * t, 1 - t];
const facing = (t) => [0.39 + 0.17 * t, 1 - 0.12 * Math.sin(t * Math.PI * 0.9)];

function oxfordDetails(stitch, lace) {
  return (cam, { seam, laces }) => `${seam(capToe, { stitch })}${seam(vampSeam, { stitch })}${seam(counterSeam, { stitch })}
    ${seam(facing, { stitch, offset: -0.03 })}${laces({ color: lace })}`;
}

function scene(rand, { width, height }, { style, materials, view, size, details, paper, cx = 320, cy = 470 }) {
  return {
    defs: studioFilters(),
    scene: `${sweepBackdrop(rand, { width, height, paper, horizon: 0.62, spot: [0.45, 0.6] })}
      ${shoe(rand, { style, materials, view, size, cx, cy, details })}`,
    camera: { focus: [0.5, 0.55, 0.6], blur: 1.2, vignette: 0.35, warmth: 0.12 },
  };
}

function glideOxfordBlack(rand, frame) {
  const materials = { upper: leather("#1c1b1d", { gloss: 0.95, shine: 46, sheen: 0.62 }), ...soleParts("#161312", "#1a1411") };
  return scene(rand, frame, { style: oxford, materials, view: SIDE, size: 500, paper: "#c9a888", cy: 430,
    details: oxfordDetails("#3a3634", "#121112") });
}

function glideOxfordCognac(rand, frame) {
  const materials = { upper: leather("#8f4a1f", { gloss: 0.65, shine: 32, sheen: 0.42 }), ...soleParts("#3b2415", "#4a2c18", "#5a3820") };
  return scene(rand, frame, { style: oxford, materials, view: THREE_QUARTER, size: 470, paper: "#d2b79b", cy: 500,
    details: oxfordDetails("#c89a62", "#3a2112") });
}

function twoToneSpectator(rand, frame) {
  const materials = { upper: leather("#ebe6dc", { gloss: 0.35, shine: 30, sheen: 0.22, ambient: 0.55, kd: 0.5 }),
    trim: leather("#1b1a1b", { gloss: 0.9, shine: 44, sheen: 0.6 }), ...soleParts("#171312", "#1c1512") };
  const details = (cam, { seam, laces }) => `${seam((t) => [wingX(1 - t), 1 - t], { stitch: "#3a3634",
    perforate: { dh: 0, count: 70, size: 1.1 } })}
    ${seam((t) => [counterX(t), t], { stitch: "#3a3634", perforate: { dh: 0, count: 26, size: 1.1 } })}
    ${seam(facing, { stitch: "#8a8478", offset: -0.03 })}${seam(vampSeam, { stitch: "#8a8478" })}${laces({ color: "#f1ede4",
    eyelet: "#2a2624" })}`;
  return scene(rand, frame, { style: spectator, materials, view: { yaw: -0.3, elevation: 0.3 }, size: 500, paper: "#c4a384", details });
}

function suedeLoaferNavy(rand, frame) {
  const suede = { base: "#182240", kd: 0.75, ambient: 0.46, gloss: 0.04, shine: 8, sheen: 0.08, rimLight: 0.22, inside: "#a4784e" };
  const materials = { nap: 0.35, upper: suede, strap: { ...suede, base: "#141c36", sheen: 0.16 }, ...soleParts("#5a3a22", "#4e311d",
    "#6b4629") };
  const stitch = "#9aa6c2";
  const [front, back] = [0.54, 0.465];
  const details = (cam, { seam }) => `${seam((t) => [0.45 + 0.5 * t, 0.7 + 0.25 * t ** 6], { stitch, offset: 0.035, grooveWidth: 3 })}
    ${seam((t) => [0.45 + 0.5 * t, 0.7 + 0.25 * t ** 6], { stitch, offset: -0.035, grooveWidth: 0 })}
    ${seam((t) => [front, 0.45 + 0.55 * t], { stitch, groove: "#02030a", grooveWidth: 3.2, offset: -0.02 })}
    ${seam((t) => [back, 0.45 + 0.55 * t], { stitch, grooveWidth: 2, offset: 0.02 })}
    ${seam((t) => [back + (front - back) * t, 0.45], { stitch, groove: "#02030a", grooveWidth: 2.6, offset: 0.03 })}
    ${seam((t) => [0.503, 0.8 + 0.2 * t], { groove: "#02030a", grooveWidth: 6 })}`;
  return scene(rand, frame, { style: loafer, materials, view: { yaw: -0.38, elevation: 0.32 }, size: 500, paper: "#cdb092", details });
}

export const shoeScenes = [
  { file: "shoes-glide-oxford-black.jpg", draw: glideOxfordBlack },
  { file: "shoes-glide-oxford-cognac.jpg", draw: glideOxfordCognac },
  { file: "shoes-two-tone-spectator.jpg", draw: twoToneSpectator },
  { file: "shoes-suede-loafer-navy.jpg", draw: suedeLoaferNavy },
];
