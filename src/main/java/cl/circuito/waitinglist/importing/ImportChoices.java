package cl.circuito.waitinglist.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the user chose for the whole sheet: whether the background counts as sufficient for a row that does not say
 * (null: each row must say), and the network's referrer for each name the network did not know (by
 * {@link RowReader#referrerKey}). A confirmed import keeps them, the referrers as "name=uuid" lines.
 */
public record ImportChoices(Boolean backgroundSufficient, Map<String, UUID> referrers) {

    public static final ImportChoices NONE = new ImportChoices(null, Map.of());

    /** Names are kept folded ({@link RowReader#referrerKey}): a page's key and an API's name as written match. */
    public ImportChoices {
        Map<String, UUID> folded = new LinkedHashMap<>();
        if (referrers != null) {
            referrers.forEach((name, id) -> {
                if (name != null && id != null) {
                    folded.put(RowReader.referrerKey(name), id);
                }
            });
        }
        referrers = Map.copyOf(folded);
    }

    String encodedReferrers() {
        StringBuilder text = new StringBuilder();
        referrers.forEach((name, id) -> text.append(name).append('=').append(id).append('\n'));
        return text.toString();
    }

    static ImportChoices decode(Boolean backgroundSufficient, String referrerLines) {
        Map<String, UUID> referrers = new LinkedHashMap<>();
        if (referrerLines != null) {
            for (String line : referrerLines.split("\n")) {
                int at = line.lastIndexOf('=');
                if (at > 0) {
                    referrers.put(line.substring(0, at), UUID.fromString(line.substring(at + 1)));
                }
            }
        }
        return new ImportChoices(backgroundSufficient, referrers);
    }
}
