package cl.circuito.letters.register;

import cl.circuito.identity.ExportQuota;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The register of a program's letters (I-SGC-01, registros): every oficio drafted, issued, sent, discarded or
 * disposed of, filtered by kind, state, addressee and month, and exported as a spreadsheet. It names children,
 * so reading it needs {@link Permission#READ_CHILD_RECORDS} within the actor's scope and leaves a trace.
 */
@Service
@Transactional(readOnly = true)
public class LetterRegister {

    private final LetterRegisterSearch search;
    private final RegisterSpreadsheet spreadsheet;
    private final ProgramDirectory programs;
    private final AuditTrail audit;
    private final ExportQuota quota;

    LetterRegister(LetterRegisterSearch search, RegisterSpreadsheet spreadsheet, ProgramDirectory programs,
                   AuditTrail audit, ExportQuota quota) {
        this.search = search;
        this.spreadsheet = spreadsheet;
        this.programs = programs;
        this.audit = audit;
        this.quota = quota;
    }

    /** The register page: a page of letters, the numbers used per year, and the addressees to filter by. */
    @Transactional
    public RegisterView view(Actor actor, UUID programId, RegisterFilter filter, int page, int size) {
        ProgramSummary program = program(actor, programId);
        audit.viewed(actor, RegisterSubjects.register(program.id()), "letterregister.audit.viewed");
        return new RegisterView(program, search.page(program.id(), filter, page, size),
                search.yearNumbers(program.id()), search.addressees(program.id()));
    }

    /** A page of the register alone (the API). */
    @Transactional
    public Page<RegisterRow> page(Actor actor, UUID programId, RegisterFilter filter, int page, int size) {
        ProgramSummary program = program(actor, programId);
        audit.viewed(actor, RegisterSubjects.register(program.id()), "letterregister.audit.viewed");
        return search.page(program.id(), filter, page, size);
    }

    /** The numbers used per year, newest year first. */
    public List<YearNumbers> yearNumbers(Actor actor, UUID programId) {
        return search.yearNumbers(program(actor, programId).id());
    }

    /**
     * The register with the same filter as an xlsx, every matching row; an export of child data, so audited, counted
     * against the user's limit of bulk exports ({@link ExportQuota}), and its title says who drew it and when.
     */
    @Transactional
    public Export export(Actor actor, UUID programId, RegisterFilter filter) {
        ProgramSummary program = program(actor, programId);
        quota.claim(actor);
        List<RegisterAddressee> addressees = search.addressees(program.id());
        byte[] content;
        try (Stream<RegisterRow> rows = search.all(program.id(), filter)) {
            content = spreadsheet.write(program, filter, addressees, actor, rows);
        }
        audit.exported(actor, RegisterSubjects.register(program.id()), "letterregister.audit.exported",
                cl.circuito.audit.AuditDetails.none());
        return new Export(spreadsheet.fileName(program), content);
    }

    private ProgramSummary program(Actor actor, UUID programId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        return programs.get(programId, actor.scope());
    }

    public record RegisterView(ProgramSummary program, Page<RegisterRow> rows, List<YearNumbers> years,
                               List<RegisterAddressee> addressees) {
    }

    public record Export(String fileName, byte[] content) {
    }
}
