-- Queue pages read by keyset (issue 8): a unit's dossiers newest first whatever their stage, as an index range.
create index dossier_unit_id_idx on dossier (unit_id, id desc);
