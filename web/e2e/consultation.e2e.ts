import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { expectDrawn } from './map-remarks';
import {
  demoPlanConsultationPath,
  expectAccessible,
  gqlAs,
  mapSettled,
  remarkSummary,
  saveReadmeScreenshot,
  saveScreenshot,
  signInAs,
  useBrowser,
} from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();

/** Inside the demo local plan's consultation area (Mokotów, around ulica Racławicka). */
const inside = { lng: 21.0098, lat: 52.1991 };
let consultationPath = '';

beforeAll(async () => {
  consultationPath = await demoPlanConsultationPath();
});

/** A new resident signs up through the sign-up page and comes back to the consultation. */
async function signUpResident(page: Page, name: string): Promise<void> {
  await page.goto(`/sign-up?next=${encodeURIComponent(consultationPath)}`);
  await page.getByLabel('Adres e-mail').fill(`${name}-${Date.now()}@example.test`);
  await page.getByLabel('Hasło', { exact: true }).fill('a long enough password');
  await page.getByLabel('Nazwa wyświetlana').fill(name);
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await page.waitForURL((url) => url.pathname === consultationPath);
}

/** Opens the consultation and waits for its remarks and its map. */
async function openConsultation(page: Page): Promise<void> {
  await page.goto(consultationPath);
  await page.locator('.comment-list li').first().waitFor();
  await mapSettled(page);
}

/** The pixel of a place on the map, brought into view first if needed. */
async function pixelOf(page: Page, point: { lng: number; lat: number }) {
  const pixel = await page.evaluate((at) => {
    const map = window.__placMap;
    if (!map) throw new Error('window.__placMap is not set');
    map.jumpTo({ center: at, zoom: 17 });
    return map.project(at);
  }, point);
  await mapSettled(page);
  return { x: pixel.x, y: pixel.y };
}

async function writeRemark(page: Page, stance: string, text: string): Promise<void> {
  await page.getByRole('radio', { name: stance }).check();
  await page.getByLabel('Treść uwagi').fill(text);
  await page.getByRole('button', { name: 'Wyślij uwagę' }).click();
}

describe('consultation screen', () => {
  test('draws every remark on first load, singly or counted in a cell, with no image missing', async () => {
    const { context, page } = await openContext();
    const missing: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('could not be loaded')) missing.push(message.text());
    });
    const { comments } = await gqlAs<{ comments: { totalCount: number } }>(
      context,
      'query ($id: ID!) { comments(consultationId: $id, first: 1) { totalCount } }',
      { id: consultationPath.split('/').pop() },
    );
    expect(comments.totalCount).toBeGreaterThan(100);
    await openConsultation(page);
    await expectDrawn(page, comments.totalCount);
    // Zoomed out, the remarks are counted in cells: the total stays.
    await page.evaluate(() => {
      const map = window.__placMap;
      map?.jumpTo({ zoom: (map?.getZoom() ?? 14) - 3 });
    });
    await expectDrawn(page, comments.totalCount);
    // In another language the cells' counts are worded in it ("1.2K"), and all still drawn.
    const countWording = () =>
      page.evaluate(() =>
        JSON.stringify(window.__placMap?.getLayoutProperty('comment-tiles-cells', 'text-field')),
      );
    expect(await countWording()).toContain('tys.');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await countWording()).toContain('"K"');
    await expectDrawn(page, comments.totalCount);
    // The zones' symbols stay above the remarks.
    const order = await page.evaluate(() => window.__placMap?.getStyle().layers.map((l) => l.id));
    expect(order?.indexOf('plan-zones-label')).toBeGreaterThan(
      order?.indexOf('comment-tiles-cells') ?? Number.POSITIVE_INFINITY,
    );

    const phone = await openContext({ width: 375, height: 740 });
    phone.page.on('console', (message) => {
      if (message.text().includes('could not be loaded')) missing.push(message.text());
    });
    await openConsultation(phone.page);
    await phone.page.getByRole('button', { name: 'Mapa', exact: true }).click();
    await expectDrawn(phone.page, comments.totalCount);
    expect(missing).toEqual([]);
  });

  test('a point dropped on the map shows in the list, and live in another browser', async () => {
    const { page } = await openContext();
    await signUpResident(page, 'Mieszkanka');
    const watcher = await openContext();
    const subscribed = new Promise<void>((resolve) => {
      watcher.page.on('websocket', (socket) =>
        socket.on('framesent', (frame) => {
          if (String(frame.payload).includes('commentAdded')) resolve();
        }),
      );
    });
    await openConsultation(watcher.page);
    // The watcher's subscription is running before the remark is sent.
    await subscribed;

    await openConsultation(page);
    await page.getByRole('button', { name: 'Zgłoś uwagę' }).click();
    expect(await page.getByRole('button', { name: 'Punkt' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.locator('canvas.maplibregl-canvas').click({ position: await pixelOf(page, inside) });
    await page.getByText('Wybrane miejsce: punkt 21.009').waitFor();
    const text = `Ławka przy przejściu ${Date.now()}`;
    await writeRemark(page, 'Propozycja', text);

    await page.locator('.comment-list').getByText(text).waitFor();
    await saveScreenshot(page, 'consultation-added');
    await watcher.page.locator('.comment-list').getByText(text).waitFor();
    await watcher.page.getByText('1 nowa uwaga od innych osób.').waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: 'Wyślij uwagę' }).count()).toBe(0);
  });

  test('an area typed as coordinates, and a plan zone chosen from a list', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const { context, page } = await openContext();
    await signInAs(context, 'resident');
    await openConsultation(page);

    await page.getByRole('button', { name: 'Zgłoś uwagę' }).click();
    await page.getByRole('radio', { name: 'Współrzędne' }).check();
    await page.getByLabel('Kształt').selectOption('Polygon');
    const field = page.getByLabel('Współrzędne (długość, szerokość)');
    await field.focus();
    await page.keyboard.type('52.1985, 21.0090');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('najpierw długość').waitFor();
    await field.fill('21.0090, 52.1985\n21.0105, 52.1985\n21.0105, 52.1995');
    await page.getByRole('button', { name: 'Użyj tych współrzędnych' }).press('Enter');
    await page.getByText('Wybrane miejsce: obszar o 3 wierzchołkach.').waitFor();
    // Another viewer, watching, gets the remark live, and its correction.
    const watcher = await openContext();
    const watching = new Promise<void>((resolve) => {
      watcher.page.on('websocket', (socket) =>
        socket.on('framesent', (frame) => {
          if (String(frame.payload).includes('commentUpdated')) resolve();
        }),
      );
    });
    await openConsultation(watcher.page);
    await watching;
    const typed = `Zieleń wzdłuż ulicy ${Date.now()}`;
    await writeRemark(page, 'Poparcie', typed);
    await page.locator('.comment-list').getByText(typed).waitFor();
    // The new remark is open: its author can correct it.
    await page.getByRole('button', { name: 'Popraw' }).click();
    await page.getByLabel('Nowa treść uwagi').fill(`${typed} i drzewa`);
    await page.getByRole('button', { name: 'Zapisz poprawkę' }).click();
    await page.locator('.comment-list').getByText(`${typed} i drzewa`).waitFor();
    await watcher.page.locator('.comment-list').getByText(`${typed} i drzewa`).waitFor();

    await page.getByRole('button', { name: 'Zgłoś uwagę' }).click();
    await page.getByRole('radio', { name: 'Strefa planu z listy' }).check();
    await page
      .getByLabel('Strefa planu', { exact: true })
      .selectOption({ label: '1ZP – zieleń urządzona' });
    await page.getByText(/Wybrane miejsce: obszar o \d+ wierzchołkach/).waitFor();
    const zoned = `Skwer bez zabudowy ${Date.now()}`;
    await page.getByRole('checkbox', { name: /uwagę formalną/ }).check();
    await page.getByLabel('Imię i nazwisko (lub nazwa)').fill('Anna Nowak');
    await page.getByLabel('Adres zamieszkania (lub siedziby)').fill('ul. Racławicka 1, Warszawa');
    await page.getByLabel('Prawo do nieruchomości').selectOption('OWNER');
    await page.getByLabel('Numery działek ewidencyjnych').fill('12/3, 14');
    await writeRemark(page, 'Sprzeciw', zoned);
    await page.locator('.comment-list').getByText(zoned).waitFor();

    const { comments } = await gqlAs<{
      comments: {
        edges: {
          node: { body: string; geometry: { type: string }; formal: { parcels: string[] } | null };
        }[];
      };
    }>(
      context,
      'query ($id: ID!, $since: DateTimeISO!) { comments(consultationId: $id, filter: { since: $since }) { edges { node { body geometry formal { parcels } } } } }',
      { id: consultationPath.split('/').pop(), since },
    );
    const shapes = comments.edges.map(({ node }) => [
      node.body,
      node.geometry.type,
      node.formal?.parcels ?? null,
    ]);
    expect(shapes).toEqual(
      expect.arrayContaining([
        [`${typed} i drzewa`, 'Polygon', null],
        [zoned, 'Polygon', ['12/3', '14']],
      ]),
    );
  }, 120_000);

  test('draws an area on the map, supports a remark, and links planners to the feedback', async () => {
    const { context, page } = await openContext();
    await signInAs(context, 'planner');
    await openConsultation(page);
    await page.getByRole('link', { name: /widok planisty/ }).waitFor();

    const summary = page.locator('.comment-summary').first();
    await summary.click();
    const support = page.locator('.comment-detail').getByRole('button', { name: /Popieram/ });
    const before = await support.textContent();
    await support.click();
    await page.waitForFunction(
      () => document.querySelector('.comment-detail [aria-pressed="true"]') !== null,
    );
    expect(await support.textContent()).not.toBe(before);

    await page.getByRole('button', { name: 'Zgłoś uwagę' }).click();
    await page.getByRole('button', { name: 'Obszar' }).click();
    await page.getByText('Legenda', { exact: true }).click();
    const canvas = page.locator('canvas.maplibregl-canvas');
    const corners = [
      { lng: 21.0098, lat: 52.1991 },
      { lng: 21.011, lat: 52.1991 },
      { lng: 21.011, lat: 52.1999 },
    ];
    await pixelOf(page, inside);
    const pixels = await page.evaluate(
      (points) => points.map((at) => window.__placMap?.project(at) ?? { x: 0, y: 0 }),
      corners,
    );
    // Three corners, then the first again to close the ring.
    for (const { x, y } of [...pixels, pixels[0] ?? { x: 0, y: 0 }]) {
      await canvas.click({ position: { x, y } });
    }
    await page.getByText('Wybrane miejsce: obszar o 3 wierzchołkach.').waitFor();
    const drawn = `Obszar do zazielenienia ${Date.now()}`;
    await writeRemark(page, 'Propozycja', drawn);
    await page.locator('.comment-list').getByText(drawn).waitFor();
  });

  test('is accessible signed out, with the form open, in English and on a phone', async () => {
    const { page } = await openContext();
    await openConsultation(page);
    await page.getByRole('link', { name: 'Zaloguj się', exact: true }).first().waitFor();
    expect(await page.locator('.notice a').getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent(consultationPath)}`,
    );
    await page.getByRole('button', { name: /1ZP/ }).click();
    await page.getByText('Minimalny udział powierzchni biologicznie czynnej').waitFor();
    await (await remarkSummary(page, 'z odpowiedzią')).click();
    await page.getByRole('region', { name: 'Odpowiedź urzędu' }).waitFor();
    await expectAccessible(page);

    const resident = await openContext({ lang: 'en' });
    await signInAs(resident.context, 'resident');
    await openConsultation(resident.page);
    await (await remarkSummary(resident.page, 'answered')).click();
    await resident.page.getByRole('region', { name: 'Official response' }).waitFor();
    await resident.page.getByRole('button', { name: 'Report abuse' }).click();
    await resident.page.getByLabel('Why are you reporting it?').waitFor();
    await resident.page.getByRole('button', { name: 'Make a remark' }).click();
    await resident.page.getByRole('checkbox', { name: /formal remark/ }).check();
    await resident.page.getByLabel('Cadastral parcel numbers').waitFor();
    await saveScreenshot(resident.page, 'consultation-form-en');
    await expectAccessible(resident.page);

    const phone = await openContext({ width: 375, height: 740 });
    await openConsultation(phone.page);
    const mapButton = phone.page.getByRole('button', { name: 'Mapa', exact: true });
    await mapButton.click();
    expect(await mapButton.getAttribute('aria-pressed')).toBe('true');
    expect(await phone.page.locator('.consultation-panel').isVisible()).toBe(false);
    await mapSettled(phone.page);
    await saveScreenshot(phone.page, 'consultation-phone-map');
    await expectAccessible(phone.page);
    await phone.page.getByRole('button', { name: 'Lista', exact: true }).click();
    expect(await phone.page.locator('.consultation-map').isVisible()).toBe(false);
    await saveScreenshot(phone.page, 'consultation-phone-list');
    await expectAccessible(phone.page);
  }, 120_000);

  test('starts its map while the consultation is still being asked for', async () => {
    const { context, page } = await openContext();
    const { comments } = await gqlAs<{ comments: { totalCount: number } }>(
      context,
      'query ($id: ID!) { comments(consultationId: $id, first: 1) { totalCount } }',
      { id: consultationPath.split('/').pop() },
    );
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/graphql', async (route) => {
      if (/query Consultation\b/.test(route.request().postData() ?? '')) await held;
      await route.continue();
    });
    await page.goto(consultationPath);
    await page.waitForFunction(() => window.__placMap?.loaded());
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Konsultacja');
    release();
    await page.locator('.comment-list li').first().waitFor();
    await expectDrawn(page, comments.totalCount);
  });

  test('says so when the consultation does not exist', async () => {
    const { page } = await openContext();
    await page.goto('/consultations/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Konsultacja' }).waitFor();
    await page.getByRole('alert').waitFor();
    await page.getByRole('button', { name: 'Spróbuj ponownie' }).waitFor();
    expect(await page.locator('.map-canvas').count()).toBe(0);
    await expectAccessible(page);
  });

  test('shows the plan overlay and the remarks (README screenshot)', async () => {
    const { page } = await openContext({ width: 1440, height: 900 });
    await openConsultation(page);
    await page.getByRole('button', { name: /1MW/ }).click();
    await page.locator('.zone-parameters').waitFor();
    await (await remarkSummary(page, 'z odpowiedzią')).click();
    await page.locator('.official-response').first().waitFor();
    await page.locator('.comment-section h2').evaluate((heading) => heading.scrollIntoView());
    await page.evaluate(() => window.__placMap?.jumpTo({ center: [21.0095, 52.1991], zoom: 15.2 }));
    await mapSettled(page);
    // Symbols fade in after placement (MapLibre's fadeDuration, 300 ms).
    await page.waitForTimeout(600);
    await saveReadmeScreenshot(page, 'consultation');
  }, 120_000);
});
