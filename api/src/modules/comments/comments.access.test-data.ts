import { type AccessRow, signedIn } from '../../../test/access-matrix.js';

// No comment or consultation has this id: an allowed caller gets NOT_FOUND, and nothing changes.
const nobody = '00000000-0000-0000-0000-000000000000';
const moderators = ['moderator', 'admin'] as const;

const onComment = (mutation: string, args = '') => ({
  query: `mutation ($id: ID!) { ${mutation}(id: $id${args}) { id } }`,
  variables: { id: nobody },
});

/** Who may call each comment mutation; the access-matrix test runs every cell. */
export const commentsAccess: Record<string, AccessRow> = {
  addComment: {
    allowed: signedIn,
    call: async () => ({
      query: `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      variables: {
        input: {
          consultationId: nobody,
          body: 'Więcej drzew',
          geometry: { type: 'Point', coordinates: [21.0064, 52.2101] },
          stance: 'PROPOSAL',
        },
      },
    }),
  },
  addProjectComment: {
    allowed: signedIn,
    call: async () => ({
      query:
        'mutation ($id: ID!) { addProjectComment(projectId: $id, body: "Dobry pomysł") { id } }',
      variables: { id: nobody },
    }),
  },
  replyToComment: {
    allowed: signedIn,
    call: async () => ({
      query: 'mutation ($id: ID!) { replyToComment(commentId: $id, body: "Zgadzam się") { id } }',
      variables: { id: nobody },
    }),
  },
  editComment: {
    allowed: signedIn,
    call: async () => onComment('editComment', ', input: { body: "Poprawione" }'),
  },
  withdrawComment: { allowed: signedIn, call: async () => onComment('withdrawComment') },
  supportComment: { allowed: signedIn, call: async () => onComment('supportComment') },
  unsupportComment: { allowed: signedIn, call: async () => onComment('unsupportComment') },
  reportComment: {
    allowed: signedIn,
    call: async () => onComment('reportComment', ', reason: "Obraźliwy wpis"'),
  },
  hideComment: {
    allowed: moderators,
    call: async () => onComment('hideComment', ', reason: "Obraźliwy wpis"'),
  },
  restoreComment: {
    allowed: moderators,
    call: async () => onComment('restoreComment', ', reason: "Zgłoszenia bezzasadne"'),
  },
  dismissCommentReports: {
    allowed: moderators,
    call: async () => onComment('dismissCommentReports', ', reason: "Zgłoszenia bezzasadne"'),
  },
};
