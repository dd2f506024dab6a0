package cl.circuito.testing;

import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.entry.FamilyContact;
import cl.circuito.waitinglist.entry.IncomingFile;
import cl.circuito.waitinglist.entry.ReferralRequest;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.ReferralIntake;
import cl.circuito.waitinglist.entry.WaitingListEntry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One fictional referral, from {@link Fixtures#referral}. Unless a test says otherwise: a child without RUT ("Niña
 * Ficticia", a surname no other child has, born 5 May 2016), received today for a protection measure, with a court
 * cause of its own (RIT) and sufficient background. A test names only what matters to it; {@link #request()} is the
 * referral as typed, and {@link #register()} registers it as the director does, then declares it eligible and writes
 * its priority when asked.
 */
public final class ReferralBuilder {

    private final ReferralIntake intake;
    private final EntryDecisions decisions;
    private final Fixtures fixtures;
    private final Actor director;
    private final UUID program;
    private final UUID referrer;

    private String rut;
    private String givenNames = "Niña";
    private String paternalSurname;
    private String maternalSurname;
    private LocalDate birthDate = LocalDate.of(2016, 5, 5);
    private String courtRit = "P-" + Fixtures.next() + "-2026";
    private String courtRuc;
    private LocalDate courtOrderedOn;
    private String reason = "Medida de protección";
    private LocalDate receivedOn;
    private boolean backgroundSufficient = true;
    private List<IncomingFile> attachments = List.of();
    private FamilyContact contact = FamilyContact.NONE;
    private boolean eligibleOnReceipt;
    private LocalDate eligibleOn;
    private boolean assessed;
    private Integer priority;
    private Integer score;
    private boolean overridden;

    ReferralBuilder(ReferralIntake intake, EntryDecisions decisions, Fixtures fixtures, Actor director, UUID program,
                    UUID referrer, LocalDate today) {
        this.intake = intake;
        this.decisions = decisions;
        this.fixtures = fixtures;
        this.director = director;
        this.program = program;
        this.referrer = referrer;
        this.receivedOn = today;
    }

    public ReferralBuilder rut(String rut) {
        this.rut = rut;
        return this;
    }

    public ReferralBuilder child(String givenNames, String paternalSurname) {
        return child(givenNames, paternalSurname, null);
    }

    public ReferralBuilder child(String givenNames, String paternalSurname, String maternalSurname) {
        this.givenNames = givenNames;
        this.paternalSurname = paternalSurname;
        this.maternalSurname = maternalSurname;
        return this;
    }

    /** "Niña" with {@code surname} made unique: a child no other test refers. */
    public ReferralBuilder surnamed(String surname) {
        return child("Niña", surname + Fixtures.next());
    }

    public ReferralBuilder bornOn(LocalDate birthDate) {
        this.birthDate = birthDate;
        return this;
    }

    /** A family court's cause; a RIT of its own by default, none for other referrers. */
    public ReferralBuilder court(String rit, String ruc) {
        this.courtRit = rit;
        this.courtRuc = ruc;
        return this;
    }

    /** The day the court's resolution ordered the referral. */
    public ReferralBuilder orderedOn(LocalDate orderedOn) {
        this.courtOrderedOn = orderedOn;
        return this;
    }

    public ReferralBuilder reason(String reason) {
        this.reason = reason;
        return this;
    }

    public ReferralBuilder receivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
        return this;
    }

    public ReferralBuilder receivedDaysAgo(int days) {
        return receivedOn(receivedOn.minusDays(days));
    }

    public ReferralBuilder backgroundSufficient(boolean sufficient) {
        this.backgroundSufficient = sufficient;
        return this;
    }

    public ReferralBuilder attachments(IncomingFile... files) {
        this.attachments = Arrays.asList(files);
        return this;
    }

    /** Declared eligible (waiting) on {@code decidedOn}, once registered. */
    public ReferralBuilder eligibleOn(LocalDate decidedOn) {
        this.eligibleOn = decidedOn;
        this.eligibleOnReceipt = false;
        return this;
    }

    /** Declared eligible (waiting) on the day it was received. */
    public ReferralBuilder waiting() {
        this.eligibleOnReceipt = true;
        return this;
    }

    /** With the priority the guide would have given it ({@link Fixtures#assess}). */
    public ReferralBuilder priority(Integer priority, Integer score) {
        this.assessed = true;
        this.priority = priority;
        this.score = score;
        return this;
    }

    /** The priority set by hand, over the guide's: with {@link #priority}. */
    public ReferralBuilder overridden() {
        this.overridden = true;
        return this;
    }

    /** With how the program reaches the family. */
    public ReferralBuilder contact(FamilyContact contact) {
        this.contact = contact;
        return this;
    }

    /** The referral as the director types it. */
    public ReferralRequest request() {
        return new ReferralRequest(rut, givenNames, paternalSurname == null ? "Ficticia" + Fixtures.next()
                : paternalSurname, maternalSurname, birthDate, referrer, courtRit, courtRuc, reason, receivedOn,
                backgroundSufficient, attachments).withContact(contact).withCourtOrderedOn(courtOrderedOn);
    }

    /**
     * Registers the referral, then declares it eligible and writes its priority if asked.
     *
     * @return the entry as the last service call returned it (its priority, written behind the services, not read back)
     */
    public WaitingListEntry register() {
        WaitingListEntry entry = intake.register(director, program, request()).entry();
        LocalDate decidedOn = eligibleOnReceipt ? receivedOn : eligibleOn;
        if (decidedOn != null) {
            entry = decisions.declareEligible(director, entry.id(), fixtures.version("waiting_list_entry", entry.id()),
                    decidedOn, null);
        }
        if (assessed) {
            fixtures.assess(entry.id(), priority, score, overridden);
        }
        return entry;
    }
}
