import { graphql, type ResultOf } from '../../graphql/graphql';

/** Every organising unit with the district it serves, and the districts a new office may serve. */
export const UnitsScreenQuery = graphql(`
  query UnitsScreen {
    units {
      id
      name
      slug
      kind
      area {
        id
        name
      }
    }
    districts: areas(kind: DISTRICT) {
      id
      name
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: UnitInput!) {
    createUnit(input: $input) {
      id
      name
      slug
      kind
      area {
        id
        name
      }
    }
  }
`);

export type Unit = ResultOf<typeof UnitsScreenQuery>['units'][number];
