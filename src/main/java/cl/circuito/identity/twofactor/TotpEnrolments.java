package cl.circuito.identity.twofactor;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface TotpEnrolments extends JpaRepository<TotpEnrolment, UUID> {
}
