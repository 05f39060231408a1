import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Consultation } from '../consultations/consultation.type.js';
import { requireViewer } from '../identity/access.js';
import { AwaitingAnswer, StaffOverview } from './staff.type.js';

@Resolver(() => AwaitingAnswer)
export class StaffResolver {
  @Authorized('PLANNER', 'MODERATOR')
  @Query(() => StaffOverview, {
    description:
      'The staff home: for planners, moderators and admins; anyone else is refused ROLE_REQUIRED.',
  })
  staffOverview(@Ctx() context: Context) {
    return context.services.staff.overview(requireViewer(context));
  }

  @FieldResolver(() => Consultation)
  consultation(@Root() row: AwaitingAnswer, @Ctx() { loaders }: Context) {
    return loaders.commentConsultation.load(row.consultationId);
  }
}
