package cl.circuito.mesas.sessions;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A co-facilitator's day page reminds her of the convocation to send and of the minutes to circulate. */
@CircuitoTest
class MesaSessionAlertsTests {

    @Autowired MesaFixtures mesaFixtures;
    @Autowired MesaSessionAlerts alerts;
    @Autowired SessionInvitations invitations;
    @Autowired MesaMinutes minutes;

    @Test
    void aComingSessionWithoutConvocationAndAPastOneWithDraftMinutesAreTheCoFacilitatorsAlerts() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        MesaWorld w = mesaFixtures.world();
        MesaSession past = mesaFixtures.session(w, today.minusDays(20));
        MesaSession coming = mesaFixtures.session(w, today.plusDays(5));
        mesaFixtures.session(w, today.plusDays(40));

        List<Alert> found = alerts.alertsFor(w.coFacilitator(), today);
        assertThat(found).extracting(Alert::messageKey)
                .containsExactly("mesaminutes.alert.circulate", "mesasessions.alert.invite");
        assertThat(found).allMatch(a -> a.kind() == AlertKind.MESA_SESSION_PENDING && a.programId().equals(w.mesaId()));
        assertThat(found.get(1).link()).endsWith("/sessions/" + coming.id());
        assertThat(found.get(0).link()).endsWith("/sessions/" + past.id() + "/minutes");
        assertThat(alerts.alertsFor(w.member(), today)).isEmpty();
        assertThat(alerts.alertsFor(w.manager(), today)).isEmpty();

        invitations.send(w.coFacilitator(), w.mesaId(), coming.id());
        MesaSession held = minutes.markHeld(w.coFacilitator(), w.mesaId(), past.id(), past.version());
        minutes.circulate(w.coFacilitator(), w.mesaId(), past.id(), held.version());
        assertThat(alerts.alertsFor(w.coFacilitator(), today)).isEmpty();
    }
}
