package cl.circuito.waitinglist.priority;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.GROUPS;
import static cl.circuito.audit.AuditField.INSTRUMENT;
import static cl.circuito.audit.AuditField.ITEMS;
import static cl.circuito.audit.AuditField.NAME;
import static cl.circuito.audit.AuditField.SUGGESTED_CUT;

/**
 * Priority instruments as versioned data: the administrator publishes a new instrument, or a new
 * version of one from its latest version; a published version is never edited. Anyone signed in may
 * read them (they hold no child data).
 */
@Service
public class PriorityInstruments {

    static final String SUBJECT = "PRIORITY_INSTRUMENT";

    private final PriorityInstrumentVersions instruments;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PriorityInstruments(PriorityInstrumentVersions instruments, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.instruments = instruments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version, newest first within each code, with how many assessments and programs use it. One query. */
    @Transactional(readOnly = true)
    public List<InstrumentSummary> list() {
        return jdbc.sql("""
                        select i.id, i.code, i.name, i.version_number, i.default_cut, i.item_count, i.published_at,
                               i.published_by_name,
                               i.version_number = max(i.version_number) over (partition by i.code) as latest,
                               (select count(*) from priority_assessment a where a.instrument_id = i.id) as assessments,
                               (select count(*) from program_priority_setting s where s.instrument_id = i.id) as programs
                        from priority_instrument i
                        order by i.code, i.version_number desc""")
                .query((rs, n) -> new InstrumentSummary(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getInt("version_number"), rs.getInt("default_cut"),
                        rs.getInt("item_count"), rs.getTimestamp("published_at").toInstant(),
                        rs.getString("published_by_name"), rs.getBoolean("latest"), rs.getLong("assessments"),
                        rs.getLong("programs")))
                .list();
    }

    @Transactional(readOnly = true)
    public InstrumentView show(UUID instrumentId) {
        PriorityInstrument instrument = load(instrumentId);
        return InstrumentView.of(instrument, isLatest(instrument));
    }

    /** The latest version of the instrument this one is a version of: what a new version starts from. */
    @Transactional(readOnly = true)
    public InstrumentView latestOf(UUID instrumentId) {
        PriorityInstrument any = load(instrumentId);
        return InstrumentView.of(instruments.findFirstByCodeOrderByVersionNumberDesc(any.code()).orElseThrow(), true);
    }

    @Transactional
    public InstrumentView publishNew(Actor actor, String code, InstrumentDraft draft) {
        actor.require(Permission.MANAGE_PRIORITY_INSTRUMENTS);
        String normalized = code == null ? null : code.trim().toUpperCase();
        if (normalized != null && instruments.existsByCode(normalized)) {
            throw PriorityRuleViolation.invalid("code", "priority.error.codeTaken", normalized);
        }
        return publish(actor, normalized, 1, draft);
    }

    /** A new version of the instrument {@code instrumentId} belongs to, numbered after its latest one. */
    @Transactional
    public InstrumentView publishVersion(Actor actor, UUID instrumentId, InstrumentDraft draft) {
        actor.require(Permission.MANAGE_PRIORITY_INSTRUMENTS);
        PriorityInstrument base = load(instrumentId);
        return publish(actor, base.code(), instruments.latestVersionNumber(base.code()) + 1, draft);
    }

    private InstrumentView publish(Actor actor, String code, int versionNumber, InstrumentDraft draft) {
        PriorityInstrument instrument = PriorityInstrument.publish(code, versionNumber, draft, Staff.of(actor),
                clock.instant());
        instruments.saveAndFlush(instrument);
        audit.changed(actor, AuditAction.CREATED, new AuditTrail.Subject(SUBJECT, instrument.id(), null),
                "priority.audit.instrumentPublished", AuditDetails.of(INSTRUMENT, instrument.label())
                        .with(NAME, instrument.name()).with(GROUPS, instrument.groups().size())
                        .with(ITEMS, instrument.itemCount()).with(SUGGESTED_CUT, instrument.defaultCut()));
        return InstrumentView.of(instrument, true);
    }

    PriorityInstrument load(UUID instrumentId) {
        return instruments.findById(instrumentId).orElseThrow(() -> PriorityRuleViolation.notFound("instrument"));
    }

    /** An instrument chosen on a form: unknown is the field's error, not a missing page. */
    PriorityInstrument findForChoice(UUID instrumentId) {
        return instruments.findById(instrumentId)
                .orElseThrow(() -> PriorityRuleViolation.invalid("instrumentId", "priority.error.unknownInstrument"));
    }

    PriorityInstrument defaultInstrument() {
        return instruments.findFirstByCodeOrderByVersionNumberDesc(PriorityInstrument.DEFAULT_CODE)
                .orElseThrow(() -> PriorityRuleViolation.notFound("instrument"));
    }

    boolean isLatest(PriorityInstrument instrument) {
        return instruments.latestVersionNumber(instrument.code()) == instrument.versionNumber();
    }

    int latestVersionNumber(String code) {
        return instruments.latestVersionNumber(code);
    }
}
