package vn.gov.sonla.awards.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.common.ProvinceTime;

/** Dates and times as people in Sơn La read them ({@code @fmt} in templates): local time, day first. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;

    Formats(Clock clock) {
        this.clock = clock;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ProvinceTime.ZONE));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Working days (Monday to Friday) since that moment, in the province's time. */
    public int workingDaysSince(Instant instant) {
        if (instant == null) {
            return 0;
        }
        LocalDate from = instant.atZone(ProvinceTime.ZONE).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days++;
            }
        }
        return days;
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ProvinceTime.ZONE));
    }
}
