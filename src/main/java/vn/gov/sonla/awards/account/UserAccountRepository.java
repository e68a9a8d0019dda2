package vn.gov.sonla.awards.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The accounts of the people who sign in. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "unit")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @EntityGraph(attributePaths = "unit")
    List<UserAccount> findAllByOrderByUsername();
}
