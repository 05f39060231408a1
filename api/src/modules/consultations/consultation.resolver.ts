import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { isUuid } from '../../db/uuid.js';
import { badInput } from '../../errors/domain-error.js';
import { ConsultationStatus } from '../../generated/prisma/enums.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { parseSpatialFilter } from '../../geo/spatial-filter.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../../graphql/connection.js';
import { checkSearchText, maxSearchLength } from '../../graphql/text-argument.js';
import { requireViewer } from '../identity/access.js';
import { ConsultationInput } from './consultation.input.js';
import type { ConsultationFilter } from './consultation.service.js';
import { Consultation, ConsultationConnection } from './consultation.type.js';

@InputType()
class ConsultationsFilter {
  @Field(() => [ConsultationStatus], { nullable: true })
  status?: ConsultationStatus[] | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'Consultations whose area intersects this geometry.',
  })
  intersecting?: unknown;

  @Field(() => [Float], { nullable: true, description: '[west, south, east, north] in degrees.' })
  bbox?: number[] | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'A Point; with radiusMeters.' })
  near?: unknown;

  @Field(() => Float, { nullable: true })
  radiusMeters?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `Words in the title or summary; accents optional; at most ${maxSearchLength} characters.`,
  })
  text?: string | null;
}

const checkUnitId = (unitId: string | null | undefined) => {
  if (unitId != null && !isUuid(unitId)) throw badInput('filter.unitId', 'is not an id');
  return unitId ?? null;
};

function toServiceFilter(filter: ConsultationsFilter, maxVertices: number): ConsultationFilter {
  const { intersecting, near } = parseSpatialFilter(filter, maxVertices);
  const text = checkSearchText(filter.text, 'filter.text');
  return {
    statuses: filter.status ?? null,
    unitId: checkUnitId(filter.unitId),
    intersecting,
    near,
    text,
  };
}

@Resolver(() => Consultation)
export class ConsultationResolver {
  @Query(() => ConsultationConnection, { description: 'Consultations, newest first.' })
  async consultations(
    @Ctx() { services, viewer, config }: Context,
    @Arg('filter', () => ConsultationsFilter, { nullable: true })
    filter: ConsultationsFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const query = toServiceFilter(filter ?? {}, config.maxVertices);
    const { rows, totalCount } = await services.consultations.list(
      viewer,
      query,
      first,
      decodeCursor(after),
    );
    return { ...toConnection(rows, first, encodeCursor), totalCount };
  }

  @Query(() => Consultation)
  consultation(@Ctx() { services, viewer }: Context, @Arg('id', () => ID) id: string) {
    return services.consultations.find(viewer, id);
  }

  @Authorized('PLANNER')
  @Mutation(() => Consultation, { description: 'A new DRAFT consultation of a unit you plan for.' })
  createConsultation(
    @Ctx() context: Context,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('input', () => ConsultationInput) input: ConsultationInput,
  ) {
    return context.services.consultations.create(requireViewer(context), unitId, input);
  }

  @Authorized('PLANNER')
  @Mutation(() => Consultation)
  updateConsultation(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ConsultationInput) input: ConsultationInput,
  ) {
    return context.services.consultations.update(requireViewer(context), id, input);
  }

  @Authorized('PLANNER')
  @Mutation(() => Consultation, {
    description: 'The next step: DRAFT → ANNOUNCED → OPEN → CLOSED.',
  })
  changeConsultationStatus(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ConsultationStatus) status: ConsultationStatus,
  ) {
    return context.services.consultations.changeStatus(requireViewer(context), id, status);
  }
}
