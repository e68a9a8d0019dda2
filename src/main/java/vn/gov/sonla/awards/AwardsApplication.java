package vn.gov.sonla.awards;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The award-nomination system of Sơn La province (plan 215/KH-UBND): dossiers travel from the units
 * that file them through the compiling department and Home Affairs to the provincial chairman.
 */
@SpringBootApplication
public class AwardsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AwardsApplication.class, args);
    }
}
