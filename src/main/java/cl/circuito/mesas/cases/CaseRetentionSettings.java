package cl.circuito.mesas.cases;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static cl.circuito.audit.AuditField.KEEP_YEARS;

/**
 * How long the Mesa keeps its closed cases ("Conservación de los casos revisados"): a case settings value, next to
 * the presentation format in {@code mesa_case_settings}, under the same version, so a change of either made after
 * the other was read is stale. Every reader of the Mesa sees it; its co-facilitators decide it. Until they do, no
 * case is ever due for disposal.
 */
@Service
public class CaseRetentionSettings {

    private final MesaAccess access;
    private final CaseFormats formats;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseRetentionSettings(MesaAccess access, CaseFormats formats, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.formats = formats;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param keepYears the whole years, null while the Mesa has not decided
     * @param version   the version of the Mesa's case settings, null while it has none
     * @param decidedAt when it was last decided (also back to "not decided"), by {@code decidedByName}; null if never
     * @param editable  whether the reader may change it (a co-facilitator)
     */
    public record Decision(Integer keepYears, Long version, Instant decidedAt, String decidedByName, boolean editable) {
    }

    @Transactional(readOnly = true)
    public Decision of(Actor actor, UUID mesaId) {
        var standing = access.standing(actor, mesaId);
        standing.requireRead();
        return stored(mesaId, false).map(s -> new Decision(s.keepYears(), s.version(), s.decidedAt(), s.decidedByName(),
                standing.edits())).orElse(new Decision(null, null, null, null, standing.edits()));
    }

    /** The Mesa decides (or, with null, leaves undecided) how many whole years it keeps a closed case. */
    @Transactional
    public Decision decide(Actor actor, UUID mesaId, Integer keepYears, Long version) {
        access.standing(actor, mesaId).requireEdit();
        // Locked until the decision commits: two co-facilitators sending the same version are one after the other.
        Optional<Stored> before = stored(mesaId, true);
        Versions.requireIfSaved(before.map(Stored::version).orElse(null), version, "error.concurrentEdit");
        KeepYears keep = KeepYears.orUndecided(keepYears);
        Instant now = clock.instant();
        // A Mesa without settings presents with the national format: the row it gets now says so explicitly.
        jdbc.sql("""
                        insert into mesa_case_settings (mesa_id, version, format_id, updated_at, updated_by_name,
                                                        keep_years, keep_years_decided_at, keep_years_decided_by_name)
                        values (:mesa, 0, :format, :now, :by, :years, :now, :by)
                        on conflict (mesa_id) do update set keep_years = excluded.keep_years,
                            keep_years_decided_at = excluded.keep_years_decided_at,
                            keep_years_decided_by_name = excluded.keep_years_decided_by_name,
                            version = mesa_case_settings.version + 1""")
                .param("mesa", mesaId).param("format", formats.inUse(mesaId).id())
                .param("now", Timestamp.from(now)).param("by", actor.displayName())
                .param("years", keep == null ? null : keep.years(), java.sql.Types.INTEGER)
                .update();
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject("MESA", mesaId, null),
                "mesacases.audit.retentionDecided",
                AuditDetails.ofChange(KEEP_YEARS, before.map(Stored::keepYears).orElse(null), keepYears));
        return of(actor, mesaId);
    }

    /** The years the Mesa keeps its closed cases, or none while undecided (no access check: callers did theirs). */
    Optional<KeepYears> keepYears(UUID mesaId) {
        return stored(mesaId, false).map(Stored::keepYears).map(KeepYears::new);
    }

    private record Stored(long version, Integer keepYears, Instant decidedAt, String decidedByName) {
    }

    private Optional<Stored> stored(UUID mesaId, boolean forUpdate) {
        return jdbc.sql("""
                        select version, keep_years, keep_years_decided_at, keep_years_decided_by_name
                          from mesa_case_settings where mesa_id = :mesa""" + (forUpdate ? " for update" : ""))
                .param("mesa", mesaId)
                .query((rs, n) -> {
                    Timestamp decidedAt = rs.getTimestamp("keep_years_decided_at");
                    return new Stored(rs.getLong("version"), (Integer) rs.getObject("keep_years"),
                            decidedAt == null ? null : decidedAt.toInstant(), rs.getString("keep_years_decided_by_name"));
                })
                .optional();
    }
}
