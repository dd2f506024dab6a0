package cl.circuito.waitinglist;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.BrieflyKept;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The wait each program aims at, in business days from receipt to admission: the national team's target for the
 * whole network, or the program's own where its director set one. The list tracks breaches against it and the
 * capacity figures count the places needed to come under it.
 */
@Service
public class WaitTargets {

    public static final int MIN_BUSINESS_DAYS = 5;
    public static final int MAX_BUSINESS_DAYS = 500;

    /** A program's target; {@code inherited} when it is the national one. */
    public record WaitTarget(int businessDays, boolean inherited) {
    }

    /** The national target as saved, with its version for a change and who changed it last, when. */
    public record NationalTarget(int businessDays, long version, Instant updatedAt, String updatedByName) {
    }

    /** A program's own target as saved (null version and days when it inherits), and what holds for it now. */
    public record ProgramTarget(Integer ownBusinessDays, Long version, int nationalBusinessDays) {

        public int effectiveBusinessDays() {
            return ownBusinessDays != null ? ownBusinessDays : nationalBusinessDays;
        }
    }

    private final JdbcClient jdbc;
    private final BrieflyKept<Every> all;
    private final ProgramDirectory programs;
    private final Clock clock;

    WaitTargets(JdbcClient jdbc, ProgramDirectory programs, Clock clock) {
        this.all = new BrieflyKept<>(this::readAll);
        this.jdbc = jdbc;
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public NationalTarget national() {
        return jdbc.sql("select business_days, version, updated_at, updated_by_name from wait_target where program_id is null")
                .query((rs, n) -> new NationalTarget(rs.getInt("business_days"), rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by_name")))
                .single();
    }

    /** The target that holds for each program asked about, in one query whatever their number. */
    @Transactional(readOnly = true)
    public Map<UUID, WaitTarget> of(Collection<UUID> programIds) {
        Every every = all.get();
        Map<UUID, WaitTarget> targets = new HashMap<>();
        programIds.forEach(id -> targets.put(id, every.own().containsKey(id)
                ? new WaitTarget(every.own().get(id), false) : new WaitTarget(every.national(), true)));
        return targets;
    }

    /** Every target of the network: one row per program that set its own (a few hundred at most) and the national. */
    private record Every(int national, Map<UUID, Integer> own) {
    }

    // The list, the dashboard and the capacity figures read targets on every view: kept briefly (BrieflyKept).
    private Every readAll() {
        Map<UUID, Integer> own = new HashMap<>();
        int[] national = new int[1];
        jdbc.sql("select program_id, business_days from wait_target")
                .query(rs -> {
                    UUID programId = rs.getObject("program_id", UUID.class);
                    if (programId == null) {
                        national[0] = rs.getInt("business_days");
                    } else {
                        own.put(programId, rs.getInt("business_days"));
                    }
                });
        return new Every(national[0], Map.copyOf(own));
    }

    /** A program's target as its settings page shows it; the program must be within the asker's scope. */
    @Transactional(readOnly = true)
    public ProgramTarget ofProgram(Actor actor, UUID programId) {
        programs.get(programId, actor.scope());
        return programTarget(programId);
    }

    private ProgramTarget programTarget(UUID programId) {
        int national = national().businessDays();
        return jdbc.sql("select business_days, version from wait_target where program_id = :programId")
                .param("programId", programId)
                .query((rs, n) -> new ProgramTarget(rs.getInt("business_days"), rs.getLong("version"), national))
                .optional()
                .orElseGet(() -> new ProgramTarget(null, null, national));
    }

    /** The national team sets the network's target. */
    @Transactional
    public NationalTarget setNational(Actor actor, int businessDays, Long expectedVersion) {
        actor.require(Permission.SET_WAIT_TARGETS);
        requireInRange(businessDays);
        long saved = jdbc.sql("select version from wait_target where program_id is null for update")
                .query(Long.class)
                .single();
        Versions.require(saved, expectedVersion, "waittarget.error.stale");
        jdbc.sql("""
                        update wait_target set business_days = :days, version = version + 1, updated_at = :at,
                               updated_by_name = :by
                         where program_id is null
                        """)
                .param("days", businessDays)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.displayName())
                .update();
        all.forget();
        return national();
    }

    /**
     * The director sets her program's own target, or with {@code businessDays} null returns it to the national
     * one. The first setting carries no version; later ones the saved one.
     */
    @Transactional
    public ProgramTarget setForProgram(Actor actor, UUID programId, Integer businessDays, Long expectedVersion) {
        actor.require(Permission.MANAGE_ADMISSIONS);
        programs.get(programId, actor.scope());
        if (businessDays != null) {
            requireInRange(businessDays);
        }
        Long saved = jdbc.sql("select version from wait_target where program_id = :programId for update")
                .param("programId", programId)
                .query(Long.class)
                .optional()
                .orElse(null);
        Versions.requireIfSaved(saved, expectedVersion, "waittarget.error.stale");
        if (businessDays == null) {
            jdbc.sql("delete from wait_target where program_id = :programId").param("programId", programId).update();
        } else if (saved == null) {
            jdbc.sql("""
                            insert into wait_target (id, program_id, business_days, updated_at, updated_by_name)
                            values (:id, :programId, :days, :at, :by)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("programId", programId)
                    .param("days", businessDays)
                    .param("at", Timestamp.from(clock.instant()))
                    .param("by", actor.displayName())
                    .update();
        } else {
            jdbc.sql("""
                            update wait_target set business_days = :days, version = version + 1, updated_at = :at,
                                   updated_by_name = :by
                             where program_id = :programId
                            """)
                    .param("programId", programId)
                    .param("days", businessDays)
                    .param("at", Timestamp.from(clock.instant()))
                    .param("by", actor.displayName())
                    .update();
        }
        all.forget();
        return programTarget(programId);
    }

    private static void requireInRange(int businessDays) {
        if (businessDays < MIN_BUSINESS_DAYS || businessDays > MAX_BUSINESS_DAYS) {
            throw new OutOfRange();
        }
    }

    /** A target outside 5–500 business days: 422 on the field. */
    static final class OutOfRange extends DomainException {
        OutOfRange() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "waittarget.error.range", "businessDays", MIN_BUSINESS_DAYS,
                    MAX_BUSINESS_DAYS);
        }
    }
}
