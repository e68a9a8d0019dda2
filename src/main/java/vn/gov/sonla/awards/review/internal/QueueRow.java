package vn.gov.sonla.awards.review.internal;

import java.time.LocalDate;

import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.calendar.WorkingCalendar;
import vn.gov.sonla.awards.dossier.DossierRow;

/** A dossier in the department's queue, with the working days it has waited and its deadline. */
public record QueueRow(DossierRow dossier, int waitingDays, int deadlineDays) {

    static QueueRow of(DossierRow d, LocalDate today, int defaultDeadline, WorkingCalendar calendar) {
        Integer campaignDays = d.campaignReviewDays();
        LocalDate since = d.statusChangedAt().atZone(ProvinceTime.ZONE).toLocalDate();
        return new QueueRow(d, calendar.workingDaysBetween(since, today), campaignDays != null ? campaignDays : defaultDeadline);
    }

    public boolean overdue() {
        return waitingDays > deadlineDays;
    }
}
