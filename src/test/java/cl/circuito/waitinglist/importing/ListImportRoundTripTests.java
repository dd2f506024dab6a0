package cl.circuito.waitinglist.importing;

import cl.circuito.documents.exports.Document;
import cl.circuito.documents.exports.RegisterFilter;
import cl.circuito.documents.exports.WaitingListDocuments;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.tables.Uploads;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circuito's own F-SGC-030 exports (xlsx and CSV) import back without any mapping or choice: a program moving its
 * list, or a deployment starting from another's export.
 */
@CircuitoTest
class ListImportRoundTripTests {

    @Autowired Fixtures fixtures;
    @Autowired ListImports imports;
    @Autowired WaitingListDocuments documents;
    @Autowired EntryDecisions decisions;
    @Autowired JdbcClient jdbc;

    UUID from;
    UUID to;
    Actor fromDirector;
    Actor toDirector;
    WaitingListEntry underReview;
    WaitingListEntry waiting;

    @BeforeEach
    void setUp() {
        from = fixtures.program("PRM", "13101");
        to = fixtures.program("PRM", "13101");
        UUID court = fixtures.referrer("FAMILY_COURT");
        fromDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(from));
        toDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(to));
        underReview = fixtures.referral(fromDirector, from, court).child("Rocío Andrea", "Pérez", "de la Fuente")
                .court("F-11-2026", "2600123456-7").receivedOn(LocalDate.of(2026, 10, 5)).backgroundSufficient(false)
                .register();
        waiting = fixtures.referral(fromDirector, from, court).child("Tomás", "Soto", "Lagos").court("F-12-2026", null)
                .receivedOn(LocalDate.of(2026, 9, 1)).eligibleOn(LocalDate.of(2026, 9, 10)).priority(2, 9).register();
        WaitingListEntry gone = fixtures.referral(fromDirector, from, court).child("Eva", "Díaz", "Luna")
                .court("F-13-2026", null).receivedOn(LocalDate.of(2026, 9, 2)).register();
        decisions.declareNotEligible(fromDirector, gone.id(), gone.version(), LocalDate.of(2026, 9, 3),
                "Corresponde a otra modalidad", null, "PPF de la comuna");
        fixtures.settle();
    }

    @Test
    void theXlsxExportImportsBackAsItIs() {
        Document xlsx = documents.registerXlsx(fromDirector, from, RegisterFilter.ALL, null);
        assertImportsBack(xlsx);
    }

    @Test
    void theCsvExportImportsBackAsItIs() {
        Document csv = documents.waitingListCsv(fromDirector, from, ListFilter.ALL, null, null);
        assertImportsBack(csv);
    }

    private void assertImportsBack(Document export) {
        Uploads.Upload upload = imports.upload(toDirector, to, export.fileName(), export.content());
        Preview preview = imports.preview(toDirector, to, upload.id(), null, ImportChoices.NONE);

        assertThat(preview.missing()).isEmpty();
        assertThat(preview.refusedRows()).isEmpty();
        assertThat(preview.countNotOnList()).isEqualTo(1);
        Map<String, Preview.Row> byName = preview.newRows().stream()
                .collect(Collectors.toMap(r -> r.read().fullName(), Function.identity()));
        assertThat(byName).containsOnlyKeys("Rocío Andrea Pérez de la Fuente", "Tomás Soto Lagos");
        ListRow rocio = byName.get("Rocío Andrea Pérez de la Fuente").read();
        assertThat(rocio.backgroundSufficient()).isFalse();
        assertThat(rocio.courtRuc()).isEqualTo("2600123456-7");
        assertThat(rocio.state()).isEqualTo(ListState.UNDER_REVIEW);
        ListRow tomas = byName.get("Tomás Soto Lagos").read();
        assertThat(tomas.state()).isEqualTo(ListState.WAITING);
        assertThat(tomas.decidedOn()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(tomas.priority()).isEqualTo(2);
        assertThat(tomas.score()).isEqualTo(9);

        UUID id = imports.confirm(toDirector, to, upload.id(), null, ImportChoices.NONE);
        fixtures.settle();
        assertThat(imports.status(toDirector, to, id).created()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select e.admissibility_due_on from waiting_list_entry e where e.program_id = ?
                           and e.child_id = ?""").params(to, underReview.childId()).query(LocalDate.class).single())
                .isEqualTo(underReview.admissibilityDueOn());
        assertThat(jdbc.sql("select status from waiting_list_entry where program_id = ? and child_id = ?")
                .params(to, waiting.childId()).query(String.class).single()).isEqualTo("WAITING");
    }
}
