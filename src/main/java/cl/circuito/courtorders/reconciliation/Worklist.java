package cl.circuito.courtorders.reconciliation;

import cl.circuito.audit.AuditTrail;
import cl.circuito.courtorders.ledger.CourtOrder;
import cl.circuito.courtorders.ledger.CourtOrders;
import cl.circuito.courtorders.ledger.Ledger;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The reconciliation worklist of a program (its staff) or of a territory (a territorial manager's region, the
 * national team's country or one of its regions). Every program whose children appear gets an audit line.
 */
@Service
public class Worklist {

    public static final int DEFAULT_STALE_DAYS = 90;
    static final int MAX_STALE_DAYS = 3650;
    /** A page, not a dump: past this the list says it was cut, and a program's own list shows the rest. */
    static final int MAX_ITEMS = 2000;

    private final Ledger ledger;
    private final WorklistRules rules;
    private final ProgramDirectory programs;
    private final AuditTrail audit;

    Worklist(Ledger ledger, WorklistRules rules, ProgramDirectory programs, AuditTrail audit) {
        this.ledger = ledger;
        this.rules = rules;
        this.programs = programs;
        this.audit = audit;
    }

    /**
     * @param program   the program, or null for a territory
     * @param region    the region chosen within the scope (null: every region the scope covers)
     * @param truncated whether items were left out past {@link #MAX_ITEMS}
     */
    public record Items(ProgramSummary program, String region, int staleDays, LocalDate today, List<WorkItem> items,
                       boolean truncated) {
    }

    @Transactional
    public Items ofProgram(Actor actor, UUID programId, Integer staleDays) {
        actor.require(Permission.READ_CHILD_RECORDS);
        int stale = stale(staleDays);
        ProgramSummary program = programs.get(programId, actor.scope());
        return collect(actor, program, null, List.of(program.id()), stale);
    }

    @Transactional
    public Items ofTerritory(Actor actor, String region, Integer staleDays) {
        actor.require(Permission.READ_CHILD_RECORDS);
        int stale = stale(staleDays);
        String chosen = region == null || region.isBlank() ? null : region.trim();
        List<UUID> ids = programs.visibleTo(actor.scope()).stream()
                .filter(p -> chosen == null || p.regionCode().equals(chosen)).map(ProgramSummary::id).toList();
        return collect(actor, null, chosen, ids, stale);
    }

    private Items collect(Actor actor, ProgramSummary program, String region, List<UUID> ids, int stale) {
        LocalDate today = ledger.today();
        List<WorkItem> items = new ArrayList<>();
        for (CourtOrder order : ledger.orders(actor, ids, null)) {
            items.addAll(rules.itemsOf(order, today, stale));
        }
        boolean truncated = items.size() > MAX_ITEMS;
        List<WorkItem> shown = truncated ? List.copyOf(items.subList(0, MAX_ITEMS)) : List.copyOf(items);
        Set<UUID> seen = new LinkedHashSet<>();
        shown.forEach(item -> seen.add(item.order().fact().programId()));
        seen.forEach(id -> audit.viewed(actor, new AuditTrail.Subject(CourtOrders.PROGRAM_ORDERS, id, id),
                "courtorders.audit.worklistViewed"));
        return new Items(program, region, stale, today, shown, truncated);
    }

    private static int stale(Integer staleDays) {
        int days = staleDays == null ? DEFAULT_STALE_DAYS : staleDays;
        if (days < 1 || days > MAX_STALE_DAYS) {
            throw new WorklistRequestInvalid("staleDays", "courtorders.error.staleDays", String.valueOf(MAX_STALE_DAYS));
        }
        return days;
    }
}
