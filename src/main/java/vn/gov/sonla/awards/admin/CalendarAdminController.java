package vn.gov.sonla.awards.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.calendar.DayKind;
import vn.gov.sonla.awards.calendar.WorkingCalendar;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.Option;

/**
 * The working calendar of a year: the holidays and days off and the make-up working days the Government announces.
 * The fixed holidays (1/1, 30/4, 1/5, 2/9) come listed; the administrator enters the others each year.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    /** The years the calendar may hold. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final CalendarAdministration administration;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarAdminController(CalendarAdministration administration, WorkingCalendar calendar, Clock clock) {
        this.administration = administration;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        if (shown < FIRST_YEAR || shown > LAST_YEAR) {
            throw new NotFoundException("calendar year " + shown);
        }
        model.addAttribute("form", CalendarDayForm.empty());
        return page(model, shown);
    }

    @PostMapping
    String set(@Valid @ModelAttribute("form") CalendarDayForm form, BindingResult errors, @CurrentActor Actor admin,
               Model model, RedirectAttributes redirect) {
        if (form.day() != null && (form.day().getYear() < FIRST_YEAR || form.day().getYear() > LAST_YEAR)) {
            errors.rejectValue("day", "validation.calendar.year");
        }
        if (form.day() != null && form.kind() == DayKind.WORKING_DAY && form.day().getDayOfWeek().getValue() <= 5) {
            errors.rejectValue("kind", "validation.calendar.workingDayOnWeekday");
        }
        if (errors.hasErrors()) {
            return page(model, form.day() != null && !errors.hasFieldErrors("day") ? form.day().getYear()
                    : LocalDate.now(clock).getYear());
        }
        administration.setCalendarDay(form.day(), form.kind(), form.name().strip(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.calendarDaySet");
        return "redirect:/admin/calendar?year=" + form.day().getYear();
    }

    @PostMapping("/remove")
    String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @CurrentActor Actor admin,
                  RedirectAttributes redirect) {
        administration.removeCalendarDay(day, admin);
        redirect.addFlashAttribute("notice", "notice.admin.calendarDayRemoved");
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    private String page(Model model, int year) {
        int nextYear = LocalDate.now(clock).getYear() + 1;
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.year(year));
        model.addAttribute("previousYear", year > FIRST_YEAR ? year - 1 : null);
        model.addAttribute("nextYear", year < LAST_YEAR ? year + 1 : null);
        model.addAttribute("tetMissingYear", calendar.tetEntered(nextYear) ? null : nextYear);
        model.addAttribute("kinds", Arrays.stream(DayKind.values()).map(k -> Option.keyed(k, k.labelKey())).toList());
        return "admin/calendar";
    }
}
