package cl.circuito.documents.exports;

import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import cl.circuito.waitinglist.admission.AdmissionEstimates;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register of a large program (2,000 waiting children, each monitored, and 500 exits) is drawn in a constant
 * number of queries and renders whole; the log says how long each format took.
 */
@CircuitoTest
class RegisterVolumeTests {

    private static final Logger log = LoggerFactory.getLogger(RegisterVolumeTests.class);
    private static final int WAITING = 2_000;
    private static final int EXITED = 500;

    @Autowired WaitingListDocuments documents;
    @Autowired AdmissionEstimates estimates;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aProgramWithTwoThousandWaitingChildrenGetsItsWholeRegister() throws Exception {
        UUID program = fixtures.program("PRM", "13101");
        UUID court = fixtures.referrer("FAMILY_COURT");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        fill(program, court, director);

        long started = System.nanoTime();
        Document xlsx = documents.registerXlsx(director, program, RegisterFilter.ALL, null);
        long xlsxMs = (System.nanoTime() - started) / 1_000_000;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            // Title lines (with who exported it and when), a blank line and the header, then a row per child.
            assertThat(book.getSheet("F-SGC-030").getLastRowNum()).isEqualTo(9 + WAITING + EXITED);
        }

        started = System.nanoTime();
        Document csv = documents.waitingListCsv(director, program, ListFilter.ALL, null, ListSort.RANKING);
        long csvMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(new String(csv.content(), java.nio.charset.StandardCharsets.UTF_8).lines().count())
                .isEqualTo(2 + WAITING + EXITED); // who exported it and when, the header, a line per child

        started = System.nanoTime();
        Document pdf = documents.registerPdf(director, program, RegisterFilter.OPEN, null, PaperSize.A4);
        long pdfMs = (System.nanoTime() - started) / 1_000_000;
        PdfText text = PdfText.of(pdf.content());
        log.info("F-SGC-030 of {} entries: xlsx {} ms ({} KB), CSV {} ms ({} KB); PDF of {} waiting: {} ms, {} pages ({} KB)",
                WAITING + EXITED, xlsxMs, xlsx.content().length / 1024, csvMs, csv.content().length / 1024, WAITING,
                pdfMs, text.pages(), pdf.content().length / 1024);
        assertThat(text.pages()).isGreaterThan(50);
        assertThat(text.text()).contains("Total: 2.000 NNA").contains("Página " + text.pages() + " de " + text.pages())
                .contains("Volumen Niña 2000");

    }

    /** Children, entries (waiting, assessed, with a monitoring action each; and exits) in a few set-based inserts. */
    private void fill(UUID program, UUID court, Actor director) {
        String tag = "Vol" + Fixtures.next();
        jdbc.sql("""
                        insert into child (id, given_names, paternal_surname, maternal_surname, birth_date, created_at)
                        select gen_random_uuid(), 'Volumen Niña ' || g, :tag || 'Muñoz', 'Peña', date '2015-01-01' + g, now()
                          from generate_series(1, :total) g""")
                .param("tag", tag).param("total", WAITING + EXITED).update();
        jdbc.sql("""
                        insert into waiting_list_entry (id, program_id, child_id, referrer_id, court_rit, referral_reason,
                               received_on, background_sufficient, admissibility_due_on, status, decided_on,
                               priority, priority_score, exit_reason, exited_on, registered_at, registered_by,
                               registered_by_name)
                        select gen_random_uuid(), :program, c.id, :court, 'P-' || n || '-2026',
                               'Vulneración de derechos; derivación del tribunal de familia',
                               current_date - 400 + (n % 380), true, current_date - 380 + (n % 380),
                               case when n <= :waiting then 'WAITING' else 'EXITED' end, current_date - 390 + (n % 380),
                               case when n <= :waiting then 1 + n % 2 end, case when n <= :waiting then n % 15 end,
                               case when n > :waiting then 'WITHDRAWN' end, case when n > :waiting then current_date - 5 end,
                               now(), :director, 'Directora'
                          from (select c.id, (row_number() over (order by c.given_names))::int as n
                                  from child c where c.paternal_surname = :surname) c""")
                .param("program", program).param("court", court).param("waiting", WAITING)
                .param("director", director.userId()).param("surname", tag + "Muñoz").update();
        jdbc.sql("""
                        insert into monitoring_action (id, entry_id, program_id, kind, performed_on, performed_by_id,
                               performed_by_name, outcome, recorded_at, recorded_by_id, recorded_by_name)
                        select gen_random_uuid(), e.id, e.program_id, 'OTHER_CONTACT', current_date - 3, :director,
                               'Directora', 'PROTECTED', now(), :director, 'Directora'
                          from waiting_list_entry e where e.program_id = :program and e.status = 'WAITING'""")
                .param("program", program).param("director", director.userId()).update();
        estimates.recompute(program);
    }
}
