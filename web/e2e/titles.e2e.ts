import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoPlanConsultationPath, useBrowser } from './support';

// biome-ignore lint/correctness/useHookAtTopLevel: a vitest helper named like a hook, not a React hook.
const { openContext } = useBrowser();

const plan = 'Miejscowy plan zagospodarowania przestrzennego rejonu ulicy Racławickiej (projekt)';

/** Opens the page, waits for its heading, and gives the tab's title once the page set it. */
async function expectTitle(page: Page, path: string, heading: string | RegExp, title: string) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expect.poll(() => page.title()).toBe(title);
}

describe('page titles', () => {
  test('each route names its page in the browser tab, in the chosen language', async () => {
    const consultation = await demoPlanConsultationPath();
    const { page } = await openContext();
    const home = 'Konsultacje i projekty na mapie Warszawy';
    await expectTitle(page, '/', home, `${home} — Plac`);
    await expectTitle(page, consultation, plan, `Konsultacja: ${plan} — Plac`);
    await expectTitle(page, '/sign-in', 'Zaloguj się', 'Zaloguj się — Plac');
    await expectTitle(page, '/nowhere', 'Nie ma takiej strony.', 'Nie znaleziono strony — Plac');
    // The edition shown at /budget is whichever votes now; its title names the tab.
    await page.goto('/budget');
    const edition = page.getByRole('heading', { level: 1, name: /Budżet obywatelski \d{4}/ });
    await expect.poll(async () => page.title()).toBe(`${await edition.textContent()} — Plac`);

    const english = await openContext({ lang: 'en' });
    await expectTitle(english.page, consultation, plan, `Consultation: ${plan} — Plac`);
    await expectTitle(english.page, '/sign-up', 'Sign up', 'Sign up — Plac');
  });
});
