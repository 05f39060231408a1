-- The reference written on a paper ballot; unique per edition so a sheet is not entered twice.
ALTER TABLE budget_ballot ADD COLUMN paper_reference text;
ALTER TABLE budget_ballot ADD CONSTRAINT budget_ballot_paper_reference_only_paper
  CHECK (paper_reference IS NULL OR paper);
ALTER TABLE budget_ballot ADD CONSTRAINT budget_ballot_paper_reference_unique
  UNIQUE (edition_id, paper_reference);

-- When a rejected project was appealed; a rejection after its appeal is final.
ALTER TABLE budget_project ADD COLUMN appealed_at timestamptz(3);
