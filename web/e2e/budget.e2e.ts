import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { type BudgetPlac, seedBudgetPlac } from './budget-fixture';
import {
  expectAccessible,
  gqlAs,
  mapSettled,
  saveScreenshot,
  signInAs,
  useBrowser,
} from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();
let plac: BudgetPlac;

beforeAll(async () => {
  const { context } = await openContext();
  plac = await seedBudgetPlac(context);
}, 120_000);

const open = (page: Page, path: string) => page.goto(`${plac.url}${path}`);

/** Tallies and publishes the 2025 edition once, whichever test needs it first. */
async function publishedResults(context: BrowserContext) {
  await signInAs(context, 'admin');
  const { results } = await gqlAs<{ results: { publishedAt: string | null }[] }>(
    context,
    'query ($id: ID!) { results(editionId: $id) { publishedAt } }',
    { id: plac.ids.results },
  );
  if (results[0]?.publishedAt) return;
  const vars = { id: plac.ids.results };
  await gqlAs(context, 'mutation ($id: ID!) { tallyEdition(editionId: $id) { poolId } }', vars);
  await gqlAs(context, 'mutation ($id: ID!) { publishResults(editionId: $id) { poolId } }', vars);
}

/** A new resident, verified by an admin, signed in in `context`. */
async function newVerifiedVoter(context: BrowserContext, admin: BrowserContext) {
  const email = `voter-${Date.now()}@example.org`;
  const { signUp } = await gqlAs<{ signUp: { id: string } }>(
    context,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }',
    { input: { email, password: 'a long enough password', displayName: 'Voter', birthYear: 1995 } },
  );
  await signInAs(admin, 'admin');
  const { units } = await gqlAs<{ units: { id: string }[] }>(
    admin,
    '{ units(kind: DISTRICT_OFFICE) { id } }',
  );
  const checkedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format();
  const verification = { method: 'IN_PERSON', document: 'ID_CARD', checkedOn, birthYear: 1995 };
  await gqlAs(
    admin,
    'mutation ($input: VerificationInput!) { verifyResident(input: $input) { id } }',
    { input: { userId: signUp.id, unitId: units[0]?.id, ...verification } },
  );
}

describe('budget vote (issue 6, scenario 4)', () => {
  test('a verified resident chooses a pool, picks projects, reviews, casts and sees it confirmed', async () => {
    const { context, page } = await openContext();
    await signInAs(context, 'verified');
    await open(page, `/budget/${plac.ids.voting}/vote`);

    await page.getByRole('radio', { name: 'Mokotów' }).check();
    const district = page.getByRole('region', { name: 'Pula dzielnicowa: Mokotów' });
    await district.getByText('Wybrano 0 z 2').waitFor();
    // The choosable projects on a map, and each one's page a link away.
    await page.getByRole('region', { name: 'Projekty na mapie' }).locator('canvas').waitFor();
    const about = district.getByRole('link', { name: 'Opis projektu: Ławki w Parku Dreszera' });
    expect(await about.getAttribute('href')).toBe(`/budget/projects/${plac.ids.park}`);
    await district.getByRole('checkbox', { name: /Ławki w Parku Dreszera/ }).check();
    await district.getByRole('checkbox', { name: /Łąka kwietna/ }).check();
    await district.getByText('Wybrano 2 z 2').waitFor();
    // A third one is over the pool's limit: refused, with the reason.
    await district.getByRole('checkbox', { name: /Kontrapas rowerowy/ }).click();
    await district
      .getByRole('alert')
      .getByText(/to limit/)
      .waitFor();
    expect(await district.getByRole('checkbox', { name: /Kontrapas rowerowy/ }).isChecked()).toBe(
      false,
    );
    const citywide = page.getByRole('region', { name: 'Pula ogólnomiejska: Cała Warszawa' });
    await citywide.getByRole('checkbox', { name: /Nocna biblioteka/ }).check();
    await page.getByText('Razem na karcie: 3').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Dalej: sprawdź głos' }).click();
    await page.getByRole('heading', { name: 'Sprawdź swój głos' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Nocna biblioteka' }).count()).toBe(
      1,
    );
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Oddaj głos' }).click();

    await page.getByRole('heading', { name: 'Dziękujemy! Twój głos został oddany.' }).waitFor();
    await saveScreenshot(page, 'budget-vote-confirmed');
    const { myBallot } = await gqlAs<{ myBallot: { projectIds: string[] } }>(
      context,
      'query ($id: ID!) { myBallot(editionId: $id) { projectIds } }',
      { id: plac.ids.voting },
    );
    expect([...myBallot.projectIds].sort()).toEqual(
      [plac.ids.park, plac.ids.meadow, plac.ids.library].sort(),
    );

    await page.reload();
    await page.getByText('W tej edycji oddano już Twój głos').waitFor();
    await page.getByRole('heading', { name: 'Twój głos' }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
  });

  test('an unverified resident is told why and what to do; a visitor is asked to sign in', async () => {
    const { context, page } = await openContext();
    await signInAs(context, 'resident');
    await open(page, `/budget/${plac.ids.voting}/vote`);
    await page.getByText('Twoje konto nie jest zweryfikowane').waitFor();
    await page.getByText(/urzędzie dzielnicy/).waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await expectAccessible(page);

    const visitor = await openContext();
    await open(visitor.page, `/budget/${plac.ids.voting}/vote`);
    const signIn = visitor.page.getByRole('link', { name: 'Zaloguj się, by zagłosować' });
    expect(await signIn.getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent(`/budget/${plac.ids.voting}/vote`)}`,
    );
  });
});

describe('budget edition, project and results pages', () => {
  test('the edition voting now: projects listed and mapped, filtered, list and map in step', async () => {
    const { page } = await openContext();
    // Not /budget: the server's demo data may hold an edition voting now, too.
    await open(page, `/budget/${plac.ids.voting}`);
    await page.getByRole('heading', { level: 1, name: 'Budżet obywatelski 2026 (e2e)' }).waitFor();
    const items = page.locator('.budget-project-item');
    await page.getByText('Pokazano 7 z 7').waitFor();

    await page.getByText('Filtry', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'odrzucony' }).check();
    await page.getByText('Pokazano 1 z 7').waitFor();
    expect(await items.first().textContent()).toContain('Fontanna na Morskim Oku');
    await page.getByRole('button', { name: 'Wyczyść filtry' }).click();
    await page.getByText('Pokazano 7 z 7').waitFor();

    // From the list to the map: the map flies to the project.
    const show = page.getByRole('button', { name: 'Pokaż na mapie: Ławki w Parku Dreszera' });
    await show.click();
    expect(await show.getAttribute('aria-pressed')).toBe('true');
    await mapSettled(page);
    expect(await page.evaluate(() => window.__placMap?.getZoom())).toBeGreaterThan(14);

    // From the map to the list: a click on the Wola point selects its item.
    await page.evaluate(() => window.__placMap?.jumpTo({ center: [20.958, 52.24], zoom: 14 }));
    await mapSettled(page);
    const pixel = await page.evaluate(() => window.__placMap?.project([20.958, 52.24]));
    if (!pixel) throw new Error('no map');
    await page.locator('.budget-map canvas.maplibregl-canvas').click({ position: pixel });
    await page
      .locator('.budget-project-item.selected', { hasText: 'Siłownia plenerowa' })
      .waitFor();
    await saveScreenshot(page, 'budget-edition');
    await expectAccessible(page);
  });

  test('a project page: place on a small map, cost, cost lines, pool; a city-wide one has no map', async () => {
    const { page } = await openContext();
    await open(page, `/budget/projects/${plac.ids.park}`);
    await page.getByRole('heading', { level: 1, name: 'Ławki w Parku Dreszera' }).waitFor();
    await page.getByText('Mokotów (pula dzielnicowa)').waitFor();
    await page.getByRole('cell', { name: 'Ławki (10 szt.)' }).waitFor();
    expect(await page.locator('.budget-facts').textContent()).toMatch(/45\s000\szł/);
    await mapSettled(page);
    await expectAccessible(page);

    await open(page, `/budget/projects/${plac.ids.trees}`);
    await page.getByText(/nie ma go na mapie/).waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
  });

  test('results per pool: a pool picked, its selected projects, votes, the rule and the tie draw; the statistics', async () => {
    const { context, page } = await openContext();
    await publishedResults(context);
    await open(page, `/budget/${plac.ids.results}/results`);
    const table = page.getByRole('table', { name: /Projekty puli Mokotów/ });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(4);
    await table
      .getByRole('row', { name: /Plac zabaw na Sielcach 3/ })
      .getByText('wybrany')
      .waitFor();
    await page.getByText('najwięcej głosów, póki starcza pieniędzy').waitFor();
    await page.getByRole('heading', { name: 'Losowanie przy remisie' }).waitFor();
    await page.getByText(/Remis \(2 głosy\)/).waitFor();
    await mapSettled(page);
    await saveScreenshot(page, 'budget-results');
    await expectAccessible(page);

    // One pool at a time: another picked from the list, the address keeps it.
    await page.getByRole('combobox', { name: 'Pula, której wynik widać' }).selectOption('Wola');
    await page.getByRole('table', { name: /Projekty puli Wola/ }).waitFor();
    expect(await page.getByRole('table').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('pool')).toBeTruthy();

    await page.getByRole('link', { name: 'Statystyki udziału' }).click();
    await page.getByRole('heading', { level: 1, name: /Statystyki udziału/ }).waitFor();
    const pools = page.getByRole('table', { name: /Karty z głosem w puli/ });
    // Wola's one sheet, on paper: no online ballot, one paper ballot, one in all.
    const wola = pools.getByRole('row', { name: /Wola/ });
    await wola.waitFor();
    expect(await wola.getByRole('cell').allTextContents()).toEqual(['0', '1', '1']);
    const districts = page.getByRole('table', { name: /udział we wszystkich kartach/ });
    await districts.getByRole('row', { name: /Wola 1/ }).waitFor();
    const csv = page.getByRole('link', { name: 'Pobierz statystyki dla Excela (CSV)' });
    expect(await csv.getAttribute('href')).toBe(
      `/budget/${plac.ids.results}/statistics.csv?format=excel`,
    );
    await mapSettled(page);
    await saveScreenshot(page, 'budget-statistics');
    await expectAccessible(page);
  });
});

describe('budget pages in English at 375 px', () => {
  test('edition (list and map views), project, vote and results pages are accessible', async () => {
    const { context, page } = await openContext({ width: 375, height: 740, lang: 'en' });
    const admin = await openContext();
    await newVerifiedVoter(context, admin.context);
    await publishedResults(admin.context);

    await open(page, `/budget/${plac.ids.voting}`);
    const mapButton = page.getByRole('button', { name: 'Map', exact: true });
    await page.getByText('Showing 7 of 7').waitFor();
    expect(await page.locator('.budget-map-pane').isVisible()).toBe(false);
    await expectAccessible(page);
    await mapButton.click();
    expect(await mapButton.getAttribute('aria-pressed')).toBe('true');
    await page.locator('.budget-map-pane').waitFor({ state: 'visible' });
    expect(await page.locator('.budget-project-list').isVisible()).toBe(false);
    await mapSettled(page);
    await saveScreenshot(page, 'budget-edition-375-map');
    await expectAccessible(page);

    await open(page, `/budget/projects/${plac.ids.bikeLane}`);
    await page
      .getByRole('heading', { level: 1, name: 'Kontrapas rowerowy na Puławskiej' })
      .waitFor();
    await expectAccessible(page);

    await open(page, `/budget/${plac.ids.voting}/vote`);
    await page.getByRole('radio', { name: 'Wola' }).check();
    await page.getByText('0 of 1 chosen').waitFor();
    await saveScreenshot(page, 'budget-vote-375');
    await expectAccessible(page);

    await open(page, `/budget/${plac.ids.results}/results`);
    await page.getByRole('table').waitFor();
    await expectAccessible(page);

    await open(page, `/budget/${plac.ids.results}/statistics`);
    await page
      .getByRole('table', { name: /Ballots with a vote/ })
      .first()
      .waitFor();
    await expectAccessible(page);
  });
});
