package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.Child;
import cl.circuito.children.ChildIdentity;
import cl.circuito.children.IdentityChoice;
import cl.circuito.children.IdentityConfirmation;
import cl.circuito.children.Rut;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static cl.circuito.audit.AuditField.ADDRESS;
import static cl.circuito.audit.AuditField.ADMISSIBILITY_DUE_ON;
import static cl.circuito.audit.AuditField.ATTACHMENTS;
import static cl.circuito.audit.AuditField.BACKGROUND_SUFFICIENT;
import static cl.circuito.audit.AuditField.CHECKSUM;
import static cl.circuito.audit.AuditField.DECIDED_ON;
import static cl.circuito.audit.AuditField.FILE;
import static cl.circuito.audit.AuditField.PRIORITY;
import static cl.circuito.audit.AuditField.RECEIVED_ON;
import static cl.circuito.audit.AuditField.REFERRER;

/**
 * Step 1 of I-SGC-01: a referral comes in, the child is identified, the entry and its deadline start.
 */
@Service
public class ReferralIntake {

    /** RIT of a family court cause: letter(s), number, year — e.g. "P-1234-2026". */
    private static final Pattern RIT = Pattern.compile("^[A-Z]{1,3}-\\d{1,7}-\\d{4}$");
    /** RUC of the Ministerio Público: ten digits and a check digit — e.g. "2600123456-7". */
    private static final Pattern RUC = Pattern.compile("^\\d{10}-[\\dK]$");

    /** Older referrals are not migrated into Circuito; the calendar's rules start earlier than this. */
    private static final LocalDate OLDEST_RECEIPT = LocalDate.of(2010, 1, 1);

    private final ProgramDirectory programs;
    private final ChildIdentification identification;
    private final WaitingListEntries entries;
    private final EntryAccess access;
    private final Attachments attachments;
    private final AttachmentContents contents;
    private final AttachmentPolicy attachmentPolicy;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;
    private final FamilyContacts familyContacts;

    ReferralIntake(ProgramDirectory programs, ChildIdentification identification, WaitingListEntries entries, EntryAccess access,
                   Attachments attachments, AttachmentContents contents, AttachmentPolicy attachmentPolicy,
                   Deadlines deadlines, AuditTrail audit, Clock clock, FamilyContacts familyContacts) {
        this.familyContacts = familyContacts;
        this.programs = programs;
        this.identification = identification;
        this.entries = entries;
        this.access = access;
        this.attachments = attachments;
        this.contents = contents;
        this.attachmentPolicy = attachmentPolicy;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param otherPrograms names of the other programs where the child is waiting or active: the
     *                      over-intervention signal (names only, never their content)
     */
    public record Registration(WaitingListEntry entry, Child child, List<String> otherPrograms) {

        /** What other modules keep of the new entry: its id, not the aggregate. */
        public UUID entryId() {
            return entry.id();
        }
    }

    @Transactional
    public Registration register(Actor actor, UUID programId, ReferralRequest request) {
        actor.require(Permission.REGISTER_REFERRALS);
        ProgramSummary program = programs.get(programId, actor.scope());
        if (!program.active()) {
            throw EntryRuleViolation.invalid("programId", "error.referral.programInactive");
        }
        LocalDate today = deadlines.today();
        ChildIdentity identity = identityOf(request, today);
        ReferrerSummary referrer = referrerOf(request);
        List<AttachmentPolicy.Checked> files = request.attachments().stream().map(attachmentPolicy::check).toList();
        FamilyContact contact = familyContacts.checked(request.contact());

        Child child = identification.identify(actor, programId, identity, request.identityConfirmation()).child();
        entries.findOpenByChild(child.id()).stream().filter(e -> e.programId().equals(programId)).findFirst()
                .ifPresent(e -> {
                    throw new DuplicateOpenEntry(e.id());
                });

        Staff staff = Staff.of(actor);
        Instant now = clock.instant();
        LocalDate dueOn = deadlines.dueOn(request.receivedOn(), request.backgroundSufficient(), program.comunaCode());
        WaitingListEntry entry = WaitingListEntry.register(referralOf(programId, child.id(), referrer, request), dueOn,
                staff, now);
        try {
            entry = entries.saveAndFlush(entry);
        } catch (DataIntegrityViolationException raced) {
            // Someone registered the same child in this program at the same moment: the unique index decided.
            // The transaction is aborted now, so the other entry cannot be looked up here.
            throw new DuplicateOpenEntry(null);
        }
        for (AttachmentPolicy.Checked file : files) {
            Attachment attachment = attachments.save(new Attachment(entry.id(), file, staff, now));
            contents.save(new AttachmentContent(attachment.id(), file.bytes()));
            entry.attachmentAdded(file.fileName(), today, staff, now);
        }

        familyContacts.recordAtIntake(entry.id(), contact, staff, now);

        audit.changed(actor, AuditAction.CREATED, Subjects.entry(entry), "audit.entry.registered",
                AuditDetails.of(REFERRER, referrer.name()).with(RECEIVED_ON, entry.receivedOn())
                        .with(BACKGROUND_SUFFICIENT, entry.backgroundSufficient()).with(ADMISSIBILITY_DUE_ON, dueOn)
                        .with(ATTACHMENTS, files.size()).withPresent(ADDRESS, familyContacts.address(contact)));

        return new Registration(entry, child, access.otherProgramsOf(child.id(), programId));
    }

    /** Where an imported entry came from, as its audit entry and timeline say. */
    public record ImportSource(UUID importId, String fileName, String checksum, String note) {
    }

    /**
     * The checks {@link #importReferral} makes, without writing anything: what a list import's preview says of a
     * row. The entry is built in memory through the aggregate's own verbs, so the preview cannot accept what the
     * import would refuse.
     *
     * @return the admissibility deadline the entry would have
     * @throws cl.circuito.shared.DomainException the first rule the row breaks, naming its field (an answer, not a
     *                                            failure: the caller's transaction goes on with the next row)
     */
    @Transactional(readOnly = true, noRollbackFor = cl.circuito.shared.DomainException.class)
    public LocalDate check(Actor actor, ProgramSummary program, ReferralRequest request, PriorDecision prior) {
        actor.require(Permission.REGISTER_REFERRALS);
        LocalDate today = deadlines.today();
        identityOf(request, today);
        ReferrerSummary referrer = referrerOf(request);
        familyContacts.checked(request.contact());
        LocalDate dueOn = deadlines.dueOn(request.receivedOn(), request.backgroundSufficient(), program.comunaCode());
        WaitingListEntry.imported(referralOf(program.id(), null, referrer, request), dueOn, prior, null, null,
                today, Staff.of(actor), clock.instant());
        return dueOn;
    }

    /**
     * One row of a program's earlier list: registered as a referral (same identification, same deadline), with the
     * decision already taken, audited as imported from the file. The registry keeps its own record of a child it
     * already knows with other data (the differences are audited), as an import cannot ask the question the form
     * asks. Runs in the import's transaction: a refusal undoes the whole batch.
     */
    @Transactional
    public WaitingListEntry importReferral(Actor actor, ProgramSummary program, ReferralRequest request,
                                          PriorDecision prior, ImportSource source) {
        actor.require(Permission.REGISTER_REFERRALS);
        LocalDate today = deadlines.today();
        ChildIdentity identity = identityOf(request, today);
        ReferrerSummary referrer = referrerOf(request);
        Child child = identification.identify(actor, program.id(), identity,
                new IdentityConfirmation(IdentityChoice.KEEP_REGISTERED, null)).child();
        entries.findOpenByChild(child.id()).stream().filter(e -> e.programId().equals(program.id())).findFirst()
                .ifPresent(e -> {
                    throw new DuplicateOpenEntry(e.id());
                });
        Instant now = clock.instant();
        LocalDate dueOn = deadlines.dueOn(request.receivedOn(), request.backgroundSufficient(), program.comunaCode());
        WaitingListEntry entry = entries.save(WaitingListEntry.imported(
                referralOf(program.id(), child.id(), referrer, request), dueOn, prior, source.importId(),
                source.note(), today, Staff.of(actor), now));
        audit.changed(actor, AuditAction.CREATED, Subjects.entry(entry), "audit.entry.imported",
                AuditDetails.of(FILE, source.fileName()).with(CHECKSUM, source.checksum())
                        .with(REFERRER, referrer.name()).with(RECEIVED_ON, entry.receivedOn())
                        .with(BACKGROUND_SUFFICIENT, entry.backgroundSufficient()).with(ADMISSIBILITY_DUE_ON, dueOn)
                        .withPresent(DECIDED_ON, entry.decidedOn()).withPresent(PRIORITY, entry.priority()));
        return entry;
    }

    private static WaitingListEntry.Referral referralOf(UUID programId, UUID childId, ReferrerSummary referrer,
                                                        ReferralRequest request) {
        return new WaitingListEntry.Referral(programId, childId, referrer.id(), blankToNull(request.courtRit()),
                blankToNull(request.courtRuc()), request.courtOrderedOn(), request.reason().trim(),
                request.receivedOn(), request.backgroundSufficient());
    }

    private ChildIdentity identityOf(ReferralRequest request, LocalDate today) {
        Rut rut = request.rut() == null || request.rut().isBlank() ? null : Rut.parse(request.rut());
        requireText("givenNames", request.givenNames());
        requireText("paternalSurname", request.paternalSurname());
        if (rut == null && request.birthDate() == null) {
            throw EntryRuleViolation.invalid("birthDate", "error.referral.birthDateRequiredWithoutRut");
        }
        if (request.receivedOn() == null) {
            throw EntryRuleViolation.invalid("receivedOn", "error.entry.dateRequired");
        }
        if (request.receivedOn().isAfter(today)) {
            throw EntryRuleViolation.invalid("receivedOn", "error.entry.dateInFuture");
        }
        if (request.receivedOn().isBefore(OLDEST_RECEIPT)) {
            throw EntryRuleViolation.invalid("receivedOn", "error.referral.tooOld");
        }
        if (request.birthDate() != null) {
            if (request.birthDate().isAfter(today)) {
                throw EntryRuleViolation.invalid("birthDate", "error.entry.dateInFuture");
            }
            if (request.birthDate().isAfter(request.receivedOn())) {
                throw EntryRuleViolation.invalid("birthDate", "error.referral.bornAfterReferral");
            }
            if (Period.between(request.birthDate(), request.receivedOn()).getYears() >= 18) {
                throw EntryRuleViolation.invalid("birthDate", "error.referral.adult");
            }
        }
        requireText("reason", request.reason());
        if (request.backgroundSufficient() == null) {
            throw EntryRuleViolation.invalid("backgroundSufficient", "error.entry.choiceRequired");
        }
        return new ChildIdentity(rut, request.givenNames(), request.paternalSurname(), request.maternalSurname(),
                request.birthDate());
    }

    private ReferrerSummary referrerOf(ReferralRequest request) {
        if (request.referrerId() == null) {
            throw EntryRuleViolation.invalid("referrerId", "error.entry.choiceRequired");
        }
        ReferrerSummary referrer = programs.referrer(request.referrerId())
                .filter(ReferrerSummary::active)
                .orElseThrow(() -> EntryRuleViolation.invalid("referrerId", "error.referral.unknownReferrer"));
        if (referrer.kind().isCourt()) {
            if (request.courtRit() == null || !RIT.matcher(request.courtRit().trim().toUpperCase()).matches()) {
                throw EntryRuleViolation.invalid("courtRit", "error.referral.rit");
            }
        }
        if (request.courtRuc() != null && !request.courtRuc().isBlank()
                && !RUC.matcher(request.courtRuc().trim().toUpperCase()).matches()) {
            throw EntryRuleViolation.invalid("courtRuc", "error.referral.ruc");
        }
        requireOrderDate(request, referrer);
        return referrer;
    }

    /** A court's resolution comes before the program receives it; only a court orders one. */
    private static void requireOrderDate(ReferralRequest request, ReferrerSummary referrer) {
        LocalDate orderedOn = request.courtOrderedOn();
        if (orderedOn == null) {
            return;
        }
        if (!referrer.kind().isCourt()) {
            throw EntryRuleViolation.invalid("courtOrderedOn", "error.referral.orderedByNoCourt");
        }
        if (request.receivedOn() != null && orderedOn.isAfter(request.receivedOn())) {
            throw EntryRuleViolation.invalid("courtOrderedOn", "error.referral.orderedAfterReceipt");
        }
        if (orderedOn.isBefore(OLDEST_RECEIPT)) {
            throw EntryRuleViolation.invalid("courtOrderedOn", "error.referral.orderTooOld");
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw EntryRuleViolation.invalid(field, "error.entry.textRequired");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase();
    }
}
