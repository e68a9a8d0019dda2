package vn.gov.sonla.awards.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.gov.sonla.awards.calendar.DayKind;

/** A day of the working calendar: a holiday or day off, or a make-up working day, with its name. */
record CalendarDayForm(@NotNull(message = "{validation.calendar.day}")
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                       @NotNull(message = "{validation.calendar.kind}") DayKind kind,
                       @NotBlank(message = "{validation.calendar.name}")
                       @Size(max = 200, message = "{validation.calendar.name}") String name) {

    static CalendarDayForm empty() {
        return new CalendarDayForm(null, DayKind.HOLIDAY, null);
    }
}
