package vn.gov.sonla.awards.review.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** Compiled submissions, one at a time; the lists are read by SQL as {@link SubmissionRow}s (Submissions). */
public interface SubmissionRepository extends Repository<Submission, Long> {

    Submission save(Submission submission);

    Submission saveAndFlush(Submission submission);

    void delete(Submission submission);

    @EntityGraph(attributePaths = "department")
    Optional<Submission> findById(Long id);
}
