-- Feedback by area reads a consultation's remarks from this index alone (an index-only scan
-- once vacuumed), not from the wide rows with their texts and shapes.
CREATE INDEX comment_consultation_id_feedback_idx ON comment (consultation_id, status, parent_id)
  INCLUDE (stance, topic_id, zone_id, district_ids, plane_point);
