package cl.circuito.waitinglist;

import java.util.UUID;

/**
 * An event after which what an oficio states about an entry may have changed: its decision, its exit, its
 * admission, its estimated date, a monitoring finding, the child's identity. The letters module listens to
 * this one type and re-reads the facts of its drafts about the entry, so a new event of this kind cannot be
 * forgotten there; a test checks that every event carrying an entry implements it.
 */
public interface EntryFactsEvent {

    UUID entryId();
}
