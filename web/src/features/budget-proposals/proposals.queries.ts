import { graphql, type ResultOf } from '../../graphql/graphql';

export const ProposalFields = graphql(`
  fragment ProposalFields on ProjectProposal {
    id
    editionId
    poolId
    status
    title
    description
    categories
    targetGroups
    consentToPublish
    costLines {
      item
      amount {
        grosze
      }
    }
    locations {
      geometry
    }
    authors {
      id
      role
      displayName
      invitationEmail
      acceptedAt
    }
    images {
      id
      name
      size
      url
    }
    attachments {
      id
      name
      size
      url
    }
  }
`);

export type Proposal = ResultOf<typeof ProposalFields>;

/** What the form needs of the edition, and whether the viewer may propose in it. */
export const ProposeQuery = graphql(`
  query Propose($editionId: ID!) {
    edition(id: $editionId) {
      id
      title
      currentPhase
      pools {
        id
        kind
        name
      }
    }
    budgetProposalAccess(editionId: $editionId) {
      allowed
      reason
    }
    budgetProposalVocabulary(editionId: $editionId) {
      categories
      targetGroups
    }
  }
`);

export const ProjectProposalQuery = graphql(
  `
  query ProjectProposal($id: ID!) {
    projectProposal(id: $id) {
      ...ProposalFields
    }
  }
`,
  [ProposalFields],
);

export const SuggestPoolQuery = graphql(`
  query SuggestBudgetPool($editionId: ID!, $location: GeoJSON!) {
    suggestBudgetPool(editionId: $editionId, location: $location) {
      id
    }
  }
`);

export const SaveProposalMutation = graphql(
  `
  mutation SaveProjectProposal($input: ProjectProposalInput!) {
    saveProjectProposal(input: $input) {
      ...ProposalFields
    }
  }
`,
  [ProposalFields],
);

export const SubmitProposalMutation = graphql(
  `
  mutation SubmitProjectProposal($id: ID!) {
    submitProjectProposal(id: $id) {
      ...ProposalFields
    }
  }
`,
  [ProposalFields],
);

export const WithdrawProposalMutation = graphql(
  `
  mutation WithdrawProjectProposal($id: ID!) {
    withdrawProjectProposal(id: $id) {
      ...ProposalFields
    }
  }
`,
  [ProposalFields],
);

export const InviteCoauthorMutation = graphql(`
  mutation InviteProjectCoauthor($projectId: ID!, $email: String!) {
    inviteProjectCoauthor(projectId: $projectId, email: $email) {
      email
      acceptPath
    }
  }
`);

export const AcceptInvitationMutation = graphql(
  `
  mutation AcceptProjectCoauthorInvitation($token: String!) {
    acceptProjectCoauthorInvitation(token: $token) {
      ...ProposalFields
    }
  }
`,
  [ProposalFields],
);

export const ProjectFilesQuery = graphql(`
  query ProjectFiles($id: ID!) {
    project(id: $id) {
      id
      title
      images {
        id
        name
        url
      }
      attachments {
        id
        name
        size
        url
      }
    }
  }
`);
