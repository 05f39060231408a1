import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { remarksDrawn } from './map-count';
import { mapSettled } from './support';

/** Waits until the map draws `expected` remarks (symbols are placed after the tiles load). */
export async function expectDrawn(page: Page, expected: number, tries = 20): Promise<void> {
  await mapSettled(page);
  let drawn = await remarksDrawn(page);
  for (let tried = 0; drawn !== expected && tried < tries; tried += 1) {
    await page.waitForTimeout(250);
    drawn = await remarksDrawn(page);
  }
  expect(drawn).toBe(expected);
}
