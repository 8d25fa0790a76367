/** Music for the store's photos, seen from above: a CD and its jewel case, a vinyl LP sliding out of its sleeve. */
import { litFilter, mix, tint } from "./svg-kit.mjs";

const f1 = (value) => value.toFixed(1);

export function musicFilters(rand) {
  const seed = rand.seed();
  return [
    litFilter("caseBody", { bevel: 3, depth: 3, gloss: 0.9, spec: 1.4, shine: 50, seed, shadow: [10, 8, 12, 0.45] }),
    litFilter("sleeveBoard", { bevel: 3, depth: 2, noise: 0.2, grain: 0.6, gloss: 0.1, seed, shadow: [12, 10, 14, 0.5] }),
    litFilter("vinyl", { bevel: 2, depth: 2, gloss: 0.4, shine: 40, seed, shadow: [10, 8, 12, 0.5] }),
  ].join("");
}

/** Abstract warm cover art, no lettering: a low sun behind rolling bands of colour, in a square `size`. */
export function warmCoverArt(rand, id, size) {
  const bands = ["#f2a33a", "#e8702a", "#c8412a", "#8e1f33"].map((color, index) => {
    const y = size * (0.56 + index * 0.11);
    const wave = size * rand.range(0.04, 0.08);
    return `<path d="M0,${f1(y)} C${f1(size * 0.3)},${f1(y - wave)} ${f1(size * 0.6)},${f1(y + wave)} ${size},${f1(y - wave * 0.5)}
      L${size},${size} L0,${size} Z" fill="${color}"/>`;
  }).join("");
  const rings = [0.2, 0.26, 0.32].map((r) => `<circle cx="${size * 0.62}" cy="${size * 0.5}" r="${size * r}" fill="none"
    stroke="#ffd58a" stroke-width="${size * 0.008}" opacity="0.35"/>`).join("");
  return `<defs><linearGradient id="${id}sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4a1238"/>
      <stop offset="0.6" stop-color="#b8432e"/></linearGradient>
    <radialGradient id="${id}sun"><stop offset="0" stop-color="#fff1b0"/><stop offset="0.7" stop-color="#ffc44a"/><stop offset="1"
      stop-color="#f08a2a"/></radialGradient></defs>
    <rect width="${size}" height="${size}" fill="url(#${id}sky)"/>${rings}
    <circle cx="${size * 0.62}" cy="${size * 0.5}" r="${size * 0.15}" fill="url(#${id}sun)"/>${bands}`;
}

/** A compact disc's playing side: mirror silver broken into rainbow sectors, the clear hub and its hole. */
export function compactDisc(rand, { cx, cy, r, turn = 0 }) {
  const id = `disc${rand.seed()}`;
  const hues = ["#d9dde3", "#f2c2e0", "#b9d8f5", "#c7f2d2", "#f6efb4", "#f5c6a8", "#d9dde3", "#c2c8d6"];
  const sectors = Array.from({ length: 48 }, (_, index) => {
    const [a0, a1] = [(index / 48) * Math.PI * 2 + turn, ((index + 1.05) / 48) * Math.PI * 2 + turn];
    const color = mix(hues[index % hues.length], "#eef0f3", 0.2 + 0.5 * Math.abs(Math.sin(index / 7.6 + turn)));
    return `<path d="M${cx},${cy} L${f1(cx + Math.cos(a0) * r)},${f1(cy + Math.sin(a0) * r)} A${r},${r} 0 0 1
      ${f1(cx + Math.cos(a1) * r)},${f1(cy + Math.sin(a1) * r)} Z" fill="${color}"/>`;
  }).join("");
  return `<defs><clipPath id="${id}c"><circle cx="${cx}" cy="${cy}" r="${r}"/></clipPath>
    <radialGradient id="${id}g"><stop offset="0.3" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#5a6070"
      stop-opacity="0.35"/></radialGradient></defs>
    <circle cx="${cx + 8}" cy="${cy + 10}" r="${r}" fill="#140c06" opacity="0.45" filter="url(#pblur10)"/>
    <g clip-path="url(#${id}c)"><g filter="url(#pblur2)">${sectors}</g>
      <circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#${id}g)"/>
      <path d="M${cx - r},${cy - r * 0.2} L${cx + r},${cy + r * 0.25}" stroke="#ffffff" stroke-width="${r * 0.22}" opacity="0.35"
        filter="url(#pblur10)"/></g>
    <circle cx="${cx}" cy="${cy}" r="${r - 1}" fill="none" stroke="#8a909a" stroke-width="2"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.31}" fill="#c9ccd2" opacity="0.7"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.3}" fill="none" stroke="#f4f5f7" stroke-width="1.5"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.22}" fill="#e8eaee" opacity="0.55"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.22}" fill="none" stroke="#9aa0a8" stroke-width="1"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.1}" fill="#b99a78"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.1}" fill="none" stroke="#6a6f78" stroke-width="1.5"/>`;
}

/**
 * A jewel case lying flat: the cover art under clear plastic, the ribbed hinge on the left, the tray's edge showing
 * along the bottom and right, and the glare a softbox leaves across the lid.
 */
export function jewelCase(rand, { cx, cy, w = 330, h = 292, angle = -7 }) {
  const id = `case${rand.seed()}`;
  const [x0, y0] = [-w / 2, -h / 2];
  const art = h - 16;
  const ribs = Array.from({ length: 26 }, (_, index) => `<rect x="${x0 + 3}" y="${f1(y0 + 10 + index * ((h - 20) / 26))}" width="16"
    height="${f1((h - 20) / 52)}" fill="#ffffff" opacity="0.18"/>`).join("");
  return `<defs><linearGradient id="${id}glare" x1="0" y1="0" x2="1" y2="1"><stop offset="0.25" stop-color="#fff" stop-opacity="0"/>
      <stop offset="0.33" stop-color="#fff" stop-opacity="0.35"/><stop offset="0.42" stop-color="#fff" stop-opacity="0.05"/>
      <stop offset="0.6" stop-color="#fff" stop-opacity="0"/><stop offset="0.68" stop-color="#fff" stop-opacity="0.14"/>
      <stop offset="0.72" stop-color="#fff" stop-opacity="0"/></linearGradient>
    <clipPath id="${id}art"><rect x="${x0 + 24}" y="${y0 + 8}" width="${w - 32}" height="${art}"/></clipPath></defs>
    <g transform="translate(${cx},${cy}) rotate(${angle})">
      <g filter="url(#caseBody)"><rect x="${x0 + 4}" y="${y0 + 5}" width="${w}" height="${h}" rx="4" fill="#1c1c20"/>
        <rect x="${x0}" y="${y0}" width="${w}" height="${h}" rx="4" fill="#2a2c31"/></g>
      <g clip-path="url(#${id}art)"><g transform="translate(${x0 + 24},${y0 + 8}) scale(${(w - 32) / art},1)">
        ${warmCoverArt(rand, `${id}a`, art)}</g></g>
      <rect x="${x0 + 24}" y="${y0 + 8}" width="${w - 32}" height="${art}" fill="none" stroke="#000" stroke-width="1" opacity="0.4"/>
      <rect x="${x0}" y="${y0}" width="22" height="${h}" rx="3" fill="#3a3d44"/>${ribs}
      <rect x="${x0 + 21}" y="${y0}" width="2" height="${h}" fill="#0d0e10" opacity="0.7"/>
      <rect x="${x0}" y="${y0}" width="${w}" height="${h}" rx="4" fill="url(#${id}glare)"/>
      <rect x="${x0 + 1}" y="${y0 + 1}" width="${w - 2}" height="${h - 2}" rx="4" fill="none" stroke="#ffffff" stroke-width="1.6"
        opacity="0.55"/>
      <path d="M${x0 + 4},${y0 + h + 3} L${x0 + w + 2},${y0 + h + 3} L${x0 + w + 2},${y0 + 6}" fill="none" stroke="#8a8e96"
        stroke-width="1.4" opacity="0.7"/></g>`;
}

/** An LP: fine grooves in bands (the tracks), two opposite sheens where the light catches them, a label, the hole. */
export function vinylRecord(rand, { cx, cy, r, label = "#d8892e" }) {
  const id = `lp${rand.seed()}`;
  const grooves = [];
  for (let radius = r * 0.36; radius < r * 0.97; radius += 1.6) {
    const gap = rand.next() < 0.04;
    grooves.push(`<circle cx="${cx}" cy="${cy}" r="${f1(radius)}" fill="none" stroke="${gap ? "#050505" : "#2c2c2e"}"
      stroke-width="${gap ? 2.2 : 0.7}" opacity="${f1(gap ? 1 : rand.range(0.35, 0.8))}"/>`);
  }
  const sheen = (angle) => {
    const [a0, a1] = [angle - 0.2, angle + 0.2];
    return `<path d="M${cx},${cy} L${f1(cx + Math.cos(a0) * r)},${f1(cy + Math.sin(a0) * r)} L${f1(cx + Math.cos(a1) * r)},${f1(cy +
      Math.sin(a1) * r)} Z" fill="#d9dce4" opacity="0.32" filter="url(#pblur16)"/>`;
  };
  return `<defs><clipPath id="${id}c"><circle cx="${cx}" cy="${cy}" r="${r}"/></clipPath>
    <radialGradient id="${id}l" cx="0.4" cy="0.38"><stop offset="0" stop-color="${tint(label, 0.25)}"/><stop offset="1"
      stop-color="${tint(label, -0.2)}"/></radialGradient></defs>
    <g filter="url(#vinyl)"><circle cx="${cx}" cy="${cy}" r="${r}" fill="#111113"/></g>
    <g clip-path="url(#${id}c)">${grooves.join("")}${sheen(-2.3)}${sheen(0.84)}</g>
    <circle cx="${cx}" cy="${cy}" r="${r - 1.5}" fill="none" stroke="#4a4a50" stroke-width="1.5"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.33}" fill="url(#${id}l)"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.25}" fill="none" stroke="${tint(label, -0.35)}" stroke-width="2" opacity="0.6"/>
    <path d="M${f1(cx - r * 0.2)},${f1(cy + r * 0.12)} A${r * 0.23},${r * 0.23} 0 0 0 ${f1(cx + r * 0.2)},${f1(cy + r * 0.12)}"
      fill="none" stroke="#3a1a10" stroke-width="${r * 0.03}" opacity="0.35"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.028}" fill="#b8a48a"/>`;
}

/**
 * A midnight-blue sleeve with an abstract cover (a crescent and rings over a deep gradient, no lettering), worn
 * lighter along its edges, its open side toward the record.
 */
export function recordSleeve(rand, { x, y, size, angle = -3 }) {
  const id = `sleeve${rand.seed()}`;
  const rings = Array.from({ length: 7 }, (_, index) => `<circle cx="${size * 0.3}" cy="${size * 0.7}" r="${size * (0.18 + index *
    0.09)}" fill="none" stroke="#5a7ab8" stroke-width="${1.5 + index * 0.4}" opacity="${f1(0.35 - index * 0.04)}"/>`).join("");
  const stars = Array.from({ length: 26 }, () => `<circle cx="${f1(rand.range(0.05, 0.95) * size)}" cy="${f1(rand.range(0.05, 0.5) *
    size)}" r="${f1(rand.range(0.6, 1.6))}" fill="#dfe6ff" opacity="${f1(rand.range(0.3, 0.8))}"/>`).join("");
  return `<defs><linearGradient id="${id}g" x1="0" y1="0" x2="0.6" y2="1"><stop offset="0" stop-color="#0b1430"/><stop offset="0.6"
      stop-color="#17285a"/><stop offset="1" stop-color="#0e1a3e"/></linearGradient>
    <clipPath id="${id}c"><rect width="${size}" height="${size}" rx="3"/></clipPath>
    <mask id="${id}m"><rect width="${size}" height="${size}" fill="#fff"/><circle cx="${size * 0.73}" cy="${size * 0.26}"
      r="${size * 0.12}" fill="#000"/></mask>
    <linearGradient id="${id}w" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.12"/><stop offset="0.5"
      stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.2"/></linearGradient></defs>
    <g transform="translate(${x},${y}) rotate(${angle} ${size / 2} ${size / 2})">
      <g filter="url(#sleeveBoard)"><rect width="${size}" height="${size}" rx="3" fill="url(#${id}g)"/></g>
      <g clip-path="url(#${id}c)">${rings}${stars}
        <circle cx="${size * 0.68}" cy="${size * 0.3}" r="${size * 0.13}" fill="#f1d9a0" mask="url(#${id}m)"/>
        <rect width="${size}" height="${size}" fill="url(#${id}w)"/></g>
      <rect x="1" y="1" width="${size - 2}" height="${size - 2}" rx="3" fill="none" stroke="#8ea2d0" stroke-width="2" opacity="0.35"/>
      <rect x="${size - 6}" y="4" width="4" height="${size - 8}" fill="#050a1a" opacity="0.6"/></g>`;
}
