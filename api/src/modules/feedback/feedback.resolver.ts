import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { cellMetersRange, FeedbackFilter, toFeedbackQuery } from './feedback.input.js';
import { FeedbackCell, FeedbackGrouping } from './feedback.type.js';

@Resolver(() => FeedbackCell)
export class FeedbackResolver {
  @Query(() => [FeedbackCell], {
    description:
      'Visible top-level comments of a consultation counted by district, plan zone or grid ' +
      'cell: one feature per area or cell that has any, largest count first. See ' +
      'FeedbackGrouping for how a comment spanning several areas is counted.',
  })
  async feedbackByArea(
    @Ctx() { services, viewer }: Context,
    @Arg('consultationId', () => ID) consultationId: string,
    @Arg('by', () => FeedbackGrouping) by: FeedbackGrouping,
    @Arg('cellMeters', () => Int, {
      nullable: true,
      description: `Cell side for GRID, ${cellMetersRange.min} to ${cellMetersRange.max} metres.`,
    })
    cellMeters: number | null,
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter: FeedbackFilter | null,
  ) {
    const query = toFeedbackQuery(consultationId, by, cellMeters, filter ?? {});
    await services.consultations.find(viewer, consultationId, 'consultationId');
    return services.feedback.byArea(query);
  }
}
