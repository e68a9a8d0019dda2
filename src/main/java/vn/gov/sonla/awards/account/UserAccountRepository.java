package vn.gov.sonla.awards.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The accounts of the people who sign in. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "unit")
    Optional<UserAccount> findByUsername(String username);

    // join fetch in the query rather than an entity graph hint: Hibernate then reuses the SQL it translated for the
    // query instead of translating it again on every call (this runs on every page that shows the account)
    @Query("select a from UserAccount a join fetch a.unit where a.id = :id")
    Optional<UserAccount> findWithUnitById(long id);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    @EntityGraph(attributePaths = "unit")
    List<UserAccount> findAllByOrderByUsername();

    @EntityGraph(attributePaths = "unit")
    @Query("""
            select a from UserAccount a
            where lower(a.username) like lower(concat('%', :text, '%'))
               or lower(a.fullName) like lower(concat('%', :text, '%'))
               or lower(a.unit.name) like lower(concat('%', :text, '%'))
            order by a.username""")
    List<UserAccount> search(String text);

    @Query("""
            select a from UserAccount a
            where a.unit.id = :unitId and a.enabled and a.rank = vn.gov.sonla.awards.account.OfficeRank.LEADER
            order by a.position desc, a.fullName""")
    List<UserAccount> findLeadersOfUnit(long unitId);
}
