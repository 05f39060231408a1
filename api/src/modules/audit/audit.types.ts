import { GraphQLJSON } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';

@ObjectType({ description: 'One privileged action, recorded with the action itself.' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  actorId!: string | null;

  @Field(() => String, { description: 'e.g. role.grant, user.verify, unit.create.' })
  action!: string;

  @Field(() => String, { description: 'The kind of object acted on, e.g. User, Comment.' })
  targetType!: string;

  @Field(() => String)
  targetId!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'Audit events, newest first.' })
export class AuditEventConnection extends Connection(AuditEvent) {}

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: "The actor's e-mail, case ignored." })
  actorEmail?: string | null;

  @Field(() => String, { nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  targetId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  since?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  until?: Date | null;
}
