/** Building blocks of food, seen from above; every group is lit by one of the shared filters in `foodFilters`. */
import { blobPath, blurFilter, litFilter, smoothPath, tint } from "./svg-kit.mjs";

const f1 = (value) => value.toFixed(1);

/** The lighting filters food parts refer to by id, and the soft blurs the tableware uses. */
export function foodFilters(rand) {
  const blurs = [1, 2, 3, 4, 6, 8, 12, 14, 20].map((amount) => blurFilter(`soft${amount}`, amount)).join("");
  const seed = rand.seed();
  const looks = {
    crust: { bevel: 5, depth: 7, noise: 1.1, grain: 0.09, edge: 0.45, gloss: 0.35, shine: 30, mottle: 0.55, shadow: [4, 3, 5, 0.5] },
    crumb: { bevel: 6, depth: 5, noise: 0.8, grain: 0.07, edge: 0.35, gloss: 0.12, mottle: 0.35, shadow: [4, 3, 5, 0.5] },
    bread: { bevel: 7, depth: 3, noise: 0.12, grain: 0.3, edge: 0.2, mottle: 0.15, shadow: [4, 3, 5, 0.45] },
    fry: { bevel: 2.5, depth: 4, noise: 0.25, grain: 0.12, edge: 0.3, gloss: 0.3, shine: 30, mottle: 0.3, shadow: [2.5, 2, 3, 0.5] },
    glaze: { bevel: 5, depth: 6, noise: 0.6, grain: 0.04, gloss: 1, spec: 1.6, shine: 35, mottle: 0.3, edge: 0.3, shadow: [4, 3, 5, 0.55] },
    charred: { bevel: 5, depth: 6, noise: 0.3, grain: 0.04, gloss: 1, spec: 1.6, shine: 35, mottle: 0.35, burn: 0.7, edge: 0.5, shadow: [4,
      3, 5, 0.55] },
    bark: { bevel: 6, depth: 6, noise: 1.2, grain: 0.09, edge: 0.4, burn: 0.6, gloss: 0.7, spec: 1.4, shine: 40, mottle: 0.6, shadow: [5,
      4, 6, 0.55] },
    bead: { bevel: 1.6, depth: 3, gloss: 0.8, spec: 1.3, shine: 40, shadow: [1.5, 1, 1.5, 0.5] },
    leaf: { bevel: 1.5, depth: 2.5, noise: 0.3, grain: 0.2, gloss: 0.45, shine: 40, mottle: 0.3, shadow: [2, 1.5, 2, 0.5] },
    grain: { bevel: 0.8, depth: 2, gloss: 0.2, shine: 40, shadow: [1.2, 0.8, 1.2, 0.4] },
    cream: { bevel: 7, depth: 3, noise: 0.25, grain: 0.04, gloss: 0.35, shine: 40, shadow: [4, 3, 4, 0.4] },
    chunk: { bevel: 3.5, depth: 4, noise: 0.4, grain: 0.12, gloss: 0.6, spec: 1.3, shine: 40, mottle: 0.3, edge: 0.25, shadow: [3, 2, 3,
      0.5] },
    sauce: { bevel: 10, depth: 2.5, noise: 0.5, grain: 0.025, gloss: 0.8, spec: 1.3, shine: 50, shadow: [0, 0, 0, 0] },
    sugar: { bevel: 3, depth: 5, noise: 1.4, grain: 0.35, shadow: [4, 3, 5, 0.45] },
    baked: { bevel: 1.8, depth: 3, gloss: 0.7, spec: 1.2, shine: 40, burn: 0.5, burnFloor: 0.42, burnGrain: 0.018, shadow: [1.5, 1, 1.5,
      0.5] },
    caramel: { bevel: 4, depth: 4, noise: 0.3, grain: 0.05, gloss: 0.9, spec: 1.4, shine: 40, edge: 0.65, burn: 0.35, burnFloor: 0.3,
      shadow: [3, 2, 3, 0.5] },
    loaf: { bevel: 9, depth: 5, noise: 0.35, grain: 0.025, gloss: 0.45, spec: 1.2, shine: 40, edge: 0.35, mottle: 0.35, shadow: [5, 4, 6, 0.5] },
    gravy: { bevel: 8, depth: 3, noise: 0.6, grain: 0.03, gloss: 0.9, spec: 1.4, shine: 45, mottle: 0.35, shadow: [2, 1, 2, 0.3] },
  };
  return blurs + Object.entries(looks).map(([id, look], index) => litFilter(id, { seed: seed + index * 13, ...look })).join("");
}

/**
 * `count` copies of `draw(x, y, angle, scale, index)` spread over an ellipse, lit by `filter` (per piece when `each`,
 * so pieces stand apart).
 */
export function scatter(rand, { cx, cy, rx, ry, count, bias = 1, filter, each = false, draw }) {
  const items = Array.from({ length: count }, (_, index) => {
    const [x, y] = rand.inEllipse(cx, cy, rx, ry, bias);
    const item = draw(x, y, rand.range(0, 360), rand.range(0.8, 1.2), index);
    return each ? `<g filter="url(#${filter})">${item}</g>` : item;
  });
  return filter && !each ? `<g filter="url(#${filter})">${items.join("")}</g>` : items.join("");
}

/** A mound of cooked rice: a soft base and hundreds of grains. `tone` tints it (rice and peas is beige). */
export function rice(rand, { cx, cy, rx, ry, tone = "#f4efe2", count }) {
  const total = count ?? Math.round((rx * ry) / 9);
  const base = `<path d="${blobPath(rand, { cx, cy, rx, ry, wobble: 0.08, points: 12 })}" fill="${tint(tone, -0.12)}"
    filter="url(#cream)"/>`;
  const grains = scatter(rand, {
    cx, cy, rx: rx * 0.97, ry: ry * 0.97, count: total, filter: "grain",
    draw: (x, y, angle, scale) => `<ellipse cx="${f1(x)}" cy="${f1(y)}" rx="${f1(4.4 * scale)}" ry="${f1(1.8 * scale)}"
      transform="rotate(${f1(angle)} ${f1(x)} ${f1(y)})"
      fill="${tint(tone, rand.near(0, 0.08))}"/>`,
  });
  return base + grains;
}

/** Beans or peas: glossy ovals; `eye` draws the black eye of black-eyed peas. */
export function beans(rand, { cx, cy, rx, ry, count, color, size = 1, eye = false }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter: "bead",
    draw: (x, y, angle, scale) => {
      const [w, h] = [5.4 * size * scale, 3.4 * size * scale];
      const mark = eye ? `<ellipse cx="${f1(x)}" cy="${f1(y - h * 0.2)}" rx="${f1(w * 0.35)}" ry="${f1(h * 0.35)}" fill="#2a1a12"/>` : "";
      return `<g transform="rotate(${f1(angle)} ${f1(x)} ${f1(y)})"><ellipse cx="${f1(x)}" cy="${f1(y)}" rx="${f1(w)}" ry="${f1(h)}"
        fill="${tint(color, rand.near(0, 0.1))}"/>${mark}</g>`;
    },
  });
}

/** Leaves: ragged blobs with a paler rib. `curly` gives kale's ruffled edge. */
export function leaves(rand, { cx, cy, rx, ry, count, palette, size = 1, curly = false }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter: "leaf",
    draw: (x, y, angle, scale) => {
      const [w, h] = [size * scale * rand.range(12, 22), size * scale * rand.range(7, 12)];
      const outline = blobPath(rand, { cx: x, cy: y, rx: w, ry: h, wobble: curly ? 0.3 : 0.2, points: curly ? 22 : 11, rotate: angle });
      const turn = (angle * Math.PI) / 180;
      const [dx, dy] = [Math.cos(turn) * w * 0.8, Math.sin(turn) * w * 0.8];
      const color = rand.pick(palette);
      return `<path d="${outline}" fill="${color}"/><path d="M${f1(x - dx)},${f1(y - dy)} Q${f1(x + dy * 0.15)},${f1(y - dx * 0.15)} ${f1(x
        + dx)},${f1(y + dy)}"
        stroke="${tint(color, 0.3)}" stroke-width="${f1(1.3 * size)}" fill="none" opacity="0.7"/>`;
    },
  });
}

/** Irregular chunks (meat, pumpkin, potato, yams) in a palette, lit by `filter`. */
export function chunks(rand, { cx, cy, rx, ry, count, palette, size = 18, filter = "chunk", wobble = 0.22, each = false }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter, each,
    draw: (x, y, angle, scale) => {
      const w = size * scale;
      return `<path d="${blobPath(rand, { cx: x, cy: y, rx: w, ry: w * rand.range(0.65, 0.95), wobble, points: 8, rotate: angle })}"
        fill="${rand.pick(palette)}"/>`;
    },
  });
}

/** Short curved strands: shredded cabbage, pulled jackfruit, onion slivers. */
export function strands(rand, { cx, cy, rx, ry, count, palette, length = 22, width = 2.2, filter = "leaf" }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter,
    draw: (x, y, angle, scale) => {
      const turn = (angle * Math.PI) / 180;
      const half = (length * scale) / 2;
      const [dx, dy] = [Math.cos(turn) * half, Math.sin(turn) * half];
      const bend = rand.near(0, half * 0.5);
      return `<path d="M${f1(x - dx)},${f1(y - dy)} Q${f1(x - dy * bend / half)},${f1(y + dx * bend / half)} ${f1(x + dx)},${f1(y + dy)}"
        stroke="${rand.pick(palette)}" stroke-width="${f1(width * scale)}" stroke-linecap="round" fill="none"/>`;
    },
  });
}

/** Sliced sausage coins: a browned skin, a paler cut face with fat specks. */
export function sausageCoins(rand, { cx, cy, rx, ry, count, color = "#9a3b26", size = 11 }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter: "chunk",
    draw: (x, y, angle, scale) => {
      const r = size * scale;
      const specks = Array.from({ length: 6 }, () => {
        const [sx, sy] = rand.inEllipse(x, y, r * 0.6, r * 0.6);
        return `<circle cx="${f1(sx)}" cy="${f1(sy)}" r="${f1(rand.range(0.6, 1.4))}" fill="#f0c9b0" opacity="0.8"/>`;
      }).join("");
      return `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(r)}" fill="${tint(color, -0.35)}"/><circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(r
        * 0.82)}"
        fill="${tint(color, rand.near(0.12, 0.06))}"/>${specks}`;
    },
  });
}

/** One cooked shrimp: a curled, segmented body with a tail fan, pink-orange. */
export function shrimp(rand, { x, y, size = 1, angle = 0, color = "#f08a5d", fried = false }) {
  const s = size * 22;
  const body = smoothPath([[-s, -s * 0.1], [-s * 0.6, -s * 0.75], [s * 0.15, -s * 0.85], [s * 0.75, -s * 0.35], [s * 0.7, s * 0.25],
    [s * 0.35, s * 0.2], [s * 0.3, -s * 0.2], [-s * 0.1, -s * 0.42], [-s * 0.5, -s * 0.25], [-s * 0.62, s * 0.05]]);
  const stripes = fried ? "" : [0.2, 0.4, 0.6].map((t) => {
    const a = Math.PI * (1.05 + t);
    return `<path d="M${f1(Math.cos(a) * s * 0.45)},${f1(Math.sin(a) * s * 0.45 - s * 0.2)} L${f1(Math.cos(a) * s * 0.8)},${f1(Math.sin(a)
      * s * 0.8 - s * 0.2)}"
      stroke="${tint(color, 0.45)}" stroke-width="${f1(s * 0.08)}" stroke-linecap="round" opacity="0.8"/>`;
  }).join("");
  const tail = fried ? "" : `<path d="M${f1(-s)},${f1(-s * 0.1)} l${f1(-s * 0.35)},${f1(-s * 0.25)} l${f1(s * 0.05)},${f1(s * 0.55)} Z"
    fill="${tint(color, -0.25)}"/>`;
  return `<g transform="translate(${f1(x)},${f1(y)}) rotate(${f1(angle)})">${tail}<path d="${body}" fill="${color}"/>${stripes}</g>`;
}

/** Fried, cornmeal-crusted pieces (catfish, shrimp, chicken): golden outlines, one end tapered, lit by the crust filter. */
export function friedPiece(rand, { x, y, length, width, angle = 0, color = "#d8953a", taper = 0.35 }) {
  const turn = (angle * Math.PI) / 180;
  const outline = Array.from({ length: 14 }, (_, index) => {
    const a = (index / 14) * Math.PI * 2;
    const narrow = 1 - taper * Math.max(0, Math.cos(a));
    const [px, py] = [Math.cos(a) * (length / 2) * (1 + rand.near(0, 0.05)), Math.sin(a) * (width / 2) * narrow * (1 + rand.near(0, 0.12))];
    return [x + px * Math.cos(turn) - py * Math.sin(turn), y + px * Math.sin(turn) + py * Math.cos(turn)];
  });
  return `<path d="${smoothPath(outline)}" fill="${tint(color, rand.near(0, 0.06))}"/>`;
}

/** Wilted, chopped greens: twisted dark ribbons, glossy with pot likker. */
export function greens(rand, { cx, cy, rx, ry, count, palette, size = 1 }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter: "leaf",
    draw: (x, y, angle, scale) => {
      const [w, h] = [size * scale * rand.range(16, 28), size * scale * rand.range(6, 11)];
      const color = rand.pick(palette);
      return `<path d="${blobPath(rand, { cx: x, cy: y, rx: w, ry: h, wobble: 0.28, points: 9, rotate: angle })}" fill="${tint(color,
        rand.near(0, 0.15))}"
        stroke="${tint(color, -0.5)}" stroke-width="1.2" stroke-opacity="0.7"/>`;
    },
  });
}

/** Fries in a loose heap. */
export function fries(rand, { cx, cy, rx, ry, count = 26, color = "#e3b25a", size = 1 }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter: "fry", each: true,
    draw: (x, y, angle, scale) => {
      const [w, h] = [60 * scale * size, 12 * size];
      return `<rect x="${f1(x - w / 2)}" y="${f1(y - h / 2)}" width="${f1(w)}" height="${f1(h)}" rx="${f1(h * 0.3)}"
        transform="rotate(${f1(angle)} ${f1(x)} ${f1(y)})"
        fill="${tint(color, rand.near(0, 0.1))}"/>`;
    },
  });
}

/** A square of cornbread with a browned crust. */
export function cornbread(rand, { x, y, size = 90, angle = 10 }) {
  const id = `corn${rand.seed()}`;
  return `<defs><radialGradient id="${id}" cx="0.45" cy="0.45" r="0.7"><stop offset="0.5" stop-color="#f0c25a"/><stop offset="1"
    stop-color="#b8762c"/>
    </radialGradient></defs><g transform="rotate(${angle} ${x} ${y})" filter="url(#crumb)"><rect x="${x - size / 2}" y="${y - size / 2}"
      width="${size}"
    height="${size * 0.92}" rx="${size * 0.08}" fill="url(#${id})"/></g>`;
}

/** Elbow macaroni baked in cheese sauce, with browned spots on top. */
export function macAndCheese(rand, { cx, cy, rx, ry, count, size = 1 }) {
  const sauce = `<path d="${blobPath(rand, { cx, cy, rx, ry, wobble: 0.06, points: 12 })}" fill="#d98e2a" filter="url(#sauce)"/>`;
  const elbows = scatter(rand, {
    cx, cy, rx: rx * 0.94, ry: ry * 0.94, count: count ?? Math.round((rx * ry) / (80 * size * size)), filter: "baked", each: true,
    draw: (x, y, angle, scale) => {
      const r = 11 * scale * size;
      return `<g transform="rotate(${f1(angle)} ${f1(x)} ${f1(y)})"><path d="M${f1(x - r)},${f1(y)} a${f1(r)},${f1(r)} 0 0 1 ${f1(2 * r)},0"
        stroke="${tint("#f0bc4a", rand.near(0, 0.08))}" stroke-width="${f1(r * 0.8)}" fill="none"/>
        <ellipse cx="${f1(x + r)}" cy="${f1(y)}" rx="${f1(r * 0.34)}" ry="${f1(r * 0.2)}" fill="#b87a1c"/></g>`;
    },
  });
  return sauce + elbows;
}

/** Small bits strewn over a dish: herbs, scallion rings, pepper, sugar. */
export function sprinkle(rand, { cx, cy, rx, ry, count, palette, size = 2, ring = false, filter }) {
  return scatter(rand, {
    cx, cy, rx, ry, count, filter,
    draw: (x, y, angle, scale) =>
      ring
        ? `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(size * scale)}" stroke="${rand.pick(palette)}" stroke-width="${f1(size * 0.6)}"
          fill="none"/>`
        : `<rect x="${f1(x)}" y="${f1(y)}" width="${f1(size * scale * 1.6)}" height="${f1(size * scale)}" transform="rotate(${f1(angle)}
          ${f1(x)} ${f1(y)})"
          fill="${rand.pick(palette)}"/>`,
  });
}

/** A glossy ribbon of sauce or dressing along the given points. */
export function drizzle(points, { color, width = 5 }) {
  return `<path d="${smoothPath(points, false)}" stroke="${color}" stroke-width="${width}" fill="none" stroke-linecap="round"
    filter="url(#bead)"/>`;
}

/** A pool of sauce or broth: an irregular glossy blob. */
export function pool(rand, { cx, cy, rx, ry, color, wobble = 0.1 }) {
  return `<path d="${blobPath(rand, { cx, cy, rx, ry, wobble, points: 12 })}" fill="${color}" filter="url(#sauce)"/>`;
}

/** Rising steam: a few pale, blurred wisps. */
export function steam(rand, { x, y, height = 160, count = 3 }) {
  const wisps = Array.from({ length: count }, (_, index) => {
    const x0 = x + (index - (count - 1) / 2) * 28 + rand.near(0, 8);
    const points = Array.from({ length: 5 }, (_, step) => [x0 + Math.sin(step * 1.3 + index) * 14 + rand.near(0, 6), y - (step * height) /
      4]);
    return `<path d="${smoothPath(points, false)}" stroke="#fff" stroke-width="${f1(rand.range(10, 18))}" fill="none" stroke-linecap="round"
      opacity="${f1(rand.range(0.08, 0.16))}"/>`;
  });
  return `<g filter="url(#soft8)">${wisps.join("")}</g>`;
}
