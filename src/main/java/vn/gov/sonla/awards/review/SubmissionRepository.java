package vn.gov.sonla.awards.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** Compiled submissions. */
interface SubmissionRepository extends Repository<Submission, Long> {

    Submission save(Submission submission);

    Submission saveAndFlush(Submission submission);

    void delete(Submission submission);

    @EntityGraph(attributePaths = "department")
    Optional<Submission> findById(Long id);

    @EntityGraph(attributePaths = "department")
    List<Submission> findByDepartmentIdOrderByIdDesc(Long departmentId, Limit limit);

    @EntityGraph(attributePaths = "department")
    List<Submission> findByDepartmentIdAndIdLessThanOrderByIdDesc(Long departmentId, long id, Limit limit);

    @EntityGraph(attributePaths = "department")
    List<Submission> findByDepartmentIdAndIdGreaterThanOrderByIdAsc(Long departmentId, long id, Limit limit);

    @EntityGraph(attributePaths = "department")
    List<Submission> findByStatusInOrderByIdDesc(Collection<SubmissionStatus> statuses, Pageable page);

    long countByStatus(SubmissionStatus status);

    long countByStatusIn(Collection<SubmissionStatus> statuses);

    @EntityGraph(attributePaths = "department")
    List<Submission> findByStatusInOrderByIdDesc(Collection<SubmissionStatus> statuses, Limit limit);

    @EntityGraph(attributePaths = "department")
    List<Submission> findByStatusInAndIdLessThanOrderByIdDesc(Collection<SubmissionStatus> statuses, long id, Limit limit);

    @EntityGraph(attributePaths = "department")
    List<Submission> findByStatusInAndIdGreaterThanOrderByIdAsc(Collection<SubmissionStatus> statuses, long id, Limit limit);
}
