import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Consultation } from '../consultations/consultation.type.js';
import { requireViewer } from '../identity/access.js';
import { ConsultationReport } from './report.type.js';

@Resolver(() => ConsultationReport)
export class ReportResolver {
  @Query(() => ConsultationReport, {
    description:
      'The report on a consultation: public once published (REPORTED); before that a draft for ' +
      'planners of the organising unit and admins. Also printable at /consultations/{id}/report.',
  })
  consultationReport(
    @Ctx() { services, viewer }: Context,
    @Arg('consultationId', () => ID) consultationId: string,
  ) {
    return services.reports.report(viewer, consultationId);
  }

  @Authorized('PLANNER')
  @Mutation(() => Consultation, {
    description:
      'Publishes the report of a CLOSED consultation whose remarks, hidden or not, all have an ' +
      'official response: it becomes REPORTED and its responses final. Audited.',
  })
  publishConsultationReport(
    @Ctx() context: Context,
    @Arg('consultationId', () => ID) consultationId: string,
  ) {
    return context.services.reports.publish(requireViewer(context), consultationId);
  }
}
