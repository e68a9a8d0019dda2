-- The district list of every queue's filter, by name, without reading every unit of the country (issue 8).
create index unit_type_name_idx on unit (unit_type, name) where active;
