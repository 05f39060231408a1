import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium';
import { seedCityConsultation } from './city-seed';
import { expectDrawn } from './map-remarks';
import { type RunningPlac, startPlac } from './start-plac';
import { mapSettled } from './support';

/**
 * Remarks of the city-wide consultation, on either database (bench/seed writes 100,000 in
 * about 15 s on an idle 2-core machine, embedded or server). PLAC_CITY_SCALE_SIZE overrides it;
 * with PLAC_URL and PLAC_CITY_SCALE_CONSULTATION a running Plac's seeded consultation is opened.
 */
const size = Number(process.env.PLAC_CITY_SCALE_SIZE ?? 100_000);
const running = process.env.PLAC_URL && process.env.PLAC_CITY_SCALE_CONSULTATION;
let plac: RunningPlac;
let browser: Browser;
let consultationId = '';

beforeAll(async () => {
  if (running) {
    plac = { url: process.env.PLAC_URL ?? '', stop: async () => {} };
    consultationId = process.env.PLAC_CITY_SCALE_CONSULTATION ?? '';
  } else {
    plac = await startPlac({
      prepare: async (data) => {
        consultationId = await seedCityConsultation(data, size);
      },
    });
  }
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await plac?.stop();
});

describe(`a consultation of ${size.toLocaleString('en')} remarks`, () => {
  test('opens with the map complete and the list scrollable', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
      baseURL: plac.url,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const started = Date.now();
    await page.goto(`/consultations/${consultationId}`);
    await page.locator('.comment-list li').first().waitFor();
    await mapSettled(page);
    await expectDrawn(page, size, 60);
    console.log(`city scale: ${size} remarks drawn in ${Date.now() - started} ms`);

    // The list counts them all, and loads more as it is scrolled.
    await page.getByRole('heading', { name: /^Uwagi \(/ }).waitFor();
    const heading = await page.getByRole('heading', { name: /^Uwagi \(/ }).textContent();
    expect(heading?.replace(/\D/g, '')).toBe(String(size));
    const list = page.locator('.virtual-list');
    const loaded = () => page.locator('.comment-list-more').textContent();
    const before = await loaded();
    for (let scroll = 0; scroll < 3; scroll += 1) {
      await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await page.waitForTimeout(500);
    }
    await page.waitForFunction(
      (text) => document.querySelector('.comment-list-more')?.textContent !== text,
      before,
    );
    expect(await page.locator('.comment-list li').count()).toBeLessThan(60);
    await context.close();
  }, 300_000);
});
