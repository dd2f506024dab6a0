package cl.circuito.implementation.scorecards;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.audit.AuditField.AMBER;
import static cl.circuito.audit.AuditField.GREEN;
import static cl.circuito.audit.AuditField.INDICATOR;

/**
 * The thresholds of the marks: everyone who monitors reads them, the national team changes them (each change
 * carries the version it was read at, is audited and kept in the history of who changed what when).
 */
@Service
public class MonitoringThresholds {

    static final String AUDIT_SUBJECT = "IMPLEMENTATION_THRESHOLD";

    /** One change of one indicator's thresholds. */
    public record Change(IndicatorKind kind, BigDecimal greenBefore, BigDecimal amberBefore, BigDecimal green,
                         BigDecimal amber, Instant at, String byName) {
    }

    private final ThresholdRepository thresholds;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MonitoringThresholds(ThresholdRepository thresholds, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.thresholds = thresholds;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every indicator's rule, in {@link IndicatorKind} order. */
    @Transactional(readOnly = true)
    public Map<IndicatorKind, ThresholdRule> all(Actor actor) {
        if (!actor.can(Permission.SET_MONITORING_THRESHOLDS)) {
            actor.require(Permission.MONITOR_IMPLEMENTATION);
        }
        return current();
    }

    /** For the scorecards: the rules as they stand, no permission of their own. */
    Map<IndicatorKind, ThresholdRule> current() {
        Map<IndicatorKind, ThresholdRule> rules = new EnumMap<>(IndicatorKind.class);
        thresholds.findAll().forEach(t -> rules.put(t.kind(), ThresholdRule.of(t)));
        for (IndicatorKind kind : IndicatorKind.values()) {
            if (!rules.containsKey(kind)) {
                throw new IllegalStateException("No threshold for " + kind + " (V24 seeds them all)");
            }
        }
        return rules;
    }

    /** Sets one indicator's green and amber; a stale {@code version} is a 409, a refused value a 422 on its field. */
    @Transactional
    public ThresholdRule change(Actor actor, IndicatorKind kind, Long version, BigDecimal green, BigDecimal amber) {
        actor.require(Permission.SET_MONITORING_THRESHOLDS);
        Threshold threshold = thresholds.findById(kind).orElseThrow(() -> ImplementationRuleViolation.unknown("kind",
                "implementation.error.unknownIndicator", kind));
        Versions.require(threshold.version(), version);
        BigDecimal greenBefore = threshold.green();
        BigDecimal amberBefore = threshold.amber();
        Instant now = clock.instant();
        threshold.set(green, amber, actor.displayName(), now);
        thresholds.flush();
        if (greenBefore.compareTo(threshold.green()) == 0 && amberBefore.compareTo(threshold.amber()) == 0) {
            return ThresholdRule.of(threshold);
        }
        jdbc.sql("""
                        insert into implementation_threshold_change (id, kind, green_before, amber_before, green, amber, at, by_name)
                        values (:id, :kind, :greenBefore, :amberBefore, :green, :amber, :at, :by)""")
                .param("id", UUID.randomUUID()).param("kind", kind.name())
                .param("greenBefore", greenBefore).param("amberBefore", amberBefore)
                .param("green", threshold.green()).param("amber", threshold.amber())
                .param("at", java.sql.Timestamp.from(now)).param("by", actor.displayName())
                .update();
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(AUDIT_SUBJECT, subjectId(kind), null),
                "implementation.audit.thresholdChanged", AuditDetails.of(INDICATOR, kind)
                        .withChange(GREEN, greenBefore, threshold.green())
                        .withChange(AMBER, amberBefore, threshold.amber()));
        return ThresholdRule.of(threshold);
    }

    /** A new pair of thresholds for one indicator, with the version it was read at. */
    public record NewThreshold(IndicatorKind kind, Long version, BigDecimal green, BigDecimal amber) {
    }

    /**
     * Several indicators at once, all or nothing: a refused value names its field as {@code <KIND>.green} or
     * {@code <KIND>.amber}; a missing indicator or version names {@code kind} or {@code <KIND>.version}.
     */
    @Transactional
    public Map<IndicatorKind, ThresholdRule> changeAll(Actor actor, List<NewThreshold> changes) {
        actor.require(Permission.SET_MONITORING_THRESHOLDS);
        for (NewThreshold c : changes) {
            if (c.kind() == null) {
                throw ImplementationRuleViolation.invalid("kind", "implementation.error.required");
            }
            Versions.requirePresent(c.version(), c.kind() + "." + Versions.FIELD);
            try {
                change(actor, c.kind(), c.version(), c.green(), c.amber());
            } catch (ImplementationRuleViolation e) {
                throw ImplementationRuleViolation.invalid(c.kind() + "." + e.field(), e.messageKey(), e.arguments());
            }
        }
        return current();
    }

    /** The latest changes first. */
    @Transactional(readOnly = true)
    public List<Change> history(Actor actor, int limit) {
        all(actor);
        return jdbc.sql("""
                        select kind, green_before, amber_before, green, amber, at, by_name
                          from implementation_threshold_change order by at desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Change(IndicatorKind.valueOf(rs.getString("kind")), rs.getBigDecimal("green_before"),
                        rs.getBigDecimal("amber_before"), rs.getBigDecimal("green"), rs.getBigDecimal("amber"),
                        rs.getTimestamp("at").toInstant(), rs.getString("by_name")))
                .list();
    }

    /** The audit trail names a subject by id: one stable id per indicator's thresholds. */
    static UUID subjectId(IndicatorKind kind) {
        return UUID.nameUUIDFromBytes(("implementation-threshold:" + kind.name()).getBytes(StandardCharsets.UTF_8));
    }
}
