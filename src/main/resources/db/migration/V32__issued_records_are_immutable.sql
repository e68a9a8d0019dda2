-- An issued decision, its certificates and its publication are records of fact: the database itself refuses to
-- change or delete them (the application maps them as immutable too). A correction is a new decision.
create function refuse_change_of_issued_record() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable once issued', tg_table_name using errcode = 'restrict_violation';
end;
$$;

create trigger award_decision_immutable before update or delete on award_decision
    for each row execute function refuse_change_of_issued_record();
create trigger certificate_immutable before update or delete on certificate
    for each row execute function refuse_change_of_issued_record();
create trigger decision_publication_immutable before update or delete on decision_publication
    for each row execute function refuse_change_of_issued_record();
