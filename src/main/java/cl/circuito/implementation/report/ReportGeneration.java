package cl.circuito.implementation.report;

import cl.circuito.audit.AuditTrail;
import cl.circuito.implementation.reflections.ReflectionQueries;
import cl.circuito.implementation.reflections.ReflectionView;
import cl.circuito.implementation.scorecards.Scorecards;
import cl.circuito.implementation.scorecards.MesaScorecard;
import cl.circuito.implementation.scorecards.ReportScope;
import cl.circuito.implementation.scorecards.ReportScopes;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.documents.PdfRenderer;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The yearly implementation report, regional or national, as PDF and as an editable Word document: the Mesas'
 * scorecards ({@link Scorecards}), their semester reflections and the managers' notes. Counts only, no
 * child; each download is audited as a read.
 */
@Service
public class ReportGeneration {

    static final String AUDIT_SUBJECT = "IMPLEMENTATION_REPORT";

    private final ReportScopes scopes;
    private final Scorecards figures;
    private final ReflectionQueries reflections;
    private final ManagerNoteWriting notes;
    private final PdfRenderer pdf;
    private final Messages messages;
    private final AuditTrail audit;
    private final Clock clock;

    ReportGeneration(ReportScopes scopes, Scorecards figures, ReflectionQueries reflections,
                     ManagerNoteWriting notes, PdfRenderer pdf, Messages messages, AuditTrail audit, Clock clock) {
        this.scopes = scopes;
        this.figures = figures;
        this.reflections = reflections;
        this.notes = notes;
        this.pdf = pdf;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file to download: its name ("informe-mgc-2026-nuble.pdf") and bytes. */
    public record ReportFile(String fileName, byte[] content) {
    }

    @Transactional(readOnly = true)
    public ReportDocument document(Actor actor, Integer year, String regionCode) {
        ReportScope scope = scopes.resolve(actor, regionCode);
        int y = scopes.year(year);
        List<MesaScorecard> cards = figures.scorecards(actor, y, scope.regionCode());
        Map<UUID, List<ReflectionView>> byMesa = reflections.ofYear(cards.stream().map(c -> c.mesa().id()).toList(), y);
        ManagerNoteView note = notes.read(scope, y, ReportScopes.writesNotes(actor, scope));
        String preparedBy = note.updatedByName() != null ? note.updatedByName() : actor.displayName();
        return new ReportComposer(messages::get).compose(new ReportComposer.Input(scope, y, cards, byMesa, note,
                preparedBy, LocalDate.now(clock)));
    }

    @Transactional
    public ReportFile pdf(Actor actor, Integer year, String regionCode) {
        ReportDocument d = document(actor, year, regionCode);
        byte[] bytes = pdf.render("pdf/implementation-report", Map.of("paper", PaperSize.A4, "d", d));
        downloaded(actor, d);
        return new ReportFile(d.fileBase() + ".pdf", bytes);
    }

    @Transactional
    public ReportFile docx(Actor actor, Integer year, String regionCode) {
        ReportDocument d = document(actor, year, regionCode);
        byte[] bytes = ReportDocx.write(d);
        downloaded(actor, d);
        return new ReportFile(d.fileBase() + ".docx", bytes);
    }

    /** A report has no row of its own: its subject id is derived from its name, so one report's reads group together. */
    private void downloaded(Actor actor, ReportDocument d) {
        UUID subject = UUID.nameUUIDFromBytes(d.fileBase().getBytes(StandardCharsets.UTF_8));
        audit.exported(actor, new AuditTrail.Subject(AUDIT_SUBJECT, subject, null), "report.audit.downloaded",
                cl.circuito.audit.AuditDetails.none());
    }
}
