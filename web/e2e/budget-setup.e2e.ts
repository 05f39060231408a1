import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectAccessible, signInAs, useBrowser } from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();

const grosze = readFileSync(
  new URL('../../api/src/modules/budget/fixtures/grosze_amounts.pb', import.meta.url),
);

async function staffPage(lang: 'pl' | 'en', path: string) {
  const { context, page } = await openContext({ lang, width: 375 });
  await signInAs(context, 'admin');
  await page.goto(`/staff/budget${path}`);
  return page;
}

describe('budget set-up (issue 13)', () => {
  test('an admin creates an edition with a phase on Warsaw time, then adds a district pool', async () => {
    const page = await staffPage('pl', '');
    await page.getByRole('heading', { level: 1, name: 'Budżet obywatelski' }).waitFor();
    await expectAccessible(page);
    const title = `Edycja próbna ${Date.now()}`;
    const form = page.getByRole('form', { name: 'Nowa edycja' });
    await form.getByLabel('Nazwa edycji').fill(title);
    await form.getByLabel('Rok', { exact: true }).fill('2015');
    await form.getByRole('checkbox', { name: 'Faza: zgłaszanie projektów' }).check();
    await form.getByLabel('Początek: zgłaszanie projektów').fill('2015-01-10T09:00');
    await form.getByLabel('Koniec: zgłaszanie projektów').fill('2015-02-10T17:00');
    await form.getByRole('button', { name: 'Utwórz edycję' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const schedule = page.getByRole('form', { name: 'Harmonogram (czas warszawski)' });
    expect(await schedule.getByLabel('Początek: zgłaszanie projektów').inputValue()).toBe(
      '2015-01-10T09:00',
    );
    await page.getByRole('link', { name: 'Weryfikacja projektów' }).waitFor();
    const pool = page.getByRole('form', { name: 'Nowa pula' });
    await pool.getByLabel('Dzielnica').selectOption({ label: 'Mokotów' });
    await pool.getByLabel('Kwota (zł)').fill('1 500 000,50');
    await pool.getByRole('button', { name: 'Dodaj pulę' }).click();
    await pool.getByRole('status').getByText('Pula Mokotów dodana.').waitFor();
    await page
      .getByRole('region', { name: 'Pule' })
      .getByText(/Mokotów \(dzielnicowa\)/)
      .waitFor();
    await expectAccessible(page);
  });

  test('a Pabulib file is previewed (edition, pool, counts) and a cut one shows its problems by line', async () => {
    const page = await staffPage('en', '');
    const importer = page.getByRole('form', { name: 'Import a Pabulib file' });
    await importer.getByLabel('.pb file').setInputFiles({
      name: 'grosze_amounts.pb',
      mimeType: 'text/plain',
      buffer: grosze,
    });
    await importer.getByRole('button', { name: 'Show the preview' }).click();
    const preview = page.getByRole('region', { name: 'Import preview' });
    await preview.getByText('3 projects, 4 ballots').waitFor();
    await preview.getByText(/district pool: Wesoła, PLN\s?969,245\.38/).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
    await expectAccessible(page);
    const cut = grosze.toString('utf8').split('\n').slice(0, -2).join('\n');
    await importer.getByLabel('.pb file').setInputFiles({
      name: 'cut.pb',
      mimeType: 'text/plain',
      buffer: Buffer.from(cut),
    });
    await importer.getByRole('button', { name: 'Show the preview' }).click();
    await preview.getByText('1 problem: the file cannot be imported').waitFor();
    await preview
      .getByRole('listitem')
      .filter({ hasText: /^Line 9: META num_votes says 4 but the section has 3/ })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await expectAccessible(page);
  });
});
