import { Field, ID, InputType } from 'type-graphql';
import { GeoJSONScalar } from '../../../geo/geojson.scalar.js';
import { CostLineInput } from '../projects/project.input.js';

@InputType({
  description:
    "A resident's project proposal, saved as a draft: new without an id, else the draft to " +
    'rewrite. Only the title and pool are needed to save; submitting checks the rest.',
})
export class ProjectProposalInput {
  @Field(() => ID, { nullable: true, description: 'The draft to rewrite; none for a new one.' })
  id?: string | null;

  @Field(() => ID, { description: 'The district or city-wide pool (see suggestBudgetPool).' })
  poolId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [GeoJSONScalar], {
    nullable: true,
    description: "Points, LineStrings or Polygons inside the pool's area.",
  })
  locations?: unknown[] | null;

  @Field(() => [CostLineInput], {
    nullable: true,
    description: "The itemised cost; the project's cost is their sum.",
  })
  costLines?: CostLineInput[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Of the edition's categories, when its projects have any.",
  })
  categories?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Of the edition's target groups, when its projects have any.",
  })
  targetGroups?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Its images in order: png, jpeg or webp uploads (POST /files), at most 10.',
  })
  imageIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Its attachments in order: document uploads (POST /files), at most 10.',
  })
  attachmentIds?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'The authors agree to publish the project; needed to submit it.',
  })
  consentToPublish!: boolean;
}
