-- Where a person belongs, kept on the person: the path of their employer's division, or of their
-- home when they have no employer (null when they have neither). It is what the people list
-- filters by division and what a scoped caller's visibility starts from; before this it was two
-- joins away, so a county's teachers at national scale meant walking tens of thousands of people
-- to find fifty (docs/PERFORMANCE.md). The triggers below keep it true whoever writes: the
-- service, an import's batches, set-based SQL. A division's path never changes (divisions are
-- only renamed), so no trigger watches it.
alter table person add column location_path varchar(120);

-- The same path beside each of the person's categories, so "the teachers of this county" is one
-- range of one index instead of every teacher in the country or everyone in the county.
alter table person_category add column location_path varchar(120);

update person p
   set location_path = case when p.employer_id is not null
                            then (select d.path from organisation o join division d on d.id = o.division_id where o.id = p.employer_id)
                            else (select d.path from division d where d.id = p.home_division_id) end;
update person_category c set location_path = p.location_path from person p where p.id = c.person_id;

create index ix_person_location on person (location_path text_pattern_ops);
create index ix_person_category_location on person_category (category, location_path text_pattern_ops, person_id);

create function person_location() returns trigger language plpgsql as $$
begin
    if new.employer_id is not null then
        select d.path into new.location_path from organisation o join division d on d.id = o.division_id where o.id = new.employer_id;
    elsif new.home_division_id is not null then
        select d.path into new.location_path from division d where d.id = new.home_division_id;
    else
        new.location_path := null;
    end if;
    return new;
end $$;
create trigger person_location before insert or update of employer_id, home_division_id on person
    for each row execute function person_location();

create function person_location_to_categories() returns trigger language plpgsql as $$
begin
    update person_category set location_path = new.location_path where person_id = new.id;
    return null;
end $$;
-- Not "update of location_path": that names the columns an UPDATE sets, and the path changes
-- when the trigger above sets it for an UPDATE of the employer or home.
create trigger person_location_to_categories after update on person
    for each row when (old.location_path is distinct from new.location_path)
    execute function person_location_to_categories();

create function person_category_location() returns trigger language plpgsql as $$
begin
    select p.location_path into new.location_path from person p where p.id = new.person_id;
    return new;
end $$;
create trigger person_category_location before insert or update of person_id on person_category
    for each row execute function person_category_location();

-- An organisation moved to another division moves its employees with it.
create function organisation_moves_employees() returns trigger language plpgsql as $$
begin
    update person p set location_path = d.path
      from division d
     where d.id = new.division_id and p.employer_id = new.id;
    return null;
end $$;
create trigger organisation_moves_employees after update of division_id on organisation
    for each row when (old.division_id is distinct from new.division_id)
    execute function organisation_moves_employees();
