-- A draft may be saved before its cost is itemised; a submitted project still costs something.
-- (status compared as text: the DRAFT value may be new in this same transaction.)
ALTER TABLE budget_project DROP CONSTRAINT budget_project_cost_grosze_check;
ALTER TABLE budget_project ADD CONSTRAINT budget_project_cost_positive
  CHECK (cost_grosze > 0 OR status::text = 'DRAFT');
