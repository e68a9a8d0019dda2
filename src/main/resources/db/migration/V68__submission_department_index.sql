-- A department's submissions, newest first, page by page (/review/submissions): an index range per page.
create index submission_department_idx on submission (department_unit_id, id desc);
