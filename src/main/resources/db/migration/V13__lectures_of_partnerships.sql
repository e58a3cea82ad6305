-- A partnership (a university and a local school, say) provides expert lectures: an
-- EXPERT_LECTURE programme may name the partnership it comes from.
alter table training_programme add column partnership_id uuid references partnership (id);
alter table training_programme add constraint ck_programme_partnership
    check (partnership_id is null or type = 'EXPERT_LECTURE');
create index ix_programme_partnership on training_programme (partnership_id) where partnership_id is not null;
