package vn.gov.sonla.awards.common;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reads of one busy page in one read-only transaction. Each service a list page asks (the rows, their count, the
 * marks beside them) would otherwise begin and commit a transaction of its own: on the queues that was two or three
 * more round trips to the database per page, a tenth of what the page cost. Only reads belong here; a step writes in
 * its own service's transaction.
 */
@Component
public class PageReads {

    private final TransactionTemplate readOnly;

    PageReads(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs the page's reads (which fill its model) in one read-only transaction. */
    public void run(Runnable reads) {
        readOnly.executeWithoutResult(status -> reads.run());
    }
}
