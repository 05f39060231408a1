import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BudgetPoolKind, BudgetRule } from '../../../generated/prisma/enums.js';
import { Money } from '../money.js';

@ObjectType({ description: 'One META row of a Pabulib file.' })
export class PabulibMetaEntry {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({ description: 'A problem that stops the import, at its line.' })
export class PabulibProblem {
  @Field(() => Int, { description: '1-based line of the file.' })
  line!: number;

  @Field(() => String, {
    description: 'An ErrorReason: PABULIB_FILE_INVALID, PABULIB_COUNT_MISMATCH, … (translate it).',
  })
  reason!: string;

  @Field(() => GraphQLJSON, { description: "What the reason's text needs, besides the line." })
  params!: Record<string, string | number>;

  @Field(() => String, { description: 'The problem in English, quoting the file.' })
  detail!: string;
}

@ObjectType({ description: 'The edition an import would create.' })
export class PabulibPreviewEdition {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => BudgetRule)
  rule!: BudgetRule;

  @Field(() => Int, { description: 'Most projects one ballot may approve (META max_length).' })
  maxApprovals!: number;
}

@ObjectType({ description: 'The pool an import would create.' })
export class PabulibPreviewPool {
  @Field(() => String)
  name!: string;

  @Field(() => BudgetPoolKind)
  kind!: BudgetPoolKind;

  @Field(() => ID, { nullable: true })
  areaId!: string | null;

  @Field(() => ID)
  unitId!: string;

  @Field(() => Money)
  amount!: Money;
}

@ObjectType({ description: "What importing a Pabulib file would do, by the import's own check." })
export class PabulibPreview {
  @Field(() => [PabulibMetaEntry])
  meta!: PabulibMetaEntry[];

  @Field(() => PabulibPreviewEdition, { nullable: true })
  edition!: PabulibPreviewEdition | null;

  @Field(() => [PabulibPreviewPool], { description: 'A file makes one pool.' })
  pools!: PabulibPreviewPool[];

  @Field(() => Int, { description: 'Projects read well.' })
  projectCount!: number;

  @Field(() => Int, { description: 'Ballots read well.' })
  ballotCount!: number;

  @Field(() => [PabulibProblem], { description: 'In line order, the first 100.' })
  problems!: PabulibProblem[];

  @Field(() => Int)
  problemCount!: number;

  @Field(() => Boolean, { description: 'No problem: importPabulibEdition would take the file.' })
  importable!: boolean;
}
