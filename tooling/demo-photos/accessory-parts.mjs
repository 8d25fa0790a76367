/** Accessories for the store's photos: a felt fedora with a grosgrain band, and folded silk pocket squares. */
import { litFilter, tint } from "./svg-kit.mjs";

const f1 = (value) => value.toFixed(1);

export function accessoryFilters(rand) {
  const seed = rand.seed();
  return [
    litFilter("felt", { bevel: 18, depth: 3, noise: 0.3, grain: 0.6, gloss: 0.12, shine: 12, mottle: 0.12, seed, shadow: [0, 0, 0, 0] }),
    litFilter("feltEdge", { bevel: 5, depth: 3, noise: 0.3, grain: 0.6, gloss: 0.15, shine: 12, seed, shadow: [0, 0, 0, 0] }),
    litFilter("ribbon", { bevel: 3, depth: 2, gloss: 0.35, shine: 16, seed, shadow: [2, 1, 3, 0.45] }),
    litFilter("silk", { bevel: 8, depth: 2.5, gloss: 0.35, spec: 1.1, shine: 14, seed, shadow: [6, 5, 9, 0.42] }),
  ].join("");
}

/** Felt fibres: a faint speckle of lighter and darker flecks, clipped to what it covers. */
const feltFlecks = (rand, id) => `<filter id="${id}" x="0" y="0" width="100%" height="100%">
  <feTurbulence type="fractalNoise" baseFrequency="1.1" numOctaves="2" seed="${rand.seed()}"/>
  <feColorMatrix values="0 0 0 0 1 0 0 0 0 1 0 0 0 0 1 0 0 0 -1.2 0.7"/><feComposite in2="SourceGraphic" operator="in"/></filter>`;

/**
 * A fedora from the front and a little above: the snap brim (up at the back, down at the front), the crown with its
 * centre crease and front pinches, and the band with its flat bow on the left.
 */
export function fedora(rand, { cx = 320, cy = 390, felt = "#35363b", band = "#141416" }) {
  const [rx, ry] = [238, 88];
  const brimTop = `M${cx - rx},${cy + 4} C${cx - rx},${cy - ry * 1.25} ${cx + rx},${cy - ry * 1.25} ${cx + rx},${cy + 4}
    C${cx + rx},${cy + ry * 1.05} ${cx - rx},${cy + ry * 1.05} ${cx - rx},${cy + 4} Z`;
  const brimEdge = `M${cx - rx},${cy + 4} C${cx - rx},${cy + ry * 1.05} ${cx + rx},${cy + ry * 1.05} ${cx + rx},${cy + 4}
    C${cx + rx - 2},${cy + ry * 1.25} ${cx - rx + 2},${cy + ry * 1.25} ${cx - rx},${cy + 4} Z`;
  const [bx, by] = [128, 44];
  // The crown tapers to a top with a centre crease, so its outline dips in the middle.
  const crown = `M${cx - bx},${cy - 10} C${cx - bx - 4},${cy - 80} ${cx - bx + 14},${cy - 150} ${cx - 96},${cy - 186}
    C${cx - 80},${cy - 206} ${cx - 44},${cy - 214} ${cx - 18},${cy - 204} C${cx - 8},${cy - 200} ${cx + 8},${cy - 200} ${cx + 18},
    ${cy - 204} C${cx + 44},${cy - 214} ${cx + 80},${cy - 206} ${cx + 96},${cy - 186} C${cx + bx - 14},${cy - 150} ${cx + bx + 4},
    ${cy - 80} ${cx + bx},${cy - 10} C${cx + bx},${cy + by * 0.9} ${cx - bx},${cy + by * 0.9} ${cx - bx},${cy - 10} Z`;
  const bandPath = `M${cx - bx - 2},${cy - 52} C${cx - bx},${cy + 2} ${cx + bx},${cy + 2} ${cx + bx + 2},${cy - 52} L${cx + bx},${cy - 10}
    C${cx + bx},${cy + by * 0.9} ${cx - bx},${cy + by * 0.9} ${cx - bx},${cy - 10} Z`;
  const ribs = Array.from({ length: 90 }, (_, index) => {
    const t = index / 89;
    const angle = Math.PI * (1 - t);
    const x = cx + Math.cos(angle) * (bx + 1);
    const [y0, y1] = [cy - 52 + Math.sin(angle) * 40, cy - 10 + Math.sin(angle) * by * 0.68];
    return `M${f1(x)},${f1(y0)}L${f1(x)},${f1(y1)}`;
  }).join("");
  const crease = `M${cx},${cy - 200} C${cx - 2},${cy - 185} ${cx},${cy - 170} ${cx + 2},${cy - 160}`;
  const pinch = (side) => `M${cx + side * 52},${cy - 196} C${cx + side * 78},${cy - 170} ${cx + side * 78},${cy - 130} ${cx + side * 60},
    ${cy - 112} C${cx + side * 36},${cy - 130} ${cx + side * 30},${cy - 172} ${cx + side * 52},${cy - 196} Z`;
  const bow = `M${cx - 70},${cy - 30} l-30,-14 l-6,34 l34,-10 Z M${cx - 70},${cy - 30} l-26,12 l16,22 l12,-26 Z`;
  return `<defs>${feltFlecks(rand, "feltFleck")}<radialGradient id="crownShade" cx="0.32" cy="0.3" r="0.9"><stop offset="0"
    stop-color="${tint(felt, 0.2)}"/><stop offset="0.6" stop-color="${felt}"/><stop offset="1" stop-color="${tint(felt, -0.45)}"/>
    </radialGradient>
    <radialGradient id="brimShade" cx="0.35" cy="0.2" r="0.85"><stop offset="0" stop-color="${tint(felt, 0.14)}"/><stop offset="0.7"
      stop-color="${felt}"/><stop offset="1" stop-color="${tint(felt, -0.35)}"/></radialGradient>
    <linearGradient id="bandSheen" x1="0" x2="1"><stop offset="0" stop-color="${tint(band, 0.05)}"/><stop offset="0.3"
      stop-color="${tint(band, 0.28)}"/><stop offset="0.7" stop-color="${band}"/><stop offset="1" stop-color="${tint(band, -0.4)}"/>
    </linearGradient><clipPath id="bandClip"><path d="${bandPath}"/></clipPath></defs>
    <ellipse cx="${cx + 26}" cy="${cy + 70}" rx="${rx * 0.98}" ry="${ry * 0.8}" fill="#1e140c" opacity="0.5" filter="url(#pblur16)"/>
    <ellipse cx="${cx + 10}" cy="${cy + 54}" rx="${rx * 0.9}" ry="${ry * 0.55}" fill="#120a06" opacity="0.45" filter="url(#pblur6)"/>
    <g filter="url(#feltEdge)"><path d="${brimEdge}" fill="${tint(felt, -0.35)}"/></g>
    <g filter="url(#felt)"><path d="${brimTop}" fill="url(#brimShade)"/></g>
    <path d="${brimTop}" fill="#000" filter="url(#feltFleck)" opacity="0.18"/>
    <path d="M${cx - rx + 6},${cy + 4} C${cx - rx + 6},${cy + ry} ${cx + rx - 6},${cy + ry} ${cx + rx - 6},${cy + 4}" fill="none"
      stroke="#0a0a0c" stroke-width="1.2" opacity="0.5" stroke-dasharray="3 2"/>
    <ellipse cx="${cx}" cy="${cy - 4}" rx="${bx + 24}" ry="${by + 22}" fill="#000" opacity="0.45" filter="url(#pblur10)"/>
    <g filter="url(#felt)"><path d="${crown}" fill="url(#crownShade)"/></g>
    <path d="${crown}" fill="#000" filter="url(#feltFleck)" opacity="0.18"/>
    <path d="${pinch(-1)}" fill="#0c0c0f" opacity="0.32" filter="url(#pblur10)"/><path d="${pinch(1)}" fill="#0c0c0f" opacity="0.42"
      filter="url(#pblur10)"/>
    <path d="${pinch(-1)}" fill="none" stroke="${tint(felt, 0.4)}" stroke-width="4" opacity="0.3" filter="url(#pblur4)"
      transform="translate(-12,4)"/>
    <path d="${crease}" stroke="#08080a" stroke-width="10" fill="none" opacity="0.5" filter="url(#pblur6)"/>
    <path d="${crease}" stroke="${tint(felt, 0.4)}" stroke-width="5" fill="none" opacity="0.35" transform="translate(-16,4)"
      filter="url(#pblur4)"/>
    <g filter="url(#ribbon)"><path d="${bandPath}" fill="url(#bandSheen)"/></g>
    <path d="${ribs}" stroke="#000" stroke-width="1.1" opacity="0.35" clip-path="url(#bandClip)"/>
    <path d="M${cx - bx - 2},${cy - 52} C${cx - bx},${cy + 2} ${cx + bx},${cy + 2} ${cx + bx + 2},${cy - 52}" fill="none"
      stroke="#6a6a70" stroke-width="1" opacity="0.5"/>
    <g filter="url(#ribbon)"><path d="${bow}" fill="${tint(band, 0.2)}"/></g>
    <rect x="${cx - 76}" y="${cy - 40}" width="12" height="20" rx="3" fill="${tint(band, 0.1)}" filter="url(#ribbon)"/>`;
}

/** A silk square folded in four and laid flat, one corner turned back; `pattern`: "dots", "twill" or none. */
export function pocketSquare(rand, { cx, cy, size = 210, angle = 0, color, pattern }) {
  const id = `square${rand.seed()}`;
  const h = size / 2;
  const outline = `M${-h},${-h} L${h},${-h} L${h},${h * 0.28} L${h * 0.28},${h} L${-h},${h} Z`;
  const flap = `M${h},${h * 0.28} L${h * 0.28},${h} L${h * 0.36},${h * 0.36} Z`;
  const dots = pattern === "dots"
    ? `<pattern id="${id}p" width="18" height="18" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><circle cx="9" cy="9"
        r="2.2" fill="#f1ead8" opacity="0.85"/></pattern>`
    : pattern === "twill"
      ? `<pattern id="${id}p" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-35)"><rect width="6"
          height="2.2" fill="${tint(color, -0.35)}" opacity="0.5"/></pattern>`
      : "";
  const layers = [6, 12].map((inset) => `<path d="M${-h + inset * 0.4},${h - inset * 0.2} L${h * 0.28 - inset * 0.2},${h - inset * 0.2}"
    stroke="${tint(color, -0.4)}" stroke-width="1" opacity="0.6"/>`).join("");
  return `<defs><linearGradient id="${id}g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${tint(color, -0.15)}"/>
      <stop offset="0.38" stop-color="${tint(color, 0.2)}"/><stop offset="0.55" stop-color="${color}"/><stop offset="1"
        stop-color="${tint(color, -0.3)}"/></linearGradient>
    <linearGradient id="${id}f" x1="1" y1="0.3" x2="0.3" y2="1"><stop offset="0" stop-color="${tint(color, -0.35)}"/>
      <stop offset="1" stop-color="${tint(color, 0.15)}"/></linearGradient>${dots}</defs>
    <g transform="translate(${cx},${cy}) rotate(${angle})">
      <g filter="url(#silk)"><path d="${outline}" fill="url(#${id}g)"/></g>
      ${pattern ? `<path d="${outline}" fill="url(#${id}p)"/>` : ""}
      <path d="M${-h + 8},${-h + 8} L${h - 8},${-h + 8} L${h - 8},${h * 0.26}" fill="none" stroke="${tint(color, -0.45)}"
        stroke-width="1.2" opacity="0.5" stroke-dasharray="2.5 2.5"/>
      <path d="M${-h},${-2} C${-h * 0.3},${6} ${h * 0.3},${-6} ${h},${2}" stroke="${tint(color, -0.5)}" stroke-width="6" opacity="0.25"
        fill="none" filter="url(#pblur3)"/>
      ${layers}
      <path d="${flap}" fill="#000" opacity="0.35" filter="url(#pblur3)" transform="translate(-4,-4)"/>
      <g filter="url(#silk)"><path d="${flap}" fill="url(#${id}f)"/></g>
      ${pattern ? `<path d="${flap}" fill="url(#${id}p)" opacity="0.9"/>` : ""}</g>`;
}
