import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AreaKind {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}

registerEnumType(AreaKind, {
  name: 'AreaKind',
  description: 'What an administrative area is: the whole city, or one of its districts.',
});

@ObjectType({ description: 'An administrative area: the city or a district.' })
export class Area {
  @Field(() => ID)
  id!: string;

  @Field(() => AreaKind)
  kind!: AreaKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'A stable, URL-safe name, e.g. "praga-poludnie".' })
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The TERYT (TERC) code of the unit, where it has one.',
  })
  terytCode!: string | null;
}
