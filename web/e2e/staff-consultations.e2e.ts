import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { toWarsawLocal } from '../src/features/staff/consultations/warsawTime';
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

const day = 86_400_000;
// A block in Mokotów, by Park Dreszera: the drawn area, and a remark inside it.
const corners = [
  { lng: 21.0105, lat: 52.1975 },
  { lng: 21.0145, lat: 52.1975 },
  { lng: 21.0145, lat: 52.1995 },
  { lng: 21.0105, lat: 52.1995 },
];
const remarkPoint = [21.0125, 52.1985];
// The smallest file the API takes as a PDF: it checks the %PDF- signature and the extension.
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** Clicks the corners on the form's map, then the first again to close the ring. */
async function drawArea(page: Page) {
  await mapSettled(page);
  const canvas = page.locator('.staff-area-map canvas.maplibregl-canvas');
  const pixels = await page.evaluate(
    (points) => points.map((at) => window.__placMap?.project(at) ?? { x: 0, y: 0 }),
    corners,
  );
  for (const { x, y } of [...pixels, pixels[0] ?? { x: 0, y: 0 }]) {
    await canvas.click({ position: { x, y } });
  }
}

async function takeStep(page: Page, action: string, next: string) {
  await page.getByRole('button', { name: `${action}…` }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await page.getByRole('button', { name: next }).or(page.getByText(next)).first().waitFor();
}

async function createWithDrawnArea(page: Page, title: string): Promise<string> {
  await page.goto('/staff/consultations/new');
  await page
    .getByLabel('Jednostka organizująca')
    .selectOption({ label: 'Urząd Dzielnicy Mokotów' });
  await page.getByLabel('Tytuł', { exact: true }).fill(title);
  await page.getByLabel('Streszczenie').fill('Gdzie posadzić drzewa przy parku?');
  await page.getByLabel('Opis', { exact: true }).fill('## Drzewa\n\nZapraszamy do **uwag**.');
  await page.locator('.staff-preview-body h2', { hasText: 'Drzewa' }).waitFor();
  await page.getByRole('radio', { name: 'Narysuj na mapie' }).check();
  await drawArea(page);
  await page.getByText('Narysowany obszar jest poprawny.').waitFor();
  await page.getByLabel('Tematy uwag').fill('Zieleń\nRuch');
  await page.getByLabel('Początek').fill(toWarsawLocal(new Date(Date.now() - day).toISOString()));
  await page
    .getByLabel('Koniec')
    .fill(toWarsawLocal(new Date(Date.now() + 30 * day).toISOString()));
  await page.getByRole('button', { name: 'Zapisz szkic' }).click();
  await page.waitForURL(/\/staff\/consultations\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return page.url().split('/').pop() ?? '';
}

async function uploadPdf(page: Page, title: string) {
  await page.getByLabel('Plik', { exact: true }).setInputFiles({
    name: 'projekt-planu.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  await page.getByText('Wysłano plik projekt-planu.pdf.').waitFor();
  await page.getByLabel('Tytuł dokumentu').fill(title);
  await page.getByRole('button', { name: 'Dodaj dokument' }).click();
  await page.locator('.staff-items a', { hasText: title }).waitFor();
}

async function addMeeting(page: Page) {
  const form = page.locator('form', {
    has: page.getByRole('heading', { name: 'Dodaj spotkanie' }),
  });
  await form.getByLabel('Nazwa spotkania').fill('Spacer po parku');
  await form.getByLabel('Rodzaj').selectOption({ label: 'Spacer studyjny' });
  await form
    .getByLabel('Początek')
    .fill(toWarsawLocal(new Date(Date.now() + 3 * day).toISOString()));
  await form
    .getByLabel('Koniec')
    .fill(toWarsawLocal(new Date(Date.now() + 3 * day + 7_200_000).toISOString()));
  await form.getByRole('button', { name: 'Dodaj spotkanie' }).click();
  // Somewhere to hold it is asked for, at the place's group, before anything is sent.
  await form.getByText('Podaj adres, miejsce na mapie albo odnośnik online.').waitFor();
  await form.getByLabel('Adres').fill('Park Dreszera, wejście od ul. Odyńca');
  await form.getByRole('button', { name: 'Dodaj spotkanie' }).click();
  await page.locator('.staff-items li', { hasText: 'Spacer po parku' }).waitFor();
  await page.getByRole('button', { name: 'Zmień spotkanie Spacer po parku' }).click();
  const change = page.locator('form', {
    has: page.getByRole('heading', { name: /^Zmiana spotkania/ }),
  });
  await change.getByLabel('Nazwa spotkania').fill('Spacer po parku Dreszera');
  await change.getByRole('button', { name: 'Zapisz zmiany spotkania' }).click();
  await page.locator('.staff-items li', { hasText: 'Spacer po parku Dreszera' }).waitFor();
}

async function residentRemarks(resident: BrowserContext, consultationId: string, body: string) {
  await gqlAs(
    resident,
    'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
    {
      input: {
        consultationId,
        body,
        stance: 'PROPOSAL',
        geometry: { type: 'Point', coordinates: remarkPoint },
      },
    },
  );
}

async function answerInPlannerView(page: Page, id: string, body: string) {
  await page.goto(`/consultations/${id}/feedback`);
  const remark = page.locator('.planner-comment', { hasText: body });
  await remark.getByRole('button', { name: 'Odpowiedz', exact: true }).click();
  await remark.getByLabel('Uzasadnienie').fill('Drzewa zostaną posadzone wiosną.');
  await remark.getByRole('button', { name: 'Zapisz odpowiedź' }).click();
  await page.getByText('Zapisano odpowiedź.').waitFor();
}

describe('staff consultations', () => {
  test('a planner runs a consultation from draft to published report', {
    timeout: 180_000,
  }, async () => {
    const planner = await openContext();
    await signInAs(planner.context, 'planner');
    const { page } = planner;
    const title = `Drzewa przy parku Dreszera ${Date.now()}`;
    const id = await createWithDrawnArea(page, title);
    await uploadPdf(page, 'Projekt planu (PDF)');
    const documentHref = await page
      .locator('.staff-items a', { hasText: 'Projekt planu (PDF)' })
      .getAttribute('href');
    const download = await page.request.get(documentHref ?? '');
    expect(download.headers()['content-disposition']).toContain('attachment');
    expect(download.headers()['x-content-type-options']).toBe('nosniff');
    await addMeeting(page);

    await takeStep(page, 'Zapowiedz', 'Otwórz na uwagi…');
    await takeStep(page, 'Otwórz na uwagi', 'Zakończ…');

    const resident = await openContext();
    await signInAs(resident.context, 'resident');
    const body = `Posadźcie lipy wzdłuż alejki ${Date.now()}`;
    await residentRemarks(resident.context, id, body);

    await answerInPlannerView(page, id, body);
    await page.goto(`/staff/consultations/${id}`);
    await takeStep(page, 'Zakończ', 'Odpowiedzi i raport');
    await page.getByRole('link', { name: 'Odpowiedzi i raport' }).click();
    await page.getByRole('button', { name: 'Opublikuj raport' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Tak, opublikuj' }).click();
    await page.getByRole('link', { name: 'Otwórz opublikowany raport' }).waitFor();

    const report = await resident.page.request.get(`/consultations/${id}/report`);
    expect(report.ok()).toBe(true);
    const html = await report.text();
    expect(html).toContain(title);
    expect(html).toContain(body);
    expect(html).toContain('Drzewa zostaną posadzone wiosną.');
  });

  test('the staff home shows what needs the planner (README screenshot)', async () => {
    const { context, page } = await openContext();
    await signInAs(context, 'planner');
    await page.goto('/staff');
    await page.getByRole('heading', { name: 'Uwagi czekające na odpowiedź' }).waitFor();
    await page.getByRole('heading', { name: 'Konsultacje moich jednostek' }).waitFor();
    await page.locator('.staff-counts strong').first().waitFor();
    await saveReadmeScreenshot(page, 'staff-home');
  });

  test('a resident and a visitor are told it is for staff, and no staff data is asked for', async () => {
    for (const role of ['resident', null] as const) {
      const { context, page } = await openContext();
      if (role) await signInAs(context, role);
      const asked: string[] = [];
      page.on('request', (request) => {
        const data = request.postData() ?? '';
        if (/staffOverview|StaffConsultations|verificationRequests/.test(data)) asked.push(data);
      });
      await page.goto('/staff');
      await page.getByRole('heading', { level: 1, name: 'Obsługa konsultacji' }).waitFor();
      await page
        .getByText('Ta część Placu jest dla pracowników urzędu', { exact: false })
        .waitFor();
      if (!role)
        await page.getByRole('link', { name: 'Zaloguj się', exact: true }).last().waitFor();
      await page.goto('/staff/consultations');
      await page.getByRole('heading', { level: 1, name: 'Obsługa konsultacji' }).waitFor();
      expect(asked).toEqual([]);
      await expectAccessible(page);
    }
  });

  test('a moderator sees moderation in the menu, not the consultations', async () => {
    const { context, page } = await openContext();
    await signInAs(context, 'moderator');
    await page.goto('/staff');
    const menu = page.getByRole('navigation', { name: 'Menu obsługi' });
    await menu.getByRole('link', { name: 'Moderacja' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Konsultacje' }).count()).toBe(0);
  });

  const screens = [
    { lang: 'pl', width: 1280 },
    { lang: 'en', width: 1280 },
    { lang: 'pl', width: 375 },
    { lang: 'en', width: 375 },
  ] as const;
  test.each(screens)(
    'the staff screens are accessible ($lang, $width px)',
    async ({ lang, width }) => {
      const { context, page } = await openContext({ lang, width, height: 800 });
      await signInAs(context, 'planner');
      const { consultations } = await gqlAs<{
        consultations: { edges: { node: { id: string } }[] };
      }>(context, '{ consultations(first: 1) { edges { node { id } } } }');
      const some = consultations.edges[0]?.node.id;
      const paths = [
        '/staff',
        '/staff/consultations',
        '/staff/consultations/new',
        `/staff/consultations/${some}`,
      ];
      for (const path of paths) {
        await page.goto(path);
        await page.locator('.staff-content h1').waitFor();
        await page.locator('.query-state').first().waitFor({ state: 'detached' });
        await expectAccessible(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    },
    120_000,
  );
});
