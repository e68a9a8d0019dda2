package vn.gov.sonla.awards.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.calendar.WorkingCalendar;
import vn.gov.sonla.awards.common.ProvinceTime;

/** Dates and times as people in Sơn La read them ({@code @fmt} in templates): local time, day first. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;
    private final WorkingCalendar calendar;

    Formats(Clock clock, WorkingCalendar calendar) {
        this.clock = clock;
        this.calendar = calendar;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ProvinceTime.ZONE));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Working days (as the calendar has them) since that moment, in the province's time. */
    public int workingDaysSince(Instant instant) {
        if (instant == null) {
            return 0;
        }
        return calendar.workingDaysBetween(instant.atZone(ProvinceTime.ZONE).toLocalDate(), LocalDate.now(clock));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ProvinceTime.ZONE));
    }
}
