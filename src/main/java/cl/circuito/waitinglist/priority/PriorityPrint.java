package cl.circuito.waitinglist.priority;

import org.springframework.modulith.NamedInterface;

/** The filled guide as the paper form shows it: the child, the court, the answers, the sum and the priority. */
@NamedInterface("priority")
public record PriorityPrint(String childName, String programName, String referrerName, String courtRit,
                            String courtRuc, AssessmentView assessment) {
}
