import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../errors/domain-error.js';
import { checkPageSize, toConnection } from '../../graphql/connection.js';
import { User } from '../identity/identity.types.js';
import { AuditEvent, AuditEventConnection, AuditFilter } from './audit.types.js';

function parseCursor(after: string | null): bigint | null {
  if (after == null) return null;
  if (!/^\d{1,18}$/.test(after)) throw badInput('after', 'is not a cursor from this list');
  return BigInt(after);
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditEventConnection, {
    description: 'The audit log, filtered, newest first (admins).',
  })
  async auditLog(
    @Ctx() { services }: Context,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEventConnection> {
    checkPageSize(first);
    const rows = await services.audit.list(filter ?? {}, { first, after: parseCursor(after) });
    const events = rows.map((event) => ({ ...event, id: String(event.id) }));
    return toConnection(events, first, (event) => event.id);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The consultation the object belongs to (itself, or a remark's), to link to.",
  })
  consultationId(@Root() event: AuditEvent, @Ctx() { loaders }: Context) {
    return loaders.auditConsultation.load({ type: event.targetType, id: event.targetId });
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who acted; null for the system.' })
  actor(@Root() event: AuditEvent, @Ctx() { loaders }: Context) {
    return event.actorId ? loaders.user.load(event.actorId) : null;
  }
}
