/**
 * The web client's weight and speed, on the demo data in headless Chromium:
 *   - the gzipped size of the JavaScript the first page loads (entry and preloaded chunks),
 *     against MapLibre's own minified build;
 *   - the time to the first map render and to the first comment list on a consultation,
 *     against a bare MapLibre map with the same empty style, in the same browser and run;
 *   - a large consultation (bench/seed's city-wide one, `--size` remarks, 100,000 unless
 *     given): the time to its first complete map (every remark drawn or counted in a cell,
 *     summed over the rendered features) and the bytes transferred until then, cold and warm.
 *   npx tsx bench/web.ts [--size N]   (builds web/dist first; on DATABASE_URL's server when set)
 *   PLAC_URL=… [PLAC_LARGE_CONSULTATION=<id> PLAC_LARGE_SIZE=N] npx tsx bench/web.ts [--large-only]
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../web/e2e/chromium.js';
import { seedCityConsultation } from '../web/e2e/city-seed.js';
import { remarksDrawn } from '../web/e2e/map-count.js';
import { startPlac } from '../web/e2e/start-plac.js';

const rounds = 5;
const webDir = fileURLToPath(new URL('../web/', import.meta.url));
const dist = join(webDir, 'dist');
const require = createRequire(join(webDir, 'package.json'));
const maplibreDist = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));
const maplibreJs = join(maplibreDist, 'maplibre-gl.mjs');
/** A made-up origin the browser is answered for from MapLibre's own dist folder. */
const bareOrigin = 'http://bare-maplibre.test';
const barePage = `<!doctype html><div id="map" style="position:absolute;inset:0"></div>
<script type="module">
  import { Map, setWorkerUrl } from './maplibre-gl.mjs';
  setWorkerUrl('./maplibre-gl-worker.mjs');
  const style = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background' }] };
  new Map({ container: 'map', style }).once('load', () => { window.bareLoaded = true; });
</script>`;

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/** The scripts index.html loads before anything else runs: its entry and modulepreloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g),
  ];
  return refs.map((match) => join(dist, match[1] ?? ''));
}

async function firstOpenConsultation(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ consultations(filter: { status: [OPEN] }, first: 1) { edges { node { id } } } }',
    }),
  });
  const id = (await response.json()).data?.consultations.edges[0]?.node.id;
  if (!id) throw new Error('The demo data has no open consultation');
  return id;
}

/** Milliseconds from navigation to the map's first complete render and to the comment list. */
async function timePlac(browser: Browser, pageUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.__placMap?.loaded() && window.__placMap.areTilesLoaded());
  const map = performance.now() - start;
  await page.locator('[data-comment-id]').first().waitFor();
  const list = performance.now() - start;
  await context.close();
  return { map, list };
}

/** The floor: MapLibre alone, the same viewport and empty style, no app and no data. */
async function timeBareMaplibre(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route(`${bareOrigin}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    if (file === '') return route.fulfill({ contentType: 'text/html', body: barePage });
    return route.fulfill({ contentType: 'text/javascript', path: join(maplibreDist, file) });
  });
  const start = performance.now();
  await page.goto(`${bareOrigin}/`);
  // biome-ignore lint/suspicious/noExplicitAny: set by the page's own script
  await page.waitForFunction(() => (window as any).bareLoaded === true);
  const elapsed = performance.now() - start;
  await context.close();
  return elapsed;
}

/**
 * Milliseconds from navigation until the map draws all `total` remarks of the consultation
 * (single or counted in cells), and the bytes the browser received until then (compressed, as
 * sent). `context` may be a warm one (its cache kept from an earlier visit).
 */
async function timeCompleteMap(browser: Browser, pageUrl: string, total: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const visit = async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });
    const start = performance.now();
    await page.goto(pageUrl);
    await page.waitForFunction(
      () => window.__placMap?.loaded() && window.__placMap.areTilesLoaded(),
      undefined,
      { timeout: 120_000 },
    );
    // Two minutes at most: past that, what was drawn is reported instead of a time.
    let drawn = await remarksDrawn(page);
    while (drawn !== total && performance.now() - start < 120_000) {
      await page.waitForTimeout(20);
      drawn = await remarksDrawn(page);
    }
    const elapsed = performance.now() - start;
    await page.close();
    return { elapsed, bytes, drawn };
  };
  const cold = await visit();
  const warm = await visit();
  await context.close();
  return { cold, warm };
}

/** A Plac with bench/seed's city-wide consultation: the running one named, or one started. */
async function largePlac(size: number) {
  const named = process.env.PLAC_LARGE_CONSULTATION;
  if (process.env.PLAC_URL && named) {
    const total = Number(process.env.PLAC_LARGE_SIZE ?? size);
    return { url: process.env.PLAC_URL, id: named, total, stop: async () => {} };
  }
  let id = '';
  const seeded = performance.now();
  const started = await startPlac({
    prepare: async (data) => {
      id = await seedCityConsultation(data, size);
    },
  });
  console.log(
    `large consultation: ${size.toLocaleString('en')} remarks seeded and Plac up in ${((performance.now() - seeded) / 1000).toFixed(0)} s`,
  );
  return { ...started, id, total: size };
}

const { values: options } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    'large-only': { type: 'boolean', default: false },
  },
});

/** The demo consultation: the app's weight, its first map and list against bare MapLibre. */
async function smallConsultation() {
  if (!process.env.PLAC_URL) execSync('npx vite build', { cwd: webDir, stdio: 'ignore' });
  const appBytes = initialScripts().reduce((sum, path) => sum + gzipped(path), 0);
  const maplibreBytes = gzipped(maplibreJs);
  console.log(`initial JavaScript, gzipped: ${kB(appBytes)}`);
  console.log(
    `MapLibre alone (baseline):   ${kB(maplibreBytes)}  ratio ${(appBytes / maplibreBytes).toFixed(2)}`,
  );

  const plac = process.env.PLAC_URL
    ? { url: process.env.PLAC_URL, stop: async () => {} }
    : await startPlac();
  const browser = await launchChromium();
  try {
    const pageUrl = `${plac.url}/consultations/${await firstOpenConsultation(plac.url)}`;
    await timePlac(browser, pageUrl); // warm-up: caches, JIT
    await timeBareMaplibre(browser);
    const runs = [];
    const bare = [];
    for (let i = 0; i < rounds; i++) {
      runs.push(await timePlac(browser, pageUrl));
      bare.push(await timeBareMaplibre(browser));
    }
    const map = median(runs.map((run) => run.map));
    const list = median(runs.map((run) => run.list));
    const floor = median(bare);
    console.log(
      `bare MapLibre first render (baseline): ${floor.toFixed(0)} ms (median of ${rounds})`,
    );
    console.log(
      `consultation, first map render:        ${map.toFixed(0)} ms  ratio ${(map / floor).toFixed(2)}`,
    );
    console.log(
      `consultation, first comment list:      ${list.toFixed(0)} ms  ratio ${(list / floor).toFixed(2)}`,
    );
  } finally {
    await browser.close();
    await plac.stop();
  }
}

if (!options['large-only']) await smallConsultation();

const large = await largePlac(Number(options.size));
const largeBrowser = await launchChromium();
try {
  const pageUrl = `${large.url}/consultations/${large.id}`;
  const { cold, warm } = await timeCompleteMap(largeBrowser, pageUrl, large.total);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(`${large.total.toLocaleString('en')}-remark consultation, first complete map:`);
  const line = (visit: typeof cold) =>
    `${visit.elapsed.toFixed(0)} ms, ${mb(visit.bytes)} transferred` +
    (visit.drawn === large.total ? '' : ` (incomplete: ${visit.drawn.toLocaleString('en')} drawn)`);
  console.log(`  cold cache: ${line(cold)} (goal ≤ 2000 ms)`);
  console.log(`  warm cache: ${line(warm)}`);
} finally {
  await largeBrowser.close();
  await large.stop();
}
