package vn.gov.sonla.awards.prize;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The base salaries recorded, newest first. */
interface BaseSalaryRepository extends Repository<BaseSalary, Long> {

    BaseSalary save(BaseSalary salary);

    /** Every base salary recorded, latest effective date first, the one recorded last first within a date. */
    @Query("select b from BaseSalary b order by b.effectiveFrom desc, b.id desc")
    List<BaseSalary> history();

    @Query("select b from BaseSalary b where b.effectiveFrom <= :day order by b.effectiveFrom desc, b.id desc")
    List<BaseSalary> inForceOn(LocalDate day, Limit limit);

    default Optional<BaseSalary> inForceOn(LocalDate day) {
        return inForceOn(day, Limit.of(1)).stream().findFirst();
    }
}
