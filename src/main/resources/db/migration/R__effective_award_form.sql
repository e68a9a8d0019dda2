-- The award form that stands for a dossier: the one its compiling department proposed when accepting it, if it
-- proposed another, otherwise the one its unit filed — the database's copy of Dossier.getEffectiveAwardForm().
-- Every statement that names, counts or filters a dossier's award (lists, public records, reports and their
-- tallies, earlier awards) reads it through this function, never award_form_id alone.
--
-- It is a plain SQL expression on columns of the row, so the planner inlines it: "awards_effective_award_form_id(d)"
-- costs what the coalesce it stands for costs (no call per row), and a join on it is an ordinary hash or index join.
-- Repeatable migrations run in the order of their names, so this one is defined before R__report_tallies uses it.
create or replace function awards_effective_award_form_id(d dossier) returns bigint
    language sql immutable parallel safe
as $$ select coalesce(d.proposed_award_form_id, d.award_form_id) $$;
