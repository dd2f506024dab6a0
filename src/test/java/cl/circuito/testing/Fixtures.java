package cl.circuito.testing;

import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.ReferralIntake;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small builders of fictional network data and users for tests: the one place tests get users from. Names are
 * unique per call (the database is shared by every test class of a run).
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "contraseña-de-prueba";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final AfterCommitWork afterCommit;
    private final UserAdministration users;
    private final UserDetailsService userDetails;
    private final ReferralIntake intake;
    private final EntryDecisions decisions;
    private final Clock clock;

    Fixtures(JdbcClient jdbc, UserAdministration users, UserDetailsService userDetails,
             AfterCommitWork afterCommit, ReferralIntake intake, EntryDecisions decisions, Clock clock) {
        this.afterCommit = afterCommit;
        this.jdbc = jdbc;
        this.users = users;
        this.userDetails = userDetails;
        this.intake = intake;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Stands for an administrator in service calls that set up a test; not a stored user. */
    public static final Actor ROOT = new Actor(UUID.randomUUID(), "root", "Root", Role.ADMIN, new AccessScope.Nothing());

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /**
     * {@code prefix} made unique, for a name a test searches for: "Fundación-3f2a9c1e". A random tag, not
     * {@link #next()}, so that no other name contains it (a search for "-12" would also find "-123").
     */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A valid RUT no other test uses (bodies from 50,000,000: above every RUT given so far, so never a real
     * child's), as "50000123-4". The one RUT generator of the tests.
     */
    public static String rut() {
        int body = 50_000_000 + next();
        return body + "-" + cl.circuito.shared.validation.Modulo11.checkDigit(body);
    }

    /** A fresh RUT as people type it: "50.000.123-4". */
    public static String typedRut() {
        return cl.circuito.children.Rut.parse(rut()).formatted();
    }

    /**
     * The version of a record as its page would show it to the next user who changes it (every change names the
     * version it was based on: shared.Versions). For tests that change a record straight through a service.
     */
    public long version(String table, UUID id) {
        return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    /** A program in the given comuna, with its own institution. */
    public UUID program(String modality, String comunaCode) {
        int n = next();
        UUID institution = UUID.randomUUID();
        jdbc.sql("insert into institution (id, name) values (?, ?)").params(institution, "Institución de prueba " + n)
                .update();
        UUID program = UUID.randomUUID();
        jdbc.sql("""
                        insert into program (id, institution_id, modality_code, name, comuna_code, agreed_capacity,
                                             has_support_professional)
                        values (?, ?, ?, ?, ?, 50, false)""")
                .params(program, institution, modality, modality + " de prueba " + n, comunaCode).update();
        return program;
    }

    /** The program has a support professional (monitoring visits in person are then planned). */
    public void withSupportProfessional(UUID program) {
        jdbc.sql("update program set has_support_professional = true where id = ?").param(program).update();
    }

    public UUID referrer(String kind) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into referrer (id, kind, name) values (?, ?, ?)").params(id, kind, "Derivador de prueba " + next())
                .update();
        return id;
    }

    public Actor user(Role role, Set<UUID> programs) {
        return user(role, null, programs);
    }

    /** A stored user with the role, in the region (territorial managers) or the programs, who logs in with {@link #PASSWORD}. */
    public Actor user(Role role, String regionCode, Set<UUID> programs) {
        String username = role.name().toLowerCase().replace('_', '.') + "." + next();
        return user(username, "Usuaria " + username, role, regionCode, programs);
    }

    /** A user a test searches for by {@code fullName}; no other user's name, username or e-mail contains theirs. */
    public Actor user(String fullName, Role role, String regionCode) {
        return user(unique("u").toLowerCase(), fullName, role, regionCode, Set.of());
    }

    /** As {@link #user(String, Role, String)}, in these programs. */
    public Actor user(String fullName, Role role, Set<UUID> programs) {
        return user(unique("u").toLowerCase(), fullName, role, null, programs);
    }

    private Actor user(String username, String fullName, Role role, String regionCode, Set<UUID> programs) {
        User user = users.create(ROOT, new UserAdministration.UserDetails(username, fullName, username + "@prueba.cl",
                "Cargo", role, regionCode, programs), PASSWORD);
        return new Actor(user.id(), user.username(), user.fullName(), role, scope(role, regionCode, programs));
    }

    /** The user as stored: e-mail, programs, whether enabled. */
    public User stored(Actor actor) {
        return users.get(ROOT, actor.userId());
    }

    /**
     * A fictional referral to {@code program} from {@code referrer}, registered (and decided) by {@code director},
     * received today: the one way tests make referrals and waiting children.
     */
    public ReferralBuilder referral(Actor director, UUID program, UUID referrer) {
        return new ReferralBuilder(intake, decisions, this, director, program, referrer, LocalDate.now(clock));
    }

    /**
     * What the priority guide would have written for the entry (the ranking, the dashboards and the monitoring
     * sample read these columns), without its questionnaire.
     */
    public void assess(UUID entryId, Integer priority, Integer score) {
        assess(entryId, priority, score, false);
    }

    /** As {@link #assess(UUID, Integer, Integer)}; {@code overridden}: the priority was set by hand. */
    public void assess(UUID entryId, Integer priority, Integer score, boolean overridden) {
        jdbc.sql("update waiting_list_entry set priority = ?, priority_score = ?, priority_overridden = ? where id = ?")
                .params(priority, score, overridden, entryId).update();
    }

    /** Logs MockMvc requests in as this actor, through the real user details. */
    public RequestPostProcessor as(Actor actor) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(actor.username()));
    }

    private static AccessScope scope(Role role, String region, Set<UUID> programs) {
        return switch (role) {
            case ADMIN -> new AccessScope.Nothing();
            case NATIONAL_TEAM -> new AccessScope.Nationwide();
            case TERRITORIAL_MANAGER -> new AccessScope.Region(region);
            default -> new AccessScope.Programs(programs);
        };
    }

    /**
     * Waits until the work that follows committed changes (letters drafted, estimates recomputed: listeners on
     * Spring's task executor) has completed, as a user reading the next page a moment later would see it.
     */
    public void settle() {
        afterCommit.settle();
    }
}
