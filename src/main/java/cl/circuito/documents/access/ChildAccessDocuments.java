package cl.circuito.documents.access;

import cl.circuito.audit.AuditEvent;
import cl.circuito.audit.AuditHistory;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.Child;
import cl.circuito.children.ChildRegistry;
import cl.circuito.letters.ChildLetters;
import cl.circuito.mesas.ChildCaseReviews;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.documents.PdfRenderer;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.ChildRecordFile;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The access document of one child (Ley 21.719, the right of access of the child and the family): the identity and
 * its corrections, every entry within the asker's scope with all its records, the oficios, the Mesa case reviews by
 * reference, and who read and changed these records. Each module gives its part through its own read port; entries
 * of programs outside the scope are counted, not shown. Whoever has no entry of the child in scope (and is not the
 * national team) gets a 404, as for the entry itself. Producing the document is audited on the child.
 */
@Service
public class ChildAccessDocuments {

    static final String SUBJECT_CHILD = "CHILD";
    private static final int AUDIT_PAGE = 200;
    private static final Set<String> IDENTITY_EVENTS = Set.of("audit.child.registered", "audit.child.corrected",
            "audit.child.identityKept");

    /** The document as gathered, before it is printed. */
    public record Contents(Child child, Integer age, Instant producedAt, String producedBy,
                           List<AuditHistory.Line> identityHistory, ChildRecordFile.Held held,
                           List<ChildLetters.LetterLine> letters, List<ChildCaseReviews.ReviewReference> reviews,
                           List<AuditHistory.Line> audit) {
    }

    /** The PDF and its file name. */
    public record Pdf(String fileName, byte[] content) {
    }

    private final ChildRegistry children;
    private final ChildRecordFile records;
    private final ChildLetters letters;
    private final ChildCaseReviews reviews;
    private final AuditTrail audit;
    private final AuditHistory history;
    private final ProgramDirectory programs;
    private final PdfRenderer pdf;
    private final Clock clock;

    ChildAccessDocuments(ChildRegistry children, ChildRecordFile records, ChildLetters letters,
                         ChildCaseReviews reviews, AuditTrail audit, AuditHistory history, ProgramDirectory programs,
                         PdfRenderer pdf, Clock clock) {
        this.children = children;
        this.records = records;
        this.letters = letters;
        this.reviews = reviews;
        this.audit = audit;
        this.history = history;
        this.programs = programs;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Gathers the document (not audited: {@link #pdf} is the act the trail keeps). */
    @Transactional(readOnly = true)
    public Contents gather(Actor actor, UUID childId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ChildRecordFile.Held held = records.of(actor, childId);
        boolean nationwide = actor.scope() instanceof AccessScope.Nationwide;
        if (held.entries().isEmpty() && !nationwide) {
            throw new NotFound("child");
        }
        Child child = children.get(childId);
        Set<UUID> visible = programs.visibleIds(actor.scope());
        List<ChildLetters.LetterLine> oficios = letters.about(actor, held.entryIds());
        List<UUID> subjects = new ArrayList<>(held.entryIds());
        subjects.add(childId);
        // A batch letter's trail may name the other children in it: only a letter about this child alone is traced.
        oficios.stream().filter(ChildLetters.LetterLine::aboutThisChildOnly)
                .forEach(letter -> subjects.add(letter.letterId()));
        List<AuditHistory.Line> identity = new ArrayList<>();
        List<AuditHistory.Line> trail = new ArrayList<>();
        for (AuditEvent event : trail(subjects)) {
            // The child's own lines name the program they were written from: another program's stay its own.
            if (!nationwide && event.programId() != null && !visible.contains(event.programId())) {
                continue;
            }
            AuditHistory.Line line = history.line(event);
            if (SUBJECT_CHILD.equals(event.subjectType()) && IDENTITY_EVENTS.contains(event.what())) {
                identity.add(line);
            }
            trail.add(line);
        }
        LocalDate today = LocalDate.now(clock);
        return new Contents(child, child.ageOn(today), clock.instant(), actor.displayName(), identity, held,
                oficios, reviews.of(actor, childId), trail);
    }

    /** The document as a PDF, audited on the child as produced by the asker. */
    @Transactional
    public Pdf pdf(Actor actor, UUID childId) {
        Contents contents = gather(actor, childId);
        UUID programId = contents.held().entries().isEmpty() ? null : contents.held().entries().get(0).programId();
        audit.viewed(actor, new AuditTrail.Subject(SUBJECT_CHILD, childId, programId), "audit.child.accessDocument");
        Map<String, Object> model = new HashMap<>();
        model.put("paper", PaperSize.A4);
        model.put("doc", contents);
        byte[] content = pdf.render("documents/access/child-access-pdf", model);
        String name = "acceso-datos-" + contents.child().initials().replaceAll("[^A-Za-z]", "") + "-"
                + LocalDate.now(clock) + ".pdf";
        return new Pdf(name, content);
    }

    private List<AuditEvent> trail(List<UUID> subjects) {
        List<AuditEvent> events = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<AuditEvent> found = audit.history(subjects, page, AUDIT_PAGE);
            events.addAll(found.getContent());
            if (!found.hasNext()) {
                return events;
            }
        }
    }
}
