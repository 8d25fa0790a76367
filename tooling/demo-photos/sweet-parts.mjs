/** Breads, sweets, fruit and drinks from above: cobbler, beignets, plantains, po'boy loaves, iced tea, coffee. */
import { scatter } from "./food-parts.mjs";
import { blobPath, smoothPath, tint } from "./svg-kit.mjs";

const f1 = (value) => value.toFixed(1);

/** Peach slices: orange crescents shining with syrup. */
export function peachSlices(rand, { cx, cy, rx, ry, count }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter: "glaze",
    draw: (x, y, angle, scale) => {
      const s = 22 * scale;
      return `<path d="M${f1(-s)},0 Q0,${f1(-s * 0.9)} ${f1(s)},0 Q0,${f1(-s * 0.35)} ${f1(-s)},0 Z"
        transform="translate(${f1(x)},${f1(y)}) rotate(${f1(angle)})"
        fill="${tint("#e9892c", rand.near(0, 0.1))}" stroke="#d9541e" stroke-width="2"/>`;
    },
  });
}

/** Cobbler crust: golden, sugared drop-biscuit patches with gaps where the fruit bubbles up. */
export function cobblerCrust(rand, { cx, cy, rx, ry, count = 9 }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter: "crust", each: true,
    draw: (x, y, angle, scale) =>
      `<path d="${blobPath(rand, { cx: x, cy: y, rx: 50 * scale, ry: 40 * scale, wobble: 0.22, points: 10, rotate: angle })}"
        fill="${tint("#dc9a46", rand.near(0, 0.08))}"/>`,
  });
}

/** A scoop of vanilla ice cream, starting to melt. */
export function iceCream(rand, { x, y, r = 44 }) {
  return `<path d="${blobPath(rand, { cx: x + 6, cy: y + 8, rx: r * 1.3, ry: r * 1.15, wobble: 0.16, points: 11 })}" fill="#f6ecd6"
    opacity="0.9" filter="url(#sauce)"/>
    <path d="${blobPath(rand, { cx: x, cy: y, rx: r, ry: r * 0.92, wobble: 0.1, points: 12 })}" fill="#fbf3e2" filter="url(#cream)"/>
    ${scatter(rand, { cx: x, cy: y, rx: r * 0.7, ry: r * 0.7, count: 24, draw: (sx, sy) => `<circle cx="${f1(sx)}" cy="${f1(sy)}" r="0.9"
      fill="#3a2414" opacity="0.6"/>` })}`;
}

/** A beignet: a puffed, golden square of dough, its top buried in powdered sugar that thins out toward the edges. */
export function beignet(rand, { x, y, size = 70, angle = 0 }) {
  const corners = [[-1, -0.8], [0, -0.95], [1, -0.78], [1.05, 0], [0.85, 0.8], [0, 0.92], [-0.9, 0.82], [-1.05, 0]];
  const outline = smoothPath(corners.map(([px, py]) => [px * size + rand.near(0, size * 0.08), py * size + rand.near(0, size * 0.08)]));
  const id = `beignet${rand.seed()}`;
  const grains = scatter(rand, {
    cx: 0, cy: 0, rx: size * 0.95, ry: size * 0.85, count: 420, bias: 1.6,
    draw: (px, py) => `<circle cx="${f1(px)}" cy="${f1(py)}" r="${f1(rand.range(0.6, 1.8))}" fill="#fffdf8" opacity="${f1(rand.range(0.5, 1))}"/>`,
  });
  return `<g transform="translate(${f1(x)},${f1(y)}) rotate(${f1(angle)})"><defs><clipPath id="${id}"><path d="${outline}"/></clipPath></defs>
    <g filter="url(#crumb)"><path d="${outline}" fill="#c98a45"/></g>
    <g clip-path="url(#${id})"><path d="${blobPath(rand, { cx: -size * 0.08, cy: -size * 0.08, rx: size * 0.72, ry: size * 0.62, wobble: 0.2 })}"
      fill="#fbf7ee" opacity="0.92" filter="url(#soft6)"/>${grains}</g></g>`;
}

/** Powdered sugar dusted past the food onto the plate. */
export function dusting(rand, { cx, cy, rx, ry, count = 500 }) {
  return scatter(rand, {
    cx, cy, rx, ry, count,
    draw: (x, y) => `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(rand.range(0.5, 1.6))}" fill="#fff" opacity="${f1(rand.range(0.4,
      0.9))}"/>`,
  });
}

/** A fried sweet-plantain slice cut on the bias: golden middle, deeply caramelized edges. */
export function plantainSlice(rand, { x, y, length = 70, angle = 0 }) {
  const outline = blobPath(rand, { cx: x, cy: y, rx: length / 2, ry: length * 0.22, wobble: 0.06, points: 10, rotate: angle });
  return `<path d="${outline}" fill="${tint("#d9902e", rand.near(0, 0.1))}"/>`;
}

/** A split French loaf for a po'boy, seen from above: crust on both halves, the filling showing in between. */
export function poBoyLoaf(rand, { x, y, length = 420, angle = -12, filling }) {
  const half = (side) => {
    const [inner, outer] = [side * 26, side * 82];
    const outline = smoothPath([[-length / 2, inner * 1.4], [-length * 0.4, outer * 0.8], [0, outer], [length * 0.4, outer * 0.8], [length / 2, inner * 1.4],
      [length * 0.4, inner], [0, inner * 1.1], [-length * 0.4, inner]]);
    const scores = [-0.25, 0, 0.25].map((t) => `<path d="M${f1(length * t - 20)},${f1(outer * 0.45)} q20,${f1(side * 8)} 40,${f1(side * 16)}"
      stroke="#e8b878" stroke-width="5" stroke-linecap="round" fill="none" opacity="0.7"/>`);
    return `<g filter="url(#loaf)"><path d="${outline}" fill="${tint("#c8823c", rand.near(0, 0.05))}"/>${scores.join("")}</g>`;
  };
  return `<g transform="translate(${f1(x)},${f1(y)}) rotate(${angle})">${half(-1)}${filling}${half(1)}</g>`;
}

/** A glass of iced tea from above: amber tea, ice, a lemon wheel, mint and a warm caustic shadow. */
export function icedTea(rand, { cx, cy, r = 120 }) {
  const id = `tea${rand.seed()}`;
  const cubes = scatter(rand, {
    cx, cy, rx: r * 0.6, ry: r * 0.6, count: 7,
    draw: (x, y, angle) => `<rect x="${f1(x - 26)}" y="${f1(y - 24)}" width="52" height="48" rx="10" transform="rotate(${f1(angle)}
      ${f1(x)} ${f1(y)})"
      fill="#f3d7a6" opacity="0.45" stroke="#fff6e6" stroke-width="2.5" stroke-opacity="0.7"/>`,
  });
  const segments = Array.from({ length: 8 }, (_, index) => {
    const a = (index / 8) * Math.PI * 2;
    return `<path d="M0,0 L${f1(Math.cos(a) * 36)},${f1(Math.sin(a) * 36)}" stroke="#fbf3c8" stroke-width="3"/>`;
  });
  return `<defs><radialGradient id="${id}" cx="0.45" cy="0.42" r="0.6"><stop offset="0" stop-color="#c8731e"/><stop offset="0.7"
    stop-color="#8e4710"/>
      <stop offset="1" stop-color="#5a2a08"/></radialGradient></defs>
    <ellipse cx="${cx + r * 0.35}" cy="${cy + r * 0.45}" rx="${r * 1.05}" ry="${r}" fill="#e08a2a" opacity="0.35" filter="url(#soft20)"/>
    <circle cx="${cx + r * 0.12}" cy="${cy + r * 0.16}" r="${r}" fill="#120803" opacity="0.45" filter="url(#soft12)"/>
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#${id})"/>${cubes}
    <g transform="translate(${cx - r * 0.2},${cy + r * 0.15}) rotate(20)" filter="url(#bead)"><circle r="42" fill="#f2cf3a"/><circle r="37"
      fill="#f7e680"/>
      ${segments.join("")}</g>
    ${scatter(rand, { cx: cx + r * 0.3, cy: cy - r * 0.3, rx: 22, ry: 18, count: 4, filter: "leaf",
      draw: (x, y, angle) => `<path d="${blobPath(rand, { cx: x, cy: y, rx: 15, ry: 8, rotate: angle })}" fill="#3f7a2a"/>` })}
    <circle cx="${cx}" cy="${cy}" r="${r - 3}" fill="none" stroke="#fff" stroke-width="6" opacity="0.35"/>
    <path d="M${cx - r * 0.85},${cy - r * 0.3} A${r * 0.9},${r * 0.9} 0 0 1 ${cx - r * 0.3},${cy - r * 0.85}" stroke="#fff"
      stroke-width="5" fill="none"
      stroke-linecap="round" opacity="0.8" filter="url(#soft1)"/>`;
}

/** A café au lait from above: cup, saucer and a foam swirl. */
export function coffeeCup(rand, { cx, cy, r = 62 }) {
  return `<circle cx="${cx + 10}" cy="${cy + 14}" r="${r * 1.55}" fill="#120803" opacity="0.45" filter="url(#soft12)"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 1.5}" fill="#efe9df"/><circle cx="${cx}" cy="${cy}" r="${r * 1.1}" fill="#d8d0c4"
      filter="url(#soft3)"/>
    <rect x="${cx + r * 0.9}" y="${cy - 10}" width="${r * 0.6}" height="20" rx="9" fill="#f2ede5" filter="url(#bead)"/>
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="#f4efe6" filter="url(#bead)"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.86}" fill="#b07a4a"/>
    <path d="${blobPath(rand, { cx: cx - 4, cy: cy - 2, rx: r * 0.55, ry: r * 0.45, wobble: 0.2 })}" fill="#e6c9a2" opacity="0.85"
      filter="url(#soft3)"/>`;
}

/** Pecan halves: brown, two-lobed, ridged. */
export function pecans(rand, { cx, cy, rx, ry, count }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter: "chunk",
    draw: (x, y, angle) => `<g transform="translate(${f1(x)},${f1(y)}) rotate(${f1(angle)})"><ellipse rx="13" ry="7.5"
      fill="${tint("#7a4420", rand.near(0, 0.1))}"/>
      <path d="M-11,0 L11,0 M-6,-5 q2,5 0,10 M0,-6 q2,6 0,12 M6,-5 q2,5 0,10" stroke="#3d1d0a" stroke-width="1.6" fill="none"
        opacity="0.8"/></g>`,
  });
}

/** A lemon wedge from above: pale rind, juicy segments. */
export function lemonWedge({ x, y, angle = 0, size = 1 }) {
  return `<g transform="translate(${x},${y}) rotate(${angle}) scale(${size})" filter="url(#bead)"><path d="M-26,0 A26,26 0 0 1 26,0 Z"
    fill="#f3d64a"/>
    <path d="M-22,-1 A22,22 0 0 1 22,-1 Z" fill="#f7ea9a"/><path d="M0,-1 L-14,-16 M0,-1 L0,-21 M0,-1 L14,-16" stroke="#f3dc6a"
      stroke-width="2"/></g>`;
}
