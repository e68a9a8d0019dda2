-- The entries of the ledger of "Sóng và máy tính cho em" that stand: confirmed, neither a reversal nor reversed, with
-- the commune of their school when they name one. The schools, communes and contributors reached are counted here.
create or replace view song_standing as
select e.id, e.kind, e.district_id, coalesce(s.commune, e.commune) as commune, e.school_id, e.contributor_unit_id,
       e.contributor_name
from song_entry e
left join song_school s on s.id = e.school_id
where exists (select 1 from song_confirmation c where c.entry_id = e.id)
  and e.reverses_id is null
  and not exists (select 1 from song_entry r where r.reverses_id = e.id);
