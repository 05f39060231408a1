import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { type AdminApi, createEdition, createPool, units } from './budget-admin-api';
import {
  expectAccessible,
  gqlAs,
  mapSettled,
  saveReadmeScreenshot,
  signInAs,
  useBrowser,
} from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();
const edition = { id: '', title: `Propozycje ${Date.now()}`, wola: '' };
// A 1×1 png, the project's one image.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
// Near Plac Zawiszy, in Wola.
const inWola = { lng: 20.985, lat: 52.2255 };

/** An edition in SUBMISSION of its own, with Mokotów's, Wola's and the city-wide pool. */
beforeAll(async () => {
  const { context } = await openContext();
  await signInAs(context, 'admin');
  const api: AdminApi = (query, variables) => gqlAs(context, query, variables);
  edition.id = await createEdition(api, { year: 2027, title: edition.title, area: 2, citywide: 2 });
  const { office, citywide } = await units(api);
  await createPool(api, edition.id, office('mokotow'), 'Mokotów', '100000000');
  edition.wola = await createPool(api, edition.id, office('wola'), 'Wola', '100000000');
  await createPool(api, edition.id, citywide, 'Cała Warszawa', '300000000');
}, 120_000);

/** Clicks the map at the place, centred on it first. */
async function clickMap(page: Page, at: { lng: number; lat: number }) {
  const canvas = page.locator('canvas.maplibregl-canvas');
  await canvas.scrollIntoViewIfNeeded();
  await mapSettled(page);
  const pixel = await page.evaluate((place) => {
    const map = window.__placMap;
    if (!map) throw new Error('window.__placMap is not set');
    map.jumpTo({ center: place, zoom: 15 });
    return map.project(place);
  }, at);
  await mapSettled(page);
  await canvas.click({ position: { x: pixel.x, y: pixel.y } });
}

describe('residents propose projects (issue 13)', () => {
  test('a verified resident draws the location on a phone, is suggested the district pool and submits; axe clean in pl and en', async () => {
    const { context, page } = await openContext({ width: 375, height: 800, lang: 'pl' });
    await signInAs(context, 'verified');
    await page.goto(`/budget/${edition.id}`);
    await page.getByRole('link', { name: 'Zgłoś projekt' }).click();
    await page.getByRole('heading', { name: `Zgłoś projekt — ${edition.title}` }).waitFor();

    await page.getByLabel('Tytuł', { exact: true }).fill('Stojaki rowerowe przy Placu Zawiszy');
    await page.getByLabel('Opis', { exact: true }).fill('Dwadzieścia stojaków przy przystankach.');
    await clickMap(page, inWola);
    await page.getByText(/^Zaznaczono punkt 20\.98/).waitFor();
    await page.getByText('Według lokalizacji proponujemy pulę: Wola.').waitFor();
    expect(await page.getByLabel('Pula', { exact: true }).inputValue()).toBe(edition.wola);

    await page.getByLabel('Pozycja kosztorysu 1').fill('Stojaki (20 szt.)');
    await page.getByLabel('Kwota pozycji 1 (zł)').fill('12 000');
    await page.getByRole('button', { name: 'Dodaj pozycję' }).click();
    await page.getByLabel('Pozycja kosztorysu 2').fill('Montaż');
    await page.getByLabel('Kwota pozycji 2 (zł)').fill('2500,50');
    await page.getByText('Razem: 14500,50 zł').waitFor();
    await page.getByLabel('Kategorie').fill('transport, rowery');
    await page
      .getByLabel('Dodaj zdjęcia')
      .setInputFiles({ name: 'stojaki.png', mimeType: 'image/png', buffer: photo });
    await page.getByText(`stojaki.png (${photo.length} B)`).waitFor();
    await page.getByLabel(/Zgadzam się na publikację projektu/).check();
    await expectAccessible(page);
    // The README shows the drawn place with the pool suggested for it.
    await page.getByRole('group', { name: 'Lokalizacja' }).evaluate((el) => el.scrollIntoView());
    await mapSettled(page);
    await saveReadmeScreenshot(page, 'budget-propose');

    await page.getByRole('button', { name: 'Zgłoś projekt' }).click();
    await page.getByRole('heading', { name: `Twój projekt — ${edition.title}` }).waitFor();
    await page.getByText('Projekt zgłoszony. Możesz go wycofać, zanim trafi do oceny.').waitFor();
    const projectId = page.url().split('/').pop() ?? '';
    const { project } = await gqlAs<{
      project: { status: string; poolId: string; cost: { grosze: string }; images: unknown[] };
    }>(
      context,
      'query ($id: ID!) { project(id: $id) { status poolId cost { grosze } images { name } } }',
      { id: projectId },
    );
    expect(project).toEqual({
      status: 'SUBMITTED',
      poolId: edition.wola,
      cost: { grosze: '1450050' },
      images: [{ name: 'stojaki.png' }],
    });

    const english = await openContext({ width: 375, height: 800, lang: 'en' });
    await signInAs(english.context, 'verified');
    await english.page.goto(`/budget/${edition.id}/propose/${projectId}`);
    await english.page
      .getByText('Project submitted. You can withdraw it until it is verified.')
      .waitFor();
    await english.page.getByRole('button', { name: 'Withdraw the submission' }).waitFor();
    await expectAccessible(english.page);
    // The submitted project is public, its image with it.
    await english.page.goto(`/budget/projects/${projectId}`);
    const image = english.page.getByRole('img', {
      name: 'Image 1 of the project “Stojaki rowerowe przy Placu Zawiszy”',
    });
    expect(await image.getAttribute('loading')).toBe('lazy');
    await expectAccessible(english.page);
  });

  test('a resident not verified is told why they may not propose and how to get verified', async () => {
    const { context, page } = await openContext({ width: 375, height: 800, lang: 'pl' });
    await signInAs(context, 'resident');
    await page.goto(`/budget/${edition.id}/propose`);
    await page.getByRole('heading', { name: 'Nie możesz teraz zgłosić projektu' }).waitFor();
    await page.getByText(/projekty zgłaszają tylko zweryfikowani mieszkańcy/).waitFor();
    expect(await page.getByRole('link', { name: 'Zweryfikuj konto' }).getAttribute('href')).toBe(
      '/account',
    );
    await expectAccessible(page);
  });
});
