-- A division's place in the geography is fixed once it is added: its code, level, parent and
-- path never change (the service only adds divisions and renames them). The copies of the path on
-- people and their categories (V15, V16, V18) and the path the service keeps for each token's
-- division (division/DivisionPaths) rely on it; this holds it for every writer, not only the
-- service. A division placed wrongly is corrected by adding the right one and moving its records.
create function division_place_fixed() returns trigger language plpgsql as $$
begin
    raise exception 'division %: code, level, parent and path are fixed once added; only the name changes', old.code
        using errcode = 'check_violation', constraint = 'tg_division_place_fixed', table = 'division';
end;
$$;

create trigger tg_division_place_fixed before update of code, level, parent_id, path on division
    for each row
    when (old.code is distinct from new.code or old.level is distinct from new.level
          or old.parent_id is distinct from new.parent_id or old.path is distinct from new.path)
    execute function division_place_fixed();
