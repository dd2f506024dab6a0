package cl.circuito.mesas.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan as its page and the API show it: objectives with activities, who does them, and the progress. */
public record PlanView(UUID id, long version, PlanPeriod periodKind, int year, Integer semester, String title,
                       LocalDate start, LocalDate end, List<Objective> objectives) {

    public record Objective(UUID id, int position, String text, List<Activity> activities) {
    }

    public record Activity(UUID id, String description, UUID responsibleMemberId, String responsibleMemberName,
                           String responsiblePerson, LocalDate plannedOn, boolean monthOnly,
                           PlanActivityStatus status, LocalDate doneOn, String note) {
    }

    public MesaPlan.Progress progress() {
        int done = 0;
        int counted = 0;
        for (Objective o : objectives) {
            for (Activity a : o.activities()) {
                counted += a.status() == PlanActivityStatus.CANCELLED ? 0 : 1;
                done += a.status() == PlanActivityStatus.DONE ? 1 : 0;
            }
        }
        return new MesaPlan.Progress(done, counted);
    }
}
