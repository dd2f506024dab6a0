package cl.circuito.retention.disposal;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.privacy.DisposableRecords;
import cl.circuito.shared.privacy.DisposalChoice;
import cl.circuito.shared.privacy.DueRecord;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.privacy.RetentionTexts;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.audit.AuditField.KIND;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.RECORDS;

/**
 * What is due for disposal at a program or a Mesa, kind by kind, and the act that disposes of it. The act is
 * explicit (records chosen by a person who may, a reason written), all or nothing, and kept twice: one line in the
 * register of acts ({@code record_disposal}, append-only) and one audit line per record, written by the kind's own
 * module with the same reason. Reading a holder's due records is audited: it lists children.
 */
@Service
public class RecordRetention {

    /** How far ahead the holder's page warns of records reaching the end of their retention. */
    public static final int UPCOMING_DAYS = 90;


    private final Map<RecordKind, DisposableRecords> kinds = new EnumMap<>(RecordKind.class);
    private final RetentionHolders holders;
    private final DisposalActs acts;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate rehearsal;
    private final RetentionTexts retentionTexts;

    RecordRetention(List<DisposableRecords> kinds, RetentionHolders holders, DisposalActs acts, AuditTrail audit,
                    Clock clock, PlatformTransactionManager transactions, RetentionTexts retentionTexts) {
        this.retentionTexts = retentionTexts;
        kinds.forEach(k -> this.kinds.put(k.kind(), k));
        this.holders = holders;
        this.acts = acts;
        this.audit = audit;
        this.clock = clock;
        this.rehearsal = new TransactionTemplate(transactions);
    }

    /** The kinds a holder keeps that can be disposed of, in the register's order. */
    public List<RecordKind> kindsOf(RecordKind.Holder holder) {
        return kinds.keySet().stream().filter(k -> k.holder() == holder).toList();
    }

    /** How many records of each kind are due today, for these holders of one kind; holders with none left out. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> dueCounts(RecordKind.Holder holder, Collection<UUID> holderIds) {
        Map<UUID, Integer> total = new HashMap<>();
        if (holderIds.isEmpty()) {
            return total;
        }
        LocalDate today = today();
        for (RecordKind kind : kindsOf(holder)) {
            kinds.get(kind).dueCounts(holderIds, today).forEach((id, n) -> total.merge(id, n, Integer::sum));
        }
        return total;
    }

    /** The holder's page: each kind with its rule and how many records are due, and the acts done so far. */
    @Transactional
    public Overview overview(Actor actor, RecordKind.Holder holderKind, UUID holderId, int historyPage,
                             int historySize) {
        RetentionHolder holder = holders.resolve(actor, holderKind, holderId);
        LocalDate today = today();
        List<KindDue> due = new ArrayList<>();
        LocalDate soon = today.plusDays(UPCOMING_DAYS);
        for (RecordKind kind : kindsOf(holderKind)) {
            DisposableRecords records = kinds.get(kind);
            int now = records.dueCounts(List.of(holderId), today).getOrDefault(holderId, 0);
            // Due is for good once reached (until disposed of), so what comes due soon is the difference.
            int upcoming = records.dueCounts(List.of(holderId), soon).getOrDefault(holderId, 0) - now;
            due.add(new KindDue(kind, now, Math.max(0, upcoming),
                    records.retentionAt(holderId).orElseGet(() -> retentionTexts.of(kind))));
        }
        return new Overview(holder, today, due, acts.of(holderId, historyPage, historySize));
    }

    /** The records of one kind due today, longest due first; reading them is audited. */
    @Transactional
    public DueList due(Actor actor, RecordKind kind, UUID holderId, int page, int size) {
        DisposableRecords records = records(kind);
        RetentionHolder holder = holders.resolve(actor, kind.holder(), holderId);
        LocalDate today = today();
        Page<DueRecord> due = records.due(actor, holderId, today, page, size);
        audit.viewed(actor, subject(holder), "retention.audit.dueViewed." + kind.name());
        return new DueList(holder, kind, today, due);
    }

    /**
     * The confirmation step: the act itself, rehearsed in a transaction that is rolled back, so the person sees
     * exactly the records the act will dispose of, and any refusal the act would meet, before doing it.
     */
    public Review review(Actor actor, RecordKind kind, UUID holderId, Collection<UUID> recordIds, String reason) {
        return rehearsal.execute(status -> {
            status.setRollbackOnly();
            Disposal rehearsed = disposeNow(actor, kind, holderId, recordIds, reason);
            return new Review(rehearsed.holder(), kind, rehearsed.records(), rehearsed.act().reason());
        });
    }

    /** Disposes of the chosen records, all or none, and keeps the act. */
    @Transactional
    public Disposal dispose(Actor actor, RecordKind kind, UUID holderId, Collection<UUID> recordIds, String reason) {
        return disposeNow(actor, kind, holderId, recordIds, reason);
    }

    /** The acts of a holder, latest first. */
    @Transactional(readOnly = true)
    public Page<DisposalAct> acts(Actor actor, RecordKind.Holder holderKind, UUID holderId, int page, int size) {
        holders.resolve(actor, holderKind, holderId);
        return acts.of(holderId, page, size);
    }

    /**
     * Every act of the network, latest first, with the name of its program or Mesa: for the data protection officer
     * (whoever reads the audit trail). The acts name no child, so the admin reads them too.
     */
    @Transactional(readOnly = true)
    public NetworkActs networkActs(Actor actor, int page, int size) {
        actor.require(Permission.READ_AUDIT_TRAIL);
        Page<DisposalAct> acts = this.acts.all(page, size);
        Map<UUID, String> names = holders.names(acts.getContent());
        return new NetworkActs(acts, names);
    }

    private Disposal disposeNow(Actor actor, RecordKind kind, UUID holderId, Collection<UUID> recordIds,
                                String reason) {
        DisposableRecords records = records(kind);
        DisposalChoice choice = DisposalChoice.of(recordIds, reason);
        RetentionHolder holder = holders.resolve(actor, kind.holder(), holderId);
        List<DueRecord> disposed = records.dispose(actor, holderId, choice, today());
        String why = choice.reason();
        DisposalAct act = new DisposalAct(UUID.randomUUID(), kind, kind.holder(), holderId, clock.instant(),
                actor.userId(), actor.displayName(), why, disposed.size(),
                disposed.stream().map(DueRecord::id).toList());
        acts.add(act);
        audit.changed(actor, AuditAction.DISPOSED, subject(holder), "retention.audit.act." + kind.name(),
                AuditDetails.of(KIND, kind).with(RECORDS, disposed.size()).with(REASON, why));
        return new Disposal(holder, act, disposed);
    }

    private DisposableRecords records(RecordKind kind) {
        DisposableRecords records = kinds.get(kind);
        if (records == null) {
            throw new NotFound("retention");
        }
        return records;
    }

    private static AuditTrail.Subject subject(RetentionHolder holder) {
        return new AuditTrail.Subject(holder.holder() == RecordKind.Holder.PROGRAM ? "PROGRAM_RETENTION"
                : "MESA_RETENTION", holder.id(), holder.programId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * How many records of a kind are due, for the holder's page.
     *
     * @param upcoming  how many more reach the end of their retention within {@link #UPCOMING_DAYS} days
     * @param retention how long this holder keeps them, in words: the holder's own decision (a Mesa's) or the kind's
     */
    public record KindDue(RecordKind kind, int due, int upcoming, String retention) {
    }

    public record Overview(RetentionHolder holder, LocalDate today, List<KindDue> kinds, Page<DisposalAct> acts) {

        public int totalDue() {
            return kinds.stream().mapToInt(KindDue::due).sum();
        }

        public int totalUpcoming() {
            return kinds.stream().mapToInt(KindDue::upcoming).sum();
        }
    }

    public record DueList(RetentionHolder holder, RecordKind kind, LocalDate today, Page<DueRecord> records) {
    }

    /** What an act would dispose of, for the person to confirm. */
    public record Review(RetentionHolder holder, RecordKind kind, List<DueRecord> records, String reason) {
    }

    public record Disposal(RetentionHolder holder, DisposalAct act, List<DueRecord> records) {
    }

    /** A page of the network's acts and the names of the programs and Mesas they were for. */
    public record NetworkActs(Page<DisposalAct> acts, Map<UUID, String> holderNames) {

        /** The act's program or Mesa by name; null for the network's own (uploaded sheets). */
        public String holderName(DisposalAct act) {
            return act.holderId() == null ? null : holderNames.getOrDefault(act.holderId(), "—");
        }
    }
}
