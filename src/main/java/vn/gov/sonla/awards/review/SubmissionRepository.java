package vn.gov.sonla.awards.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Compiled submissions. The lists fetch the department in the query itself ({@code join fetch}) rather than by an
 * entity graph: Hibernate caches the SQL of a query string, but translates a query with a graph hint anew on every
 * call (a fifth of a queue page's CPU at national scale, issue 8).
 */
interface SubmissionRepository extends Repository<Submission, Long> {

    Submission save(Submission submission);

    Submission saveAndFlush(Submission submission);

    void delete(Submission submission);

    @EntityGraph(attributePaths = "department")
    Optional<Submission> findById(Long id);

    @Query("select s from Submission s join fetch s.department d where d.id = :departmentId order by s.id desc")
    List<Submission> findByDepartmentIdOrderByIdDesc(Long departmentId, Limit limit);

    @Query("select s from Submission s join fetch s.department d where d.id = :departmentId and s.id < :id order by s.id desc")
    List<Submission> findByDepartmentIdAndIdLessThanOrderByIdDesc(Long departmentId, long id, Limit limit);

    @Query("select s from Submission s join fetch s.department d where d.id = :departmentId and s.id > :id order by s.id")
    List<Submission> findByDepartmentIdAndIdGreaterThanOrderByIdAsc(Long departmentId, long id, Limit limit);

    @Query("select s from Submission s join fetch s.department where s.status in :statuses order by s.id desc")
    List<Submission> findByStatusInOrderByIdDesc(Collection<SubmissionStatus> statuses, Pageable page);

    long countByStatus(SubmissionStatus status);

    long countByStatusIn(Collection<SubmissionStatus> statuses);

    @Query("select s from Submission s join fetch s.department where s.status in :statuses order by s.id desc")
    List<Submission> findByStatusInOrderByIdDesc(Collection<SubmissionStatus> statuses, Limit limit);

    @Query("select s from Submission s join fetch s.department where s.status in :statuses and s.id < :id order by s.id desc")
    List<Submission> findByStatusInAndIdLessThanOrderByIdDesc(Collection<SubmissionStatus> statuses, long id, Limit limit);

    @Query("select s from Submission s join fetch s.department where s.status in :statuses and s.id > :id order by s.id")
    List<Submission> findByStatusInAndIdGreaterThanOrderByIdAsc(Collection<SubmissionStatus> statuses, long id, Limit limit);
}
