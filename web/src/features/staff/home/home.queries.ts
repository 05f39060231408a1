import { graphql, type ResultOf } from '../../../graphql/graphql';

/** What needs the viewer now: their units' consultations, unanswered remarks, the queue. */
export const StaffOverviewQuery = graphql(`
  query StaffOverview {
    staffOverview {
      consultationsByStatus {
        status
        count
      }
      awaitingAnswerTotal
      awaitingAnswer {
        consultationId
        unanswered
        unansweredHidden
        consultation {
          id
          title
          status
        }
      }
      moderationQueueSize
    }
  }
`);

export type StaffOverview = ResultOf<typeof StaffOverviewQuery>['staffOverview'];

/** How many residents wait for verification at the viewer's offices (admins: all). */
export const VerificationWaitingQuery = graphql(`
  query StaffVerificationWaiting {
    verificationRequests(first: 1) {
      totalCount
    }
  }
`);
