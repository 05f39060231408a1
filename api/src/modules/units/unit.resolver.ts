import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { UnitKind } from '../../generated/prisma/enums.js';
import { Area } from '../areas/area.type.js';
import { requireViewer } from '../identity/access.js';
import { OrganisationUnit } from './unit.type.js';

@InputType()
class UnitInput {
  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => String)
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Required for a district office: its district's area.",
  })
  areaId?: string | null;
}

@Resolver(() => OrganisationUnit)
export class UnitResolver {
  @Query(() => [OrganisationUnit], { description: 'City bureaus and district offices.' })
  units(
    @Ctx() { services }: Context,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: UnitKind | null,
  ) {
    return services.units.list(kind ?? null);
  }

  @Query(() => OrganisationUnit)
  unit(@Ctx() { services }: Context, @Arg('id', () => ID) id: string) {
    return services.units.find(id);
  }

  @Authorized('ADMIN')
  @Mutation(() => OrganisationUnit)
  createUnit(@Ctx() context: Context, @Arg('input', () => UnitInput) input: UnitInput) {
    return context.services.units.create(requireViewer(context), input);
  }

  @FieldResolver(() => Area, {
    nullable: true,
    description: 'The district a district office serves.',
  })
  area(@Root() unit: OrganisationUnit, @Ctx() { loaders }: Context) {
    return unit.areaId ? loaders.area.load(unit.areaId) : null;
  }
}
