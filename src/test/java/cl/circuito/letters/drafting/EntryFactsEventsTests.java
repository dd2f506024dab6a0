package cl.circuito.letters.drafting;

import cl.circuito.waitinglist.AdmissionEvents;
import cl.circuito.waitinglist.EntryFactsEvent;
import cl.circuito.waitinglist.Events;
import cl.circuito.waitinglist.MonitoringEvents;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letters follow an entry's facts after every event about it: each event of the waiting list that names an
 * entry must say so ({@link EntryFactsEvent}), or a new one would leave drafts stating what is no longer true.
 */
class EntryFactsEventsTests {

    /** A case opened with an admission follows ChildAdmitted; one that predates Circuito has no entry. */
    private static final Set<Class<?>> NOT_ABOUT_AN_ENTRYS_FACTS = Set.of(AdmissionEvents.ActiveCaseOpened.class);

    @Test
    void everyEventNamingAnEntryTellsTheLettersToFollowItsFacts() {
        List<Class<?>> aboutAnEntry = Arrays.stream(new Class<?>[]{Events.class, AdmissionEvents.class,
                        MonitoringEvents.class})
                .flatMap(holder -> Arrays.stream(holder.getDeclaredClasses()))
                .filter(Class::isRecord)
                .filter(type -> Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals("entryId")))
                .filter(type -> !NOT_ABOUT_AN_ENTRYS_FACTS.contains(type))
                .toList();

        assertThat(aboutAnEntry).hasSizeGreaterThan(10)
                .allSatisfy(type -> assertThat(EntryFactsEvent.class.isAssignableFrom(type))
                        .as(type.getSimpleName() + " implements EntryFactsEvent").isTrue());
    }
}
