import { graphql, type ResultOf } from '../../graphql/graphql';

export const PaperBallotFields = graphql(`
  fragment PaperBallotFields on PaperBallot {
    id
    reference
    districtPoolId
    castAt
    projectIds
  }
`);

export const PaperBallotsQuery = graphql(
  `
  query PaperBallots($editionId: ID!, $after: String) {
    paperBallots(editionId: $editionId, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PaperBallotFields
        }
      }
    }
  }
`,
  [PaperBallotFields],
);

/** The projects on the ballot: ACCEPTED, of every pool (at most 100 a pool on this screen). */
export const BallotProjectsQuery = graphql(`
  query PaperBallotProjects($editionId: ID!) {
    projects(filter: { editionId: $editionId, status: [ACCEPTED] }, first: 100) {
      edges {
        node {
          id
          title
          poolId
        }
      }
    }
  }
`);

export const EnterPaperBallotMutation = graphql(
  `
  mutation EnterPaperBallot(
    $editionId: ID!
    $districtPoolId: ID
    $projectIds: [ID!]!
    $voterReference: String!
    $voterEmail: String!
  ) {
    enterPaperBallot(
      editionId: $editionId
      districtPoolId: $districtPoolId
      projectIds: $projectIds
      voterReference: $voterReference
      voterEmail: $voterEmail
    ) {
      ...PaperBallotFields
    }
  }
`,
  [PaperBallotFields],
);

export const CorrectPaperBallotMutation = graphql(
  `
  mutation CorrectPaperBallot($ballotId: ID!, $districtPoolId: ID, $projectIds: [ID!]!) {
    correctPaperBallot(
      ballotId: $ballotId
      districtPoolId: $districtPoolId
      projectIds: $projectIds
    ) {
      ...PaperBallotFields
    }
  }
`,
  [PaperBallotFields],
);

export const RemovePaperBallotMutation = graphql(`
  mutation RemovePaperBallot($ballotId: ID!) {
    removePaperBallot(ballotId: $ballotId) {
      id
    }
  }
`);

export const TallyFields = graphql(`
  fragment TallyFields on PoolResult {
    poolId
    poolName
    rule
    log
    talliedAt
    publishedAt
    budget {
      pln
    }
    cost {
      pln
    }
    leftover {
      pln
    }
    projects {
      projectId
      title
      votes
      selected
      outcome
      conflictWith
      cost {
        pln
      }
    }
  }
`);

export const TallyQuery = graphql(
  `
  query EditionTally($editionId: ID!) {
    results(editionId: $editionId) {
      ...TallyFields
    }
  }
`,
  [TallyFields],
);

export const TallyEditionMutation = graphql(
  `
  mutation TallyEdition($editionId: ID!) {
    tallyEdition(editionId: $editionId) {
      ...TallyFields
    }
  }
`,
  [TallyFields],
);

export const PublishResultsMutation = graphql(
  `
  mutation PublishResults($editionId: ID!) {
    publishResults(editionId: $editionId) {
      ...TallyFields
    }
  }
`,
  [TallyFields],
);

export type PaperBallot = ResultOf<typeof PaperBallotFields>;
export type BallotProject = ResultOf<
  typeof BallotProjectsQuery
>['projects']['edges'][number]['node'];
export type PoolTally = ResultOf<typeof TallyFields>;
export type ProjectTally = PoolTally['projects'][number];
