import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from './chromium';

export const placUrl = inject('placUrl');
export const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** The demo accounts the embedded demo seeds (README: demo accounts). */
export const demoAccounts = {
  admin: { email: 'admin@plac.local', password: 'plac-demo-admin' },
  moderator: { email: 'moderator@plac.local', password: 'plac-demo-moderator' },
  planner: { email: 'planner@plac.local', password: 'plac-demo-planner' },
  resident: { email: 'resident@plac.local', password: 'plac-demo-resident' },
  verified: { email: 'verified@plac.local', password: 'plac-demo-verified' },
} as const;
export type DemoRole = keyof typeof demoAccounts;

/**
 * One Chromium per test file, a fresh context per `openContext()`; every page opened through
 * it is screenshotted into e2e/artifacts when its test fails.
 */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const up = await fetch(placUrl).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) throw new Error(`Nothing answers at ${placUrl}`);
    browser = await launchChromium();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      mkdirSync(artifacts, { recursive: true });
      const name = task.name.replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
      const pages = contexts.flatMap((context) => context.pages());
      for (const [index, page] of pages.entries()) {
        await page.screenshot({ path: `${artifacts}${name}-failure-${index}.png`, fullPage: true });
      }
    }
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A new browser context (its own cookies) with one page, reporting the page's errors. */
  async function openContext(
    options: { width?: number; height?: number; lang?: 'pl' | 'en' } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    // Reduced motion: the map jumps instead of animating, so pixels are stable at once.
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      reducedMotion: 'reduce',
      baseURL: placUrl,
    });
    if (options.lang) {
      await context.addInitScript((lang) => localStorage.setItem('plac.lang', lang), options.lang);
    }
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => console.error('page error:', error));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error('browser console:', message.text());
    });
    return { context, page };
  }

  return { openContext };
}

/**
 * Demo sessions shared by every test file of a run: sign-ins are rate-limited (5 a minute per
 * account, 20 per address), so each role signs in once and later contexts reuse its cookie.
 */
const sessionFile = join(tmpdir(), `plac-e2e-sessions-${new URL(placUrl).port}.json`);
type SessionCookie = Parameters<BrowserContext['addCookies']>[0][number];

function storedSessions(): Partial<Record<DemoRole, SessionCookie[]>> {
  return existsSync(sessionFile) ? JSON.parse(readFileSync(sessionFile, 'utf8')) : {};
}

async function signedIn(context: BrowserContext): Promise<boolean> {
  const response = await context.request.post('/graphql', { data: { query: '{ me { id } }' } });
  return Boolean((await response.json()).data?.me);
}

/** Signs the context in as a demo account: its run's session if still valid, else a new one. */
export async function signInAs(context: BrowserContext, role: DemoRole): Promise<void> {
  const stored = storedSessions()[role];
  if (stored) {
    await context.addCookies(stored);
    if (await signedIn(context)) return;
    await context.clearCookies();
  }
  const { email, password } = demoAccounts[role];
  const response = await context.request.post('/graphql', {
    data: {
      query:
        'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
      variables: { email, password },
    },
  });
  const body = await response.json();
  if (body.errors) throw new Error(`signIn as ${role}: ${JSON.stringify(body.errors)}`);
  const sessions = { ...storedSessions(), [role]: await context.cookies() };
  writeFileSync(sessionFile, JSON.stringify(sessions));
}

/** Runs a GraphQL operation with the context's cookies; throws on errors. */
export async function gqlAs<T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await context.request.post('/graphql', { data: { query, variables } });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/**
 * The first remark summary with `text` in the page's virtual list, scrolled to: the list draws
 * only the rows in view, so a remark further down exists in the page once scrolled near.
 */
export async function remarkSummary(page: Page, text: string): Promise<Locator> {
  const summary = page.locator('.comment-summary', { hasText: text }).first();
  const scroller = page.locator('.virtual-list').first();
  await scroller.waitFor();
  for (let screen = 0; screen < 40 && (await summary.count()) === 0; screen += 1) {
    await scroller.evaluate((box) => box.scrollBy(0, box.clientHeight));
    await page.waitForTimeout(100);
  }
  return summary;
}

/** Waits until the page's map has drawn everything and stopped moving. */
export async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__placMap;
    return map?.loaded() && map.areTilesLoaded() && !map.isMoving();
  });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
};

/** axe's serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's CSP allows no inline script tag.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations as AxeViolation[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with axe's own words when the page has serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  const summary = violations.map(
    (v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Saves a screenshot into e2e/artifacts (kept for the README or for a failure). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifacts, { recursive: true });
  const path = `${artifacts}${name}.png`;
  await page.screenshot({ path });
  return path;
}

const readmeScreenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Saves a screenshot the README shows (docs/screenshots/<name>.png, committed). */
export async function saveReadmeScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(readmeScreenshots, { recursive: true });
  await page.screenshot({ path: `${readmeScreenshots}${name}.png` });
}

/** The path of the demo local-plan consultation (around ulica Racławicka, with a plan). */
export async function demoPlanConsultationPath(): Promise<string> {
  const response = await fetch(`${placUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ consultations(first: 20) { edges { node { id title } } } }' }),
  });
  const body = (await response.json()) as {
    data: { consultations: { edges: { node: { id: string; title: string } }[] } };
  };
  const plan = body.data.consultations.edges.find(({ node }) =>
    node.title.includes('Racławickiej'),
  );
  if (!plan) throw new Error('The demo local-plan consultation (with a plan) is missing');
  return `/consultations/${plan.node.id}`;
}
