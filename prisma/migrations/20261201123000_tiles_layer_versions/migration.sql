-- Map tiles: each layer's content version per scope (a consultation's remarks, an edition's
-- projects, a plan's zones; the one global scope of areas and consultations). Tile ETags hash
-- it, so a tile changes exactly when its layer's content may have. Statement-level triggers
-- bump it in the same transaction as the write, whichever service writes; a bulk insert bumps
-- each scope once, not once per row.
CREATE TABLE tile_layer_version (
  layer text NOT NULL CHECK (layer IN ('comments', 'projects', 'zones', 'areas', 'consultations')),
  scope_id uuid NOT NULL,
  version uuid NOT NULL DEFAULT gen_random_uuid(),
  changed_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (layer, scope_id)
);

-- A new random version, never reused: an ETag cannot match across a rebuilt database.
-- Scopes in order, so that two writers lock the version rows in the same order.
CREATE FUNCTION plac_bump_tile_layer(layer text, scope_ids uuid[]) RETURNS void
  LANGUAGE sql
  AS $$
    INSERT INTO tile_layer_version AS v (layer, scope_id)
    SELECT DISTINCT $1, s FROM unnest($2) s WHERE s IS NOT NULL ORDER BY 2
    ON CONFLICT (layer, scope_id) DO UPDATE SET version = gen_random_uuid(), changed_at = now()
  $$;

CREATE FUNCTION plac_comment_tiles_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP <> 'DELETE' THEN
      PERFORM plac_bump_tile_layer('comments', ARRAY(SELECT consultation_id FROM new_rows));
    END IF;
    IF TG_OP <> 'INSERT' THEN
      PERFORM plac_bump_tile_layer('comments', ARRAY(SELECT consultation_id FROM old_rows));
    END IF;
    RETURN NULL;
  END
  $$;

-- An answer changes a remark's "answered" filter.
CREATE FUNCTION plac_response_tiles_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP <> 'DELETE' THEN
      PERFORM plac_bump_tile_layer('comments', ARRAY(
        SELECT c.consultation_id FROM new_rows r JOIN comment c ON c.id = r.comment_id));
    END IF;
    IF TG_OP <> 'INSERT' THEN
      PERFORM plac_bump_tile_layer('comments', ARRAY(
        SELECT c.consultation_id FROM old_rows r JOIN comment c ON c.id = r.comment_id));
    END IF;
    RETURN NULL;
  END
  $$;

CREATE FUNCTION plac_project_tiles_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP <> 'DELETE' THEN
      PERFORM plac_bump_tile_layer('projects', ARRAY(
        SELECT pl.edition_id FROM new_rows p JOIN budget_pool pl ON pl.id = p.pool_id));
    END IF;
    IF TG_OP <> 'INSERT' THEN
      PERFORM plac_bump_tile_layer('projects', ARRAY(
        SELECT pl.edition_id FROM old_rows p JOIN budget_pool pl ON pl.id = p.pool_id));
    END IF;
    RETURN NULL;
  END
  $$;

CREATE FUNCTION plac_project_location_tiles_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP <> 'DELETE' THEN
      PERFORM plac_bump_tile_layer('projects', ARRAY(
        SELECT pl.edition_id FROM new_rows l
        JOIN budget_project p ON p.id = l.project_id JOIN budget_pool pl ON pl.id = p.pool_id));
    END IF;
    IF TG_OP <> 'INSERT' THEN
      PERFORM plac_bump_tile_layer('projects', ARRAY(
        SELECT pl.edition_id FROM old_rows l
        JOIN budget_project p ON p.id = l.project_id JOIN budget_pool pl ON pl.id = p.pool_id));
    END IF;
    RETURN NULL;
  END
  $$;

-- A pool's deletion takes its projects with it, after the pool row (and the way to its
-- edition) is gone: the pool bumps its edition itself.
CREATE FUNCTION plac_pool_tiles_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN
      PERFORM plac_bump_tile_layer('projects', ARRAY(SELECT edition_id FROM old_rows));
    END IF;
    RETURN NULL;
  END
  $$;

CREATE FUNCTION plac_zone_tiles_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP <> 'DELETE' THEN
      PERFORM plac_bump_tile_layer('zones', ARRAY(SELECT plan_id FROM new_rows));
    END IF;
    IF TG_OP <> 'INSERT' THEN
      PERFORM plac_bump_tile_layer('zones', ARRAY(SELECT plan_id FROM old_rows));
    END IF;
    RETURN NULL;
  END
  $$;

-- Areas and consultations are one scope each: the nil uuid.
CREATE FUNCTION plac_global_tiles_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM plac_bump_tile_layer(TG_ARGV[0], ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
    RETURN NULL;
  END
  $$;

CREATE TRIGGER comment_tiles_inserted AFTER INSERT ON comment
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_comment_tiles_changed();
CREATE TRIGGER comment_tiles_updated AFTER UPDATE ON comment
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_comment_tiles_changed();
CREATE TRIGGER comment_tiles_deleted AFTER DELETE ON comment
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_comment_tiles_changed();

CREATE TRIGGER response_tiles_inserted AFTER INSERT ON official_response
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_response_tiles_changed();
CREATE TRIGGER response_tiles_deleted AFTER DELETE ON official_response
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_response_tiles_changed();

CREATE TRIGGER project_tiles_inserted AFTER INSERT ON budget_project
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_project_tiles_changed();
CREATE TRIGGER project_tiles_updated AFTER UPDATE ON budget_project
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_project_tiles_changed();
CREATE TRIGGER project_tiles_deleted AFTER DELETE ON budget_project
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_project_tiles_changed();

CREATE TRIGGER project_location_tiles_inserted AFTER INSERT ON budget_project_location
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_project_location_tiles_changed();
CREATE TRIGGER project_location_tiles_updated AFTER UPDATE ON budget_project_location
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_project_location_tiles_changed();
CREATE TRIGGER project_location_tiles_deleted AFTER DELETE ON budget_project_location
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_project_location_tiles_changed();

CREATE TRIGGER pool_tiles_updated AFTER UPDATE ON budget_pool
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_pool_tiles_changed();
CREATE TRIGGER pool_tiles_deleted AFTER DELETE ON budget_pool
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_pool_tiles_changed();

CREATE TRIGGER zone_tiles_inserted AFTER INSERT ON plan_zone
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_zone_tiles_changed();
CREATE TRIGGER zone_tiles_updated AFTER UPDATE ON plan_zone
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_zone_tiles_changed();
CREATE TRIGGER zone_tiles_deleted AFTER DELETE ON plan_zone
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_zone_tiles_changed();

CREATE TRIGGER area_tiles_changed AFTER INSERT OR UPDATE OR DELETE ON area
  FOR EACH STATEMENT EXECUTE FUNCTION plac_global_tiles_changed('areas');
CREATE TRIGGER consultation_tiles_changed AFTER INSERT OR UPDATE OR DELETE ON consultation
  FOR EACH STATEMENT EXECUTE FUNCTION plac_global_tiles_changed('consultations');
