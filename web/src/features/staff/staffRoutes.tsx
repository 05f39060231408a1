import { Route, Routes } from 'react-router';
import { AuditPage } from '../audit/AuditPage';
import { DeliveryPage } from '../budget-delivery/DeliveryPage';
import { LocatingPage } from '../budget-locating/LocatingPage';
import { EditionSetupPage } from '../budget-setup/EditionSetupPage';
import { EditionsPage } from '../budget-setup/EditionsPage';
import { PaperBallotsPage } from '../budget-tally/PaperBallotsPage';
import { TallyPage } from '../budget-tally/TallyPage';
import { AppealsPage } from '../budget-verification/AppealsPage';
import { VerificationPage } from '../budget-verification/VerificationPage';
import { ModerationPage } from '../moderation/ModerationPage';
import { PeoplePage } from '../people/PeoplePage';
import { PlanImportPage } from '../plan-import/PlanImportPage';
import { UnitsPage } from '../units/UnitsPage';
import { ConsultationEditPage } from './consultations/ConsultationEditPage';
import { ConsultationsPage } from './consultations/ConsultationsPage';
import { NewConsultationPage } from './consultations/NewConsultationPage';
import { StaffHome } from './home/StaffHome';
import { StaffShell } from './StaffShell';

/**
 * The pages under /staff, inside the staff shell. A new staff screen adds its route here and
 * its menu entry (with the roles that may open it) in staffNavigation.ts.
 */
export function StaffRoutes() {
  return (
    <Routes>
      <Route element={<StaffShell />}>
        <Route index element={<StaffHome />} />
        <Route path="consultations" element={<ConsultationsPage />} />
        <Route path="consultations/new" element={<NewConsultationPage />} />
        <Route path="consultations/:id" element={<ConsultationEditPage />} />
        <Route path="moderation" element={<ModerationPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="plans/import" element={<PlanImportPage />} />
        <Route path="units" element={<UnitsPage />} />
        <Route path="budget" element={<EditionsPage />} />
        <Route path="budget/:editionId" element={<EditionSetupPage />} />
        <Route path="budget/:editionId/verification" element={<VerificationPage />} />
        <Route path="budget/:editionId/appeals" element={<AppealsPage />} />
        <Route path="budget/:editionId/delivery" element={<DeliveryPage />} />
        <Route path="budget/:editionId/locating" element={<LocatingPage />} />
        <Route path="budget/:editionId/paper-ballots" element={<PaperBallotsPage />} />
        <Route path="budget/:editionId/tally" element={<TallyPage />} />
      </Route>
    </Routes>
  );
}
