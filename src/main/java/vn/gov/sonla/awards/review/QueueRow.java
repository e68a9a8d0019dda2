package vn.gov.sonla.awards.review;

import java.time.LocalDate;

import vn.gov.sonla.awards.dossier.Dossier;
import vn.gov.sonla.awards.dossier.WorkingDays;

/** A dossier in the department's queue, with the working days it has waited and its deadline. */
public record QueueRow(Dossier dossier, int waitingDays, int deadlineDays) {

    static QueueRow of(Dossier d, LocalDate today, int defaultDeadline) {
        Integer campaignDays = d.getCampaign().getReviewDays();
        LocalDate since = d.getStatusChangedAt().atZone(Submissions.PROVINCE_TIME).toLocalDate();
        return new QueueRow(d, WorkingDays.between(since, today), campaignDays != null ? campaignDays : defaultDeadline);
    }

    public boolean overdue() {
        return waitingDays > deadlineDays;
    }
}
