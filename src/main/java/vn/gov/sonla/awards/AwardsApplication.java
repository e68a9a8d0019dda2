package vn.gov.sonla.awards;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.gov.sonla.awards.database.DatabaseCommands;

/**
 * The award-nomination system of Sơn La province (plan 215/KH-UBND): dossiers travel from the units
 * that file them through the compiling department and Home Affairs to the provincial chairman.
 */
@SpringBootApplication
public class AwardsApplication {

    /** Checks the audit chain, prints the verdict and exits 0 (intact) or 1 (broken); no web server. */
    static final String VERIFY_AUDIT = "--verify-audit";

    /** Fills the database with N synthetic dossiers for load tests ({@code --generate-data=N}), then exits. */
    static final String GENERATE_DATA = "--generate-data=";

    public static void main(String[] args) {
        if (DatabaseCommands.requested(args)) {
            // --backup=FILE, --restore=FILE: the embedded database only, not the application
            System.exit(DatabaseCommands.run(args));
        }
        SpringApplication app = new SpringApplication(AwardsApplication.class);
        if (Arrays.asList(args).contains(VERIFY_AUDIT)) {
            app.setWebApplicationType(WebApplicationType.NONE);
            // a check must not write: no demo data loaded into an empty database
            String[] checkArgs = Stream.concat(Arrays.stream(args), Stream.of("--awards.demo=false"))
                    .toArray(String[]::new);
            System.exit(SpringApplication.exit(app.run(checkArgs)));
        }
        if (Arrays.stream(args).anyMatch(a -> a.startsWith(GENERATE_DATA))) {
            // load-test data: generate after the demo loader, then stop; no web server
            app.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
