import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { UnitKind } from '../../generated/prisma/enums.js';

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'A city bureau (e.g. the planning bureau) or a district office.',
});

@ObjectType({
  description: 'A city bureau or a district office: it owns consultations and budget pools.',
})
export class OrganisationUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  slug!: string;

  areaId!: string | null;
}
