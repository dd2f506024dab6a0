package cl.circuito.identity;

import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "app_user")
public class User {

    @Id
    private UUID id;
    @Version
    private long version;
    private String username;
    private String fullName;
    private String email;
    /** The RUT/RUN as "12345678-5", for single sign-on by RUT (ClaveÚnica); null when not given. */
    private String rut;
    private String position;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String regionCode;
    private boolean enabled = true;
    private int failedLogins;
    private Instant lockedUntil;
    private boolean emailAlerts = true;
    private Instant lastLoginAt;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_program", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "program_id")
    private Set<UUID> programIds = new HashSet<>();

    protected User() {
    }

    User(String username, String fullName, String email, String passwordHash) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        this.username = username.trim().toLowerCase();
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.role = Role.READ_ONLY;
    }

    void describe(String fullName, String email, String position) {
        this.fullName = fullName.trim();
        this.email = email.trim();
        this.position = position;
    }

    /** Sets role and scope together, so a user is never left with a scope that does not fit the role. */
    void assign(Role role, String regionCode, Set<UUID> programIds) {
        this.role = role;
        this.regionCode = role == Role.TERRITORIAL_MANAGER ? regionCode : null;
        this.programIds.clear();
        if (role.isProgramBound()) {
            this.programIds.addAll(programIds);
        }
    }

    /** Gives a program-bound user access to one more program. */
    void attachTo(UUID programId) {
        if (role.isProgramBound()) {
            programIds.add(programId);
        }
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** Records the user's RUT (canonical "12345678-5"), or none. */
    void identifyAs(String rut) {
        this.rut = rut;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    void chooseEmailAlerts(boolean emailAlerts) {
        this.emailAlerts = emailAlerts;
    }

    /** Counts a failed login; after {@code max} in a row the account is locked for {@code lockout}. */
    void failedLogin(Instant now, int max, Duration lockout) {
        failedLogins++;
        if (failedLogins >= max) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    void succeededLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whether the account may act now: enabled and not locked (an API token of any other is refused). */
    public boolean usableAt(Instant now) {
        return enabled && !lockedAt(now);
    }

    AccessScope scope() {
        return scopeOf(role, regionCode, programIds);
    }

    /** What a role sees: nothing of children (the admin), the nation, a region, or the programs assigned. */
    static AccessScope scopeOf(Role role, String regionCode, Set<UUID> programIds) {
        return switch (role) {
            case ADMIN -> new AccessScope.Nothing();
            case NATIONAL_TEAM -> new AccessScope.Nationwide();
            case TERRITORIAL_MANAGER -> new AccessScope.Region(regionCode);
            default -> new AccessScope.Programs(programIds);
        };
    }

    Actor toActor() {
        return new Actor(id, username, fullName, role, scope());
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String rut() {
        return rut;
    }

    public String position() {
        return position;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String regionCode() {
        return regionCode;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean emailAlerts() {
        return emailAlerts;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Set<UUID> programIds() {
        return Set.copyOf(programIds);
    }
}
