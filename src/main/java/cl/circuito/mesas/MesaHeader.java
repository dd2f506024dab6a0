package cl.circuito.mesas;

import java.time.LocalDate;
import java.util.UUID;

/** What every page of a Mesa shows on top (templates/mesas/nav.html :: header), and the user's standing. */
public record MesaHeader(UUID id, String name, String comunaCode, String comunaName, String regionName,
                         LocalDate foundedOn, Frequency frequency, Integer customIntervalDays, String usualPlace,
                         MesaStanding standing) {
}
