import { graphql } from '../../graphql/graphql';
import { CommentFields } from '../consultation/consultation.queries';

/** One page of a project's comments, oldest first; the first page asks for the total. */
export const ProjectCommentsQuery = graphql(
  `
  query ProjectComments($id: ID!, $after: String, $withTotal: Boolean!) {
    project(id: $id) {
      id
      comments(first: 20, after: $after) {
        totalCount @include(if: $withTotal)
        edges {
          node {
            ...CommentFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`,
  [CommentFields],
);

export const AddProjectCommentMutation = graphql(
  `
  mutation AddProjectComment($projectId: ID!, $body: String!) {
    addProjectComment(projectId: $projectId, body: $body) {
      ...CommentFields
    }
  }
`,
  [CommentFields],
);

/** A comment or reply as it is added to the project, by anyone. */
export const ProjectCommentAddedSubscription = graphql(
  `
  subscription ProjectCommentAdded($projectId: ID!) {
    projectCommentAdded(projectId: $projectId) {
      ...CommentFields
      parent {
        id
      }
    }
  }
`,
  [CommentFields],
);

/** A comment as it stands after a change: the cache takes it by id, so the list follows. */
export const ProjectCommentUpdatedSubscription = graphql(
  `
  subscription ProjectCommentUpdated($projectId: ID!) {
    projectCommentUpdated(projectId: $projectId) {
      ...CommentFields
    }
  }
`,
  [CommentFields],
);
