package cl.circuito.waitinglist.entry;

import cl.circuito.children.Child;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.ReferrerSummary;

import java.util.List;

/**
 * Everything the entry page and the API show about one entry.
 *
 * @param deadline      null once decided
 * @param otherPrograms names of other programs where the child waits or is active (names only)
 */
public record EntryView(WaitingListEntry entry, Child child, ProgramSummary program, ReferrerSummary referrer,
                        Deadline deadline, List<Attachment> attachments, List<String> otherPrograms) {
}
