import { graphql, type ResultOf } from '../../graphql/graphql';

/** Consultations one can take part in now or soon, with their areas for the map. */
export const HomeConsultationsQuery = graphql(`
  query HomeConsultations {
    consultations(filter: { status: [OPEN, ANNOUNCED] }, first: 100) {
      edges {
        node {
          id
          title
          status
          opensAt
          closesAt
          area(simplify: 0.0001)
        }
      }
    }
  }
`);

/** The edition the home map shows, picked by the API's one rule (as /budget is). */
export const HomeEditionsQuery = graphql(`
  query HomeEditions {
    currentBudgetEdition {
      id
      title
      currentPhase
    }
  }
`);

/** The edition's projects (the API gives at most 100 at a time; the home map shows those). */
export const HomeProjectsQuery = graphql(`
  query HomeProjects($editionId: ID!) {
    projects(filter: { editionId: $editionId }, first: 100) {
      edges {
        node {
          id
          title
          status
          locations {
            id
            geometry
          }
        }
      }
    }
  }
`);

export type HomeConsultation = ResultOf<
  typeof HomeConsultationsQuery
>['consultations']['edges'][number]['node'];
export type HomeProject = ResultOf<typeof HomeProjectsQuery>['projects']['edges'][number]['node'];
