package cl.circuito.mesas.sessions;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.mesa.Mesas;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions on the database: proposed dates, scheduling, agenda, convocations, attendance and rates. */
@CircuitoTest
class SessionFlowTests {

    @Autowired MesaFixtures mesaFixtures;
    @Autowired SessionPlanning planning;
    @Autowired SessionAgendas agendas;
    @Autowired SessionInvitations invitations;
    @Autowired SessionAttendance attendance;
    @Autowired AttendanceRates rates;
    @Autowired AttendanceDigest digest;
    @Autowired MesaSessions sessions;
    @Autowired Mesas mesas;
    @Autowired MesaSetup setup;
    @Autowired BusinessCalendar calendar;
    @Autowired GreenMail greenMail;
    /** Today where the Mesas are (the application's clock), not where the build runs. */
    @Autowired java.time.Clock clock;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired cl.circuito.testing.Fixtures fixtures;

    /** The session's version as its page shows it now (every change names the version it read). */
    private long version(MesaSession session) {
        return fixtures.version("mesa_session", session.id());
    }

    private void frequency(MesaWorld w, Frequency frequency, Integer days) {
        Mesa mesa = mesas.findById(w.mesaId()).orElseThrow();
        setup.change(w.admin(), w.mesaId(), mesa.version(), new Mesa.Settings(mesa.name(), mesa.foundedOn(), frequency,
                days, mesa.usualPlace(), mesa.usualStartsAt(), mesa.usualEndsAt()));
    }

    @Test
    void proposedDatesFollowTheFrequencyAndSkipHolidays() {
        MesaWorld w = mesaFixtures.world();
        mesaFixtures.session(w, LocalDate.of(2027, 4, 13));
        List<SessionPlanning.ProposedDate> monthly = planning.proposals(w.coFacilitator(), w.mesaId());
        assertThat(monthly).hasSize(SessionPlanning.PROPOSALS);
        // The second Tuesday of each month, as the Mesa agreed.
        assertThat(monthly.get(0).date()).isEqualTo(LocalDate.of(2027, 5, 11));
        assertThat(monthly.get(1).date()).isEqualTo(LocalDate.of(2027, 6, 8));
        assertThat(monthly).allSatisfy(p -> assertThat(calendar.isBusinessDay(p.date(), w.comunaCode())).isTrue());

        // Every two weeks from a session two weeks before the next Christmas: Christmas moves to the next business
        // day, and the rhythm goes on from Christmas.
        MesaWorld v = mesaFixtures.world();
        frequency(v, Frequency.BIWEEKLY, null);
        LocalDate christmas = LocalDate.of(LocalDate.now(clock).getYear(), 12, 25);
        if (!christmas.minusDays(14).isAfter(LocalDate.now(clock))) {
            christmas = christmas.plusYears(1);
        }
        mesaFixtures.session(v, christmas.minusDays(14));
        List<SessionPlanning.ProposedDate> biweekly = planning.proposals(v.coFacilitator(), v.mesaId());
        assertThat(biweekly.get(0)).isEqualTo(new SessionPlanning.ProposedDate(businessDayFrom(christmas, v), christmas));
        assertThat(biweekly.get(1).date()).isEqualTo(businessDayFrom(christmas.plusDays(14), v));

        frequency(v, Frequency.CUSTOM, 10);
        assertThat(planning.proposals(v.coFacilitator(), v.mesaId()).get(0).date())
                .isEqualTo(businessDayFrom(christmas.minusDays(4), v));
        frequency(v, Frequency.CUSTOM, null);
        assertThat(planning.proposals(v.coFacilitator(), v.mesaId())).isEmpty();
    }

    private LocalDate businessDayFrom(LocalDate date, MesaWorld w) {
        LocalDate day = date;
        while (!calendar.isBusinessDay(day, w.comunaCode())) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void severalProposedDatesAreScheduledAtOnceInDateOrderAndAPastDateSavesNone() {
        MesaWorld w = mesaFixtures.world();
        List<MesaSession> scheduled = planning.scheduleAtUsual(w.coFacilitator(), w.mesaId(),
                List.of(LocalDate.of(2027, 6, 8), LocalDate.of(2027, 5, 11)), false);
        assertThat(scheduled).extracting(MesaSession::number).containsExactly(1, 2);
        assertThat(scheduled).extracting(MesaSession::heldOn).containsExactly(LocalDate.of(2027, 5, 11), LocalDate.of(2027, 6, 8));
        assertThat(scheduled.get(0).place()).isEqualTo("Sala de reuniones de la OPD");
        assertThat(scheduled.get(0).startsAt()).isEqualTo(LocalTime.of(9, 30));

        assertThatThrownBy(() -> planning.scheduleAtUsual(w.coFacilitator(), w.mesaId(),
                List.of(LocalDate.of(2027, 7, 13), MesaFixtures.FOUNDED.minusDays(1)), false))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> {
                    assertThat(((MesaRuleViolation) e).field()).isEqualTo("dates");
                    assertThat(((MesaRuleViolation) e).messageKey()).isEqualTo("mesasessions.error.pastDate");
                });
        assertThat(sessions.findAllOfMesa(w.mesaId())).hasSize(2);

        assertThatThrownBy(() -> planning.scheduleAtUsual(w.member(), w.mesaId(), List.of(LocalDate.of(2027, 7, 13)), false))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> planning.proposals(w.outsider(), w.mesaId())).isInstanceOf(NotFound.class);
        assertThat(planning.proposals(w.member(), w.mesaId())).isNotEmpty();
    }

    @Test
    void theAgendaIsEditedUntilTheMinutesAreApproved() {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession second = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));
        AgendaItem added = agendas.add(w.coFacilitator(), w.mesaId(), first.id(),
                new SessionAgendas.ItemText("Presentación del CESFAM", "Oferta de salud mental", "Sergio Salas"));
        agendas.move(w.coFacilitator(), w.mesaId(), first.id(), version(first), added.id(), true);
        int size = AgendaItemKind.standard().size() + 1;
        List<String> titles = titles(first);
        assertThat(titles).hasSize(size);
        assertThat(titles.get(size - 2)).isEqualTo("Presentación del CESFAM");
        java.util.UUID welcome = tx.execute(t -> sessions.findById(first.id()).orElseThrow().agenda().get(0).id());
        agendas.describe(w.coFacilitator(), w.mesaId(), first.id(), version(first), welcome,
                new SessionAgendas.ItemText("Bienvenida y presentación", null, "Olga Ortiz"));
        agendas.remove(w.coFacilitator(), w.mesaId(), first.id(), version(first), added.id());
        assertThatThrownBy(() -> agendas.describe(w.coFacilitator(), w.mesaId(), first.id(), version(first), welcome,
                new SessionAgendas.ItemText(" ", null, null)))
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("title"));
        assertThatThrownBy(() -> agendas.add(w.member(), w.mesaId(), first.id(),
                new SessionAgendas.ItemText("Otro", null, null))).isInstanceOf(AccessDenied.class);

        assertThat(titles(first)).hasSize(size - 1).first().isEqualTo("Bienvenida y presentación");
        mesaFixtures.approveMinutes(w, first, second);
        assertThatThrownBy(() -> agendas.add(w.coFacilitator(), w.mesaId(), first.id(),
                new SessionAgendas.ItemText("Tarde", null, null)))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesas.error.minutesApproved");
        assertThat(titles(first)).hasSize(size - 1);
    }

    private List<String> titles(MesaSession session) {
        return tx.execute(t -> sessions.findById(session.id()).orElseThrow().agenda().stream().map(AgendaItem::title).toList());
    }

    @Test
    void theCalendarFileCarriesAStableUidASequenceAndACancellation() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession session = mesaFixtures.session(w, LocalDate.of(2027, 5, 11));
        planning.reschedule(w.coFacilitator(), w.mesaId(), session.id(), session.version(),
                new MesaSession.Slot(LocalDate.of(2027, 5, 12), LocalTime.of(10, 0), LocalTime.of(12, 30),
                        "Salón municipal, Ñuble 123"), false);
        Calendar ics = parse(invitations.calendarFile(w.member(), w.mesaId(), session.id()).content());
        assertThat(value(ics, Property.METHOD)).isEqualTo("REQUEST");
        VEvent event = ics.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.UID)).isEqualTo(session.id() + "@circuito");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20270512T100000");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/Santiago");
        assertThat(value(event, Property.DTEND)).isEqualTo("20270512T123000");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Salón municipal, Ñuble 123");
        String mesaName = mesas.findById(w.mesaId()).orElseThrow().name();
        assertThat(value(event, Property.SUMMARY))
                .isEqualTo("Mesa de Gestión de Casos de " + mesaName + " – Sesión N° " + session.number());
        assertThat(value(event, Property.DESCRIPTION)).contains("1. Bienvenida", "Revisión de acuerdos");
        assertThat(ics.getComponents("VTIMEZONE")).hasSize(1);

        MesaSession moved = sessions.findById(session.id()).orElseThrow();
        planning.cancel(w.coFacilitator(), w.mesaId(), session.id(), moved.version(), "Paro de funcionarios municipales");
        Calendar cancelled = parse(invitations.calendarFile(w.coFacilitator(), w.mesaId(), session.id()).content());
        assertThat(value(cancelled, Property.METHOD)).isEqualTo("CANCEL");
        VEvent cancelledEvent = cancelled.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(cancelledEvent, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelledEvent, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancelledEvent, Property.UID)).isEqualTo(session.id() + "@circuito");
    }

    @Test
    void convocationsGoToPermanentMembersInvitedOccasionalOnesAndGuestsWithTheCalendarFile() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession session = mesaFixtures.session(w, LocalDate.of(2027, 5, 11));
        String mesaName = mesas.findById(w.mesaId()).orElseThrow().name();
        greenMail.purgeEmailFromAllMailboxes();

        SessionInvitations.Sent first = invitations.send(w.coFacilitator(), w.mesaId(), session.id());
        assertThat(first).isEqualTo(new SessionInvitations.Sent(InvitationKind.INVITATION, 3));
        List<MimeMessage> received = mails(mesaName);
        assertThat(recipients(received)).containsExactlyInAnyOrder("olga.opd@prueba.cl", "esteban.edt@prueba.cl",
                "pia.pie@prueba.cl");
        MimeMessage one = received.get(0);
        assertThat(one.getSubject()).isEqualTo("Convocatoria: Mesa de Gestión de Casos de " + mesaName + " – Sesión N° 1");
        BodyPart calendarPart = calendarPart(one);
        assertThat(calendarPart.getContentType()).contains("text/calendar").contains("method=REQUEST");
        try (InputStream in = calendarPart.getInputStream()) {
            Calendar attached = new CalendarBuilder().build(in);
            assertThat(value(attached.<VEvent>getComponents("VEVENT").get(0), Property.UID)).isEqualTo(session.id() + "@circuito");
        }
        assertThat(text(one)).contains("Lectura del acta anterior", "11-05-2027");

        attendance.invite(w.coFacilitator(), w.mesaId(), session.id(), w.healthMember());
        attendance.addGuest(w.coFacilitator(), w.mesaId(), session.id(),
                new SessionAttendance.GuestDetails("Gabriela Gómez", "Tribunal de Familia", "Consejera técnica", "gabriela@prueba.cl"));
        assertThat(SessionViews.pendingNotice(sessions.findById(session.id()).orElseThrow(),
                List.of(new SessionViews.Sending(InvitationKind.INVITATION, 0, 3, Instant.now(), "x")))).isNull();
        planning.reschedule(w.coFacilitator(), w.mesaId(), session.id(),
                sessions.findById(session.id()).orElseThrow().version(),
                new MesaSession.Slot(LocalDate.of(2027, 5, 18), LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala OPD"), false);
        greenMail.purgeEmailFromAllMailboxes();
        assertThat(invitations.send(w.coFacilitator(), w.mesaId(), session.id()))
                .isEqualTo(new SessionInvitations.Sent(InvitationKind.UPDATE, 5));
        assertThat(recipients(mails(mesaName))).contains("sergio.salud@prueba.cl", "gabriela@prueba.cl").hasSize(5);

        planning.cancel(w.coFacilitator(), w.mesaId(), session.id(),
                sessions.findById(session.id()).orElseThrow().version(), "Emergencia comunal");
        greenMail.purgeEmailFromAllMailboxes();
        assertThat(invitations.send(w.coFacilitator(), w.mesaId(), session.id()).kind()).isEqualTo(InvitationKind.CANCELLATION);
        MimeMessage cancellation = mails(mesaName).get(0);
        assertThat(cancellation.getSubject()).startsWith("Suspendida:");
        assertThat(calendarPart(cancellation).getContentType()).contains("method=CANCEL");
        assertThatThrownBy(() -> invitations.send(w.coFacilitator(), w.mesaId(), session.id()))
                .hasMessage("mesasessions.error.nothingToCancel");
        assertThatThrownBy(() -> invitations.send(w.member(), w.mesaId(), session.id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    void attendanceMarksTheSessionHeldAndFeedsTheRatesAndTheMinutes() {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession may = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));
        MesaSession future = mesaFixtures.session(w, LocalDate.now(clock).plusDays(20));

        List<SessionAttendance.Line> lines = attendance.sheet(w.coFacilitator(), w.mesaId(), april.id()).lines();
        assertThat(lines).extracting(SessionAttendance.Line::personName)
                .containsExactlyInAnyOrder("Olga Ortiz", "Esteban Espinoza", "Pía Paredes");
        assertThatThrownBy(() -> attendance.record(w.coFacilitator(), w.mesaId(), future.id(), version(future),
                marks(attendance.sheet(w.coFacilitator(), w.mesaId(), future.id()).lines(), AttendanceStatus.PRESENT), Set.of()))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("heldOn"));
        assertThat(sessions.findById(future.id()).orElseThrow().status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(attendance.sheet(w.coFacilitator(), w.mesaId(), future.id()).taken()).isFalse();

        SessionAttendance.Guest guest = attendance.addGuest(w.coFacilitator(), w.mesaId(), april.id(),
                new SessionAttendance.GuestDetails("Gabriela Gómez", "Tribunal de Familia", "Consejera técnica", null));
        attendance.record(w.coFacilitator(), w.mesaId(), april.id(), version(april), List.of(
                mark(lines, "Olga Ortiz", AttendanceStatus.PRESENT),
                mark(lines, "Esteban Espinoza", AttendanceStatus.APOLOGIES),
                mark(lines, "Pía Paredes", AttendanceStatus.ABSENT)), Set.of(guest.id()));
        attendance.record(w.coFacilitator(), w.mesaId(), may.id(), version(may), List.of(
                mark(lines, "Olga Ortiz", AttendanceStatus.PRESENT),
                mark(lines, "Esteban Espinoza", AttendanceStatus.PRESENT)), Set.of());
        assertThat(sessions.findById(april.id()).orElseThrow().status()).isEqualTo(SessionStatus.HELD);
        assertThatThrownBy(() -> attendance.record(w.member(), w.mesaId(), may.id(), version(may), List.of(), Set.of()))
                .isInstanceOf(AccessDenied.class);

        AttendanceRates.Rates r = rates.of(w.member(), w.mesaId());
        AttendanceRates.MemberRate opd = rate(r, w.opdMember());
        assertThat(opd.held()).isEqualTo(2);
        assertThat(opd.rate()).isEqualTo(100);
        AttendanceRates.MemberRate edt = rate(r, w.edtMember());
        assertThat(List.of(edt.present(), edt.apologies(), edt.absent(), edt.rate())).containsExactly(1, 1, 0, 50);
        AttendanceRates.MemberRate pie = rate(r, w.pieMember());
        assertThat(List.of(pie.present(), pie.absent(), pie.rate())).containsExactly(0, 2, 0);
        assertThat(pie.low()).isTrue();
        AttendanceRates.MemberRate health = rate(r, w.healthMember());
        assertThat(health.held()).isZero();
        assertThat(health.rate()).isNull();
        assertThat(r.months()).extracting(AttendanceRates.MonthRate::rate).containsExactly(33, 67);

        List<AttendanceDigest.Line> minutes = digest.forSession(april.id());
        assertThat(minutes).hasSize(4);
        assertThat(minutes).filteredOn(AttendanceDigest.Line::guest).singleElement()
                .satisfies(l -> {
                    assertThat(l.personName()).isEqualTo("Gabriela Gómez");
                    assertThat(l.statusLabel()).isEqualTo("Presente");
                });
        assertThat(minutes).filteredOn(l -> "Esteban Espinoza".equals(l.personName())).singleElement()
                .satisfies(l -> assertThat(l.statusLabel()).isEqualTo("Excusa"));
        assertThat(digest.forSession(future.id())).isEmpty();
    }

    private static SessionAttendance.Mark mark(List<SessionAttendance.Line> lines, String person, AttendanceStatus status) {
        SessionAttendance.Line line = lines.stream().filter(l -> person.equals(l.personName())).findFirst().orElseThrow();
        return new SessionAttendance.Mark(line.memberId(), line.representativeId(), status);
    }

    private static List<SessionAttendance.Mark> marks(List<SessionAttendance.Line> lines, AttendanceStatus status) {
        return lines.stream().map(l -> new SessionAttendance.Mark(l.memberId(), l.representativeId(), status)).toList();
    }

    private static AttendanceRates.MemberRate rate(AttendanceRates.Rates rates, java.util.UUID memberId) {
        return rates.members().stream().filter(m -> m.memberId().equals(memberId)).findFirst().orElseThrow();
    }

    static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(p -> ((Property) p).getValue()).orElseThrow();
    }

    private List<MimeMessage> mails(String mesaName) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getSubject().contains(mesaName)) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<String> recipients(List<MimeMessage> messages) throws Exception {
        List<String> all = new ArrayList<>();
        for (MimeMessage m : messages) {
            for (Address a : m.getAllRecipients()) {
                all.add(a.toString());
            }
        }
        return all;
    }

    private static BodyPart calendarPart(MimeMessage message) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return multipart.getBodyPart(i);
            }
        }
        throw new AssertionError("no calendar part");
    }

    private static String text(MimeMessage message) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        StringBuilder text = new StringBuilder();
        collect(multipart, text);
        return text.toString();
    }

    private static void collect(MimeMultipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Object content = multipart.getBodyPart(i).getContent();
            if (content instanceof MimeMultipart nested) {
                collect(nested, text);
            } else if (content instanceof String s) {
                text.append(s);
            } else if (content instanceof InputStream in) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
