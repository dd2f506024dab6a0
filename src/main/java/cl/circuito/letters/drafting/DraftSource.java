package cl.circuito.letters.drafting;

import java.util.Arrays;
import java.util.UUID;

/**
 * What drafted a letter, as its source key says ("NOT_ELIGIBLE:<entry>:<date>"): the tray tells the director
 * where each draft came from. The key is unique, so the same event never drafts twice. Labels:
 * {@code letters.source.<NAME>}.
 */
public enum DraftSource {
    NOT_ELIGIBLE("NOT_ELIGIBLE"),
    ESTIMATE("ESTIMATE"),
    PROTECTION("PROTECTION"),
    JUDICIAL("JUDICIAL"),
    ADMISSION("ADMISSION"),
    /** The monthly batch's list letter to one referrer. */
    BATCH("BATCH"),
    CORRECTION(null),
    BY_HAND(null);

    private final String prefix;

    DraftSource(String prefix) {
        this.prefix = prefix;
    }

    /** The source key of a draft made from this source, unique per what made it. */
    String key(Object... parts) {
        if (prefix == null) {
            throw new IllegalStateException(name() + " drafts have no source key");
        }
        StringBuilder key = new StringBuilder(prefix);
        for (Object part : parts) {
            key.append(':').append(part);
        }
        return key.toString();
    }

    public static DraftSource of(String sourceKey, UUID correctsLetterId) {
        if (sourceKey == null) {
            return correctsLetterId != null ? CORRECTION : BY_HAND;
        }
        String prefix = sourceKey.substring(0, Math.max(0, sourceKey.indexOf(':')));
        return Arrays.stream(values()).filter(s -> prefix.equals(s.prefix)).findFirst().orElse(BY_HAND);
    }

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isByHand() {
        return this == BY_HAND;
    }

    public boolean isCorrection() {
        return this == CORRECTION;
    }
}
