import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A file uploaded to Plac (POST /files), e.g. a document of a consultation.',
})
export class UploadedFile {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The name it was uploaded with.' })
  name!: string;

  @Field(() => String, { description: 'Recognised from its content, e.g. application/pdf.' })
  mediaType!: string;

  @Field(() => Int, { description: 'In bytes.' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 of its bytes, hex; also its ETag.' })
  sha256!: string;

  @Field(() => String, { description: 'Where it is downloaded from, a path on this server.' })
  url!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
