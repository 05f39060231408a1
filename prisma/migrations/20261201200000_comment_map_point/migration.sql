-- A remark's representative point in Web Mercator (EPSG:3857), fixed when its place is written:
-- the map's low-zoom tiles count remarks per cell by it, through an index scoped by
-- consultation, instead of transforming every remark's shape for every tile.
ALTER TABLE comment ADD COLUMN map_point geometry(Point, 3857);

UPDATE comment c
SET map_point = ST_Transform(ST_PointOnSurface(c.geometry), 3857)
WHERE c.geometry IS NOT NULL;

ALTER TABLE comment
  ADD CONSTRAINT comment_map_point_with_geometry CHECK ((map_point IS NULL) = (geometry IS NULL));

CREATE INDEX comment_consultation_id_map_point_idx ON comment USING gist (consultation_id, map_point);
