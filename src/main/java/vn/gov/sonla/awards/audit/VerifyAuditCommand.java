package vn.gov.sonla.awards.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command {@code --verify-audit} (with {@code --expect=COUNT:HASH}, a checkpoint noted earlier, as often as
 * wanted): checks the whole chain and that it still begins with each expected checkpoint, prints the verdict and
 * leaves the exit code 0 (intact), 1 (broken) or 2 (a checkpoint that cannot be read) for
 * {@code AwardsApplication.main}, which then stops the application. Without the argument it does nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String OPTION = "verify-audit";

    /** {@code --expect=COUNT:HASH}, repeatable: a checkpoint noted earlier, which the chain must still begin with. */
    static final String EXPECT = "expect";

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
        List<AuditChain.Anchor> anchors = new ArrayList<>();
        try {
            for (String expected : args.getOptionValues(EXPECT) == null ? List.<String>of() : args.getOptionValues(EXPECT)) {
                anchors.add(AuditChain.Anchor.parse(expected));
            }
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            exitCode = 2;
            return;
        }
        AuditChain.Verdict verdict = chain.verify(anchors);
        System.out.println(verdict.describe());
        if (verdict.intact() && !anchors.isEmpty()) {
            System.out.println("The chain begins with every expected checkpoint: " + anchors);
        }
        exitCode = verdict.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
