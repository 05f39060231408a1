/**
 * The web client's weight and speed, on the demo data in headless Chromium:
 *   - the gzipped size of the JavaScript the first page loads (entry and preloaded chunks),
 *     against MapLibre's own minified build;
 *   - the time to the first map render and to the first comment list on a consultation,
 *     against a bare MapLibre map with the same empty style, in the same browser and run.
 *   npx tsx bench/web.ts           (builds web/dist first; PLAC_URL: measure a running Plac)
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../web/e2e/chromium.js';
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
