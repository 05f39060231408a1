import { defineReasons } from '../../errors/reason.js';

/** Dates in params are ISO 8601; amounts of money are grosze as strings. */
export const budgetReasons = defineReasons({
  /** Allowed only during a phase the edition is not in; params `{ phase }`, and its dates if it has one. */
  PHASE_CLOSED: 'BAD_USER_INPUT',
  /** Allowed only once VOTING has ended; params `{ endsAt }` when the edition has VOTING. */
  PHASE_VOTING_NOT_ENDED: 'BAD_USER_INPUT',
  /** Allowed only until VOTING ends (the tally reads it); params `{ endedAt }`. */
  PHASE_VOTING_ENDED: 'BAD_USER_INPUT',
  /** A schedule needs at least one phase. */
  PHASE_SCHEDULE_EMPTY: 'BAD_USER_INPUT',
  /** A phase ends no later than it starts. */
  PHASE_ENDS_BEFORE_START: 'BAD_USER_INPUT',
  /** Phases run in the enum's order, each once; params `{ phase, after }`. */
  PHASE_OUT_OF_ORDER: 'BAD_USER_INPUT',
  /** A phase starts before the one before it ends; params `{ phase, after }`. */
  PHASE_OVERLAP: 'BAD_USER_INPUT',
  /** EQUAL_SHARES needs a completion (ADD1 or ADD1U). */
  EDITION_COMPLETION_REQUIRED: 'BAD_USER_INPUT',
  /** A rule other than EQUAL_SHARES takes no completion; params `{ rule }`. */
  EDITION_COMPLETION_UNUSED: 'BAD_USER_INPUT',
  /** The edition's results are published, which freezes them, its schedule and its pools. */
  RESULTS_PUBLISHED: 'CONFLICT',
  /** Publishing needs a tally first. */
  RESULTS_NOT_TALLIED: 'BAD_USER_INPUT',
  /** An AREA pool needs an area. */
  POOL_AREA_REQUIRED: 'BAD_USER_INPUT',
  /** A CITYWIDE pool has no area. */
  POOL_AREA_UNEXPECTED: 'BAD_USER_INPUT',
  /** The edition has this area's pool, or its city-wide pool, already. */
  POOL_ALREADY_EXISTS: 'CONFLICT',
  /** Money is a positive whole number of grosze, as a string of digits. */
  MONEY_INVALID: 'BAD_USER_INPUT',
  /**
   * A location lies outside the area of the project's pool; params `{ pool, meters }` (its name,
   * and how far the location reaches outside, rounded up).
   */
  PROJECT_OUTSIDE_POOL_AREA: 'BAD_USER_INPUT',
  /** A city-wide project's location lies outside Warsaw; params `{ meters }`, rounded up. */
  PROJECT_OUTSIDE_CITY: 'BAD_USER_INPUT',
  /** More locations than a project may have; params `{ max }`. */
  PROJECT_LOCATIONS_TOO_MANY: 'BAD_USER_INPUT',
  /** The cost lines do not add up to the cost; params `{ total, cost }`. */
  PROJECT_COST_LINES_MISMATCH: 'BAD_USER_INPUT',
  /** Not a step of the status machine; params `{ from, to, next }` (`next` comma-separated). */
  PROJECT_STATUS_STEP_INVALID: 'BAD_USER_INPUT',
  /** SELECTED and NOT_SELECTED come from publishing the results. */
  PROJECT_STATUS_BY_RESULTS: 'BAD_USER_INPUT',
  /** A project is appealed once; its second rejection is final. */
  PROJECT_ALREADY_APPEALED: 'BAD_USER_INPUT',
  /** Someone changed the project's status meanwhile: reload it and retry. */
  PROJECT_STATUS_CHANGED: 'CONFLICT',
  PROJECT_CONFLICT_WITH_ITSELF: 'BAD_USER_INPUT',
  /** Only projects of one edition can conflict. */
  PROJECT_CONFLICT_OTHER_EDITION: 'BAD_USER_INPUT',
  PROJECT_CONFLICT_ALREADY_MARKED: 'CONFLICT',
  PROJECT_CONFLICT_NOT_MARKED: 'BAD_USER_INPUT',
  /** This conflict candidate was dismissed already. */
  PROJECT_CONFLICT_ALREADY_DISMISSED: 'CONFLICT',
  BALLOT_VOTER_NOT_VERIFIED: 'FORBIDDEN',
  /** The edition has a minimum age and the account no birth year; params `{ minAge }`. */
  BALLOT_VOTER_NO_BIRTH_YEAR: 'FORBIDDEN',
  /** Younger than the edition's minimum age in its year; params `{ minAge, year }`. */
  BALLOT_VOTER_TOO_YOUNG: 'FORBIDDEN',
  /** Ballots, online or on paper, are cast only during VOTING; params as PHASE_CLOSED. */
  BALLOT_OUTSIDE_VOTING: 'BAD_USER_INPUT',
  /** A ballot approves at least one project. */
  BALLOT_EMPTY: 'BAD_USER_INPUT',
  /** More projects of one pool than it allows; params `{ limit, approved, poolKind }`. */
  BALLOT_OVER_LIMIT: 'BAD_USER_INPUT',
  /** A project of a district pool other than the ballot's. */
  BALLOT_OTHER_DISTRICT: 'BAD_USER_INPUT',
  /** Not an ACCEPTED project of the edition; params `{ status }` when it is another's status. */
  BALLOT_PROJECT_NOT_ON_BALLOT: 'BAD_USER_INPUT',
  /** One ballot per voter and edition (unless the edition lets ballots change). */
  BALLOT_ALREADY_CAST: 'CONFLICT',
  /** This paper ballot's reference was entered in the edition already. */
  PAPER_BALLOT_ALREADY_ENTERED: 'CONFLICT',
  /** No account has the e-mail a paper ballot is entered for. */
  PAPER_BALLOT_VOTER_UNKNOWN: 'BAD_USER_INPUT',
  /** The voter has a ballot in the edition already, online or on paper. */
  PAPER_BALLOT_VOTER_HAS_VOTED: 'CONFLICT',
  /** The edition is tallied: its paper ballots can no longer be corrected or removed. */
  PAPER_BALLOT_TALLIED: 'CONFLICT',
  /** The rule is not one Plac tallies with: greedy, equalshares/add1, equalshares/add1u. */
  TALLY_RULE_UNKNOWN: 'BAD_USER_INPUT',
  /** The pool cannot be tallied as it is (e.g. an amount too large to count exactly). */
  TALLY_INSTANCE_INVALID: 'BAD_USER_INPUT',
  /** A `.pb` file that is not valid Pabulib; params `{ line }`. */
  PABULIB_FILE_INVALID: 'BAD_USER_INPUT',
  /** A city-wide file needs the unit that owns its pool (unitSlug); params `{ line }`. */
  PABULIB_UNIT_REQUIRED: 'BAD_USER_INPUT',
  /**
   * META `num_projects` or `num_votes` disagrees with its section (a file cut short);
   * params `{ line, key, claimed, found }`.
   */
  PABULIB_COUNT_MISMATCH: 'BAD_USER_INPUT',
  /** The VOTES section has no ballots; params `{ line }`. */
  PABULIB_NO_BALLOTS: 'BAD_USER_INPUT',
});
