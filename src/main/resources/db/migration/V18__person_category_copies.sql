-- A person's categories and specialties, copied onto the person for reading. A page of fifty
-- people read them with two index probes a person, a hundred a page: at 1,000,000 people a
-- fifth of what PostgreSQL spent on the page (docs/PERFORMANCE.md, "Lists"). The rows of
-- person_category and person_specialty stay what is written and what lists filter by; the
-- triggers below keep these copies equal to them whoever writes: the service, an import's
-- batches, set-based SQL. Their order carries no meaning (the service sorts them).
-- The copy of every person's lists below takes longer than the requests' statement limit at
-- national scale (about a minute at 1,000,000 people); for this migration's transaction only.
set local statement_timeout = 0;

alter table person
    add column categories  varchar(40)[]  not null default '{}',
    add column specialties varchar(100)[] not null default '{}';

update person p
   set categories = coalesce(c.list, '{}'), specialties = coalesce(s.list, '{}')
  from person q
  left join (select person_id, array_agg(category order by category) as list from person_category group by person_id) c
         on c.person_id = q.id
  left join (select person_id, array_agg(specialty order by specialty) as list from person_specialty group by person_id) s
         on s.person_id = q.id
 where p.id = q.id and (c.list is not null or s.list is not null);

-- Copies both lists of the people given. The people are locked first, in id order, so that a
-- concurrent change to the same person's rows has committed before their lists are read: each
-- statement here sees what had committed when it began, and the second begins once the lock is
-- held. (A join, not "= any": a set-based insert may name a million people.)
create function person_copy_lists(people uuid[]) returns void language plpgsql as $$
begin
    perform 1 from person where id in (select unnest(people)) order by id for no key update;
    update person p
       set categories  = coalesce((select array_agg(c.category order by c.category)
                                     from person_category c where c.person_id = p.id), '{}'),
           specialties = coalesce((select array_agg(s.specialty order by s.specialty)
                                     from person_specialty s where s.person_id = p.id), '{}')
     where p.id in (select unnest(people));
end $$;

-- Rows inserted or deleted: once a statement, so a chunk's rows (one multi-row insert) update each
-- of their people once. Each trigger names its rows "changed".
create function person_lists_changed() returns trigger language plpgsql as $$
begin
    perform person_copy_lists(array(select distinct person_id from changed));
    return null;
end $$;
create trigger person_category_inserted after insert on person_category
    referencing new table as changed for each statement execute function person_lists_changed();
create trigger person_category_deleted after delete on person_category
    referencing old table as changed for each statement execute function person_lists_changed();
create trigger person_specialty_inserted after insert on person_specialty
    referencing new table as changed for each statement execute function person_lists_changed();
create trigger person_specialty_deleted after delete on person_specialty
    referencing old table as changed for each statement execute function person_lists_changed();

-- A row changed in place (set-based SQL only: the service deletes and inserts) is copied for the
-- person it left and the one it joined. Not on person_category's location_path alone, which the
-- person's own trigger sets (V15).
create function person_list_row_moved() returns trigger language plpgsql as $$
begin
    perform person_copy_lists(array[old.person_id, new.person_id]);
    return null;
end $$;
create trigger person_category_moved after update of person_id, category on person_category
    for each row when (old.person_id is distinct from new.person_id or old.category is distinct from new.category)
    execute function person_list_row_moved();
create trigger person_specialty_moved after update of person_id, specialty on person_specialty
    for each row when (old.person_id is distinct from new.person_id or old.specialty is distinct from new.specialty)
    execute function person_list_row_moved();
