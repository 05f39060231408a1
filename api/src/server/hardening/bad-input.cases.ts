/**
 * How many generated inputs each property sends (issue #11: zero server errors in 10,000).
 * Each is a multiple of its property's batch size; bad-input.cases.test.ts checks the total.
 */
export const casesPer = {
  signUp: 400,
  signIn: 200,
  updateProfile: 300,
  verifyResident: 200,
  deleteMyAccount: 100,
  addComment: 600,
  replyToComment: 300,
  editComment: 300,
  reportComment: 300,
  hideComment: 100,
  restoreComment: 100,
  respondToComment: 100,
  respondToComments: 100,
  createConsultation: 400,
  updateConsultation: 200,
  addConsultationDocument: 300,
  addMeeting: 300,
  importPlan: 300,
  createUnit: 100,
  createBudgetEdition: 300,
  createBudgetPool: 200,
  createBudgetProject: 500,
  changeProjectStatus: 200,
  enterPaperBallot: 300,
  importPabulibEdition: 400,
} as const;
