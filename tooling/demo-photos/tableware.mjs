/** What the food sits on, seen from above: tables, cloth, plates, bowls, baskets, trays and cutlery. */
import { tint } from "./svg-kit.mjs";

/** A plank table: long fractal-noise grain in each plank's own tone, dark seams, turned by `angle`. */
export function woodTable(rand, { width, height, tone = "#8a5a34", angle = -6, plank = 150 }) {
  const id = `wood${rand.seed()}`;
  const size = Math.hypot(width, height);
  const planks = [];
  for (let y = -size / 2; y < size / 2; y += plank) {
    planks.push(`<rect x="${-size / 2}" y="${y}" width="${size}" height="${plank}" fill="${tint(tone, rand.near(0, 0.12))}"/>`);
  }
  const seams = planks.map((_, index) => {
    const y = -size / 2 + index * plank;
    return `<rect x="${-size / 2}" y="${y - 1.5}" width="${size}" height="3" fill="#1c0f07" opacity="0.7"/>
      <rect x="${-size / 2}" y="${y + 1.5}" width="${size}" height="1.2" fill="#fff" opacity="0.08"/>`;
  });
  return `<defs><filter id="${id}" x="0" y="0" width="100%" height="100%" color-interpolation-filters="sRGB">
      <feTurbulence type="fractalNoise" baseFrequency="0.006 0.07" numOctaves="4" seed="${rand.seed()}"/>
      <feColorMatrix values="0 0 0 0 0.11 0 0 0 0 0.055 0 0 0 0 0.02 -1.7 0 0 0 1.05"/>
      <feComposite in2="SourceGraphic" operator="in" result="grain"/>
      <feTurbulence type="fractalNoise" baseFrequency="0.002 0.02" numOctaves="2" seed="${rand.seed()}"/>
      <feColorMatrix values="0 0 0 0 1 0 0 0 0 0.9 0 0 0 0 0.75 1.2 0 0 0 -0.55"/>
      <feComposite in2="SourceGraphic" operator="in" result="sheen"/>
      <feMerge><feMergeNode in="SourceGraphic"/><feMergeNode in="grain"/><feMergeNode in="sheen"/></feMerge></filter></defs>
    <g transform="translate(${width / 2},${height / 2}) rotate(${angle})"><g
      filter="url(#${id})">${planks.join("")}</g>${seams.join("")}</g>`;
}

/** A dark slate or stone top: soft mottling and a faint mineral speckle. */
export function slateTable(rand, { width, height, tone = "#2e3033" }) {
  const id = `slate${rand.seed()}`;
  return `<defs><filter id="${id}" x="0" y="0" width="100%" height="100%" color-interpolation-filters="sRGB">
      <feTurbulence type="fractalNoise" baseFrequency="0.008 0.012" numOctaves="4" seed="${rand.seed()}"/>
      <feColorMatrix values="0 0 0 0 0.75 0 0 0 0 0.78 0 0 0 0 0.8 1.1 0 0 0 -0.45"/>
      <feComposite in2="SourceGraphic" operator="in" result="mottle"/>
      <feMerge><feMergeNode in="SourceGraphic"/><feMergeNode in="mottle"/></feMerge></filter></defs>
    <rect width="${width}" height="${height}" fill="${tone}" filter="url(#${id})"/>`;
}

/** A folded cloth napkin with a woven texture and a stripe near its edge. */
export function napkin(rand, { x, y, w, h, angle = 12, color = "#e9e2d3", stripe = "#a33a2c" }) {
  const id = `cloth${rand.seed()}`;
  return `<defs><filter id="${id}" x="-10%" y="-10%" width="120%" height="120%" color-interpolation-filters="sRGB">
      <feTurbulence type="fractalNoise" baseFrequency="0.6 0.05" numOctaves="2" seed="${rand.seed()}"/>
      <feColorMatrix values="0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0.7 0 0 0 -0.25"/>
      <feComposite in2="SourceGraphic" operator="in" result="weave"/>
      <feMerge><feMergeNode in="SourceGraphic"/><feMergeNode in="weave"/></feMerge></filter>
      <linearGradient id="${id}f" x1="0" x2="1" y1="0" y2="0.3"><stop offset="0" stop-color="#fff" stop-opacity="0.18"/>
      <stop offset="0.5" stop-color="#000" stop-opacity="0.1"/><stop offset="1" stop-color="#fff"
        stop-opacity="0.1"/></linearGradient></defs>
    <g transform="rotate(${angle} ${x + w / 2} ${y + h / 2})">
      <rect x="${x + 6}" y="${y + 10}" width="${w}" height="${h}" rx="6" fill="#000" opacity="0.35" filter="url(#soft8)"/>
      <g filter="url(#${id})"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="5" fill="${color}"/>
      <rect x="${x}" y="${y + h * 0.12}" width="${w}" height="${h * 0.05}" fill="${stripe}"/>
      <rect x="${x}" y="${y + h * 0.2}" width="${w}" height="${h * 0.015}" fill="${stripe}"/></g>
      <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="5" fill="url(#${id}f)"/></g>`;
}

/** A round ceramic plate: cast shadow, glazed rim with a window highlight, a slightly shaded well. */
export function plate(rand, { cx, cy, r, glaze = "#f3efe7", band, speckle = false }) {
  const id = `plate${rand.seed()}`;
  const dots = speckle
    ? Array.from({ length: 160 }, () => {
        const [x, y] = rand.inEllipse(cx, cy, r * 0.98, r * 0.98);
        return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${rand.range(0.4, 1.1).toFixed(2)}" fill="#5b4a3a"
          opacity="${rand.range(0.2, 0.5).toFixed(2)}"/>`;
      }).join("")
    : "";
  return `<defs><radialGradient id="${id}" cx="0.42" cy="0.38" r="0.62"><stop offset="0" stop-color="${tint(glaze, 0.35)}"/>
      <stop offset="0.75" stop-color="${glaze}"/><stop offset="1" stop-color="${tint(glaze, -0.2)}"/></radialGradient>
    <linearGradient id="${id}l" x1="0.15" y1="0.15" x2="0.85" y2="0.85"><stop offset="0" stop-color="#000" stop-opacity="0.22"/>
      <stop offset="0.5" stop-color="#000" stop-opacity="0.04"/><stop offset="1" stop-color="#fff"
        stop-opacity="0.5"/></linearGradient></defs>
    <circle cx="${cx + r * 0.06}" cy="${cy + r * 0.09}" r="${r * 1.01}" fill="#140a04" opacity="0.5" filter="url(#soft12)"/>
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#${id})"/>
    ${band ? `<circle cx="${cx}" cy="${cy}" r="${r * 0.975}" fill="none" stroke="${band}" stroke-width="${r * 0.045}"/>` : ""}
    <circle cx="${cx}" cy="${cy}" r="${r * 0.69}" fill="${tint(glaze, -0.03)}"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.7}" fill="none" stroke="url(#${id}l)" stroke-width="${r * 0.06}" filter="url(#soft2)"/>
    ${dots}
    <path d="M${cx - r * 0.86},${cy - r * 0.22} A${r * 0.89},${r * 0.89} 0 0 1 ${cx - r * 0.3},${cy - r * 0.83}" fill="none" stroke="#fff"
      stroke-width="${r * 0.05}" stroke-linecap="round" opacity="0.75" filter="url(#soft3)"/>`;
}

/**
 * A bowl from above. Returns the markup under the contents, the markup over them (the inner wall's shadow and the
 * rim) and the clip id and circle the contents fill.
 */
export function bowl(rand, { cx, cy, r, glaze = "#f1ece2", inside }) {
  const id = `bowl${rand.seed()}`;
  const wall = inside ?? glaze;
  const inner = { cx: cx + r * 0.02, cy: cy + r * 0.03, r: r * 0.8 };
  const under = `<defs><radialGradient id="${id}o" cx="0.4" cy="0.36" r="0.66"><stop offset="0.7" stop-color="${tint(glaze, 0.2)}"/>
      <stop offset="1" stop-color="${tint(glaze, -0.35)}"/></radialGradient>
    <radialGradient id="${id}i" cx="0.6" cy="0.64" r="0.6"><stop offset="0" stop-color="${tint(wall, 0.2)}"/>
      <stop offset="1" stop-color="${tint(wall, -0.3)}"/></radialGradient>
    <radialGradient id="${id}s" cx="0.56" cy="0.58" r="0.56"><stop offset="0.72" stop-color="#000" stop-opacity="0"/>
      <stop offset="1" stop-color="#000" stop-opacity="0.55"/></radialGradient>
    <clipPath id="${id}c"><circle cx="${inner.cx}" cy="${inner.cy}" r="${inner.r}"/></clipPath></defs>
    <circle cx="${cx + r * 0.08}" cy="${cy + r * 0.12}" r="${r * 1.02}" fill="#120803" opacity="0.55" filter="url(#soft14)"/>
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#${id}o)"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.9}" fill="url(#${id}i)"/>`;
  const over = `<circle cx="${inner.cx}" cy="${inner.cy}" r="${inner.r}" fill="url(#${id}s)"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.95}" fill="none" stroke="${tint(glaze, 0.3)}" stroke-width="${r * 0.05}" opacity="0.8"/>
    <path d="M${cx - r * 0.9},${cy - r * 0.15} A${r * 0.95},${r * 0.95} 0 0 1 ${cx - r * 0.25},${cy - r * 0.9}" fill="none" stroke="#fff"
      stroke-width="${r * 0.035}" stroke-linecap="round" opacity="0.8" filter="url(#soft2)"/>`;
  return { under, over, clip: `${id}c`, inner };
}

/** A red diner basket lined with checked paper; returns the markup and the area the food fills. */
export function basket(rand, { cx, cy, w, h, angle = -8, check = "#c8281e" }) {
  const id = `basket${rand.seed()}`;
  const [x, y] = [cx - w / 2, cy - h / 2];
  return `<defs><pattern id="${id}p" width="28" height="28" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle + 45})">
      <rect width="28" height="28" fill="#f6f1e6"/><rect width="14" height="28" fill="${check}" opacity="0.55"/>
      <rect width="28" height="14" fill="${check}" opacity="0.55"/></pattern>
    <filter id="${id}f" x="-5%" y="-5%" width="110%" height="110%" color-interpolation-filters="sRGB">
      <feTurbulence type="fractalNoise" baseFrequency="0.018" numOctaves="3" seed="${rand.seed()}" result="n"/>
      <feDisplacementMap in="SourceGraphic" in2="n" scale="14" result="d"/>
      <feDiffuseLighting in="n" surfaceScale="6" diffuseConstant="1.1" lighting-color="#fff" result="l"><feDistantLight azimuth="225"
        elevation="60"/></feDiffuseLighting>
      <feComposite in="d" in2="l" operator="arithmetic" k1="1" result="lit"/><feComposite in="lit" in2="d" operator="in"/></filter>
    <linearGradient id="${id}b" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${tint(check, 0.25)}"/>
      <stop offset="1" stop-color="${tint(check, -0.45)}"/></linearGradient></defs>
    <g transform="rotate(${angle} ${cx} ${cy})">
      <rect x="${x + 10}" y="${y + 16}" width="${w}" height="${h}" rx="${h * 0.22}" fill="#120803" opacity="0.55" filter="url(#soft12)"/>
      <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${h * 0.22}" fill="url(#${id}b)"/>
      <rect x="${x + w * 0.05}" y="${y + h * 0.07}" width="${w * 0.9}" height="${h * 0.86}" rx="${h * 0.17}" fill="${tint(check, -0.55)}"/>
      <rect x="${x + w * 0.035}" y="${y + h * 0.045}" width="${w * 0.93}" height="${h * 0.91}" rx="${h * 0.16}" fill="url(#${id}p)"
        filter="url(#${id}f)"/>
    </g>`;
}

/** Brown butcher paper on a steel sheet tray, the way barbecue comes out of the pit. */
export function butcherTray(rand, { cx, cy, w, h, angle = 4 }) {
  const id = `tray${rand.seed()}`;
  const [x, y] = [cx - w / 2, cy - h / 2];
  return `<defs><linearGradient id="${id}m" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#d9dcdf"/><stop offset="0.5"
    stop-color="#8d9398"/>
      <stop offset="1" stop-color="#c4c8cc"/></linearGradient>
    <filter id="${id}p" x="0" y="0" width="100%" height="100%" color-interpolation-filters="sRGB">
      <feTurbulence type="fractalNoise" baseFrequency="0.012 0.02" numOctaves="3" seed="${rand.seed()}" result="n"/>
      <feDiffuseLighting in="n" surfaceScale="9" diffuseConstant="1.05" lighting-color="#fff" result="l"><feDistantLight azimuth="225"
        elevation="58"/></feDiffuseLighting>
      <feComposite in="SourceGraphic" in2="l" operator="arithmetic" k1="1" result="lit"/><feComposite in="lit" in2="SourceGraphic"
        operator="in"/></filter></defs>
    <g transform="rotate(${angle} ${cx} ${cy})">
      <rect x="${x + 12}" y="${y + 18}" width="${w}" height="${h}" rx="14" fill="#0e0703" opacity="0.55" filter="url(#soft12)"/>
      <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="14" fill="url(#${id}m)"/>
      <rect x="${x + 12}" y="${y + 12}" width="${w - 24}" height="${h - 24}" rx="8" fill="#5d6266"/>
      <path d="M${x + 20},${y + 6} L${x + w - 4},${y + 22} L${x + w - 18},${y + h - 8} L${x + 8},${y + h - 20} Z" fill="#c9a47a"
        filter="url(#${id}p)"/>
    </g>`;
}

/** A fork or knife lying beside the plate: brushed steel with a long highlight. */
export function cutlery(rand, { x, y, length = 230, angle = 80, kind = "fork" }) {
  const id = `steel${rand.seed()}`;
  const w = length * 0.07;
  const head = kind === "fork"
    ? `<path d="M${-w * 1.3},0 L${-w * 1.3},${-length * 0.2} M${-w * 0.45},0 L${-w * 0.45},${-length * 0.2} M${w * 0.45},0 L${w *
      0.45},${-length * 0.2}
        M${w * 1.3},0 L${w * 1.3},${-length * 0.2}" stroke="url(#${id})" stroke-width="${w * 0.42}" stroke-linecap="round"/>
       <path d="M${-w * 1.5},${-length * 0.02} Q0,${length * 0.12} ${w * 1.5},${-length * 0.02} L${w * 0.5},${length * 0.1} L${-w *
         0.5},${length * 0.1} Z" fill="url(#${id})"/>`
    : kind === "spoon"
      ? `<ellipse cx="0" cy="${-length * 0.12}" rx="${w * 1.9}" ry="${length * 0.17}" fill="url(#${id})"/>
         <ellipse cx="${-w * 0.5}" cy="${-length * 0.16}" rx="${w * 0.6}" ry="${length * 0.08}" fill="#fff" opacity="0.5"
           filter="url(#soft2)"/>`
      : `<path d="M${-w * 0.9},${length * 0.12} L${-w * 0.9},${-length * 0.24} Q${-w * 0.9},${-length * 0.32} 0,${-length * 0.34} L${w *
        0.7},${-length * 0.3}
        L${w * 0.7},${length * 0.12} Z" fill="url(#${id})"/>`;
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#6f757b"/><stop offset="0.45"
    stop-color="#f4f6f8"/>
      <stop offset="0.6" stop-color="#a9afb5"/><stop offset="1" stop-color="#565b61"/></linearGradient></defs>
    <g transform="translate(${x},${y}) rotate(${angle})">
      <g transform="translate(5,8)" opacity="0.45" filter="url(#soft4)"><rect x="${-w * 0.6}" y="${length * 0.08}" width="${w * 1.2}"
        height="${length * 0.55}"
        rx="${w * 0.5}"/></g>
      ${head}<rect x="${-w * 0.6}" y="${length * 0.08}" width="${w * 1.2}" height="${length * 0.55}" rx="${w * 0.5}"
        fill="url(#${id})"/></g>`;
}

/** A small ramekin of sauce or dressing; `fill` is what is inside. */
export function ramekin(rand, { cx, cy, r, fill = "#b8321c", glaze = "#f2eee6", gloss = 0.6 }) {
  const id = `ram${rand.seed()}`;
  return `<defs><radialGradient id="${id}" cx="0.4" cy="0.36" r="0.6"><stop offset="0" stop-color="${tint(fill, 0.25)}"/>
      <stop offset="1" stop-color="${tint(fill, -0.3)}"/></radialGradient></defs>
    <circle cx="${cx + r * 0.1}" cy="${cy + r * 0.14}" r="${r * 1.03}" fill="#120803" opacity="0.55" filter="url(#soft6)"/>
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="${glaze}"/><circle cx="${cx}" cy="${cy}" r="${r * 0.98}" fill="none" stroke="${tint(glaze,
      -0.25)}" stroke-width="2"/>
    <circle cx="${cx + r * 0.02}" cy="${cy + r * 0.03}" r="${r * 0.8}" fill="url(#${id})"/>
    <ellipse cx="${cx - r * 0.3}" cy="${cy - r * 0.32}" rx="${r * 0.22}" ry="${r * 0.1}" transform="rotate(-35 ${cx - r * 0.3} ${cy - r *
      0.32})" fill="#fff"
      opacity="${gloss}" filter="url(#soft2)"/>`;
}
