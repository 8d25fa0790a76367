/**
 * A tiny 3D renderer for objects that are hard to fake in flat SVG (a shoe seen from the side and from three quarters):
 * surfaces are swept along a length, cut into quads, shaded per quad (diffuse, a key-light highlight and the reflection
 * of an overhead softbox, which is what makes leather read as leather) and painted back to front.
 */
import { mix } from "./svg-kit.mjs";

const f1 = (value) => value.toFixed(1);
export const add = (a, b) => a.map((value, index) => value + b[index]);
export const sub = (a, b) => a.map((value, index) => value - b[index]);
export const scale = (a, by) => a.map((value) => value * by);
export const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross3 = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const unit = (a) => scale(a, 1 / (Math.hypot(...a) || 1));

/** A smooth profile through [x, value] points (Hermite with central-difference slopes). */
export function profile(points) {
  const slope = (k) => {
    const [a, b] = [points[Math.max(0, k - 1)], points[Math.min(points.length - 1, k + 1)]];
    return (b[1] - a[1]) / (b[0] - a[0]);
  };
  return (x) => {
    if (x <= points[0][0]) return points[0][1];
    const k = points.findIndex((point, index) => index > 0 && x <= point[0]);
    if (k < 0) return points[points.length - 1][1];
    const [[x0, y0], [x1, y1]] = [points[k - 1], points[k]];
    const [h, t] = [x1 - x0, (x - x0) / (x1 - x0)];
    const [t2, t3] = [t * t, t * t * t];
    return (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * h * slope(k - 1) + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * h * slope(k);
  };
}

/**
 * An orthographic product camera: `yaw` turns the object about the vertical, `elevation` looks down on it. World axes:
 * x along the object, y across it, z up. `toWorld` turns a view-space direction (right, away, up) into world space.
 */
export function productCamera({ yaw, elevation, size, cx, cy }) {
  const [cosYaw, sinYaw, cosEl, sinEl] = [Math.cos(yaw), Math.sin(yaw), Math.cos(elevation), Math.sin(elevation)];
  const toWorld = ([right, away, up]) => [right * cosYaw + away * sinYaw, -right * sinYaw + away * cosYaw, up];
  return {
    project([x, y, z]) {
      const [right, away] = [x * cosYaw - y * sinYaw, x * sinYaw + y * cosYaw];
      return [cx + right * size, cy - (z * cosEl + away * sinEl) * size, away * cosEl - z * sinEl];
    },
    toWorld,
    view: toWorld([0, -cosEl, sinEl]),
    light: unit(toWorld([-0.55, -0.5, 0.75])),
    rim: unit(toWorld([0.8, 0.4, 0.35])),
    size,
  };
}

const toRgb = (hex) => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
const toHex = (rgb) => `#${rgb.map((value) => Math.round(Math.min(255, Math.max(0, value))).toString(16).padStart(2, "0")).join("")}`;

/** The colour of a surface patch with normal `n` (facing the camera) in a material. */
export function shade(cam, n, material) {
  const { base, kd = 0.75, ambient = 0.42, gloss = 0.5, shine = 30, sheen = 0.35, rimLight = 0.12 } = material;
  const diffuse = Math.max(0, dot(n, cam.light));
  const highlight = Math.pow(Math.max(0, dot(n, unit(add(cam.light, cam.view)))), shine) * gloss;
  // The softbox overhead, mirrored in the surface: bright where the reflected view ray points up.
  const bounce = sub(scale(n, 2 * dot(n, cam.view)), cam.view);
  const softbox = Math.min(1, Math.max(0, (bounce[2] - 0.55) / 0.35)) ** 2 * sheen;
  const rim = Math.pow(Math.max(0, dot(n, cam.rim)), 4) * rimLight;
  const lit = toRgb(base).map((value) => value * (ambient + kd * diffuse));
  return toHex(lit.map((value) => value + 255 * (highlight + softbox + rim) * (1 - value / 400)));
}

/**
 * Quads swept along `xs`: `section(x)` gives the same number of [y, z] (or [x, y, z]) points at each x, `centre(x)` a point inside
 * (to tell outside from inside) and `material(x, s)` the material there (`s`: 0..1 along the section). Each quad is
 * subdivided where the material changes inside it, so a seam between two colours does not step.
 */
export function sweep({ xs, section, centre, material, split = 4 }) {
  const quads = [];
  const point = (x, s) => {
    const points = section(x).map((p) => (p.length === 3 ? p : [x, ...p]));
    const at = s * (points.length - 1);
    const k = Math.min(points.length - 2, Math.floor(at));
    const t = at - k;
    return points[k].map((value, axis) => value + (points[k + 1][axis] - value) * t);
  };
  const count = section(xs[0]).length - 1;
  for (let i = 0; i < xs.length - 1; i += 1) {
    for (let k = 0; k < count; k += 1) {
      const [x0, x1, s0, s1] = [xs[i], xs[i + 1], k / count, (k + 1) / count];
      const corners = [material(x0, s0), material(x1, s0), material(x1, s1), material(x0, s1)];
      const steps = corners.every((corner) => corner === corners[0]) ? 1 : split;
      for (let a = 0; a < steps; a += 1) {
        for (let b = 0; b < steps; b += 1) {
          const [xa, xb] = [x0 + ((x1 - x0) * a) / steps, x0 + ((x1 - x0) * (a + 1)) / steps];
          const [sa, sb] = [s0 + ((s1 - s0) * b) / steps, s0 + ((s1 - s0) * (b + 1)) / steps];
          const corners3 = [point(xa, sa), point(xb, sa), point(xb, sb), point(xa, sb)];
          quads.push({ corners: corners3, centre: centre((xa + xb) / 2), material: material((xa + xb) / 2, (sa + sb) / 2) });
        }
      }
    }
  }
  return quads;
}

/** Paints quads back to front; a quad seen from behind shows its material's `inside` colour (a lining). */
export function paintQuads(cam, quads) {
  const drawn = quads.map(({ corners, centre, material }) => {
    const normal0 = unit(cross3(sub(corners[1], corners[0]), sub(corners[3], corners[0])));
    const normal1 = unit(cross3(sub(corners[3], corners[2]), sub(corners[1], corners[2])));
    let n = unit(add(normal0, normal1));
    const middle = scale(corners.reduce(add), 1 / 4);
    if (dot(n, sub(middle, centre)) < 0) n = scale(n, -1);
    const facing = dot(n, cam.view) >= 0;
    const look = facing ? material : { ...material, base: material.inside ?? mix(material.base, "#000000", 0.3), gloss: 0.05, sheen: 0 };
    const screen = corners.map((corner) => cam.project(corner));
    const area = Math.abs((screen[2][0] - screen[0][0]) * (screen[3][1] - screen[1][1]) - (screen[3][0] - screen[1][0]) *
      (screen[2][1] - screen[0][1]));
    return { depth: cam.project(middle)[2], colour: shade(cam, facing ? n : scale(n, -1), look), screen, area };
  });
  return drawn.filter((quad) => quad.area > 0.01).sort((a, b) => b.depth - a.depth).map(({ screen, colour }) =>
    `<path d="M${screen.map(([x, y]) => `${f1(x)},${f1(y)}`).join("L")}Z" fill="${colour}" stroke="${colour}" stroke-width="0.8"
      stroke-linejoin="round"/>`).join("");
}

/**
 * A curve lying on a surface, drawn only where the surface faces the camera: `along(t)` gives [point, normal] for
 * t in 0..1. Returns path data for the visible runs.
 */
export function surfaceCurve(cam, along, { steps = 60, lift = 0.002 } = {}) {
  const runs = [];
  let run = [];
  for (let step = 0; step <= steps; step += 1) {
    const [point, normal] = along(step / steps);
    if (dot(normal, cam.view) > 0.04) run.push(cam.project(add(point, scale(normal, lift))));
    else if (run.length) runs.push(run), (run = []);
  }
  if (run.length) runs.push(run);
  return runs.filter((points) => points.length > 1).map((points) => `M${points.map(([x, y]) => `${f1(x)},${f1(y)}`).join("L")}`).join("");
}
