package cl.circuito.letters;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.templates.LetterSettings;
import cl.circuito.letters.templates.LetterSettingsRecords;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class ProgramLetterSettingsTests {

    @Autowired ProgramLetterSettings settings;
    @Autowired LetterSettingsRecords records;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    UUID program;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "08101");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    @Test
    void aProgramThatNeverChoseGetsTheDefaultsSignedInItsComuna() {
        LetterSettingsView view = settings.settings(director, program);

        assertThat(view.explicit()).isFalse();
        assertThat(view.version()).isNull();
        assertThat(view.paperSize()).isEqualTo(PaperSize.A4);
        assertThat(view.estimateThresholdDays()).isEqualTo(30);
        assertThat(view.batchMode()).isEqualTo(BatchMode.PER_COURT);
        assertThat(view.effectiveCity()).isEqualTo("Concepción");
    }

    @Test
    void theDirectorChangesThemAndTheChangeIsAudited() {
        LetterSettingsView saved = settings.change(director, program, null, PaperSize.LETTER, 45, BatchMode.PER_CHILD,
                "  Talcahuano ");

        assertThat(saved.explicit()).isTrue();
        assertThat(saved.effectiveCity()).isEqualTo("Talcahuano");
        LetterSettings stored = records.forProgram(program);
        assertThat(stored.paperSize()).isEqualTo(PaperSize.LETTER);
        assertThat(stored.worthAnUpdate(44)).isFalse();
        assertThat(stored.worthAnUpdate(-45)).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = ?")
                .params(program, "lettertemplates.audit.settingsChanged").query(Long.class).single()).isEqualTo(1);

        LetterSettingsView again = settings.change(director, program, saved.version(), PaperSize.A4, 0,
                BatchMode.PER_COURT, "");
        assertThat(again.city()).isNull();
        assertThat(again.effectiveCity()).isEqualTo("Concepción");
        assertThatThrownBy(() -> settings.change(director, program, saved.version(), PaperSize.A4, 10,
                BatchMode.PER_COURT, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void aThresholdOutOfRangeIsRefusedOnItsField() {
        for (Integer wrong : new Integer[]{-1, 366, null}) {
            assertThatThrownBy(() -> settings.change(director, program, null, PaperSize.A4, wrong, BatchMode.PER_COURT,
                    null))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.field()).isEqualTo("estimateThresholdDays");
                        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    });
        }
        assertThatThrownBy(() -> settings.change(director, program, null, PaperSize.A4, 30, BatchMode.PER_COURT,
                "C".repeat(101)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("city"));
        assertThat(settings.settings(director, program).explicit()).isFalse();
    }

    @Test
    void anotherProgramIsNotFoundAndAProfessionalCannotChange() {
        UUID other = fixtures.program("PPF", "08101");
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));

        assertThatThrownBy(() -> settings.settings(director, other)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> settings.change(director, other, null, PaperSize.A4, 30, BatchMode.PER_COURT, null))
                .isInstanceOf(NotFound.class);
        assertThat(settings.settings(professional, program).paperSize()).isEqualTo(PaperSize.A4);
        assertThatThrownBy(() -> settings.change(professional, program, null, PaperSize.A4, 30, BatchMode.PER_COURT,
                null)).isInstanceOf(AccessDenied.class);
    }
}
