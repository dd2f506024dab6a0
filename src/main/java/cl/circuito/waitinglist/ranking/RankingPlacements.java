package cl.circuito.waitinglist.ranking;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntries;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.audit.AuditTrail.change;

/**
 * The director moves a waiting child in the program's ranking (prelación) by hand, or gives it back to
 * the priority guide's order. Each move needs a reason and is audited with the place before and after.
 */
@Service
public class RankingPlacements {

    private final EntryAccess access;
    private final WaitingListEntries entries;
    private final ProgramRanking ranking;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    RankingPlacements(EntryAccess access, WaitingListEntries entries, ProgramRanking ranking, Deadlines deadlines,
                      AuditTrail audit, Clock clock) {
        this.access = access;
        this.entries = entries;
        this.ranking = ranking;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Puts a waiting child at {@code position} (1 is admitted first). Only WAITING entries (else 409); the
     * position must lie within the ranking and the reason is required (else 422 on that field).
     */
    @Transactional
    public WaitingListEntry place(Actor actor, UUID entryId, Long version, Integer position, String reason) {
        actor.require(Permission.MANAGE_RANKING);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        // The ranking is read with JDBC: changes still pending in this transaction must reach it.
        entries.flush();
        List<RankedEntry> current = entry.status() == EntryStatus.WAITING ? ranking.of(entry.programId()) : List.of();
        int rankBefore = rankOf(current, entry.id());
        Integer manualBefore = entry.manualPosition();
        entry.placeInRanking(position, rankBefore, current.size(), reason, deadlines.today(), Staff.of(actor),
                clock.instant());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("lugarPrelación", change(rankBefore, position));
        changes.put("ubicaciónManual", change(manualBefore, position));
        changes.put("motivo", reason);
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "ranking.audit.placed", changes);
        return entries.save(entry);
    }

    /** Removes the manual place: the child goes back to the guide's order. 409 when it has none. */
    @Transactional
    public WaitingListEntry clear(Actor actor, UUID entryId, Long version, String reason) {
        actor.require(Permission.MANAGE_RANKING);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        Integer manualBefore = entry.manualPosition();
        entry.clearRankingPlacement(reason, deadlines.today(), Staff.of(actor), clock.instant());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("ubicaciónManual", change(manualBefore, null));
        changes.put("motivo", reason);
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "ranking.audit.cleared", changes);
        return entries.save(entry);
    }

    private static int rankOf(List<RankedEntry> ranked, UUID entryId) {
        return ranked.stream().filter(r -> r.entryId().equals(entryId)).mapToInt(RankedEntry::rank).findFirst()
                .orElse(0);
    }
}
