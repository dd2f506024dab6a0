package cl.circuito.children;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One record per child: by RUT, or by names and birth date — enforced by the database, even at the same moment.
 *
 * <p>The registry depends on no other module, so it is shown with its module alone (and the shared kernel, which holds
 * the embedded PostgreSQL): a context that starts in half the time of the whole application's, and that fails if the
 * registry ever starts needing another module.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class ChildRegistryTests {

    @Autowired ChildRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    private static final UUID WHO = UUID.randomUUID();

    /** A fictional name nobody else in the shared test database has. */
    private static String unique(String given) {
        return given + " " + "Prueba" + Fixtures.next();
    }

    private ChildRegistry.Identified identify(ChildIdentity identity) {
        return registry.identify(identity, WHO, IdentityConfirmation.NONE);
    }

    @Test
    void namesAreComparedWithoutAccentsCaseOrExtraSpaces() {
        String given = unique("Sofía María");
        LocalDate born = LocalDate.of(2015, 4, 4);
        ChildRegistry.Identified first = identify(new ChildIdentity(null, given, "González", "Muñoz", born));
        String typedAgain = "  " + given.toUpperCase().replace("Í", "I").replace(" ", "   ") + " ";

        ChildRegistry.Identified again = identify(new ChildIdentity(null, typedAgain, "gonzalez", " MUNOZ ", born));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.child().id()).isEqualTo(first.child().id());
        assertThat(identify(new ChildIdentity(null, given, "González", "Muñoz", born.plusDays(1))).created())
                .as("another birth date is another child").isTrue();
        assertThat(jdbc.sql("select child_name_key(' Sofía  María ', 'GONZÁLEZ', null) = child_name_key('sofia maria', 'gonzalez', '')")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theDatabaseRefusesASecondChildWithoutRutWithTheSameNamesAndBirthDate() {
        String given = unique("Tomás");
        identify(new ChildIdentity(null, given, "Pérez", null, LocalDate.of(2016, 1, 1)));

        assertThatThrownBy(() -> jdbc.sql("""
                        insert into child (id, version, given_names, paternal_surname, birth_date, created_at)
                        values (?, 0, ?, 'PEREZ', '2016-01-01', now())""")
                .params(UUID.randomUUID(), given.toLowerCase()).update())
                .hasMessageContaining("child_unidentified_uq");
    }

    /**
     * Two people register the same child without RUT at the same moment, each in a transaction that stays open a
     * while after identifying it: the second insert waits for the first to commit, then finds that child.
     */
    @Test
    void twoRegistrationsOfTheSameChildAtTheSameMomentMakeOneRecord() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String given = unique("Isidora");
                ChildIdentity identity = new ChildIdentity(null, given, "Rojas", "Soto", LocalDate.of(2014, 9, 9));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<UUID>> outcomes = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String typed = i == 0 ? given : given.toLowerCase();
                    outcomes.add(pool.submit(() -> {
                        together.await();
                        return transactions.execute(status -> {
                            UUID id = registry.identify(new ChildIdentity(null, typed, "Rojas", "Soto",
                                    identity.birthDate()), WHO, IdentityConfirmation.NONE).child().id();
                            sleep(300);
                            return id;
                        });
                    }));
                }
                assertThat(outcomes.get(0).get()).isEqualTo(outcomes.get(1).get());
                assertThat(jdbc.sql("select count(*) from child where lower(given_names) = lower(?)").param(given)
                        .query(Long.class).single()).isEqualTo(1L);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameRutWithOtherNamesIsNeverSilentlyDiscarded() {
        Rut rut = Rut.parse(Fixtures.rut());
        String given = unique("Benjamín");
        Child registered = identify(new ChildIdentity(rut, given, "Muñoz", "Araya", LocalDate.of(2013, 3, 3))).child();
        ChildIdentity typed = new ChildIdentity(rut, "Benjamin Andrés", "Munoz", "", LocalDate.of(2013, 3, 4));

        assertThatThrownBy(() -> identify(typed)).isInstanceOfSatisfying(ChildIdentityMismatch.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.field()).isEqualTo("identityChoice");
            assertThat(e.rut()).isEqualTo(rut.formatted());
            // Accents aside the surname is the same, and a blank maternal surname says nothing.
            assertThat(e.differences()).extracting(IdentityDifference::field, IdentityDifference::registered,
                            IdentityDifference::typed)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("givenNames", given, "Benjamin Andrés"),
                            org.assertj.core.groups.Tuple.tuple("birthDate", "03-03-2013", "04-03-2013"));
        });
        assertThatThrownBy(() -> registry.identify(typed, WHO,
                new IdentityConfirmation(IdentityChoice.CORRECT_REGISTERED, " ")))
                .isInstanceOfSatisfying(ChildIdentityMismatch.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.field()).isEqualTo("identityCorrectionReason");
                });

        ChildRegistry.Identified kept = registry.identify(typed, WHO,
                new IdentityConfirmation(IdentityChoice.KEEP_REGISTERED, null));
        assertThat(kept.child().id()).isEqualTo(registered.id());
        assertThat(kept.keptDespite()).hasSize(2);
        assertThat(kept.changes()).isEmpty();
        assertThat(registry.get(registered.id()).givenNames()).isEqualTo(given);

        ChildRegistry.Identified corrected = registry.identify(typed, WHO,
                new IdentityConfirmation(IdentityChoice.CORRECT_REGISTERED, "La cédula dice Benjamín Andrés"));
        assertThat(corrected.child().id()).isEqualTo(registered.id());
        assertThat(corrected.changes()).extracting(IdentityChange::field)
                .containsExactly("givenNames", "paternalSurname", "birthDate");
        Child now = registry.get(registered.id());
        assertThat(now.givenNames()).isEqualTo("Benjamin Andrés");
        assertThat(now.maternalSurname()).as("left blank: the registry's stays").isEqualTo("Araya");
        assertThat(now.birthDate()).isEqualTo(LocalDate.of(2013, 3, 4));
    }

    @Test
    void whatTheRegistryDidNotKnowIsLearnedWithoutAsking() {
        Rut rut = Rut.parse(Fixtures.rut());
        String given = unique("Emilia");
        Child registered = identify(new ChildIdentity(rut, given, "Silva", null, null)).child();

        ChildRegistry.Identified again = identify(new ChildIdentity(rut, given, "Silva", "Tapia",
                LocalDate.of(2012, 12, 12)));

        assertThat(again.child().id()).isEqualTo(registered.id());
        assertThat(again.changes()).containsExactly(new IdentityChange("maternalSurname", null, "Tapia"),
                new IdentityChange("birthDate", null, LocalDate.of(2012, 12, 12)));
        assertThat(registry.get(registered.id()).birthDate()).isEqualTo(LocalDate.of(2012, 12, 12));
    }

    @Test
    void aChildRegisteredWithoutRutReceivesTheRutWhenNamesAndBirthDateMatch() {
        String given = unique("Gaspar");
        LocalDate born = LocalDate.of(2011, 7, 7);
        Child withoutRut = identify(new ChildIdentity(null, given, "Reyes", null, born)).child();
        Rut rut = Rut.parse(Fixtures.rut());

        ChildRegistry.Identified identified = identify(new ChildIdentity(rut, given, "Reyes", null, born));

        assertThat(identified.child().id()).isEqualTo(withoutRut.id());
        assertThat(identified.created()).isFalse();
        assertThat(identified.changes()).extracting(IdentityChange::field).containsExactly("rut");
        assertThat(registry.get(withoutRut.id()).rut()).isEqualTo(rut.formatted());
    }

    @Test
    void aCorrectionCannotMakeTwoChildrenWithoutRutTheSame() {
        LocalDate born = LocalDate.of(2010, 10, 10);
        String given = unique("Trinidad");
        identify(new ChildIdentity(null, given, "Castro", null, born));
        Child other = identify(new ChildIdentity(null, given, "Castillo", null, born)).child();

        assertThatThrownBy(() -> registry.correct(other.id(), new ChildIdentity(null, given, "CASTRO", null, born)))
                .isInstanceOfSatisfying(ChildIdentityRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("givenNames");
                    assertThat(e.messageKey()).isEqualTo("error.child.identityTaken");
                });
        assertThat(registry.get(other.id()).paternalSurname()).isEqualTo("Castillo");
    }

    @Test
    void aRecordMarkedAsAProbableDuplicateIsNotTheRegistrysAnswer() {
        LocalDate born = LocalDate.of(2017, 2, 2);
        String given = unique("Renato");
        Child keeper = identify(new ChildIdentity(null, given, "Tapia", null, born)).child();
        UUID repeated = UUID.randomUUID();
        // What V30 leaves of a child registered twice before the rule: the later record points to the earlier one.
        jdbc.sql("""
                        insert into child (id, version, given_names, paternal_surname, birth_date, created_at, duplicate_of)
                        values (?, 0, ?, 'Tapia', ?, now(), ?)""")
                .params(repeated, given, born, keeper.id()).update();

        assertThat(identify(new ChildIdentity(null, given, "Tapia", null, born)).child().id()).isEqualTo(keeper.id());
        assertThat(registry.get(repeated).possibleDuplicateOf()).isEqualTo(keeper.id());
        assertThat(registry.correct(repeated, new ChildIdentity(Rut.parse(Fixtures.rut()), given, "Tapia", null, born)))
                .as("giving it its own RUT resolves it").extracting(IdentityChange::field).containsExactly("rut");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aChildIsForgottenOnlyWhenNothingRefersToItAndARefusalLeavesTheTransactionUsable() {
        LocalDate born = LocalDate.of(2015, 3, 9);
        UUID alone = identify(new ChildIdentity(null, unique("Olvido"), "Pérez", null, born)).child().id();
        UUID referred = identify(new ChildIdentity(null, unique("Referido"), "Pérez", null, born)).child().id();
        UUID pointing = identify(new ChildIdentity(null, unique("Duplicado"), "Pérez", null, born)).child().id();
        // Any foreign key to the child stands for every module's records (entries, active cases, Mesa cases).
        jdbc.sql("update child set duplicate_of = ? where id = ?").params(referred, pointing).update();

        List<Boolean> forgotten = transactions.execute(status -> List.of(
                registry.forgetIfUnreferenced(referred), registry.forgetIfUnreferenced(alone)));

        assertThat(forgotten).containsExactly(false, true);
        assertThat(jdbc.sql("select count(*) from child where id in (?, ?)").params(alone, referred)
                .query(Integer.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> registry.forgetIfUnreferenced(alone))
                .as("only inside the caller's transaction, which audits it")
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
