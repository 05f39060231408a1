type Schedule = { phases: readonly { endsAt: string }[] };

/**
 * Whether a project of this edition takes comments at `now`: until the edition is archived,
 * i.e. the last phase of its schedule has ended (the API's rule; it refuses with the reason).
 */
export function commentsOpen(edition: Schedule | null, now: Date) {
  if (!edition || edition.phases.length === 0) return true;
  const ends = Math.max(...edition.phases.map((phase) => Date.parse(phase.endsAt)));
  return ends > now.getTime();
}
