package cl.circuito.waitinglist;

import cl.circuito.network.ReferrerKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One line of the waiting-list register (Nómina de Niños – Lista de Espera, F-SGC-030): a child's way
 * through the list, from referral to exit, with what the form asks.
 *
 * @param rut                 formatted (12.345.678-5), or null when the referral came without one
 * @param admissibilityDueOn  the deadline to decide whether the child is sujeto de atención
 * @param decidedOn           the admissibility decision's date, null while pending
 * @param priority            1 or 2 once the priority guide was applied; {@code priorityOverridden} when the
 *                            director changed the guide's result
 * @param rank                the place in the ranking (prelación), only for waiting children; the same order
 *                            as the ranking page
 * @param estimatedAdmissionOn the latest estimated admission date, only for waiting children
 * @param scheduledMonth      the month of admission once scheduled, else null
 * @param lastMonitoredOn     the date of the latest monitoring action, with its kind and outcome, or null
 * @param senainfo            SENAINFO's steps (I-SGC-01) as recorded, with their dates (null until recorded)
 */
public record RegisterRow(UUID entryId, String childName, String rut, String referrerName, ReferrerKind referrerKind,
                          String courtRit, String courtRuc, String referralReason, LocalDate receivedOn,
                          LocalDate admissibilityDueOn, EntryStatus status, Decision decision, LocalDate decidedOn,
                          Integer priority, boolean priorityOverridden, Integer score, Integer rank,
                          LocalDate estimatedAdmissionOn, YearMonth scheduledMonth, LocalDate lastMonitoredOn,
                          MonitoringActionKind lastMonitoringKind, MonitoringOutcome lastMonitoringOutcome,
                          LocalDate exitedOn, ExitReason exitReason, SenainfoState senainfo,
                          LocalDate senainfoEnteredOn, LocalDate senainfoRemovedOn, LocalDate birthDate,
                          boolean backgroundSufficient) {

    /** The admissibility decision as the register records it. */
    public enum Decision {
        PENDING,
        ELIGIBLE,
        NOT_ELIGIBLE
    }
}
