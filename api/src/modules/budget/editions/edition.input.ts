import { Field, GraphQLISODateTime, InputType, Int } from 'type-graphql';
import { badInput } from '../../../errors/domain-error.js';
import { BudgetCompletion, BudgetPhase, BudgetRule } from '../../../generated/prisma/enums.js';
import { checkLength } from '../../../graphql/text-argument.js';
import { completionsOf } from '../tally/rules.js';

@InputType({ description: 'One phase of an edition and when it runs (ends after it starts).' })
export class BudgetPhasePeriodInput {
  @Field(() => BudgetPhase)
  phase!: BudgetPhase;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;
}

@InputType({ description: "An edition's name and rules." })
export class BudgetEditionRulesInput {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => BudgetRule, { defaultValue: BudgetRule.GREEDY })
  rule!: BudgetRule;

  @Field(() => BudgetCompletion, {
    nullable: true,
    description: 'Required with EQUAL_SHARES, refused with GREEDY.',
  })
  completion?: BudgetCompletion | null;

  @Field(() => Int, { description: 'Most projects one ballot may approve in its district pool.' })
  areaMaxApprovals!: number;

  @Field(() => Int, { description: 'Most projects one ballot may approve city-wide.' })
  citywideMaxApprovals!: number;

  @Field(() => Int, { description: 'Fewest votes an area project needs to be funded.' })
  areaMinVotes!: number;

  @Field(() => Int, { description: 'Fewest votes a city-wide project needs to be funded.' })
  citywideMinVotes!: number;

  @Field(() => Int, { defaultValue: 0 })
  minAge!: number;

  @Field(() => Boolean, { defaultValue: false })
  ballotChangeable!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Any signed-in resident may propose projects; otherwise verified residents only.',
  })
  proposalsOpenToAll!: boolean;
}

@InputType({ description: 'A new edition: its rules and its schedule.' })
export class BudgetEditionInput extends BudgetEditionRulesInput {
  @Field(() => [BudgetPhasePeriodInput], {
    description: 'Phases in their order (SUBMISSION … IMPLEMENTATION), each once, not overlapping.',
  })
  phases!: BudgetPhasePeriodInput[];
}

const phaseOrder = Object.values(BudgetPhase);

function checkInt(value: number, min: number, max: number, field: string) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `must be a whole number from ${min} to ${max}`, 'INPUT_OUT_OF_RANGE', {
      min,
      max,
    });
  }
}

function checkPeriod(p: BudgetPhasePeriodInput, at: string) {
  if (Number.isNaN(p.startsAt.getTime())) throw badInput(`${at}.startsAt`, 'is not a date');
  if (Number.isNaN(p.endsAt.getTime())) throw badInput(`${at}.endsAt`, 'is not a date');
  if (p.endsAt <= p.startsAt) {
    throw badInput(`${at}.endsAt`, 'must be after startsAt', 'PHASE_ENDS_BEFORE_START');
  }
}

/**
 * At least one phase (an edition with none would allow nothing), in the enum's order, each
 * once, each ending after it starts, none overlapping.
 */
export function checkPhases(phases: BudgetPhasePeriodInput[], field: string) {
  if (phases.length === 0)
    throw badInput(field, 'needs at least one phase', 'PHASE_SCHEDULE_EMPTY');
  phases.forEach((p, i) => {
    const at = `${field}[${i}]`;
    checkPeriod(p, at);
    const prev = phases[i - 1];
    if (!prev) return;
    const params = { phase: p.phase, after: prev.phase };
    if (phaseOrder.indexOf(p.phase) <= phaseOrder.indexOf(prev.phase)) {
      throw badInput(
        `${at}.phase`,
        `${p.phase} must come after ${prev.phase}, once each, in the order ${phaseOrder.join(', ')}`,
        'PHASE_OUT_OF_ORDER',
        params,
      );
    }
    if (p.startsAt < prev.endsAt) {
      throw badInput(
        `${at}.startsAt`,
        `${p.phase} must not start before ${prev.phase} ends`,
        'PHASE_OVERLAP',
        params,
      );
    }
  });
}

/** The completion the rule takes (see tally/rules.ts), or none when it takes none. */
function checkCompletion(rule: BudgetRule, completion: BudgetCompletion | null) {
  const completions = completionsOf(rule);
  if (!completion && completions.length > 0) {
    throw badInput(
      'input.completion',
      `${rule} needs a completion (${completions.join(' or ')})`,
      'EDITION_COMPLETION_REQUIRED',
    );
  }
  if (completion && !completions.includes(completion)) {
    throw badInput('input.completion', `${rule} takes no completion`, 'EDITION_COMPLETION_UNUSED', {
      rule,
    });
  }
}

/** The edition's name and rules, checked; throws naming the first bad one under `input.`. */
export function checkEditionRules<T extends BudgetEditionRulesInput>(input: T) {
  checkInt(input.year, 2000, 2200, 'input.year');
  const title = checkLength(input.title, 'input.title', 3, 200);
  const completion = input.completion ?? null;
  checkCompletion(input.rule, completion);
  checkInt(input.areaMaxApprovals, 1, 1000, 'input.areaMaxApprovals');
  checkInt(input.citywideMaxApprovals, 1, 1000, 'input.citywideMaxApprovals');
  checkInt(input.areaMinVotes, 0, 2_000_000_000, 'input.areaMinVotes');
  checkInt(input.citywideMinVotes, 0, 2_000_000_000, 'input.citywideMinVotes');
  checkInt(input.minAge, 0, 120, 'input.minAge');
  return { ...input, title, completion };
}

/** The edition's fields, checked; throws naming the first bad one under `input.`. */
export function checkEditionInput(input: BudgetEditionInput) {
  const edition = checkEditionRules(input);
  checkPhases(input.phases, 'input.phases');
  return edition;
}
