import { readFileSync } from 'node:fs';

/** Warsaw's 2021 district pools as Pabulib records them; money in whole PLN. */
export type Warsaw2021Budget = {
  source: string;
  districts: {
    file: string;
    /** The district's area slug. */
    slug: string;
    budget: number;
    ballots: number;
    projects: {
      id: string;
      title: string;
      cost: number;
      votes: number;
      categories: string[];
      targets: string[];
      /** The official outcome. */
      selected: boolean;
    }[];
  }[];
};

const path = new URL('../data/warsaw-2021-budget.json', import.meta.url);

/** The committed data file (made by warsaw-2021-budget.cli.ts from ../shared's Pabulib files). */
export function readWarsaw2021Budget(): Warsaw2021Budget {
  return JSON.parse(readFileSync(path, 'utf8')) as Warsaw2021Budget;
}
