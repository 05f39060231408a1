import type { TestProject } from 'vitest/node';
import { startPlac } from './start-plac';

declare module 'vitest' {
  export interface ProvidedContext {
    placUrl: string;
  }
}

/** The real server for the browser: PLAC_URL if given, else Plac started here (start-plac.ts). */
export default async function setup(project: TestProject) {
  if (process.env.PLAC_URL) {
    project.provide('placUrl', process.env.PLAC_URL);
    return;
  }
  const plac = await startPlac();
  project.provide('placUrl', plac.url);
  return plac.stop;
}
