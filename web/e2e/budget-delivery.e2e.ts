import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import {
  type AdminApi,
  createEdition,
  createPool,
  point,
  schedule,
  setPhases,
  submitAndVerify,
  units,
} from './budget-admin-api';
import { expectAccessible, gqlAs, signInAs, useBrowser } from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();
const title = 'Ławki przy Odyńca (e2e realizacja)';
// A 1×1 PNG the browser can draw.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
let editionId: string;
let projectId: string;

/** An edition of its own whose one Mokotów project one ballot funds: tallied, published. */
async function fundedProject(admin: BrowserContext, voter: BrowserContext) {
  await signInAs(admin, 'admin');
  const api: AdminApi = (query, variables) => gqlAs(admin, query, variables);
  const edition = await createEdition(api, {
    year: 2024,
    title: 'Budżet 2024 (e2e realizacja)',
    area: 1,
    citywide: 1,
  });
  const owners = await units(api);
  const pool = await createPool(api, edition, owners.office('mokotow'), 'Mokotów', '10000000');
  const { benches } = await submitAndVerify(api, edition, {
    benches: { poolId: pool, title, costGrosze: '5000000', locations: [point(21.01, 52.2)] },
  });
  await setPhases(
    api,
    edition,
    schedule(['SUBMISSION', -90, -62], ['VERIFICATION', -62, -61], ['VOTING', -1, 1]),
  );
  await signInAs(voter, 'verified');
  await gqlAs(
    voter,
    'mutation ($e: ID!, $d: ID, $p: [ID!]!) { castBallot(editionId: $e, districtPoolId: $d, projectIds: $p) { id } }',
    { e: edition, d: pool, p: [benches] },
  );
  await setPhases(api, edition, schedule(['VOTING', -60, -30], ['RESULTS', -29, 60]));
  await api('mutation ($id: ID!) { tallyEdition(editionId: $id) { poolId } }', { id: edition });
  await api('mutation ($id: ID!) { publishResults(editionId: $id) { poolId } }', { id: edition });
  return { editionId: edition, projectId: benches };
}

beforeAll(async () => {
  const admin = await openContext();
  const voter = await openContext();
  ({ editionId, projectId } = await fundedProject(admin.context, voter.context));
}, 120_000);

async function phone(lang: 'pl' | 'en', as?: 'planner') {
  const { context, page } = await openContext({ width: 375, height: 800, lang });
  if (as) await signInAs(context, as);
  return page;
}

const deliverySection = (page: Page) => page.locator('section.delivery');

test('the office reports progress with a photo; the screen is accessible in pl and en at 375 px', async () => {
  const page = await phone('pl', 'planner');
  await page.goto(`/staff/budget/${editionId}/delivery`);
  await page.getByRole('heading', { name: 'Realizacja projektów' }).waitFor();
  await page.getByRole('button', { name: `Realizacja: ${title}` }).click();
  await page.getByLabel('Co zrobiono').fill('Ławki zamówione, montaż w przyszłym tygodniu.');
  await page.getByLabel('Postęp (%)').fill('30');
  await page.getByLabel('Wydano dotąd (zł)').fill('1 250,50');
  await page.getByLabel('Status projektu').selectOption('IN_PROGRESS');
  await page
    .getByLabel('Dodaj zdjęcia')
    .setInputFiles({ name: 'ławki.png', mimeType: 'image/png', buffer: photo });
  await page.getByText('1 zdjęcie.').waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Dodaj informację' }).click();
  await page.getByText('Dodano informację o realizacji.').waitFor();
  await page.getByText('Ławki zamówione, montaż w przyszłym tygodniu.').waitFor();
  await expectAccessible(page);

  const en = await phone('en', 'planner');
  await en.goto(`/staff/budget/${editionId}/delivery`);
  await en.getByRole('heading', { name: 'Project delivery' }).waitFor();
  await en.getByText('1 in progress').waitFor();
  await en.getByRole('button', { name: `Delivery: ${title}` }).click();
  await en.getByRole('heading', { name: 'Delivery updates' }).waitFor();
  await expectAccessible(en);
});

test('a resident sees the update with its photo on the project page, in pl and en', async () => {
  for (const lang of ['pl', 'en'] as const) {
    const page = await phone(lang);
    await page.goto(`/budget/projects/${projectId}`);
    const section = deliverySection(page);
    await section.getByText('Ławki zamówione, montaż w przyszłym tygodniu.').waitFor();
    await section
      .getByText(lang === 'pl' ? 'W realizacji' : 'In progress')
      .first()
      .waitFor();
    await section.getByText('30%').first().waitFor();
    const image = section.getByRole('img', {
      name: lang === 'pl' ? /Zdjęcie 1 z realizacji/ : /Delivery photo 1/,
    });
    await image.waitFor();
    // Lazy: the image loads once it is near the viewport.
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1);
    await expectAccessible(page);
  }
});
