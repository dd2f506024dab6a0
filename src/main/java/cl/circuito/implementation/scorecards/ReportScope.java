package cl.circuito.implementation.scorecards;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** What a report covers: one region ({@code regionCode}, its name) or the whole country (both null). */
public record ReportScope(String regionCode, String regionName) {

    /** Regions whose official name takes "del": Región del Biobío, del Libertador General Bernardo O'Higgins. */
    private static final Set<String> WITH_DEL = Set.of("Biobío", "Libertador General Bernardo O'Higgins");

    public static ReportScope national() {
        return new ReportScope(null, null);
    }

    public boolean isNational() {
        return regionCode == null;
    }

    /** "Región de Ñuble", "Región Metropolitana de Santiago", "Nacional". */
    public String label() {
        if (isNational()) {
            return "Nacional";
        }
        if (regionName.startsWith("Metropolitana")) {
            return "Región " + regionName;
        }
        return (WITH_DEL.contains(regionName) ? "Región del " : "Región de ") + regionName;
    }

    /** For file names: "nuble", "metropolitana-de-santiago", "nacional". */
    public String slug() {
        String text = isNational() ? "nacional" : regionName;
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
