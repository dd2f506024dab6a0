package cl.circuito.letters.register;

import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.drafting.RegisterLetters;
import cl.circuito.letters.drafting.SendingChannel;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class LetterRegisterTests {

    @Autowired Fixtures fixtures;
    @Autowired ApplicationContext context;
    @Autowired LetterRegister register;
    @Autowired JdbcClient jdbc;

    RegisterLetters make;
    UUID program;
    UUID court;
    UUID opd;
    Actor director;

    @BeforeEach
    void setUp() {
        make = RegisterLetters.from(context);
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        opd = fixtures.referrer("OPD");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private List<String> numbers(RegisterFilter filter) {
        return register.page(director, program, filter, 0, 50).stream()
                .map(row -> row.numbered() ? row.numberLabel() : "Borrador " + row.status()).toList();
    }

    @Test
    void filtersByKindStateAddresseeAndMonthNewestNumberFirst() {
        make.sent(director, program, court, "1° Juzgado de Familia de Santiago", LetterKind.ESTIMATED_DATE,
                LocalDate.of(2026, 3, 2), "Sofía Muñoz Ávila");
        make.issued(director, program, opd, "OPD Santiago", LetterKind.NOT_ELIGIBLE,
                LocalDate.of(2026, 3, 20), "Martín Núñez Peña");
        make.issued(director, program, court, "1° Juzgado de Familia de Santiago", LetterKind.EFFECTIVE_ADMISSION,
                LocalDate.of(2026, 4, 6), "Ignacio Ñancupil");
        make.draft(director, program, court, "1° Juzgado de Familia de Santiago", LetterKind.ESTIMATED_DATE_UPDATE,
                LocalDate.of(2026, 3, 25), "Josefa Peña");
        make.discarded(director, program, opd, "OPD Santiago", LocalDate.of(2026, 4, 1), "Tomás Ruiz");

        assertThat(numbers(RegisterFilter.ALL))
                .containsExactly("N° 3/2026", "N° 2/2026", "N° 1/2026", "Borrador DISCARDED", "Borrador DRAFT");
        assertThat(numbers(new RegisterFilter(LetterKind.NOT_ELIGIBLE, null, null, null))).containsExactly("N° 2/2026");
        assertThat(numbers(new RegisterFilter(null, LetterStatus.SENT, null, null))).containsExactly("N° 1/2026");
        assertThat(numbers(new RegisterFilter(null, LetterStatus.DRAFT, null, null))).containsExactly("Borrador DRAFT");
        assertThat(numbers(new RegisterFilter(null, null, court, null)))
                .containsExactly("N° 3/2026", "N° 1/2026", "Borrador DRAFT");
        // March: the two letters issued in March and the draft created in March (never issued).
        assertThat(numbers(new RegisterFilter(null, null, null, YearMonth.of(2026, 3))))
                .containsExactly("N° 2/2026", "N° 1/2026", "Borrador DRAFT");
        assertThat(numbers(new RegisterFilter(null, null, opd, YearMonth.of(2026, 4)))).containsExactly("Borrador DISCARDED");
        assertThat(numbers(new RegisterFilter(LetterKind.JUDICIAL_REQUEST, null, null, null))).isEmpty();
    }

    @Test
    void aRowSaysWhoItIsAboutHowItWasSentAndHowLongItIsKept() {
        make.sent(director, program, court, "2° Juzgado de Familia de Santiago", LetterKind.ESTIMATED_DATE,
                LocalDate.of(2026, 5, 4), "Sofía Muñoz Ávila", "Martín Núñez Peña");

        RegisterRow row = register.page(director, program, RegisterFilter.ALL, 0, 10).getContent().get(0);

        assertThat(row.numberLabel()).isEqualTo("N° 1/2026");
        assertThat(row.date()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(row.recipientName()).isEqualTo("2° Juzgado de Familia de Santiago");
        assertThat(row.childNames()).containsExactly("Sofía Muñoz Ávila", "Martín Núñez Peña");
        assertThat(row.isList()).isTrue();
        assertThat(row.sentVia()).isEqualTo(SendingChannel.COURT_PLATFORM);
        assertThat(row.sentOn()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(row.disposeAfter()).isEqualTo(LocalDate.of(2031, 5, 4));
    }

    @Test
    void showsTheNumbersUsedPerYearWithoutGaps() {
        make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LocalDate.of(2025, 12, 30), "A Uno");
        make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LocalDate.of(2026, 1, 5), "B Dos");
        make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LocalDate.of(2026, 1, 6), "C Tres");

        LetterRegister.RegisterView view = register.view(director, program, RegisterFilter.ALL, 0, 10);

        assertThat(view.years()).extracting(YearNumbers::year, YearNumbers::first, YearNumbers::last, YearNumbers::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2026, 1, 2, 2),
                        org.assertj.core.groups.Tuple.tuple(2025, 1, 1, 1));
        assertThat(view.years()).allMatch(YearNumbers::gapFree);
        assertThat(view.addressees()).extracting(RegisterAddressee::id).containsExactly(court);

        // A counter that handed out a number the register does not hold is shown as a gap.
        jdbc.sql("update letter_number set last_number = 3 where program_id = ? and year = 2026").param(program).update();
        YearNumbers year = register.yearNumbers(director, program).get(0);
        assertThat(year.gapFree()).isFalse();
        assertThat(year.missing()).isEqualTo(1);
    }

    @Test
    void readingTheRegisterIsAuditedAndScoped() {
        make.issued(director, program, court, "Juzgado", LetterKind.ESTIMATED_DATE, LocalDate.of(2026, 2, 2), "A Uno");
        register.page(director, program, RegisterFilter.ALL, 0, 10);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'letterregister.audit.viewed'")
                .param(program).query(Long.class).single()).isEqualTo(1);

        Actor other = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        assertThatThrownBy(() -> register.page(other, program, RegisterFilter.ALL, 0, 10)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> register.page(Fixtures.ROOT, program, RegisterFilter.ALL, 0, 10))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void exportsTheFilteredRegisterAsASpreadsheetWithTypedDates() throws Exception {
        make.sent(director, program, court, "3° Juzgado de Familia de Santiago", LetterKind.ESTIMATED_DATE,
                LocalDate.of(2026, 6, 1), "Sofía Muñoz Ávila", "Martín Núñez Peña");
        make.issued(director, program, opd, "OPD Ñuñoa", LetterKind.NOT_ELIGIBLE, LocalDate.of(2026, 6, 3), "Tomás Ruiz");
        make.issued(director, program, court, "3° Juzgado de Familia de Santiago", LetterKind.EFFECTIVE_ADMISSION,
                LocalDate.of(2026, 7, 1), "Josefa Peña");

        LetterRegister.Export export = register.export(director, program,
                new RegisterFilter(null, null, court, YearMonth.of(2026, 6)));

        assertThat(export.fileName()).startsWith("Registro de oficios - PRM de prueba").endsWith(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.content()))) {
            XSSFSheet sheet = book.getSheet("Registro de oficios");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Registro de oficios — PRM de prueba");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Filtros: Destinatario: " + name(court) + " · Mes: junio de 2026");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Generado el ").contains(director.displayName());
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("N°");
            assertThat(sheet.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(2026);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(5).getCell(2))).isTrue();
            assertThat(sheet.getRow(5).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("Fecha estimada de ingreso");
            assertThat(sheet.getRow(5).getCell(5).getStringCellValue()).isEqualTo("Sofía Muñoz Ávila; Martín Núñez Peña");
            assertThat(sheet.getRow(5).getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(5).getCell(7).getStringCellValue()).isEqualTo("Enviado");
            assertThat(sheet.getRow(5).getCell(8).getStringCellValue()).isEqualTo("Oficina Judicial Virtual");
            assertThat(sheet.getRow(5).getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2031, 6, 1));
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'letterregister.audit.exported'")
                .param(program).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnreadableMonthIsRefusedNamingTheField() {
        assertThatThrownBy(() -> RegisterFilter.parseMonth("marzo"))
                .isInstanceOfSatisfying(LetterRuleViolation.class, e -> assertThat(e.field()).isEqualTo("month"));
        assertThat(RegisterFilter.parseMonth(" 2026-03 ")).isEqualTo(YearMonth.of(2026, 3));
        assertThat(RegisterFilter.parseMonth("")).isNull();
    }

    private String name(UUID referrer) {
        return jdbc.sql("select name from referrer where id = ?").param(referrer).query(String.class).single();
    }
}
