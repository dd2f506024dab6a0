package cl.circuito.mesas.plan;

import cl.circuito.mesas.ActivityKind;

import java.time.LocalDate;
import java.util.UUID;

/** An outreach or training activity as lists show it, with the name of the member responsible. */
public record ActivityRow(UUID id, long version, ActivityKind kind, String title, String audience, LocalDate heldOn,
                          String place, Integer participantsCount, String participantsDescription,
                          UUID responsibleMemberId, String responsibleMemberName, String description) {
}
