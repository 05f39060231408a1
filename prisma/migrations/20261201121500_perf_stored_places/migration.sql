-- Facts about a remark's place, fixed when it is written so that counting by area is a grouped
-- count: the districts it touches, and its representative point in EPSG:2180 (metres), which
-- grid cells snap. Replies have no place: no districts, no point.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE comment
  ADD COLUMN district_ids uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN plane_point geometry(Point, 2180);

UPDATE comment c
SET district_ids = ARRAY(SELECT a.id FROM area a
                         WHERE a.kind = 'DISTRICT' AND ST_Intersects(a.geometry, c.geometry)
                         ORDER BY a.id),
    plane_point = ST_Transform(ST_PointOnSurface(c.geometry), 2180)
WHERE c.geometry IS NOT NULL;

ALTER TABLE comment
  ADD CONSTRAINT comment_plane_point_with_geometry CHECK ((plane_point IS NULL) = (geometry IS NULL));

-- A consultation's spatial filters touch its own rows only, not a larger neighbour's. It replaces
-- the index on geometry alone, which the planner would otherwise still pick for a small box
-- over a large neighbour; a search across consultations (commentsNear without one) uses this
-- index's geometry column alone.
CREATE INDEX comment_consultation_id_geometry_idx ON comment USING gist (consultation_id, geometry);
DROP INDEX comment_geometry_idx;
