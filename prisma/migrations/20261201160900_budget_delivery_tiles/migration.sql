-- A project's tile features carry the progress of its latest delivery update: an update's
-- change is a new version of its edition's projects layer, as a location's change is.
CREATE TRIGGER delivery_update_tiles_inserted AFTER INSERT ON budget_delivery_update
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_project_location_tiles_changed();
CREATE TRIGGER delivery_update_tiles_updated AFTER UPDATE ON budget_delivery_update
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_project_location_tiles_changed();
CREATE TRIGGER delivery_update_tiles_deleted AFTER DELETE ON budget_delivery_update
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION plac_project_location_tiles_changed();
