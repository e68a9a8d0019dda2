package vn.gov.sonla.awards.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command {@code --verify-audit}: checks the whole chain, prints the verdict and leaves the exit code
 * 0 (intact) or 1 (broken) for {@code AwardsApplication.main}, which then stops the application. Without
 * the argument it does nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String OPTION = "verify-audit";

    private final AuditChain chain;
    private int exitCode;

    VerifyAuditCommand(AuditChain chain) {
        this.chain = chain;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        AuditChain.Verdict verdict = chain.verify();
        System.out.println(verdict.describe());
        exitCode = verdict.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
