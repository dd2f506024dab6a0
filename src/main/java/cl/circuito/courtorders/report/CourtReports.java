package cl.circuito.courtorders.report;

import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditField;
import cl.circuito.audit.AuditTrail;
import cl.circuito.courtorders.ledger.CourtOrder;
import cl.circuito.courtorders.ledger.CourtOrders;
import cl.circuito.courtorders.ledger.Ledger;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.CourtOrderFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report per family court, through the asker's scope: the courts with counts (no child named, no audit line),
 * and a court's children — or every court's — in every program the scope covers (optionally one region of it).
 * Reading the children leaves a line per program in the trail: viewed on the page and the API, exported in a file.
 */
@Service
public class CourtReports {

    private final Ledger ledger;
    private final CourtOrderFacts facts;
    private final ProgramDirectory programs;
    private final AuditTrail audit;

    CourtReports(Ledger ledger, CourtOrderFacts facts, ProgramDirectory programs, AuditTrail audit) {
        this.ledger = ledger;
        this.facts = facts;
        this.programs = programs;
        this.audit = audit;
    }

    /** The courts of the scope, with counts. */
    public record Courts(String region, List<CourtOrderFacts.CourtCount> courts) {

        public int referred() {
            return courts.stream().mapToInt(CourtOrderFacts.CourtCount::referred).sum();
        }

        public int open() {
            return courts.stream().mapToInt(CourtOrderFacts.CourtCount::open).sum();
        }
    }

    /**
     * A report: one court's orders (or every court's, {@code court} null), by court and receipt.
     */
    public record Report(ReferrerSummary court, String region, LocalDate drawnOn, List<CourtOrder> orders) {

        /** The totals printed under the table: per program, in the order the programs first appear. */
        public Map<String, Long> perProgram() {
            return orders.stream().collect(Collectors.groupingBy(o -> o.fact().programName(),
                    java.util.TreeMap::new, Collectors.counting()));
        }

        public long count(Function<CourtOrder, Boolean> which) {
            return orders.stream().filter(o -> Boolean.TRUE.equals(which.apply(o))).count();
        }
    }

    @Transactional(readOnly = true)
    public Courts courts(Actor actor, String region) {
        actor.require(Permission.READ_CHILD_RECORDS);
        String chosen = chosen(region);
        return new Courts(chosen, facts.courts(actor, programIds(actor, chosen)));
    }

    /**
     * A court's report ({@code courtId} null: every court's), audited under {@code auditWhat}: exported when
     * {@code exported}, else viewed.
     */
    @Transactional
    public Report report(Actor actor, UUID courtId, String region, String auditWhat, boolean exported) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ReferrerSummary court = courtId == null ? null : programs.referrer(courtId)
                .filter(r -> r.kind().isCourt()).orElseThrow(() -> new NotFound("court"));
        String chosen = chosen(region);
        List<CourtOrder> orders = ledger.orders(actor, programIds(actor, chosen), courtId);
        Map<UUID, Long> perProgram = orders.stream()
                .collect(Collectors.groupingBy(o -> o.fact().programId(), Collectors.counting()));
        perProgram.forEach((program, rows) -> {
            AuditTrail.Subject subject = new AuditTrail.Subject(CourtOrders.PROGRAM_ORDERS, program, program);
            if (exported) {
                audit.exported(actor, subject, auditWhat, AuditDetails.of(AuditField.RECORDS, rows.intValue()));
            } else {
                audit.viewed(actor, subject, auditWhat);
            }
        });
        return new Report(court, chosen, ledger.today(), orders);
    }

    private List<UUID> programIds(Actor actor, String region) {
        return programs.visibleTo(actor.scope()).stream()
                .filter(p -> region == null || p.regionCode().equals(region)).map(ProgramSummary::id).toList();
    }

    private static String chosen(String region) {
        return region == null || region.isBlank() ? null : region.trim();
    }
}
