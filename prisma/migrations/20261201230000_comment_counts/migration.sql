-- Remarks counted as they are written: feedback by district and plan zone, and the map's
-- low-zoom tile cells, sum a few thousand count rows instead of reading a city-wide
-- consultation's million remarks. Only a consultation's top-level remarks are counted (as
-- feedback and tiles take them), under every key their filters use (status, stance, topic,
-- answered), so every filter but dates is answered from here. Triggers keep the counts in the
-- writing transaction, whichever service writes.

CREATE TABLE comment_area_count (
  id bigserial PRIMARY KEY,
  consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  area_kind text NOT NULL CHECK (area_kind IN ('DISTRICT', 'PLAN_ZONE')),
  -- A district (area.id) or a plan zone (plan_zone.id).
  area_id uuid NOT NULL,
  status comment_status NOT NULL,
  stance comment_stance,
  topic_id uuid,
  answered boolean NOT NULL,
  remarks integer NOT NULL,
  CONSTRAINT comment_area_count_key UNIQUE NULLS NOT DISTINCT
    (consultation_id, area_kind, area_id, status, stance, topic_id, answered)
);

-- Cells of an eighth of a zoom-13 tile side (about 400 m in Warsaw), by the remark's stored
-- Web Mercator point: columns from the west, rows from the north. A coarser zoom's cell is
-- these shifted right by the zoom difference, exactly (the widths halve exactly). A
-- consultation's remark always has a place (comment_reply_or_remark), so its cells hold all
-- its counted remarks: the list's total.
CREATE TABLE comment_cell_count (
  id bigserial PRIMARY KEY,
  consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  cell_column integer NOT NULL,
  cell_row integer NOT NULL,
  status comment_status NOT NULL,
  stance comment_stance,
  topic_id uuid,
  answered boolean NOT NULL,
  remarks integer NOT NULL,
  -- Sums of the remarks' EPSG:3857 coordinates: the cell is drawn at their mean.
  sum_x float8 NOT NULL,
  sum_y float8 NOT NULL,
  CONSTRAINT comment_cell_count_key UNIQUE NULLS NOT DISTINCT
    (consultation_id, cell_column, cell_row, status, stance, topic_id, answered)
);

CREATE FUNCTION plac_map_cell(p geometry) RETURNS integer[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT ARRAY[
      floor((ST_X(p) + 20037508.342789244::float8) / (2 * 20037508.342789244::float8 / 65536))::int,
      floor((20037508.342789244::float8 - ST_Y(p)) / (2 * 20037508.342789244::float8 / 65536))::int]
  $$;

-- A remark entering (sign 1) or leaving (-1) the counts, with what it is counted by.
CREATE TYPE plac_remark_move AS (
  sign integer,
  consultation_id uuid,
  status comment_status,
  stance comment_stance,
  topic_id uuid,
  answered boolean,
  district_ids uuid[],
  zone_id uuid,
  map_point geometry
);

-- A remark as counted; `answered` as given, or as it is now.
CREATE FUNCTION plac_remark_move(sign integer, c comment, answered boolean DEFAULT NULL)
  RETURNS plac_remark_move
  LANGUAGE sql STABLE
  AS $$
    SELECT ROW(sign, c.consultation_id, c.status, c.stance, c.topic_id,
      coalesce(answered, EXISTS (SELECT 1 FROM official_response r WHERE r.comment_id = c.id)),
      c.district_ids, c.zone_id, c.map_point)::plac_remark_move
  $$;

-- The counted remarks among `remarks` (a consultation's, top-level) as moves.
CREATE FUNCTION plac_remark_moves(sign integer, remarks comment[], answered boolean DEFAULT NULL)
  RETURNS plac_remark_move[]
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(array_agg(plac_remark_move(sign, c, answered)), '{}')
    FROM unnest(remarks) c
    WHERE c.consultation_id IS NOT NULL AND c.parent_id IS NULL
  $$;

-- Applies the moves, netted per count row: an update that changes nothing counted touches no
-- row. Rows in key order, so that two writers lock them in the same order.
CREATE FUNCTION plac_count_remarks(moves plac_remark_move[]) RETURNS void
  LANGUAGE sql
  AS $$
    INSERT INTO comment_area_count AS t
      (consultation_id, area_kind, area_id, status, stance, topic_id, answered, remarks)
    SELECT m.consultation_id, a.kind, a.id, m.status, m.stance, m.topic_id, m.answered, sum(m.sign)
    FROM unnest(moves) m
    CROSS JOIN LATERAL (
      SELECT 'DISTRICT', d FROM unnest(m.district_ids) d
      UNION ALL
      SELECT 'PLAN_ZONE', m.zone_id WHERE m.zone_id IS NOT NULL) a(kind, id)
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(m.sign) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ON CONSTRAINT comment_area_count_key
      DO UPDATE SET remarks = t.remarks + excluded.remarks;

    INSERT INTO comment_cell_count AS t
      (consultation_id, cell_column, cell_row, status, stance, topic_id, answered, remarks, sum_x, sum_y)
    SELECT m.consultation_id, cell[1], cell[2], m.status, m.stance, m.topic_id, m.answered,
      sum(m.sign), sum(m.sign * ST_X(m.map_point)), sum(m.sign * ST_Y(m.map_point))
    FROM unnest(moves) m, plac_map_cell(m.map_point) cell
    WHERE m.map_point IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(m.sign) <> 0 OR sum(m.sign * ST_X(m.map_point)) <> 0
      OR sum(m.sign * ST_Y(m.map_point)) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ON CONSTRAINT comment_cell_count_key
      DO UPDATE SET remarks = t.remarks + excluded.remarks, sum_x = t.sum_x + excluded.sum_x,
        sum_y = t.sum_y + excluded.sum_y;
  $$;

CREATE FUNCTION plac_comment_counts_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM plac_count_remarks(plac_remark_moves(1, ARRAY(SELECT n::comment FROM new_rows n)));
    ELSE
      PERFORM plac_count_remarks(plac_remark_moves(-1, ARRAY(SELECT o::comment FROM old_rows o))
        || plac_remark_moves(1, ARRAY(SELECT n::comment FROM new_rows n)));
    END IF;
    RETURN NULL;
  END
  $$;

-- Before the row goes, while its response (deleted with it) still says whether it was
-- answered; only ever lowering rows that exist, since a consultation being deleted may have
-- taken its count rows already.
CREATE FUNCTION plac_comment_uncounted() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    m plac_remark_move;
  BEGIN
    FOREACH m IN ARRAY plac_remark_moves(-1, ARRAY[OLD]) LOOP
      UPDATE comment_area_count t SET remarks = t.remarks - 1
      WHERE t.consultation_id = m.consultation_id AND t.status = m.status
        AND t.stance IS NOT DISTINCT FROM m.stance AND t.topic_id IS NOT DISTINCT FROM m.topic_id
        AND t.answered = m.answered
        AND ((t.area_kind = 'DISTRICT' AND t.area_id = ANY (m.district_ids))
          OR (t.area_kind = 'PLAN_ZONE' AND t.area_id = m.zone_id));
      UPDATE comment_cell_count t
      SET remarks = t.remarks - 1, sum_x = t.sum_x - ST_X(m.map_point),
        sum_y = t.sum_y - ST_Y(m.map_point)
      WHERE t.consultation_id = m.consultation_id AND t.status = m.status
        AND t.stance IS NOT DISTINCT FROM m.stance AND t.topic_id IS NOT DISTINCT FROM m.topic_id
        AND t.answered = m.answered
        AND t.cell_column = (plac_map_cell(m.map_point))[1]
        AND t.cell_row = (plac_map_cell(m.map_point))[2];
    END LOOP;
    RETURN OLD;
  END
  $$;

-- An answer moves its remark from the unanswered counts to the answered ones; withdrawing the
-- answer moves it back. A remark deleted with its answer was uncounted before.
CREATE FUNCTION plac_response_counts_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    remarks comment[];
    now_answered boolean := TG_OP = 'INSERT';
  BEGIN
    IF now_answered THEN
      remarks := ARRAY(SELECT c FROM new_rows r JOIN comment c ON c.id = r.comment_id);
    ELSE
      remarks := ARRAY(SELECT c FROM old_rows r JOIN comment c ON c.id = r.comment_id);
    END IF;
    PERFORM plac_count_remarks(plac_remark_moves(-1, remarks, NOT now_answered)
      || plac_remark_moves(1, remarks, now_answered));
    RETURN NULL;
  END
  $$;

CREATE TRIGGER comment_counts_inserted AFTER INSERT ON comment
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_comment_counts_changed();
CREATE TRIGGER comment_counts_updated AFTER UPDATE ON comment
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_comment_counts_changed();
CREATE TRIGGER comment_counts_deleted BEFORE DELETE ON comment
  FOR EACH ROW EXECUTE FUNCTION plac_comment_uncounted();
CREATE TRIGGER response_counts_inserted AFTER INSERT ON official_response
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_response_counts_changed();
CREATE TRIGGER response_counts_deleted AFTER DELETE ON official_response
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plac_response_counts_changed();

-- The remarks written before, each as its narrow move rather than its whole row.
SELECT plac_count_remarks(ARRAY(
  SELECT plac_remark_move(1, c) FROM comment c
  WHERE c.consultation_id IS NOT NULL AND c.parent_id IS NULL));
