import { graphql } from '../../../graphql/graphql';

/** Districts to pick from, and the city's boundary (lightly simplified) for the live check. */
export const AreaChoicesQuery = graphql(`
  query StaffAreaChoices {
    districts: areas(kind: DISTRICT) {
      id
      name
    }
    city: areas(kind: CITY) {
      id
      name
      outline: geometry(simplify: 0.0001)
    }
  }
`);

/** One district's or the city's full boundary, sent as the consultation's area. */
export const AreaGeometryQuery = graphql(`
  query StaffAreaGeometry($id: ID!) {
    area(id: $id) {
      id
      geometry
    }
  }
`);
