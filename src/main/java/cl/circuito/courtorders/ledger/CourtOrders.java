package cl.circuito.courtorders.ledger;

import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ledger as read by a person: a program's court orders, or one order. Each read names children, so each leaves
 * a line in the audit trail, in the reader's transaction (read-write for that reason).
 */
@Service
public class CourtOrders {

    /** How the audit trail names a program's court orders as a whole. */
    public static final String PROGRAM_ORDERS = "COURT_ORDERS";
    /** An order is its entry: the read shows in the entry's own history. */
    public static final String ENTRY = "ENTRY";

    private final Ledger ledger;
    private final ProgramDirectory programs;
    private final AuditTrail audit;

    CourtOrders(Ledger ledger, ProgramDirectory programs, AuditTrail audit) {
        this.ledger = ledger;
        this.programs = programs;
        this.audit = audit;
    }

    /** A program's court orders, by court and receipt. */
    public record ProgramOrders(ProgramSummary program, List<CourtOrder> orders) {
    }

    @Transactional
    public ProgramOrders ofProgram(Actor actor, UUID programId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        List<CourtOrder> orders = ledger.orders(actor, Set.of(program.id()), null);
        audit.viewed(actor, new AuditTrail.Subject(PROGRAM_ORDERS, program.id(), program.id()),
                "courtorders.audit.programViewed");
        return new ProgramOrders(program, orders);
    }

    @Transactional
    public CourtOrder order(Actor actor, UUID entryId) {
        CourtOrder order = ledger.order(actor, entryId);
        audit.viewed(actor, new AuditTrail.Subject(ENTRY, entryId, order.fact().programId()),
                "courtorders.audit.orderViewed");
        return order;
    }
}
