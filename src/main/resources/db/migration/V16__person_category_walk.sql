-- A category's people in id order, with each one's location in the index itself: a page of "the
-- teachers of a province" walks this index alone until it has fifty, without reading the table
-- for every teacher it passes. A page of "the teachers of a county" may instead take the county's
-- few from ix_person_category_location (V15) and sort them; PostgreSQL picks the cheaper.
drop index ix_person_category;
create index ix_person_category on person_category (category, person_id) include (location_path);
