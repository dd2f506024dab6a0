package cl.circuito.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.UUID;

interface AuditEvents extends JpaRepository<AuditEvent, UUID> {

    @Query("select e from AuditEvent e where e.subjectId in ?1 order by e.occurredAt desc")
    Page<AuditEvent> findBySubjects(Collection<UUID> subjectIds, Pageable pageable);

    @Query("select e from AuditEvent e where e.subjectId in ?1 and e.action in ?2 order by e.occurredAt desc")
    Page<AuditEvent> findBySubjectsAndActions(Collection<UUID> subjectIds, Collection<AuditAction> actions,
                                              Pageable pageable);
}
