/** Shared SVG plumbing for every scene: colours, organic outlines, the lighting filters and the page around it. */

const toRgb = (hex) => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
const toHex = (rgb) => `#${rgb.map((value) => Math.round(Math.min(255, Math.max(0, value))).toString(16).padStart(2, "0")).join("")}`;

/** `a` moved toward `b` by `t` (0..1). */
export function mix(a, b, t) {
  const [from, to] = [toRgb(a), toRgb(b)];
  return toHex(from.map((value, index) => value + (to[index] - value) * t));
}

/** Lighter (amount > 0) or darker (amount < 0) by mixing with white or black. */
export const tint = (hex, amount) => (amount >= 0 ? mix(hex, "#ffffff", amount) : mix(hex, "#000000", -amount));

const round = (value) => Math.round(value * 10) / 10;

/** A smooth closed (or open) curve through the points: Catmull-Rom turned into cubic Béziers. */
export function smoothPath(points, closed = true) {
  const at = (index) => points[closed ? (index + points.length) % points.length : Math.min(points.length - 1, Math.max(0, index))];
  const count = closed ? points.length : points.length - 1;
  let d = `M${round(points[0][0])},${round(points[0][1])}`;
  for (let index = 0; index < count; index += 1) {
    const [p0, p1, p2, p3] = [at(index - 1), at(index), at(index + 1), at(index + 2)];
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${round(c1[0])},${round(c1[1])} ${round(c2[0])},${round(c2[1])} ${round(p2[0])},${round(p2[1])}`;
  }
  return closed ? `${d}Z` : d;
}

/** An irregular, food-like outline around (cx, cy): an ellipse whose radius wobbles by `wobble` (a fraction). */
export function blobPath(rand, { cx, cy, rx, ry, wobble = 0.12, points = 9, rotate = 0 }) {
  const turn = (rotate * Math.PI) / 180;
  const outline = Array.from({ length: points }, (_, index) => {
    const angle = (index / points) * Math.PI * 2;
    const scale = 1 + rand.near(0, wobble);
    const [x, y] = [Math.cos(angle) * rx * scale, Math.sin(angle) * ry * scale];
    return [cx + x * Math.cos(turn) - y * Math.sin(turn), cy + x * Math.sin(turn) + y * Math.cos(turn)];
  });
  return smoothPath(outline);
}

const shadowNodes = (blur, dx, dy, opacity) => `<feGaussianBlur in="SourceAlpha" stdDeviation="${blur}"/>
  <feOffset dx="${dx}" dy="${dy}"/><feColorMatrix values="0 0 0 0 0.05 0 0 0 0 0.03 0 0 0 0 0.02 0 0 0 ${opacity} 0" result="shadow"/>`;

/**
 * The filter that turns a flat shape into a lit object: its blurred outline is a height map lit from the upper left
 * (roundness), optional noise on that map (crust, crumb, bark), optional specular highlights (glaze, sauce, skin) and
 * a soft shadow under it.
 */
export function litFilter(id, options) {
  const { bevel = 4, depth = 4, noise = 0, grain = 0.08, seed = 1, gloss = 0, shine = 40, spec = 1, mottle = 0, edge = 0, burn = 0 } =
    options;
  const { shadow = [3, 2, 3, 0.45], burnFloor = 0.06, burnGrain = grain / 2 } = options;
  // The outline's roundness and the noise share the 0..1 height range, so neither is clipped flat inside the shape.
  const height = noise
    ? `<feTurbulence type="fractalNoise" baseFrequency="${grain}" numOctaves="3" seed="${seed}" result="noise"/>
       <feGaussianBlur in="SourceAlpha" stdDeviation="${bevel}" result="round"/>
       <feComposite in="round" in2="noise" operator="arithmetic" k2="0.5" k3="${(noise * 0.45).toFixed(3)}" result="height"/>`
    : `<feGaussianBlur in="SourceAlpha" stdDeviation="${bevel}" result="height"/>`;
  // Uneven colour (browning, ripeness): a slow noise that darkens parts of the piece; `edge` browns its rim.
  const factor = (amount) => `${-amount} ${(1 + amount / 2).toFixed(3)}`;
  const mottled = mottle
    ? `<feTurbulence type="fractalNoise" baseFrequency="${(grain / 3).toFixed(4)}" numOctaves="2" seed="${seed + 7}"/>
       <feColorMatrix values="0 0 0 ${factor(mottle)} 0 0 0 ${factor(mottle)} 0 0 0 ${factor(mottle * 1.3)} 0 0 0 0 1"/>
       <feComposite in="SourceGraphic" operator="arithmetic" k1="1" result="mottled"/>`
    : `<feComposite in="SourceGraphic" in2="SourceGraphic" operator="arithmetic" k2="1" result="mottled"/>`;
  // Burnt or browned patches: where a slower noise runs high the colour drops steeply, down to a brown floor.
  const slope = (burn * 6).toFixed(2);
  const floor = (share) => `type="linear" slope="${(1 - burnFloor * share).toFixed(3)}" intercept="${(burnFloor * share).toFixed(3)}"`;
  const burnt = burn
    ? `<feTurbulence type="fractalNoise" baseFrequency="${burnGrain.toFixed(4)}" numOctaves="3" seed="${seed + 3}"/>
       <feColorMatrix values="0 0 0 -${slope} ${(1 + burn * 6 * 0.56).toFixed(2)} 0 0 0 -${slope} ${(1 + burn * 6 * 0.55).toFixed(2)}
         0 0 0 -${slope} ${(1 + burn * 6 * 0.54).toFixed(2)} 0 0 0 0 1"/>
       <feComponentTransfer><feFuncR ${floor(1)}/><feFuncG ${floor(0.75)}/><feFuncB ${floor(0.5)}/></feComponentTransfer>
       <feComposite in="mottled" operator="arithmetic" k1="1" result="mottled"/>`
    : "";
  const keep = (amount) => `0 0 0 ${amount} ${1 - amount}`;
  const base = edge
    ? `${mottled}${burnt}<feGaussianBlur in="SourceAlpha" stdDeviation="${bevel * 1.6}"/>
       <feColorMatrix values="${keep(edge)} ${keep(edge * 1.1)} ${keep(edge * 1.3)} 0 0 0 0 1"/>
       <feComposite in="mottled" operator="arithmetic" k1="1" result="base"/>`
    : `${mottled}${burnt}<feComposite in="mottled" in2="mottled" operator="arithmetic" k2="1" result="base"/>`;
  const specular = gloss
    ? `<feSpecularLighting in="height" surfaceScale="${depth}" specularConstant="${spec}" specularExponent="${shine}"
      lighting-color="#fff8ec" result="spec">
         <feDistantLight azimuth="225" elevation="38"/></feSpecularLighting>
       <feComposite in="spec" in2="SourceAlpha" operator="in" result="specIn"/>
       <feComposite in="lit" in2="specIn" operator="arithmetic" k2="1" k3="${gloss}" result="final"/>`
    : `<feComposite in="lit" in2="lit" operator="arithmetic" k2="1" result="final"/>`;
  const [blur, dx, dy, opacity] = shadow;
  return `<filter id="${id}" x="-25%" y="-25%" width="150%" height="150%" color-interpolation-filters="sRGB">
    ${height}
    ${base}
    <feDiffuseLighting in="height" surfaceScale="${depth}" diffuseConstant="1.15" lighting-color="#fff" result="diffuse">
      <feDistantLight azimuth="225" elevation="55"/></feDiffuseLighting>
    <feComposite in="base" in2="diffuse" operator="arithmetic" k1="1" result="lit"/>
    ${specular}
    ${opacity > 0 ? shadowNodes(blur, dx, dy, opacity) : ""}
    <feMerge>${opacity > 0 ? '<feMergeNode in="shadow"/>' : ""}<feMergeNode in="final"/></feMerge></filter>`;
}

/** A plain Gaussian blur, with room around the shape for what it spreads. */
export const blurFilter = (id, amount) =>
  `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${amount}"/></filter>`;

/**
 * The camera's look on top of a finished scene: a shallow depth of field toward the edges (`focus` is the sharp
 * ellipse), warm light from the upper left and a vignette.
 */
export function cameraFinish({ width, height, focus = [0.5, 0.5, 0.42], blur = 3, warmth = 0.16, vignette = 0.5 }) {
  const [fx, fy, fr] = focus;
  return `<defs>
    <filter id="dof" x="0" y="0" width="100%" height="100%"><feGaussianBlur stdDeviation="${blur}" edgeMode="duplicate"/></filter>
    <radialGradient id="dofFalloff" gradientUnits="userSpaceOnUse" cx="${fx * width}" cy="${fy * height}" r="${fr * width}">
      <stop offset="0.68" stop-color="#000"/><stop offset="1" stop-color="#fff"/></radialGradient>
    <mask id="dofMask"><rect width="${width}" height="${height}" fill="url(#dofFalloff)"/></mask>
    <radialGradient id="warmLight" cx="0.2" cy="0.1" r="0.9"><stop offset="0" stop-color="#fff1d6" stop-opacity="${warmth}"/>
      <stop offset="1" stop-color="#fff1d6" stop-opacity="0"/></radialGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.5" r="0.72"><stop offset="0.55" stop-color="#000" stop-opacity="0"/>
      <stop offset="1" stop-color="#000" stop-opacity="${vignette}"/></radialGradient></defs>
  ${blur > 0 ? '<use href="#scene" filter="url(#dof)" mask="url(#dofMask)"/>' : ""}
  <rect width="${width}" height="${height}" fill="url(#warmLight)" style="mix-blend-mode:screen"/>
  <rect width="${width}" height="${height}" fill="url(#vignette)"/>`;
}

/** The HTML page a scene is screenshot from: the SVG alone, at its pixel size. */
export function scenePage({ width, height, defs, scene, finish }) {
  return `<!doctype html><html><head><style>html,body{margin:0;background:#000}svg{display:block}</style></head><body>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs>${defs}</defs><g id="scene">${scene}</g>${finish}</svg></body></html>`;
}
