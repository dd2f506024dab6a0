package cl.circuito.letters.drafting;

import cl.circuito.shared.IncompletePublications;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A listener that failed leaves its publication incomplete; the job delivers it again and the letter is drafted. */
@CircuitoTest
class IncompletePublicationsTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired IncompletePublications job;
    @Autowired AdmissionPlanning planning;
    @Autowired Admissions admissions;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private long admissionLetters(UUID entryId) {
        return jdbc.sql("""
                select count(*) from letter l join letter_child c on c.letter_id = l.id
                 where c.entry_id = ? and l.kind = 'EFFECTIVE_ADMISSION'""").param(entryId).query(Long.class).single();
    }

    private long incomplete(UUID entryId) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
                .param("%" + entryId + "%").query(Long.class).single();
    }

    @Test
    void aPublicationWhoseListenerFailedIsResubmittedOnceItIsOldAndDraftsTheLetter() {
        LetterScenario scenario = new LetterScenario(fixtures, decisions, jdbc);
        LetterScenario.Child child = scenario.waiting(scenario.court, 5);
        LocalDate today = LocalDate.now();
        planning.confirm(scenario.director, scenario.program, YearMonth.from(today), List.of(child.entryId()), Map.of());
        admissions.recordInterview(scenario.director, child.entryId(), scenario.version(child), today, "NNA y su madre",
                true, "Pasaje Los Aromos 45, Concepción", null);
        scenario.settle(scenario.program);
        Map<String, Object> template = jdbc.sql("""
                select id, subject, salutation, body, closing from letter_template
                 where institution_id is null and kind = 'EFFECTIVE_ADMISSION'""")
                .query().singleRow();
        // The default template missing for a moment: drafting fails, as it would with the database unreachable.
        jdbc.sql("delete from letter_template where id = ?").param(template.get("id")).update();
        try {
            admissions.admit(scenario.director, child.entryId(), scenario.version(child), today);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                            select count(*) from event_publication
                             where serialized_event like ? and listener_id like '%LetterDrafts%' and status = 'FAILED'""")
                    .param("%" + child.entryId() + "%").query(Long.class).single() > 0);
        } finally {
            jdbc.sql("""
                    insert into letter_template (id, institution_id, kind, subject, salutation, body, closing, updated_at,
                                                 updated_by_name)
                    values (?, null, 'EFFECTIVE_ADMISSION', ?, ?, ?, ?, now(), 'Circuito')""")
                    .params(template.get("id"), template.get("subject"), template.get("salutation"), template.get("body"),
                            template.get("closing")).update();
        }
        assertThat(admissionLetters(child.entryId())).isZero();

        job.resubmit();
        assertThat(admissionLetters(child.entryId())).as("too recent: perhaps still being handled").isZero();

        jdbc.sql("update event_publication set publication_date = publication_date - interval '10 minutes' where serialized_event like ? and completion_date is null")
                .param("%" + child.entryId() + "%").update();
        job.resubmit();

        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(child.entryId()) == 0);
        assertThat(admissionLetters(child.entryId())).isEqualTo(1);
    }
}
