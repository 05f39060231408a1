CREATE TYPE access_token_scope AS ENUM ('READ', 'WRITE', 'ADMIN');

-- Tokens made before scopes keep reading and writing; admin powers need a new token that asks.
ALTER TABLE access_token
  ADD COLUMN scopes access_token_scope[] NOT NULL DEFAULT '{READ,WRITE}',
  ADD COLUMN expires_at timestamptz(3),
  ADD CONSTRAINT access_token_scopes_read CHECK ('READ' = ANY (scopes)),
  ADD CONSTRAINT access_token_expires_after_creation CHECK (expires_at > created_at);
ALTER TABLE access_token ALTER COLUMN scopes DROP DEFAULT;
