package cl.circuito.waitinglist.priority;

import cl.circuito.waitinglist.entry.Staff;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One published version of a priority instrument: its groups, numbered descriptors and default cut.
 * Published versions never change (there is no verb that changes one): an assessment keeps pointing
 * at the exact wording it used. A new wording is a new version.
 */
@Entity
@Table(name = "priority_instrument")
public class PriorityInstrument {

    /** The SENAME 2011 guide of I-SGC-01 annex 1: what programs use until they choose another. */
    public static final String DEFAULT_CODE = "SENAME-2011";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final int MAX_TITLE = 300;
    private static final int MAX_ITEM = 2000;

    @Id
    private UUID id;
    @Version
    private long version;
    private String code;
    private String name;
    private int versionNumber;
    private int defaultCut;
    private int itemCount;
    private String sourceNote;
    private Instant publishedAt;
    private UUID publishedBy;
    private String publishedByName;
    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<PriorityGroup> groups = new ArrayList<>();

    protected PriorityInstrument() {
    }

    /** Validates the whole draft before anything exists, so a refused draft leaves nothing behind. */
    static PriorityInstrument publish(String code, int versionNumber, InstrumentDraft draft, Staff by, Instant now) {
        String normalizedCode = code == null ? "" : code.trim().toUpperCase();
        if (!CODE.matcher(normalizedCode).matches()) {
            throw PriorityRuleViolation.invalid("code", "priority.error.code");
        }
        if (draft.name() == null || draft.name().isBlank()) {
            throw PriorityRuleViolation.invalid("name", "priority.error.required");
        }
        if (draft.name().trim().length() > MAX_TITLE) {
            throw PriorityRuleViolation.invalid("name", "priority.error.tooLong", MAX_TITLE);
        }
        validateGroups(draft.groups());
        if (draft.defaultCut() == null) {
            throw PriorityRuleViolation.invalid("defaultCut", "priority.error.required");
        }
        PriorityScoring.requireCutWithin("defaultCut", draft.defaultCut(), draft.itemCount());

        PriorityInstrument instrument = new PriorityInstrument();
        instrument.id = UUID.randomUUID();
        instrument.code = normalizedCode;
        instrument.name = draft.name().trim();
        instrument.versionNumber = versionNumber;
        instrument.defaultCut = draft.defaultCut();
        instrument.itemCount = draft.itemCount();
        instrument.publishedAt = now;
        instrument.publishedBy = by.id();
        instrument.publishedByName = by.name();
        int number = 0;
        int position = 0;
        for (InstrumentDraft.Group draftGroup : draft.groups()) {
            PriorityGroup group = new PriorityGroup(instrument, ++position, draftGroup.title().trim());
            for (String text : draftGroup.items()) {
                group.add(++number, text.trim());
            }
            instrument.groups.add(group);
        }
        return instrument;
    }

    private static void validateGroups(List<InstrumentDraft.Group> groups) {
        if (groups.isEmpty()) {
            throw PriorityRuleViolation.invalid("groups", "priority.error.noGroups");
        }
        int position = 0;
        for (InstrumentDraft.Group group : groups) {
            position++;
            if (group.title() == null || group.title().isBlank()) {
                throw PriorityRuleViolation.invalid("groups", "priority.error.groupTitle", position);
            }
            if (group.title().trim().length() > MAX_TITLE) {
                throw PriorityRuleViolation.invalid("groups", "priority.error.groupTitleTooLong", group.title().trim(),
                        MAX_TITLE);
            }
            if (group.items().isEmpty()) {
                throw PriorityRuleViolation.invalid("groups", "priority.error.emptyGroup", group.title().trim());
            }
            for (String item : group.items()) {
                if (item == null || item.isBlank()) {
                    throw PriorityRuleViolation.invalid("groups", "priority.error.blankItem", group.title().trim());
                }
                if (item.trim().length() > MAX_ITEM) {
                    throw PriorityRuleViolation.invalid("groups", "priority.error.itemTooLong", MAX_ITEM);
                }
            }
        }
    }

    /** The descriptors in order, across groups. */
    public List<PriorityItem> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    /** "SENAME-2011 v1" */
    public String label() {
        return code + " v" + versionNumber;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public int defaultCut() {
        return defaultCut;
    }

    public int itemCount() {
        return itemCount;
    }

    public String sourceNote() {
        return sourceNote;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedByName() {
        return publishedByName;
    }

    public List<PriorityGroup> groups() {
        return List.copyOf(groups);
    }
}
