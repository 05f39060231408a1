import type { Queryable } from '../../db/sql.js';

// What Plac holds about one person, by category, for their download (GDPR art. 15 and 20).
// Secrets (password and token hashes) and other people's data are left out.

async function rows(db: Queryable, text: string, userId: string) {
  return (await db.query<Record<string, unknown>>(text, [userId])).rows;
}

export const selectAccount = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT id, email, display_name AS "displayName", birth_year AS "birthYear",
       verified_at AS "verifiedAt", verification_method AS "verificationMethod",
       created_at AS "createdAt", deleted_at AS "deletedAt"
     FROM app_user WHERE id = $1`,
    userId,
  );

export const selectRoles = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT g.role, g.unit_id AS "unitId", u.name AS "unitName", g.created_at AS "createdAt"
     FROM role_grant g LEFT JOIN organisation_unit u ON u.id = g.unit_id
     WHERE g.user_id = $1 ORDER BY g.created_at`,
    userId,
  );

export const selectSessions = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"
     FROM session WHERE user_id = $1 ORDER BY created_at`,
    userId,
  );

export const selectAccessTokens = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT name, scopes::text[] AS scopes, created_at AS "createdAt", expires_at AS "expiresAt",
       last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"
     FROM access_token WHERE user_id = $1 ORDER BY created_at`,
    userId,
  );

export const selectVerifications = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT v.method, v.document, to_char(v.checked_on, 'YYYY-MM-DD') AS "checkedOn",
       u.name AS "unitName", v.created_at AS "createdAt", v.revoked_at AS "revokedAt",
       v.revoke_reason AS "revokeReason"
     FROM resident_verification v JOIN organisation_unit u ON u.id = v.unit_id
     WHERE v.user_id = $1 ORDER BY v.created_at`,
    userId,
  );

export const selectVerificationRequests = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT u.name AS "unitName", r.created_at AS "createdAt", r.resolved_at AS "resolvedAt",
       r.outcome
     FROM verification_request r LEFT JOIN organisation_unit u ON u.id = r.unit_id
     WHERE r.user_id = $1 ORDER BY r.created_at`,
    userId,
  );

/** Remarks and replies, each with its earlier versions and, for a formal remark, its personal data. */
export const selectComments = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT c.id, c.consultation_id AS "consultationId", c.parent_id AS "parentId", c.body,
       ST_AsGeoJSON(c.geometry)::json AS geometry, c.stance, c.status,
       c.hidden_reason AS "hiddenReason", c.created_at AS "createdAt", c.edited_at AS "editedAt",
       c.formal_remark AS "formalRemark", c.formal_name AS "formalName",
       c.formal_address AS "formalAddress", c.property_right AS "propertyRight", c.parcels,
       coalesce((SELECT json_agg(json_build_object('body', v.body,
                  'geometry', ST_AsGeoJSON(v.geometry)::json, 'stance', v.stance,
                  'writtenAt', v.written_at) ORDER BY v.written_at)
                 FROM comment_version v WHERE v.comment_id = c.id), '[]') AS versions
     FROM comment c WHERE c.author_id = $1 ORDER BY c.created_at`,
    userId,
  );

export const selectSupports = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT comment_id AS "commentId", created_at AS "createdAt"
     FROM comment_support WHERE user_id = $1 ORDER BY created_at`,
    userId,
  );

export const selectReports = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT comment_id AS "commentId", reason, created_at AS "createdAt",
       resolved_at AS "resolvedAt"
     FROM comment_report WHERE reporter_id = $1 ORDER BY created_at`,
    userId,
  );

/** That a ballot was cast, never what it approved: ballots are secret. */
export const selectBallots = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT b.edition_id AS "editionId", e.title AS "editionTitle", b.cast_at AS "castAt",
       b.paper
     FROM budget_ballot b JOIN budget_edition e ON e.id = b.edition_id
     WHERE b.voter_id = $1 ORDER BY b.cast_at`,
    userId,
  );

export const selectCoordinating = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT consultation_id AS "consultationId" FROM consultation_coordinator WHERE user_id = $1`,
    userId,
  );

/** What they did that was audited, and what was done to their account. */
export const selectAuditEvents = (db: Queryable, userId: string) =>
  rows(
    db,
    `SELECT action, target_type AS "targetType", target_id AS "targetId", before, after,
       created_at AS "createdAt", actor_id = $1 AS "byThem"
     FROM audit_event
     WHERE actor_id = $1 OR (target_type = 'User' AND target_id = $1::text)
     ORDER BY id`,
    userId,
  );
