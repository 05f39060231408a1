import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  expectAccessible,
  gqlAs,
  mapSettled,
  saveReadmeScreenshot,
  saveScreenshot,
  signInAs,
  useBrowser,
} from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();

/** Inside the demo local plan's area (Mokotów) but outside the park inside it. */
const inPlanOnly = { lng: 21.0045, lat: 52.2032 };

/** A small area in Mokotów (Sielce), clear of the demo consultations. */
const sielce = {
  type: 'Polygon',
  coordinates: [
    [
      [21.035, 52.188],
      [21.045, 52.188],
      [21.045, 52.195],
      [21.035, 52.195],
      [21.035, 52.188],
    ],
  ],
};

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Besides the demo's two open consultations, one announced by the Mokotów office. */
const consultationCount = 3;

beforeAll(async () => {
  const { context } = await openContext();
  await signInAs(context, 'planner');
  const { me } = await gqlAs<{ me: { roles: { unit: { id: string; name: string } | null }[] } }>(
    context,
    '{ me { roles { unit { id name } } } }',
  );
  const mokotow = me.roles.find((grant) => grant.unit?.name.includes('Mokotów'))?.unit;
  if (!mokotow) throw new Error('The demo planner should plan for Mokotów');
  const { createConsultation } = await gqlAs<{ createConsultation: { id: string } }>(
    context,
    'mutation ($unitId: ID!, $input: ConsultationInput!) { createConsultation(unitId: $unitId, input: $input) { id } }',
    {
      unitId: mokotow.id,
      input: {
        title: 'Ławki na Sielcach (zapowiedź)',
        summary: 'Wkrótce.',
        area: sielce,
        opensAt: daysFromNow(7),
        closesAt: daysFromNow(37),
      },
    },
  );
  await gqlAs(
    context,
    'mutation ($id: ID!) { changeConsultationStatus(id: $id, status: ANNOUNCED) { id } }',
    {
      id: createConsultation.id,
    },
  );
  await context.close();
});

async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('.home-item[data-kind=consultation]').first().waitFor();
  await mapSettled(page);
}

const listed = (page: Page, kind: 'consultation' | 'project') =>
  page.locator(`.home-item[data-kind=${kind}]`).count();

/** Distinct ids of a source's features, as the map holds them. */
function mapIds(page: Page, source: string): Promise<string[]> {
  return page.evaluate((id) => {
    const map = window.__placMap;
    if (!map) throw new Error('window.__placMap is not set');
    const ids = map.querySourceFeatures(id).map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  }, source);
}

/** Keys of the listed items of a kind that are on the map (they have a "show" button). */
async function listedKeys(page: Page, kind: string): Promise<string[]> {
  const keys = await page
    .locator(`.home-item[data-kind=${kind}]:has(button)`)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-key') ?? ''));
  return keys.sort();
}

describe('home', () => {
  test('shows consultations, projects and districts on the map and in the list', async () => {
    const { page } = await openContext();
    await openHome(page);
    expect(await listed(page, 'consultation')).toBe(consultationCount);
    expect(await listed(page, 'project')).toBeGreaterThan(0);
    expect(await mapIds(page, 'home-districts')).toHaveLength(18);
    expect(await mapIds(page, 'home-consultations')).toEqual(
      await listedKeys(page, 'consultation'),
    );
    expect(await mapIds(page, 'home-projects')).toEqual(await listedKeys(page, 'project'));
    await saveReadmeScreenshot(page, 'home');
  });

  test('filters by district and status narrow the map and the list alike', async () => {
    const { page } = await openContext();
    await openHome(page);
    await page.getByLabel('Dzielnica').selectOption({ label: 'Wola' });
    expect(await listed(page, 'consultation')).toBe(0);
    await expect.poll(() => mapIds(page, 'home-consultations')).toEqual([]);
    const wola = await listedKeys(page, 'project');
    expect(wola.length).toBeGreaterThan(0);
    await expect.poll(() => mapIds(page, 'home-projects')).toEqual(wola);

    await page.getByLabel('Dzielnica').selectOption({ label: 'Mokotów' });
    expect(await listed(page, 'consultation')).toBe(consultationCount);
    await page.getByLabel('Status konsultacji').selectOption({ label: 'zapowiedziane' });
    expect(await listed(page, 'consultation')).toBe(1);
    await expect
      .poll(() => mapIds(page, 'home-consultations'))
      .toEqual(await listedKeys(page, 'consultation'));
    await page.getByLabel('Status konsultacji').selectOption({ label: 'trwają' });
    expect(await listed(page, 'consultation')).toBe(2);
    await page.getByLabel('Status projektu').selectOption({ label: 'dopuszczony do głosowania' });
    const accepted = await listedKeys(page, 'project');
    await expect.poll(() => mapIds(page, 'home-projects')).toEqual(accepted);

    await page.getByRole('button', { name: 'Wyczyść filtry' }).click();
    expect(await listed(page, 'consultation')).toBe(consultationCount);
  });

  test('selects with the keyboard and flies there; a map click selects in the list', async () => {
    const { page } = await openContext();
    await openHome(page);
    const park = page.locator('.home-item', { hasText: 'Orlicz-Dreszera' });
    await park.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await park.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    await mapSettled(page);
    await saveScreenshot(page, 'home-selected');
    expect(
      await page.evaluate(() => {
        const map = window.__placMap;
        return map ? map.getZoom() > 13 && map.getBounds().contains([21.0125, 52.198]) : false;
      }),
    ).toBe(true);

    const pixel = await page.evaluate((at) => {
      const map = window.__placMap;
      if (!map) throw new Error('window.__placMap is not set');
      map.jumpTo({ center: at, zoom: 16 });
      return map.project(at);
    }, inPlanOnly);
    await mapSettled(page);
    await page.locator('canvas.maplibregl-canvas').click({ position: pixel });
    const plan = page.locator('.home-item', { hasText: 'Racławickiej' });
    await page.waitForFunction(() =>
      document.querySelector('.home-item.selected')?.textContent?.includes('Racławickiej'),
    );
    expect(await plan.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(await park.getByRole('button').getAttribute('aria-pressed')).toBe('false');
  });

  test('layer checkboxes hide a kind on the map and in the list', async () => {
    const { page } = await openContext({ lang: 'en' });
    await openHome(page);
    await page.getByRole('checkbox', { name: 'Consultations' }).uncheck();
    expect(await listed(page, 'consultation')).toBe(0);
    const visibility = () =>
      page.evaluate(() =>
        window.__placMap?.getLayoutProperty('home-consultations-fill', 'visibility'),
      );
    expect(await visibility()).toBe('none');
    await page.getByRole('checkbox', { name: 'Consultations' }).check();
    expect(await visibility()).toBe('visible');
    expect(await listed(page, 'consultation')).toBe(consultationCount);
  });

  test('is accessible in Polish and English, and at 375 px switches list and map', async () => {
    for (const lang of ['pl', 'en'] as const) {
      const { page } = await openContext({ lang });
      await openHome(page);
      await expectAccessible(page);
    }
    const { page } = await openContext({ width: 375, height: 740 });
    await openHome(page);
    await expectAccessible(page);
    const mapButton = page.getByRole('button', { name: 'Mapa', exact: true });
    await mapButton.click();
    expect(await mapButton.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.home-list-pane').isVisible()).toBe(false);
    await mapSettled(page);
    expect(await page.locator('canvas.maplibregl-canvas').isVisible()).toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, 'home-375-map');
  }, 120_000);

  test('remembers the language across reloads', async () => {
    const { page } = await openContext();
    await openHome(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /Consultations and projects/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Consultations and projects/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
