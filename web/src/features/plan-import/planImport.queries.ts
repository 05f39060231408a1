import { graphql, type ResultOf, type VariablesOf } from '../../graphql/graphql';

/** Consultations to import a plan for, with the plans they have now. */
export const PlanConsultationsQuery = graphql(`
  query PlanImportConsultations {
    consultations(first: 100) {
      edges {
        node {
          id
          title
          status
          unit {
            id
            name
          }
          plans {
            id
            name
            version
          }
        }
      }
    }
  }
`);

export type PlanConsultation = ResultOf<
  typeof PlanConsultationsQuery
>['consultations']['edges'][number]['node'];

/** What importing the file would do: its zones in EPSG:4326 and its faults. Writes nothing. */
export const PlanImportPreviewQuery = graphql(`
  query PlanImportPreview($consultationId: ID!, $input: PlanPreviewInput!) {
    planImportPreview(consultationId: $consultationId, input: $input) {
      featureCount
      importable
      metresOutside
      problems {
        index
        reason
      }
      zones {
        index
        symbol
        designationCode
        designationName
        geometry
      }
      replaces {
        id
        name
        version
      }
    }
  }
`);

export type PlanPreview = ResultOf<typeof PlanImportPreviewQuery>['planImportPreview'];
export type PlanPreviewInput = VariablesOf<typeof PlanImportPreviewQuery>['input'];

/** Imports the zones: all or nothing; a plan of the same name gets a new version. */
export const ImportPlanMutation = graphql(`
  mutation ImportPlan($consultationId: ID!, $input: PlanImportInput!) {
    importPlan(consultationId: $consultationId, input: $input) {
      id
      name
      version
      previousVersion {
        id
        version
      }
      changes {
        added
        removed
        changed
        unchanged
      }
      reassignment {
        status
        done
        total
        moved
      }
    }
  }
`);

export type ImportedPlan = ResultOf<typeof ImportPlanMutation>['importPlan'];
export type PlanImportInput = VariablesOf<typeof ImportPlanMutation>['input'];

/** The imported plan again, to follow the re-assignment of remarks to its zones. */
export const ImportedPlanQuery = graphql(`
  query ImportedPlan($id: ID!) {
    plan(id: $id) {
      id
      name
      version
      previousVersion {
        id
        version
      }
      changes {
        added
        removed
        changed
        unchanged
      }
      reassignment {
        status
        done
        total
        moved
      }
    }
  }
`);
