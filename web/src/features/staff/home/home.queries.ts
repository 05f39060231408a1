import { graphql, type ResultOf } from '../../../graphql/graphql';

/** A unit's consultations (every unit's for an admin), drafts included, for counting by status. */
export const UnitConsultationsQuery = graphql(`
  query StaffUnitConsultations($unitId: ID) {
    consultations(first: 100, filter: { unitId: $unitId }) {
      totalCount
      edges {
        node {
          id
          title
          status
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export type UnitConsultation = ResultOf<
  typeof UnitConsultationsQuery
>['consultations']['edges'][number]['node'];

/** How many remarks of a consultation have no official response yet. */
export const UnansweredCountQuery = graphql(`
  query StaffUnansweredCount($consultationId: ID!) {
    comments(consultationId: $consultationId, first: 1, filter: { hasResponse: false }) {
      totalCount
    }
  }
`);

/** How many remarks wait for a moderator. */
export const ModerationCountQuery = graphql(`
  query StaffModerationCount {
    moderationQueue(first: 1) {
      totalCount
    }
  }
`);
