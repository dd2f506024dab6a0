package cl.circuito.waitinglist.ranking;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
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
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.MANUAL_POSITION;
import static cl.circuito.audit.AuditField.RANK;
import static cl.circuito.audit.AuditField.REASON;

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
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "ranking.audit.placed",
                AuditDetails.ofChange(RANK, rankBefore, position).withChange(MANUAL_POSITION, manualBefore, position)
                        .with(REASON, reason));
        return entries.save(entry);
    }

    /** Removes the manual place: the child goes back to the guide's order. 409 when it has none. */
    @Transactional
    public WaitingListEntry clear(Actor actor, UUID entryId, Long version, String reason) {
        actor.require(Permission.MANAGE_RANKING);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        Integer manualBefore = entry.manualPosition();
        entry.clearRankingPlacement(reason, deadlines.today(), Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "ranking.audit.cleared",
                AuditDetails.ofChange(MANUAL_POSITION, manualBefore, null).with(REASON, reason));
        return entries.save(entry);
    }

    private static int rankOf(List<RankedEntry> ranked, UUID entryId) {
        return ranked.stream().filter(r -> r.entryId().equals(entryId)).mapToInt(RankedEntry::rank).findFirst()
                .orElse(0);
    }
}
