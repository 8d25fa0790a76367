// Draws the demo photos (dishes, covers, store products, shop logos) as SVG scenes and saves them as small JPEGs.
//   node tooling/demo-photos/render-demo-photos.mjs [--only <part of a file name>] [--sheet <png>] [--previews <dir>]
// Needs Chromium at /usr/bin/chromium (or --chromium <path>). Same input, same pictures: every scene is seeded by its file name.
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { danceScenes } from "./dance-scenes.mjs";
import { dishScenes } from "./dish-scenes.mjs";
import { createRandom } from "./seeded-random.mjs";
import { cameraFinish, scenePage } from "./svg-kit.mjs";
import { logoScenes, productScenes } from "./store-scenes.mjs";
import { venueScenes } from "./venue-scenes.mjs";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const restaurantImages = "apps/restaurants/prisma/demo-images";
const eventImages = "apps/events/prisma/demo-images";
const storeImages = "apps/store/prisma/demo-images";

/** Every picture to make: where it goes, its size, the most bytes it may take, and the scene that draws it. */
const jobs = [
  ...dishScenes.map((scene) => ({ ...scene, dir: restaurantImages, width: 640, height: 480, maxBytes: 45 * 1024 })),
  ...venueScenes.map((scene) => ({ ...scene, dir: restaurantImages, width: 1280, height: 640, maxBytes: 90 * 1024 })),
  ...danceScenes.map((scene) => ({ ...scene, dir: eventImages, width: 1200, height: 630, maxBytes: 90 * 1024 })),
  ...productScenes.map((scene) => ({ ...scene, dir: storeImages, width: 640, height: 640, maxBytes: 45 * 1024 })),
  ...logoScenes.map((scene) => ({ ...scene, dir: storeImages, width: 256, height: 256, maxBytes: 20 * 1024 })),
];

const { values: options } = parseArgs({
  options: {
    only: { type: "string" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
    sheet: { type: "string", default: "/tmp/demo-photos-sheet.png" },
    previews: { type: "string", default: "/tmp/demo-photos-preview" },
  },
});

/** JPEG at quality 72, stepping down until it fits its budget (textured scenes compress worse than flat ones). */
async function shoot(page, job) {
  for (let quality = 72; ; quality -= 4) {
    const bytes = await page.screenshot({ type: "jpeg", quality, clip: { x: 0, y: 0, width: job.width, height: job.height } });
    if (bytes.length <= job.maxBytes || quality <= 40) return { bytes, quality };
  }
}

async function renderAll() {
  const browser = await chromium.launch({ executablePath: options.chromium });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const made = [];
  try {
    for (const job of jobs.filter((candidate) => !options.only || candidate.file.includes(options.only))) {
      const rand = createRandom(job.file);
      const { scene, defs = "", camera = {} } = job.draw(rand, { width: job.width, height: job.height });
      const finish = cameraFinish({ width: job.width, height: job.height, ...camera });
      await page.setViewportSize({ width: job.width, height: job.height });
      await page.setContent(scenePage({ width: job.width, height: job.height, defs, scene, finish }), { waitUntil: "load" });
      const { bytes, quality } = await shoot(page, job);
      const target = path.join(repo, job.dir, job.file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
      const kb = (await stat(target)).size / 1024;
      console.log(`${job.dir}/${job.file}  ${job.width}x${job.height}  q${quality}  ${kb.toFixed(1)} KB${bytes.length > job.maxBytes ?
        "  OVER BUDGET" : ""}`);
      made.push({ ...job, bytes });
    }
    if (made.length > 0) await writeReviewImages(page, made);
  } finally {
    await browser.close();
  }
}

/** A contact sheet of everything just made, and each picture as a PNG, for someone to look at without a JPEG viewer. */
async function writeReviewImages(page, made) {
  await mkdir(options.previews, { recursive: true });
  for (const job of made) {
    await page.setViewportSize({ width: job.width, height: job.height });
    await page.setContent(`<body style="margin:0"><img src="data:image/jpeg;base64,${job.bytes.toString("base64")}"></body>`, { waitUntil:
      "load" });
    await page.screenshot({ path: path.join(options.previews, job.file.replace(/\.jpg$/, ".png")) });
  }
  const tiles = made.map((job) => `<figure><img src="data:image/jpeg;base64,${job.bytes.toString("base64")}"><figcaption>${job.file}
    (${(job.bytes.length / 1024).toFixed(0)} KB)</figcaption></figure>`);
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.setContent(`<style>body{margin:12px;background:#222;color:#ddd;font:13px sans-serif;display:flex;flex-wrap:wrap;gap:10px}
    figure{margin:0;width:380px}img{width:380px;display:block}figcaption{padding:4px 0}</style>${tiles.join("")}`, { waitUntil: "load" });
  await page.screenshot({ path: options.sheet, fullPage: true });
  console.log(`contact sheet: ${options.sheet}; previews: ${options.previews}/`);
}

await renderAll();
