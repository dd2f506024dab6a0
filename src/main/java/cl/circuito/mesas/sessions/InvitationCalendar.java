package cl.circuito.mesas.sessions;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;

/**
 * A session as a calendar file (iCalendar, RFC 5545): one VEVENT whose UID never changes and whose SEQUENCE
 * goes up with each change, so calendars update the event they already hold; a suspended session is sent
 * as a cancellation. Times are Santiago's, with the time zone's definition inside the file.
 */
@Component
class InvitationCalendar {

    static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private final MessageSource messages;
    private final String organizerAddress;
    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

    InvitationCalendar(MessageSource messages,
                       @Value("${circuito.mail.from:Circuito <no-responder@circuito.local>}") String from) {
        this.messages = messages;
        this.organizerAddress = address(from);
    }

    /** The UID calendars know the session by. */
    static String uid(MesaSession session) {
        return session.id() + "@circuito";
    }

    String summary(String mesaName, MesaSession session) {
        return messages.getMessage("mesasessions.ics.summary", new Object[]{mesaName, String.valueOf(session.number())},
                MesaScheduling.CHILE);
    }

    byte[] ics(String mesaName, MesaSession session) {
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        ZonedDateTime start = ZonedDateTime.of(session.heldOn(), session.startsAt(), SANTIAGO);
        ZonedDateTime end = ZonedDateTime.of(session.heldOn(), session.endsAt(), SANTIAGO);
        VEvent event = new VEvent(start, end, summary(mesaName, session));
        event.add(new Uid(uid(session)));
        event.add(new Sequence(session.icsSequence()));
        event.add(new Location(session.place()));
        event.add(new Description(description(session)));
        Organizer organizer = new Organizer(URI.create("mailto:" + organizerAddress));
        organizer.add(new Cn(mesaName));
        event.add(organizer);
        event.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Circuito//Mesas de Gestión de Casos//ES"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
        calendar.add(registry.getTimeZone(SANTIAGO.getId()).getVTimeZone());
        calendar.add(event);
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The agenda's titles, one per line (and the reason, for a suspension). */
    String description(MesaSession session) {
        String agenda = session.agenda().stream()
                .map(i -> (i.position() + 1) + ". " + i.title())
                .collect(Collectors.joining("\n"));
        String title = messages.getMessage("mesasessions.ics.agenda", null, MesaScheduling.CHILE);
        if (session.status() == SessionStatus.CANCELLED) {
            return messages.getMessage("mesasessions.ics.cancelled", new Object[]{session.cancelReason()},
                    MesaScheduling.CHILE) + "\n\n" + title + "\n" + agenda;
        }
        return title + "\n" + agenda;
    }

    private static String address(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            return "no-responder@circuito.local";
        }
    }
}
