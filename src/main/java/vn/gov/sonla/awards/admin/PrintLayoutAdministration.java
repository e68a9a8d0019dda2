package vn.gov.sonla.awards.admin;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.decision.PrintLayout.Paper;
import vn.gov.sonla.awards.decision.PrintLayout.Position;
import vn.gov.sonla.awards.decision.PrintLayouts;

import static vn.gov.sonla.awards.admin.Administration.requireAdmin;

/**
 * The administrator's changes to the print layouts of the award forms' blanks and to their scanned pictures, each
 * in one transaction with its line in the administration log. Refuses anyone but an administrator.
 */
@Service
class PrintLayoutAdministration {

    private final PrintLayouts layouts;
    private final AdminAudit audit;

    PrintLayoutAdministration(PrintLayouts layouts, AdminAudit audit) {
        this.layouts = layouts;
        this.audit = audit;
    }

    @Transactional
    void setLayout(long awardFormId, String awardFormName, Paper paper, boolean landscape, List<Position> positions, Actor by) {
        requireAdmin(by);
        layouts.save(awardFormId, paper, landscape, positions, by);
        audit.record(by, AuditAction.PRINT_LAYOUT_SET, awardFormName, paper + " " + (landscape ? PrintLayoutForm.LANDSCAPE : PrintLayoutForm.PORTRAIT));
    }

    @Transactional
    void setScan(long awardFormId, String awardFormName, byte[] content, Actor by) {
        requireAdmin(by);
        layouts.saveScan(awardFormId, content, by);
        audit.record(by, AuditAction.PRINT_LAYOUT_SCAN_SET, awardFormName, content.length + " B");
    }

    @Transactional
    void removeScan(long awardFormId, String awardFormName, Actor by) {
        requireAdmin(by);
        layouts.removeScan(awardFormId, by);
        audit.record(by, AuditAction.PRINT_LAYOUT_SCAN_REMOVED, awardFormName, "");
    }
}
