package cl.circuito.waitinglist.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The administrator's plain-text form of an instrument: a line starting with "#" is a group title,
 * every other non-blank line a descriptor of the group above. Descriptors are numbered on publishing,
 * so a leading "12. " typed by hand is dropped rather than kept twice.
 */
public final class InstrumentText {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d{1,3}\\.\\s+");

    private InstrumentText() {
    }

    /** Groups in order; a descriptor before any "#" title is refused naming its line. */
    public static List<InstrumentDraft.Group> parse(String text) {
        List<InstrumentDraft.Group> groups = new ArrayList<>();
        String title = null;
        List<String> items = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (title != null) {
                    groups.add(new InstrumentDraft.Group(title, items));
                }
                title = line.substring(1).strip();
                items = new ArrayList<>();
            } else if (title == null) {
                throw PriorityRuleViolation.invalid("groups", "priority.error.itemBeforeGroup", i + 1);
            } else {
                items.add(LEADING_NUMBER.matcher(line).replaceFirst(""));
            }
        }
        if (title != null) {
            groups.add(new InstrumentDraft.Group(title, items));
        }
        return groups;
    }

    /** The editor's text for an instrument version: what a new version starts from. */
    public static String format(InstrumentView instrument) {
        StringBuilder text = new StringBuilder();
        for (InstrumentView.Group group : instrument.groups()) {
            text.append("# ").append(group.title()).append('\n');
            for (InstrumentView.Item item : group.items()) {
                text.append(item.number()).append(". ").append(item.text()).append('\n');
            }
        }
        return text.toString();
    }
}
