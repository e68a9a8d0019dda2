-- The working calendar: the days that differ from Monday-to-Friday (public holidays and days off on a weekday, make-up
-- working days on a weekend), as the Government announces them each year. A weekday not listed is a working day and a
-- weekend day not listed is not; a holiday listed on a weekend (1/5/2027 is a Saturday) only names the day.
create table calendar_day (
    day  date         primary key,
    kind varchar(16)  not null constraint calendar_day_kind_check check (kind in ('HOLIDAY', 'WORKING_DAY')),
    name varchar(200) not null
);

-- The holidays fixed by the Labour Code (Article 112) on the same date every year, for the years the system may
-- count in: 2020 (the oldest history) to 2040. The others (Tết Nguyên đán, Giỗ Tổ Hùng Vương, the day beside 2/9,
-- days off in lieu and the make-up working days) follow the lunar calendar or the Government's yearly notice and are
-- entered by the administrator at /admin/calendar.
insert into calendar_day (day, kind, name)
select make_date(y, f.month, f.day_of_month), 'HOLIDAY', f.name
  from generate_series(2020, 2040) y
 cross join (values (1, 1, 'Tết Dương lịch'),
                    (4, 30, 'Ngày Chiến thắng'),
                    (5, 1, 'Ngày Quốc tế Lao động'),
                    (9, 2, 'Quốc khánh')) f(month, day_of_month, name);

-- Replaced by awards_working_day_back (R__calendar_working_days.sql), which reads the calendar.
drop function awards_weekday_back(date, int);
