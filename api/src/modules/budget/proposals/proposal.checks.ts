import { badInput } from '../../../errors/domain-error.js';
import { checkLength, checkMaxLength } from '../../../graphql/text-argument.js';
import { parseGrosze } from '../money.js';
import type { CostLineInput } from '../projects/project.input.js';
import type { ProposalRow } from './proposal.sql.js';

const maxTerms = 10;
const maxCostLines = 50;

function checkCount(values: readonly unknown[], max: number, field: string) {
  if (values.length > max) {
    throw badInput(field, `at most ${max}`, 'PROPOSAL_LIST_TOO_LONG', { max });
  }
}

/** Cost lines, each named and priced in whole grosze, and their sum: the project's cost. */
export function checkCostLines(lines: CostLineInput[]) {
  checkCount(lines, maxCostLines, 'input.costLines');
  const checked = lines.map((line, i) => ({
    item: checkLength(line.item, `input.costLines[${i}].item`, 1, 300),
    grosze: parseGrosze(line.amountGrosze, `input.costLines[${i}].amountGrosze`),
  }));
  return {
    cost: checked.reduce((sum, line) => sum + line.grosze, 0n),
    lines: checked.map((line) => ({ item: line.item, grosze: line.grosze.toString() })),
  };
}

/**
 * Categories or target groups: of `vocabulary` when the edition has one, else free terms; each
 * once, trimmed.
 */
export function checkTerms(values: string[], vocabulary: string[], field: string) {
  checkCount(values, maxTerms, field);
  const terms = values.map((value, i) => checkLength(value, `${field}[${i}]`, 1, 100));
  terms.forEach((term, i) => {
    if (vocabulary.length > 0 && !vocabulary.includes(term)) {
      throw badInput(
        `${field}[${i}]`,
        `"${term}" is not one of the edition's: ${vocabulary.join(', ')}`,
        'PROPOSAL_VOCABULARY_UNKNOWN',
        { value: term },
      );
    }
  });
  return [...new Set(terms)];
}

export const checkDescription = (value: string) =>
  checkMaxLength(value, 'input.description', 50_000);

type Submitted = Pick<
  ProposalRow,
  'description' | 'poolKind' | 'locationCount' | 'consentToPublish'
> & {
  costLines: readonly unknown[];
};

/** What submitting needs beyond a saved draft, naming the first field that lacks it. */
export function checkComplete(p: Submitted) {
  if (p.description.trim() === '') {
    throw badInput('input.description', 'a proposal needs a description', 'INPUT_REQUIRED');
  }
  if (p.poolKind === 'AREA' && p.locationCount === 0) {
    throw badInput(
      'input.locations',
      'a district project needs its location drawn on the map',
      'PROPOSAL_LOCATION_REQUIRED',
    );
  }
  if (p.costLines.length === 0) {
    throw badInput(
      'input.costLines',
      'a proposal needs its estimated cost, itemised',
      'INPUT_REQUIRED',
    );
  }
  if (!p.consentToPublish) {
    throw badInput(
      'input.consentToPublish',
      'submitting needs the consent to publish the project',
      'PROPOSAL_CONSENT_REQUIRED',
    );
  }
}
