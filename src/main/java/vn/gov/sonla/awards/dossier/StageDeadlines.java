package vn.gov.sonla.awards.dossier;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.common.SettingRefused;
import vn.gov.sonla.awards.dossier.DossierStatus.Deadline;

/**
 * The deadline of a stage for a campaign: the campaign's working days for the deadline that runs at the stage
 * (review, appraisal or decision, {@link DossierStatus#deadline()}), or {@code awards.deadline.working-days} (10)
 * when the campaign sets none. It is computed in SQL, next to the dossiers and tallies it is compared with, so this
 * class writes that expression, and only this class.
 */
@Component
public class StageDeadlines {

    /** The stages at which a deadline runs, in the order of the path. */
    public static final Set<DossierStatus> STAGES = DossierStatus.where(s -> s.deadline() != Deadline.NONE);

    private final int defaultDays;

    public StageDeadlines(@Value("${awards.deadline.working-days:10}") int defaultDays) {
        if (defaultDays < 0) {
            throw new SettingRefused("awards.deadline.working-days (AWARDS_DEADLINE_WORKING_DAYS) must not be "
                    + "negative, not " + defaultDays,
                    "Set it to the working days a dossier may wait at a stage when its campaign sets no deadline "
                    + "(10 unless set).");
        }
        this.defaultDays = defaultDays;
    }

    /** The working days a dossier may wait at a stage of a campaign that sets no deadline for it. */
    public int defaultDays() {
        return defaultDays;
    }

    /**
     * A SQL expression for the deadline in working days of the stage named by {@code stage} (a column or expression
     * holding a {@link DossierStatus} name) at the campaign aliased {@code campaign}; null at a stage without one.
     */
    public String sql(String stage, String campaign) {
        Map<Deadline, Set<DossierStatus>> stagesByDeadline = new EnumMap<>(Deadline.class);
        STAGES.forEach(s -> stagesByDeadline.computeIfAbsent(s.deadline(), d -> EnumSet.noneOf(DossierStatus.class)).add(s));
        StringBuilder sql = new StringBuilder("case");
        stagesByDeadline.forEach((deadline, stages) -> sql.append(" when ").append(stage).append(" in (")
                .append(stages.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")))
                .append(") then coalesce(").append(campaign).append('.').append(column(deadline)).append(", ")
                .append(defaultDays).append(')'));
        return sql.append(" end").toString();
    }

    /** The column of {@code campaign} that holds a deadline's working days. */
    static String column(Deadline deadline) {
        return switch (deadline) {
            case REVIEW -> "review_days";
            case APPRAISAL -> "appraisal_days";
            case DECISION -> "decision_days";
            case NONE -> throw new IllegalArgumentException("no deadline runs, no campaign sets one");
        };
    }
}
