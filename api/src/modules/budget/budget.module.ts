import { defineModule } from '../module.js';
import { BudgetResolver } from './budget.resolver.js';
import { createBudgetServices } from './budget.services.js';
import { BudgetStaffResolver } from './budget-staff.resolver.js';
import { EditionAdminResolver } from './edition-admin.resolver.js';
import { BudgetProjectDetailsResolver } from './project-details.resolver.js';

export const budgetModule = defineModule({
  resolvers: [
    BudgetResolver,
    BudgetStaffResolver,
    EditionAdminResolver,
    BudgetProjectDetailsResolver,
  ],
  services: ({ db, config }) => ({ budget: createBudgetServices(db, config.maxVertices) }),
  loaders: ({ budget }) => budget.projects.loaders(),
});
