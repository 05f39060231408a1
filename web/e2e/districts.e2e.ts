import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';

const url = inject('placUrl');
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
/** The Palace of Culture and Science, inside Śródmieście. */
const srodmiescie = { lng: 21.0067, lat: 52.2319 };

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const up = await fetch(url).then(
    (r) => r.ok,
    () => false,
  );
  if (!up) throw new Error(`Nothing answers at ${url}`);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});

// Each test gets a fresh page, so no test depends on another having run.
beforeEach(async () => {
  // Reduced motion: the map jumps instead of animating, so pixels are stable at once.
  context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => console.error('page error:', error));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('browser console:', message.text());
  });
});

// Before the context closes (onTestFailed would run after afterEach, too late).
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) {
    mkdirSync(artifacts, { recursive: true });
    const name = task.name.replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
    await page.screenshot({ path: `${artifacts}${name}-failure.png`, fullPage: true });
  }
  await context?.close();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens Plac and waits for the 18 districts; answers the list's options. */
async function openDistricts() {
  const response = await page.goto(url);
  expect(response?.ok(), `Plac should answer at ${url}`).toBe(true);
  const options = page.getByRole('listbox').getByRole('option');
  await options.nth(17).waitFor();
  return options;
}

/** Waits until the page's map has drawn everything and stopped moving. */
async function mapSettled(): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__placMap;
    return map?.loaded() && map.areTilesLoaded() && !map.isMoving();
  });
}

describe('districts page', () => {
  test('lists 18 districts, and selects from the list and from the map', async () => {
    const options = await openDistricts();
    expect(await options.count()).toBe(18);
    expect(await page.locator('canvas.maplibregl-canvas').getAttribute('aria-label')).toBeTruthy();

    const mokotow = page.getByRole('option', { name: 'Mokotów', exact: true });
    await mokotow.click();
    expect(await mokotow.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[role=option][aria-selected=true]').count()).toBe(1);
    await mapSettled();
    // The map was fitted to Mokotów: a point well inside it is in view.
    expect(await page.evaluate(() => window.__placMap?.getBounds().contains([21.03, 52.19]))).toBe(
      true,
    );

    // Bring the known point into view if the fit left it outside, then click its pixel.
    const pixel = await page.evaluate((point) => {
      const map = window.__placMap;
      if (!map) throw new Error('window.__placMap is not set');
      const { width, height } = map.getCanvas().getBoundingClientRect();
      let { x, y } = map.project(point);
      if (x < 20 || y < 20 || x > width - 20 || y > height - 20) {
        map.jumpTo({ center: point });
        ({ x, y } = map.project(point));
      }
      return { x, y };
    }, srodmiescie);
    await mapSettled();
    await page.locator('canvas.maplibregl-canvas').click({ position: pixel });

    const srodmiescieOption = page.getByRole('option', { name: 'Śródmieście', exact: true });
    await page.waitForFunction(
      () =>
        document.querySelector('[role=option][aria-selected=true]')?.textContent === 'Śródmieście',
    );
    expect(await srodmiescieOption.getAttribute('aria-selected')).toBe('true');
    expect(await mokotow.getAttribute('aria-selected')).toBe('false');

    await mapSettled();
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}districts.png` });
  });

  test('selects with the keyboard', async () => {
    await openDistricts();
    const listbox = page.getByRole('listbox');
    await listbox.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const first = listbox.getByRole('option').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await listbox.getByRole('option').nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await first.getAttribute('aria-selected')).toBe('false');
  });
});
