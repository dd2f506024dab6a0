package cl.circuito.identity;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.SearchPattern;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The administrator's management of users: who they are, their role and scope, their password.
 */
@Service
public class UserAdministration {

    /** Long enough to resist guessing; the admin gives it to the user, who changes it. */
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_BYTES = 72;

    private final Users users;
    private final PasswordEncoder passwordEncoder;

    UserAdministration(Users users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public record UserDetails(String username, String fullName, String email, String position, Role role,
                              String regionCode, Set<UUID> programIds) {
    }

    @Transactional
    public User create(Actor admin, UserDetails details, String password) {
        admin.require(Permission.MANAGE_USERS);
        if (users.findByUsername(details.username()).isPresent()) {
            throw new Invalid("username", "error.user.usernameTaken");
        }
        checkScope(details);
        User user = new User(details.username(), details.fullName(), details.email(), encode(password));
        user.describe(details.fullName(), details.email(), details.position());
        user.assign(details.role(), details.regionCode(), details.programIds());
        return users.save(user);
    }

    @Transactional
    public User update(Actor admin, UUID userId, UserDetails details, boolean enabled) {
        admin.require(Permission.MANAGE_USERS);
        User user = users.findById(userId).orElseThrow(() -> new NotFound("user"));
        checkScope(details);
        if (admin.userId().equals(userId) && (details.role() != admin.role() || !enabled)) {
            // Otherwise the last administrator could lock everyone out of the administration.
            throw new Invalid("role", "error.user.cannotDemoteSelf");
        }
        user.describe(details.fullName(), details.email(), details.position());
        user.assign(details.role(), details.regionCode(), details.programIds());
        user.enable(enabled);
        return user;
    }

    @Transactional
    public void resetPassword(Actor admin, UUID userId, String password) {
        admin.require(Permission.MANAGE_USERS);
        users.findById(userId).orElseThrow(() -> new NotFound("user")).changePassword(encode(password));
    }

    /**
     * Prepares a user to be appointed director of a program: they must be an enabled
     * {@link Role#PROGRAM_DIRECTOR} (field {@code directorUserId} otherwise), and they get access to
     * the program. Call it in the same transaction as the appointment itself.
     */
    @Transactional
    public void grantDirectorAccess(Actor admin, UUID userId, UUID programId) {
        admin.require(Permission.MANAGE_USERS);
        User user = users.findById(userId)
                .filter(u -> u.role() == Role.PROGRAM_DIRECTOR && u.enabled())
                .orElseThrow(() -> new Invalid("directorUserId", "error.user.notADirector"));
        user.attachTo(programId);
    }

    /** The actor's own account, for the "Mi cuenta" page. */
    @Transactional(readOnly = true)
    public User account(Actor actor) {
        return users.findById(actor.userId()).orElseThrow(() -> new NotFound("user"));
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        User user = users.findById(actor.userId()).orElseThrow(() -> new NotFound("user"));
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new Invalid("currentPassword", "error.user.wrongPassword");
        }
        user.changePassword(encode(newPassword));
    }

    @Transactional
    public void chooseEmailAlerts(Actor actor, boolean enabled) {
        users.findById(actor.userId()).orElseThrow(() -> new NotFound("user")).chooseEmailAlerts(enabled);
    }

    @Transactional(readOnly = true)
    public List<User> all(Actor admin) {
        admin.require(Permission.MANAGE_USERS);
        return users.findAllByOrderByFullNameAsc();
    }

    /**
     * What the administrator looks for in the users table: {@code text} in the name, username or
     * e-mail (accents and case ignored), a role, enabled or disabled accounts. A null criterion does
     * not filter.
     */
    public record UserCriteria(String text, Role role, Boolean enabled) {

        public static UserCriteria none() {
            return new UserCriteria(null, null, null);
        }

        public boolean filters() {
            return (text != null && !text.isBlank()) || role != null || enabled != null;
        }
    }

    /** One page of the users that match, by name; the page's own sort is ignored. */
    @Transactional(readOnly = true)
    public Page<User> search(Actor admin, UserCriteria criteria, Pageable pageable) {
        admin.require(Permission.MANAGE_USERS);
        return users.search(SearchPattern.containing(criteria.text()), criteria.role(), criteria.enabled(),
                Pageable.ofSize(pageable.getPageSize()).withPage(pageable.getPageNumber()));
    }

    /** The full names of these users (unknown ids are left out), e.g. to name the directors on a page of programs. */
    @Transactional(readOnly = true)
    public Map<UUID, String> fullNames(Actor admin, Collection<UUID> userIds) {
        admin.require(Permission.MANAGE_USERS);
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findNamesByIdIn(userIds).stream()
                .collect(Collectors.toMap(Users.UserName::getId, Users.UserName::getFullName));
    }

    @Transactional(readOnly = true)
    public User get(Actor admin, UUID userId) {
        admin.require(Permission.MANAGE_USERS);
        return users.findById(userId).orElseThrow(() -> new NotFound("user"));
    }

    /** Names and positions of a program's staff, e.g. to say who performed an action or who signs. */
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(UUID programId) {
        return users.findByProgram(programId).stream()
                .filter(User::enabled)
                .map(u -> new StaffMember(u.id(), u.fullName(), u.position(), u.role()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> member(UUID userId) {
        return users.findById(userId).map(u -> new StaffMember(u.id(), u.fullName(), u.position(), u.role()));
    }

    public record StaffMember(UUID userId, String fullName, String position, Role role) {
    }

    private void checkScope(UserDetails details) {
        if (details.role() == Role.TERRITORIAL_MANAGER && (details.regionCode() == null || details.regionCode().isBlank())) {
            throw new Invalid("regionCode", "error.user.regionRequired");
        }
        if (details.role().isProgramBound() && details.programIds().isEmpty()) {
            throw new Invalid("programIds", "error.user.programsRequired");
        }
    }

    private String encode(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new Invalid("password", "error.user.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        // bcrypt reads at most 72 bytes; refusing longer ones says so instead of silently ignoring the rest.
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new Invalid("password", "error.user.passwordTooLong", MAX_PASSWORD_BYTES);
        }
        return passwordEncoder.encode(password);
    }

    static final class Invalid extends DomainException {
        Invalid(String field, String key, Object... args) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
        }
    }
}
