package vn.gov.sonla.awards.review.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;
import vn.gov.sonla.awards.review.SubmissionStatus;

/** Compiled submissions, one at a time; the lists are read by SQL as {@link SubmissionRow}s (Submissions). */
public interface SubmissionRepository extends Repository<Submission, Long> {

    Submission save(Submission submission);

    Submission saveAndFlush(Submission submission);

    void delete(Submission submission);

    @EntityGraph(attributePaths = "department")
    Optional<Submission> findById(Long id);

    @EntityGraph(attributePaths = "department")
    List<Submission> findByDepartmentIdAndStatusOrderById(Long departmentId, SubmissionStatus status);

    @EntityGraph(attributePaths = "department")
    List<Submission> findByStatusOrderById(SubmissionStatus status);
}
