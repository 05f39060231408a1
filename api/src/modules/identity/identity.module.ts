import { defineModule, type Uses } from '../module.js';
import type { UnitService } from '../units/unit.service.js';
import { AccessTokenResolver } from './access-token.resolver.js';
import { AccessTokenService } from './access-token.service.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { PeopleResolver, RoleHolderResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';
import { RateLimits } from './rate-limits.js';
import { RoleResolver } from './role.resolver.js';
import { RoleService } from './role.service.js';
import { SessionService } from './session.service.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';
import { VerificationResolver } from './verification.resolver.js';
import { VerificationService } from './verification.service.js';

export const identityModule = defineModule({
  resolvers: [
    AccountResolver,
    UserResolver,
    AccessTokenResolver,
    RoleResolver,
    VerificationResolver,
    PeopleResolver,
    RoleHolderResolver,
  ],
  services: ({ db, config, units }: Uses<{ units: UnitService }>) => {
    const sessions = new SessionService(db);
    const rateLimits = new RateLimits(config.redisUrl, config.rateLimits);
    const verification = new VerificationService(db, units);
    return {
      sessions,
      rateLimits,
      users: new UserService(db),
      accounts: new AccountService(db, sessions, rateLimits),
      accessTokens: new AccessTokenService(db),
      roles: new RoleService(db, units),
      verification,
      people: new PeopleService(db, verification),
    };
  },
  loaders: ({ users, verification, people }) => ({
    user: users.userLoader(),
    roles: users.rolesLoader(),
    person: people.personLoader(),
    verification: verification.activeLoader(),
    openVerificationRequest: verification.openRequestLoader(),
  }),
});
