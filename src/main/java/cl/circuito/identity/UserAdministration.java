package cl.circuito.identity;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.SearchPattern;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.web.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The administrator's management of users: who they are, their role and scope, their password, and the invitations
 * by which a user chooses it.
 *
 * <p>Longer than our services usually are because a user's password has two ways in (typed by the administrator,
 * or chosen by the user through an e-mailed link) that share the password rules kept here.
 */
@Service
public class UserAdministration {

    /** Long enough to resist guessing; the admin gives it to the user, who changes it. */
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final Invitations invitations;
    private final InvitationMailer mailer;
    private final Messages messages;
    private final String baseUrl;

    UserAdministration(Users users, PasswordEncoder passwordEncoder, Invitations invitations, InvitationMailer mailer,
                       Messages messages, @Value("${circuito.base-url:http://localhost:8080}") String baseUrl) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.invitations = invitations;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** What an invitation link leads to, for the page where the user chooses a password. */
    public record InvitationLink(State state, String fullName, String username) {

        public boolean valid() {
            return state == State.VALID;
        }

        public enum State { VALID, EXPIRED, USED, UNKNOWN }
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

    /**
     * Creates a user without a password and e-mails them a link to choose one (sent once the transaction commits).
     * The administrator may invite anyone; the national team, importing the network, anyone but administrators and
     * national-team users. The username is the e-mail, which the unique index on usernames keeps to one account.
     */
    @Transactional
    public User invite(Actor actor, UserDetails details) {
        requireMayCreate(actor, details.role());
        String username = details.email() == null ? "" : details.email().trim().toLowerCase(java.util.Locale.ROOT);
        if (users.findByUsername(username).isPresent()) {
            throw new Invalid("email", "error.user.emailTaken");
        }
        checkScope(details);
        User user = new User(username, details.fullName(), details.email(), null);
        user.describe(details.fullName(), details.email(), details.position());
        user.assign(details.role(), details.regionCode(), details.programIds());
        users.saveAndFlush(user); // the invitation refers to it
        sendInvitation(actor, user);
        return user;
    }

    /**
     * E-mails the user a new link to choose their password, ending the earlier ones: for an invitation that
     * expired or got lost, or a forgotten password.
     */
    @Transactional
    public void resendInvitation(Actor admin, UUID userId) {
        admin.require(Permission.MANAGE_USERS);
        User user = users.findById(userId).orElseThrow(() -> new NotFound("user"));
        if (user.email() == null || user.email().isBlank()) {
            throw new Invalid("email", "error.user.noEmail");
        }
        sendInvitation(admin, user);
    }

    /** The users with this e-mail, case ignored (an import recognises existing users by it). */
    @Transactional(readOnly = true)
    public List<User> withEmail(Actor actor, String email) {
        if (!actor.can(Permission.MANAGE_USERS)) {
            actor.require(Permission.IMPORT_NETWORK);
        }
        return email == null || email.isBlank() ? List.of() : users.findByEmail(email.strip());
    }

    /**
     * Whether an account already signs in with this name (an invited user's username is their e-mail, in lower
     * case): an import says so on the row, before confirming.
     */
    @Transactional(readOnly = true)
    public boolean usernameTaken(Actor actor, String username) {
        if (!actor.can(Permission.MANAGE_USERS)) {
            actor.require(Permission.IMPORT_NETWORK);
        }
        return username != null && users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT)).isPresent();
    }

    /** Whether this actor may give a user this role: only who manages users makes administrators or national team. */
    public static boolean mayGrant(Actor actor, Role role) {
        return actor.can(Permission.MANAGE_USERS)
                || (actor.can(Permission.IMPORT_NETWORK) && role != Role.ADMIN && role != Role.NATIONAL_TEAM);
    }

    @Transactional(readOnly = true)
    public InvitationLink invitation(String token) {
        Invitations.Found found = invitations.find(token);
        if (found.userId() == null) {
            return new InvitationLink(InvitationLink.State.UNKNOWN, null, null);
        }
        User user = users.findById(found.userId()).orElse(null);
        if (user == null) {
            return new InvitationLink(InvitationLink.State.UNKNOWN, null, null);
        }
        return new InvitationLink(InvitationLink.State.valueOf(found.state().name()), user.fullName(), user.username());
    }

    /**
     * The invited user chooses their password. The link works once: two submissions at once set one password,
     * and the other is told the link no longer works (field {@code password}).
     */
    @Transactional
    public User acceptInvitation(String token, String password) {
        String hash = encode(password);
        UUID userId = invitations.use(token)
                .orElseThrow(() -> new Invalid("password", "error.invitation.notValid"));
        User user = users.findById(userId).orElseThrow(() -> new NotFound("user"));
        user.changePassword(hash);
        return user;
    }

    private void sendInvitation(Actor actor, User user) {
        Invitations.Issued issued = invitations.issue(user.id(), actor.userId());
        String link = baseUrl + "/invitation/" + issued.token();
        InvitationMailer.InvitationMail mail = new InvitationMailer.InvitationMail(user.email(),
                messages.get("invitation.mail.subject"),
                messages.get("invitation.mail.text", user.fullName(), link, user.username(),
                        cl.circuito.shared.text.ChileanDates.dayAndTime(issued.expiresAt().atZone(cl.circuito.shared.text.ChileanDates.CHILE))));
        Runnable send = () -> {
            try {
                mailer.send(mail);
            } catch (RuntimeException e) {
                // The user exists; the administrator can send the link again from the user's page.
                log.warn("Could not send the invitation to user {}: {}", user.id(), e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private static void requireMayCreate(Actor actor, Role role) {
        if (!actor.can(Permission.MANAGE_USERS)) {
            actor.require(Permission.IMPORT_NETWORK);
        }
        if (role == null) {
            throw new Invalid("role", "error.user.roleRequired");
        }
        if (!mayGrant(actor, role)) {
            throw new Invalid("role", "error.user.roleNotYours");
        }
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

    /** As {@link #update(Actor, UUID, UserDetails, boolean)}, with the user's RUT (blank for none). */
    @Transactional
    public User update(Actor admin, UUID userId, UserDetails details, boolean enabled, String rut) {
        User user = update(admin, userId, details, enabled);
        identify(user, rut);
        return user;
    }

    /** As {@link #create(Actor, UserDetails, String)}, with the user's RUT (blank for none). */
    @Transactional
    public User create(Actor admin, UserDetails details, String password, String rut) {
        User user = create(admin, details, password);
        identify(user, rut);
        return user;
    }

    /**
     * The RUT single sign-on recognises the user by (ClaveÚnica): written any usual way, kept as "12345678-5";
     * one account per RUT. Blank removes it.
     */
    private void identify(User user, String rut) {
        if (rut == null || rut.isBlank()) {
            user.identifyAs(null);
            return;
        }
        String canonical = Ruts.canonical(rut).orElseThrow(() -> new Invalid("rut", "error.user.rutInvalid"));
        users.findByRut(canonical).filter(other -> !other.id().equals(user.id())).ifPresent(other -> {
            throw new Invalid("rut", "error.user.rutTaken");
        });
        user.identifyAs(canonical);
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
