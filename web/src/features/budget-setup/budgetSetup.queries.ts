import { graphql, type ResultOf } from '../../graphql/graphql';

export const SetupEditionsQuery = graphql(`
  query SetupEditions {
    editions {
      id
      year
      title
      currentPhase
      pools {
        id
      }
    }
    units {
      slug
      name
    }
  }
`);

export const EditionSetupQuery = graphql(`
    query EditionSetup($id: ID!) {
      edition(id: $id) {
    id
    year
    title
    rule
    completion
    areaMaxApprovals
    citywideMaxApprovals
    areaMinVotes
    citywideMinVotes
    minAge
    ballotChangeable
    proposalsOpenToAll
    currentPhase
    phases {
      phase
      startsAt
      endsAt
    }
    pools {
      id
      kind
      name
      areaId
      unitId
      amount {
        grosze
        pln
      }
    }
  }
      districts: areas(kind: DISTRICT) {
        id
        name
      }
      units {
        id
        name
        area {
          id
        }
      }
    }
`);

export const CreateEditionMutation = graphql(`
  mutation CreateSetupEdition($input: BudgetEditionInput!) {
    createBudgetEdition(input: $input) {
      id
    }
  }
`);

export const UpdateEditionMutation = graphql(
  `
    mutation UpdateSetupEdition($id: ID!, $input: BudgetEditionRulesInput!) {
      updateBudgetEdition(editionId: $id, input: $input) {
        id
      }
    }
  `,
);

export const SetPhasesMutation = graphql(
  `
    mutation SetSetupPhases($id: ID!, $phases: [BudgetPhasePeriodInput!]!) {
      setBudgetEditionPhases(editionId: $id, phases: $phases) {
        id
      }
    }
  `,
);

export const CreatePoolMutation = graphql(`
  mutation CreateSetupPool($input: BudgetPoolInput!) {
    createBudgetPool(input: $input) {
      id
    }
  }
`);

export const UpdatePoolMutation = graphql(`
  mutation UpdateSetupPool($id: ID!, $input: BudgetPoolUpdateInput!) {
    updateBudgetPool(poolId: $id, input: $input) {
      id
      name
      amount {
        grosze
        pln
      }
    }
  }
`);

export const PabulibPreviewQuery = graphql(`
  query PabulibPreview($file: String!, $unitSlug: String) {
    pabulibImportPreview(file: $file, unitSlug: $unitSlug) {
      meta {
        key
        value
      }
      edition {
        year
        title
        rule
        maxApprovals
      }
      pools {
        name
        kind
        amount {
          pln
        }
      }
      projectCount
      ballotCount
      problems {
        line
        reason
        params
        detail
      }
      problemCount
      importable
    }
  }
`);

export const ImportPabulibMutation = graphql(`
  mutation ImportSetupPabulib($file: String!, $unitSlug: String) {
    importPabulibEdition(file: $file, unitSlug: $unitSlug) {
      id
    }
  }
`);

export type SetupEdition = NonNullable<ResultOf<typeof EditionSetupQuery>['edition']>;
export type PabulibPreview = ResultOf<typeof PabulibPreviewQuery>['pabulibImportPreview'];
