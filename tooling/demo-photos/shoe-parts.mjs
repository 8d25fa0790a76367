/**
 * A dress shoe built on a last (its length is 1; x runs heel to toe, y across, z up) and rendered with `shoe-mesh.mjs`:
 * upper, welted sole and stacked heel, then seams, stitching, perforations, eyelets and laces drawn on the surface.
 */
import { add, cross3, dot, paintQuads, productCamera, profile, scale, sub, surfaceCurve, sweep, unit } from "./shoe-mesh.mjs";

const f1 = (value) => value.toFixed(1);
const last = {
  width: profile([[0, 0.104], [0.15, 0.112], [0.3, 0.099], [0.45, 0.105], [0.62, 0.134], [0.75, 0.138], [0.9, 0.124], [1, 0.11]]),
  sole: profile([[0, 0.08], [0.21, 0.08], [0.34, 0.07], [0.5, 0.042], [0.62, 0.024], [0.86, 0.024], [1, 0.04]]),
  height: profile([[0, 0.25], [0.15, 0.262], [0.3, 0.255], [0.4, 0.238], [0.5, 0.208], [0.6, 0.175], [0.7, 0.148], [0.8, 0.126],
    [0.9, 0.1], [0.95, 0.088], [1, 0.07]]),
};
const cap = (x, from, to) => (x > from ? Math.sqrt(Math.max(0, 1 - ((x - from) / (to - from)) ** 2)) : 1);
const heelRound = (x) => (x < 0.08 ? Math.sqrt(Math.max(0, 1 - (1 - x / 0.08) ** 2)) : 1);
const halfWidth = (x) => last.width(x) * heelRound(x) * cap(x, 0.8, 1);
const crown = (x) => last.height(x) * cap(x, 0.92, 1.0005);
const POWER = 2 / 2.7; // a superellipse section: straighter walls than an ellipse, like a last
const SOLE = 0.02;
const HEEL_END = 0.21;
const TOE = 1.012; // the sole runs a little past the upper's toe
const weltWidth = (x) => (last.width(x) * 1.035 + 0.007) * heelRound(x + 0.004) * cap(x, 0.8, TOE);

/** Cosine spacing: more sections near the heel and the toe, where the shape turns fastest. */
const spacing = (from, to, count) => Array.from({ length: count + 1 }, (_, i) => from + ((to - from) * (1 - Math.cos((Math.PI * i) /
  count))) / 2);

/** The upper's surface at `x` on `side` (-1 near, 1 far) and `h` (0 at the sole, 1 at the top centre or the collar's edge). */
function upperAt(style, x, side, h) {
  const top = crown(x);
  const collar = x < style.openUntil ? style.topline(x) : Infinity;
  const edge = collar < top ? Math.acos(Math.pow(collar / top, 1 / POWER)) : 0;
  const theta = side * (Math.PI / 2 - h * (Math.PI / 2 - edge));
  const [s, c] = [Math.sin(theta), Math.cos(theta)];
  const rise = Math.abs(c) ** POWER;
  // The heel counter leans in toward the ankle, so the back of the shoe curves instead of standing straight.
  const lean = (1 - Math.min(1, x / 0.2)) ** 2 * 0.03 * rise ** 2;
  return [x + lean, halfWidth(x) * Math.sign(s) * Math.abs(s) ** POWER, last.sole(x) + top * rise];
}

/** [point, outward normal] on the upper, for drawing on it. */
export function onUpper(style, x, side, h) {
  const point = upperAt(style, x, side, h);
  const [dx, dh] = [sub(upperAt(style, Math.min(0.999, x + 0.002), side, h), upperAt(style, Math.max(0.001, x - 0.002), side, h)),
    sub(upperAt(style, x, side, Math.min(1, h + 0.01)), upperAt(style, x, side, Math.max(0, h - 0.01)))];
  let normal = unit(cross3(dx, dh));
  const inward = sub([x, 0, last.sole(x) + crown(x) * 0.3], point);
  if (dot(normal, inward) > 0) normal = scale(normal, -1);
  return [point, normal];
}

function upperQuads(style, materials) {
  const xs = [...spacing(0, 0.3, 50), ...spacing(0.3, 1, 110).slice(1)];
  return [-1, 1].flatMap((side) => sweep({
    xs,
    section: (x) => Array.from({ length: 25 }, (_, k) => upperAt(style, x, side, k / 24)),
    centre: (x) => [x, 0, last.sole(x) + crown(x) * 0.3],
    material: (x, h) => materials[style.region(x, h)],
  }));
}

function soleQuads(materials) {
  const welt = sweep({
    xs: spacing(0, TOE, 90),
    section: (x) => {
      const [w, out, top] = [x < 1 ? halfWidth(x) : 0, weltWidth(x), last.sole(Math.min(1, x))];
      return [[-w, top], [-out, top], [-out, top - SOLE], [out, top - SOLE], [out, top], [w, top]];
    },
    centre: (x) => [x, 0, last.sole(Math.min(1, x)) - SOLE / 2],
    material: (x, s) => (s > 0.2 && s < 0.8 ? materials.edge : materials.welt),
  });
  const heel = sweep({
    xs: spacing(0, HEEL_END, 16),
    section: (x) => [[-weltWidth(x), last.sole(x) - SOLE], [-weltWidth(x), 0], [weltWidth(x), 0], [weltWidth(x), last.sole(x) - SOLE]],
    centre: (x) => [HEEL_END / 2, 0, 0.03],
    material: () => materials.heel,
  });
  const [w, z] = [weltWidth(HEEL_END), last.sole(HEEL_END) - SOLE];
  const breast = { corners: [[HEEL_END, -w, 0], [HEEL_END, w, 0], [HEEL_END, w, z], [HEEL_END, -w, z]], centre: [0.1, 0, 0.03],
    material: materials.heel };
  return [...welt, ...heel, breast];
}

/** A ring of points around the sole at ground level (for the cast shadow). */
const footprint = (from, to, grow = 1) => {
  const xs = spacing(from, Math.min(to, TOE), 30);
  return [...xs.map((x) => [x, -weltWidth(x) * grow, 0]), ...xs.reverse().map((x) => [x, weltWidth(x) * grow, 0])];
};

const strokes = (d, { color, width, opacity = 1, dash }) => (d ? `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}"
  stroke-linecap="round" opacity="${opacity}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>` : "");

/** A seam: a pressed groove, a catch of light beside it and a row of stitches (`stitch` colour), on both sides. */
export function seam(cam, style, path, { stitch, groove = "#000000", grooveWidth = 1.6, offset = 0.012, perforate = null }) {
  return [-1, 1].map((side) => {
    const along = (dh) => (t) => {
      const [x, h] = path(t);
      return onUpper(style, x, side, Math.min(1, Math.max(0, h + dh)));
    };
    const line = surfaceCurve(cam, along(0));
    const holes = perforate ? perforations(cam, along(perforate.dh), perforate) : "";
    const catchLight = strokes(surfaceCurve(cam, along(-0.006)), { color: "#ffffff", width: 0.7, opacity: 0.18 });
    const stitches = stitch ? strokes(surfaceCurve(cam, along(offset)), { color: stitch, width: 0.9, opacity: 0.7, dash: "2.2 2" }) : "";
    return `${strokes(line, { color: groove, width: grooveWidth, opacity: 0.55 })}${catchLight}${stitches}${holes}`;
  }).join("");
}

/** Brogue punching: a row of small holes along a seam. */
function perforations(cam, along, { count, size = 1.3, color = "#0a0807" }) {
  const facing = ([, normal]) => dot(normal, cam.view) > 0.1;
  return Array.from({ length: count + 1 }, (_, index) => along(index / count)).filter(facing).map(([point]) => {
    const [x, y] = cam.project(point);
    return `<circle cx="${f1(x)}" cy="${f1(y)}" r="${size}" fill="${color}" opacity="0.85"/>`;
  }).join("");
}

/** Straight-bar lacing over the instep, the eyelets and a bow at the top. */
function laces(cam, style, { color, eyelet = "#0c0b0b" }) {
  const rungs = [0.4, 0.434, 0.468, 0.502, 0.536];
  const hEye = 0.86;
  const over = (x) => (t) => (t < 0.5 ? onUpper(style, x, -1, hEye + (1 - hEye) * t * 2) : onUpper(style, x, 1, 1 - (1 - hEye) *
    (t - 0.5) * 2));
  const bars = rungs.map((x) => `${strokes(surfaceCurve(cam, over(x), { steps: 16, lift: 0.006 }), { color, width: 3.4 })}
    ${strokes(surfaceCurve(cam, over(x - 0.002), { steps: 16, lift: 0.008 }), { color: "#ffffff", width: 0.8, opacity: 0.25 })}`);
  const facing = ([, normal]) => dot(normal, cam.view) > 0.1;
  const eyelets = rungs.flatMap((x) => [-1, 1].map((side) => onUpper(style, x, side, hEye))).filter(facing).map(([point]) => {
    const [x, y] = cam.project(point);
    return `<circle cx="${f1(x)}" cy="${f1(y)}" r="2.4" fill="${eyelet}"/>`;
  });
  const knot = onUpper(style, 0.395, -1, 1)[0];
  const loop = (points) => {
    const screen = points.map(([x, side, h, lift]) => cam.project(add(onUpper(style, x, side, h)[0], [0, 0, lift])));
    return `M${screen.map(([x, y]) => `${f1(x)},${f1(y)}`).join("L")}`;
  };
  const bow = [loop([[0.395, -1, 1, 0.01], [0.355, -1, 0.8, 0.02], [0.37, -1, 0.6, 0.014], [0.41, -1, 0.7, 0.015], [0.395, -1, 1, 0.01]]),
    loop([[0.395, -1, 1, 0.01], [0.44, -1, 0.78, 0.01], [0.47, -1, 0.58, 0.004], [0.49, -1, 0.42, 0]]),
    loop([[0.395, -1, 1, 0.01], [0.415, -1, 0.85, 0.012], [0.43, -1, 0.64, 0.006], [0.42, -1, 0.46, 0]])];
  const [kx, ky] = cam.project(add(knot, [0, 0, 0.01]));
  return `<g fill="none" stroke-linecap="round" stroke-linejoin="round">${bars.join("")}${eyelets.join("")}
    ${bow.map((d) => strokes(d, { color, width: 3.2 })).join("")}${bow.map((d) => strokes(d, { color: "#ffffff", width: 0.7,
    opacity: 0.2 })).join("")}<circle cx="${f1(kx)}" cy="${f1(ky)}" r="3.4" fill="${color}"/></g>`;
}

/**
 * The whole shoe in one view, centred on (cx, cy) with its sole on the ground there: the shadow it casts, the
 * painted mesh and everything drawn on it. `view`: { yaw, elevation } in radians; `size`: pixels per shoe length.
 */
export function shoe(rand, { style, materials, view, size, cx, cy, details }) {
  const probe = productCamera({ ...view, size, cx: 0, cy: 0 });
  const outline = footprint(0, 1).map((point) => probe.project(point));
  const [xs, ys] = [outline.map(([x]) => x), outline.map(([, y]) => y)];
  const offset = [cx - (Math.min(...xs) + Math.max(...xs)) / 2, cy - Math.max(...ys)];
  const cam = productCamera({ ...view, size, cx: offset[0], cy: offset[1] });
  const ring = (points) => `M${points.map((point) => cam.project(point)).map(([x, y]) => `${f1(x)},${f1(y)}`).join("L")}Z`;
  const id = `shoe${rand.seed()}`;
  const shadow = `<defs><filter id="${id}s" x="-30%" y="-60%" width="160%" height="220%"><feGaussianBlur stdDeviation="16"/></filter>
      <filter id="${id}c" x="-10%" y="-30%" width="120%" height="160%"><feGaussianBlur stdDeviation="3"/></filter></defs>
    <path d="${ring(footprint(0, 1, 1.5).map((point) => add(point, [0.06, 0.05, 0])))}" fill="#1e130b" opacity="0.42"
      filter="url(#${id}s)"/>
    <path d="${ring(footprint(0, HEEL_END))}" fill="#120b06" opacity="0.75" filter="url(#${id}c)"/>
    <path d="${ring(footprint(0.56, 1))}" fill="#120b06" opacity="0.7" filter="url(#${id}c)"/>`;
  const insole = `<path d="${ring(footprint(0.01, style.openUntil).map(([x, y]) => [x, y * 0.8, last.sole(x) + 0.004]))}"
    fill="${materials.insole}"/>`;
  const quads = [...soleQuads(materials), ...upperQuads(style, materials)];
  const welt = [-1, 1].map((side) => surfaceCurve(cam, (t) => {
    const x = HEEL_END * 0.6 + t * (0.99 - HEEL_END * 0.6);
    return [[x, side * (halfWidth(x) + weltWidth(x)) / 2, last.sole(x) + 0.001], [0, 0, 1]];
  }, { steps: 90 })).join("");
  // Suede: the surface multiplied by fine noise around 1, so the nap darkens and lightens it without greying it.
  const [low, span] = [1 - (materials.nap ?? 0), 2 * (materials.nap ?? 0)];
  const nap = materials.nap
    ? `<filter id="${id}n" x="0" y="0" width="100%" height="100%" color-interpolation-filters="sRGB"><feTurbulence type="fractalNoise"
        baseFrequency="0.7" numOctaves="2" seed="${rand.seed()}"/><feColorMatrix values="${span} 0 0 0 ${low} ${span} 0 0 0 ${low}
        ${span} 0 0 0 ${low} 0 0 0 0 1" result="grain"/><feGaussianBlur in="SourceGraphic" stdDeviation="0.7" result="soft"/>
        <feComposite in="soft" in2="grain" operator="arithmetic" k1="1"/><feComposite in2="soft" operator="in"/></filter>`
    : `<filter id="${id}n" x="0" y="0" width="100%" height="100%"><feGaussianBlur stdDeviation="0.7"/></filter>`;
  const collar = [-1, 1].map((side) => surfaceCurve(cam, (t) => onUpper(style, t * style.openUntil, side, 1), { lift: 0 })).join("");
  const stack = [0.25, 0.5, 0.75].map((k) => [-1, 1].map((side) => surfaceCurve(cam, (t) => {
    const x = t * HEEL_END;
    return [[x, side * weltWidth(x), (last.sole(x) - SOLE) * k], [0, side, 0]];
  }, { steps: 20 })).join("")).join("");
  return `${shadow}<defs>${nap}</defs><g filter="url(#${id}n)">${insole}${paintQuads(cam, quads)}</g>
    ${strokes(welt, { color: materials.weltStitch ?? "#000000", width: 0.9, opacity: 0.55, dash: "2.4 1.8" })}
    ${strokes(stack, { color: "#000000", width: 0.8, opacity: 0.35 })}
    ${strokes(collar, { color: materials.collar ?? "#ffffff", width: 1.8, opacity: 0.35 })}
    ${details(cam, { seam: (path, options) => seam(cam, style, path, options), laces: (options) => laces(cam, style, options),
      on: (x, side, h) => onUpper(style, x, side, h) })}`;
}

/** Lace-up shoes close at the instep; the quarters dip under the ankle. */
export const laceUp = {
  openUntil: 0.385,
  topline: profile([[0, 0.222], [0.08, 0.21], [0.2, 0.178], [0.28, 0.175], [0.34, 0.2], [0.385, 0.27]]),
};

/** A loafer's lower, longer opening. */
export const slipOn = {
  openUntil: 0.45,
  topline: profile([[0, 0.2], [0.1, 0.188], [0.25, 0.15], [0.36, 0.16], [0.45, 0.24]]),
};
