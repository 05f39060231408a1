import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoPlanConsultationPath, useBrowser } from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();

const plan = 'Miejscowy plan zagospodarowania przestrzennego rejonu ulicy Racławickiej (projekt)';

async function titleOf(page: Page, path: string, heading: string | RegExp): Promise<string> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page.title();
}

describe('page titles', () => {
  test('each route names its page in the browser tab, in the chosen language', async () => {
    const consultation = await demoPlanConsultationPath();
    const { page } = await openContext();
    expect(await titleOf(page, '/', /na mapie Warszawy/)).toBe(
      'Konsultacje i projekty na mapie Warszawy — Plac',
    );
    expect(await titleOf(page, consultation, plan)).toBe(`Konsultacja: ${plan} — Plac`);
    expect(await titleOf(page, '/sign-in', 'Zaloguj się')).toBe('Zaloguj się — Plac');
    expect(await titleOf(page, '/nowhere', 'Nie ma takiej strony.')).toBe(
      'Nie znaleziono strony — Plac',
    );
    // The edition shown at /budget is whichever votes now; its title names the tab.
    const budgetTitle = await titleOf(page, '/budget', /Budżet obywatelski/);
    expect(budgetTitle).toBe(`${await page.locator('h1').textContent()} — Plac`);

    const english = await openContext({ lang: 'en' });
    expect(await titleOf(english.page, consultation, plan)).toBe(`Consultation: ${plan} — Plac`);
    expect(await titleOf(english.page, '/sign-up', 'Sign up')).toBe('Sign up — Plac');
  });
});
