import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { SignInPage } from '../features/account/SignInPage';
import { SignUpPage } from '../features/account/SignUpPage';
import { BudgetHomePage, EditionPage } from '../features/budget/BudgetPages';
import { ProjectPage } from '../features/budget/ProjectPage';
import { ResultsPage } from '../features/budget/ResultsPage';
import { StatisticsPage } from '../features/budget/StatisticsPage';
import { VotePage } from '../features/budget/VotePage';
import { MyProjectsPage } from '../features/budget-my-projects/MyProjectsPage';
import { ProposePage } from '../features/budget-proposals/ProposePage';
import { ConsultationPage } from '../features/consultation/ConsultationPage';
import { HomePage } from '../features/home/HomePage';
import { Layout, NotFoundPage } from './Layout';

// The staff's screens and the planner's feedback are chunks of their own: a resident's first
// page does not load them.
const StaffRoutes = lazy(() =>
  import('../features/staff/staffRoutes').then((module) => ({ default: module.StaffRoutes })),
);
const PlannerPage = lazy(() =>
  import('../features/planner/PlannerPage').then((module) => ({ default: module.PlannerPage })),
);

/** The pages by address; each feature adds its routes here. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="consultations/:id" element={<ConsultationPage />} />
          <Route path="consultations/:id/feedback" element={<PlannerPage />} />
          <Route path="budget" element={<BudgetHomePage />} />
          <Route path="budget/projects/:projectId" element={<ProjectPage />} />
          <Route path="budget/my-projects" element={<MyProjectsPage />} />
          <Route path="budget/:editionId" element={<EditionPage />} />
          <Route path="budget/:editionId/propose/:projectId?" element={<ProposePage />} />
          <Route path="budget/:editionId/vote" element={<VotePage />} />
          <Route path="budget/:editionId/results" element={<ResultsPage />} />
          <Route path="budget/:editionId/statistics" element={<StatisticsPage />} />
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="sign-up" element={<SignUpPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="staff/*" element={<StaffRoutes />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
