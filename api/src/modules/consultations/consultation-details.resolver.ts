import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { checkSimplify, simplifyArgument } from '../../geo/simplified-geometry.js';
import { requireViewer } from '../identity/access.js';
import { User } from '../identity/identity.types.js';
import { OrganisationUnit } from '../units/unit.type.js';
import { Consultation, ConsultationDocument, Meeting, Topic } from './consultation.type.js';
import { renderMarkdown } from './markdown.js';

@Resolver(() => Consultation)
export class ConsultationDetailsResolver {
  @FieldResolver(() => String, { description: 'The description rendered to safe HTML.' })
  descriptionHtml(@Root() consultation: Consultation) {
    return renderMarkdown(consultation.description);
  }

  @FieldResolver(() => GeoJSONScalar, { description: 'The consulted area, a MultiPolygon.' })
  area(
    @Root() consultation: Consultation,
    @Ctx() { loaders }: Context,
    @Arg('simplify', () => Float, simplifyArgument) simplify: number | null,
  ) {
    return loaders.consultationArea.load({
      id: consultation.id,
      tolerance: checkSimplify(simplify),
    });
  }

  @FieldResolver(() => OrganisationUnit, { description: 'The unit that runs it.' })
  unit(@Root() consultation: Consultation, @Ctx() { loaders }: Context) {
    return loaders.unit.load(consultation.unitId);
  }

  @FieldResolver(() => [User], { description: 'Who residents can turn to about it.' })
  coordinators(@Root() consultation: Consultation, @Ctx() { loaders }: Context) {
    return loaders.coordinators.load(consultation.id);
  }

  @Authorized('PLANNER')
  @Mutation(() => Consultation, { description: 'Names the coordinators (replacing any before).' })
  setConsultationCoordinators(
    @Ctx() context: Context,
    @Arg('consultationId', () => ID) consultationId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
  ) {
    return context.services.coordinators.set(requireViewer(context), consultationId, userIds);
  }

  @FieldResolver(() => [Topic])
  topics(@Root() consultation: Consultation, @Ctx() { loaders }: Context) {
    return loaders.topics.load(consultation.id);
  }

  @FieldResolver(() => [ConsultationDocument])
  documents(@Root() consultation: Consultation, @Ctx() { loaders }: Context) {
    return loaders.documents.load(consultation.id);
  }

  @FieldResolver(() => [Meeting])
  meetings(@Root() consultation: Consultation, @Ctx() { loaders }: Context) {
    return loaders.meetings.load(consultation.id);
  }
}
