import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { type AdminApi, units } from './budget-admin-api';
import { type BudgetPlac, seedBudgetPlac } from './budget-fixture';
import { paperVoter } from './budget-seed';
import { expectAccessible, gqlAs, signInAs, useBrowser } from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();
let plac: BudgetPlac;
let voterEmail: string;

beforeAll(async () => {
  const { context } = await openContext();
  plac = await seedBudgetPlac(context);
  const api: AdminApi = (query, variables) => gqlAs(context, query, variables);
  voterEmail = await paperVoter(api, await units(api));
}, 120_000);

async function staffPage(lang: 'pl' | 'en', path: string, heading: string) {
  const { context, page } = await openContext({ lang, width: 375 });
  await signInAs(context, 'admin');
  await page.goto(`${plac.url}/staff/budget/${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

async function enterSheet(page: Page, reference: string) {
  const form = page.getByRole('form', { name: 'Nowa karta' });
  await form.getByLabel('Numer karty').fill(reference);
  await form.getByLabel('E-mail konta głosującego').fill(voterEmail);
  await form.getByLabel('Pula dzielnicowa').selectOption({ label: 'Mokotów' });
  await form.getByRole('checkbox', { name: 'Ławki w Parku Dreszera' }).check();
  await form.getByRole('button', { name: 'Wprowadź kartę' }).click();
  return form;
}

describe('paper ballots, the tally and publishing (issue 13)', () => {
  test("the office enters a voter's paper sheet, and a second one for them is refused at the e-mail", async () => {
    const page = await staffPage('pl', `${plac.ids.voting}/paper-ballots`, 'Karty papierowe');
    await expectAccessible(page);
    await enterSheet(page, 'A-001');
    await page.getByRole('status').getByText('Wprowadzono kartę A-001.').waitFor();
    const row = page.getByRole('row', { name: /A-001/ });
    await row.getByText('Ławki w Parku Dreszera').waitFor();
    const form = await enterSheet(page, 'A-002');
    const email = form.getByRole('textbox', { name: 'E-mail konta głosującego' });
    await form
      .getByText('Ta osoba już głosowała w tej edycji, przez internet lub na papierze.')
      .waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
  });

  test('the office tallies, sees why each project was funded or not and the lot, and publishes', async () => {
    const page = await staffPage('pl', `${plac.ids.results}/tally`, 'Liczenie głosów i wyniki');
    await page.getByText('Głosów jeszcze nie policzono.').waitFor();
    await page.getByRole('button', { name: 'Policz głosy' }).click();
    const pool = page.getByRole('region', { name: 'Mokotów' });
    await pool.getByRole('row', { name: /Plac zabaw na Sielcach .* Wybrany/ }).waitFor();
    await pool.getByText('Zabrakło pieniędzy w puli').waitFor();
    await pool.getByText(/2 głosy: losowanie \(ziarno \d+\) ustaliło kolejność/).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Pula').selectOption({ label: 'Wola' });
    await page.getByRole('region', { name: 'Wola' }).getByText('Mural na Kole').waitFor();
    await page.getByRole('button', { name: 'Opublikuj wyniki' }).click();
    await page.getByRole('alertdialog', { name: 'Opublikować wyniki?' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tak, opublikuj' }).click();
    await page.getByText(/^Wyniki opublikowano /).waitFor();
  });

  test('both screens in English at 375 px', async () => {
    const tally = await staffPage('en', `${plac.ids.results}/tally`, 'Tally and results');
    await tally.getByRole('region', { name: 'Mokotów' }).getByText('Funded').first().waitFor();
    await expectAccessible(tally);
    const paper = await staffPage('en', `${plac.ids.voting}/paper-ballots`, 'Paper ballots');
    await paper.getByRole('row', { name: /A-001/ }).waitFor();
    await expectAccessible(paper);
  });
});
