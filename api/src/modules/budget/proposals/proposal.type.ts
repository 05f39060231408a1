import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetProjectAuthorRole } from '../../../generated/prisma/enums.js';
import { BudgetProject } from '../projects/project.type.js';

registerEnumType(BudgetProjectAuthorRole, { name: 'BudgetProjectAuthorRole' });

@ObjectType({ description: "An author of a proposal, or a co-author's pending invitation." })
export class ProjectAuthor {
  @Field(() => ID)
  id!: string;

  @Field(() => BudgetProjectAuthorRole)
  role!: BudgetProjectAuthorRole;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The e-mail a pending invitation went to; null once accepted.',
  })
  invitationEmail!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while pending.' })
  acceptedAt!: Date | null;
}

@ObjectType({ description: 'A project as its authors see it while proposing it.' })
export class ProjectProposal extends BudgetProject {
  @Field(() => ID)
  editionId!: string;

  @Field(() => Boolean)
  consentToPublish!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType({ description: 'Whether the viewer may propose projects in an edition now.' })
export class ProposalAccess {
  @Field(() => Boolean)
  allowed!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why not, as an ErrorReason: SIGN_IN_REQUIRED, PHASE_CLOSED or PROPOSAL_VERIFICATION_REQUIRED.',
  })
  reason!: string | null;
}

@ObjectType({ description: "The categories and target groups an edition's projects use." })
export class ProposalVocabulary {
  @Field(() => [String])
  categories!: string[];

  @Field(() => [String])
  targetGroups!: string[];
}

@ObjectType({ description: 'An invitation to co-author, to pass on to the invitee.' })
export class CoauthorInvitation {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, {
    description:
      'The path of the acceptance link, for the invitee to open signed in; shown this once.',
  })
  acceptPath!: string;
}
