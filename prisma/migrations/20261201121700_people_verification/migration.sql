-- Resident verification as the office records it: how, which document was seen, when and
-- where. The document's number is never stored: there is no column for it.
CREATE TYPE verification_method AS ENUM ('IN_PERSON', 'LETTER', 'ELECTRONIC');
CREATE TYPE identity_document AS ENUM ('ID_CARD', 'PASSPORT', 'RESIDENCE_CARD', 'MOBILE_ID', 'TRUSTED_PROFILE');
CREATE TYPE verification_request_outcome AS ENUM ('VERIFIED', 'WITHDRAWN');

CREATE TABLE resident_verification (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id        uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  method         verification_method NOT NULL,
  document       identity_document NOT NULL,
  checked_on     date NOT NULL,
  unit_id        uuid NOT NULL REFERENCES organisation_unit (id),
  verified_by_id uuid NOT NULL REFERENCES app_user (id),
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  revoked_at     timestamptz(3),
  revoked_by_id  uuid REFERENCES app_user (id),
  revoke_reason  text CHECK (length(trim(revoke_reason)) BETWEEN 3 AND 500),
  CONSTRAINT resident_verification_revocation_complete
    CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL) AND (revoked_at IS NULL) = (revoked_by_id IS NULL))
);
CREATE INDEX resident_verification_user_id_idx ON resident_verification (user_id);
CREATE UNIQUE INDEX resident_verification_one_active ON resident_verification (user_id) WHERE revoked_at IS NULL;

-- A resident asking to be verified, optionally at one unit; one open request per person.
CREATE TABLE verification_request (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id        uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  unit_id        uuid REFERENCES organisation_unit (id),
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  resolved_at    timestamptz(3),
  resolved_by_id uuid REFERENCES app_user (id),
  outcome        verification_request_outcome,
  CONSTRAINT verification_request_resolution_complete
    CHECK ((resolved_at IS NULL) = (outcome IS NULL))
);
CREATE INDEX verification_request_user_id_idx ON verification_request (user_id);
CREATE UNIQUE INDEX verification_request_one_open ON verification_request (user_id) WHERE resolved_at IS NULL;
CREATE INDEX verification_request_open_idx ON verification_request (created_at, id) WHERE resolved_at IS NULL;
