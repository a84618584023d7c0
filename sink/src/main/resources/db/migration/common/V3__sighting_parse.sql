-- Which parse of its page each sighting came from, so that a replay through an improved parser can
-- remove the sightings an earlier parse produced and the new one does not (as for articles).
ALTER TABLE teaser_sightings ADD COLUMN parse_key TEXT;
