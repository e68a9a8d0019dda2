package vn.gov.sonla.awards.report;

import java.time.Instant;
import java.util.List;

/**
 * The movement's results as one person may see them, for one filter: every figure of the page and of its
 * exports comes from here, so the two cannot disagree.
 */
record Report(ReportFilter filter, String campaignName, Instant generatedAt, Totals totals,
              List<Row> byCampaign, List<Row> byStage, List<Row> byAwardForm, List<Row> byLevel,
              List<Row> byNomineeType, List<Row> byDistrict, List<Row> byUnit, List<Row> byMonth,
              Grassroots grassroots, List<StageTime> stageTimes, List<Overdue> overdue, long overdueTotal,
              PrizeMoneyReport.Totals prizeMoney) {

    /** How many units the unit breakdown lists (the largest first); the others are in the district figures. */
    static final int UNIT_ROWS = 50;

    /**
     * One line of a breakdown: a label that is either a message key ({@code labelKey}) or a name from the
     * data ({@code label}), and its count.
     */
    record Row(String labelKey, String label, long count) {
    }

    /**
     * Whole-report counts; the shares are among individual nominees. The counts of dossiers are of those filed in the
     * period; {@code decided} counts the awards of the decisions issued in it, whenever their dossiers were filed.
     */
    record Totals(long dossiers, long individuals, long collectives, long frontline, long women, long posthumous,
                  long granted, long proposedToCentral, long decided) {

        public double frontlineShare() {
            return share(frontline, individuals);
        }

        public double womenShare() {
            return share(women, individuals);
        }

        private static double share(long part, long whole) {
            return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
        }
    }

    /** Giấy khen recorded by units: decisions and the people and collectives they commend. */
    record Grassroots(long decisions, long awardees, long individuals, long collectives) {
    }

    /**
     * Time spent in one stage (from entering it to leaving it, from the dossier's history) by the dossiers of
     * one compiling department ({@code department} null: all departments together), in days.
     */
    record StageTime(String department, String stage, long visits, double medianDays, double p90Days) {
    }

    /** Dossiers waiting in one stage, at one compiling department's program, longer than the stage's deadline. */
    record Overdue(String stage, String department, long count, int longestWorkingDays) {
    }
}
