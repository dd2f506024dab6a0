package cl.circuito.network;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Read side of the territory (regions and comunas, official CUT codes) for other modules, e.g. to let users
 * pick a comuna. Reference data: loaded by migration, never changed by the application.
 */
@Service
@Transactional(readOnly = true)
public class Territory {

    /**
     * Regions from north to south, the order Chileans expect in a list (CUT codes are not in that order:
     * Arica y Parinacota is "15", Ñuble "16").
     */
    private static final List<String> NORTH_TO_SOUTH = List.of(
            "15", "01", "02", "03", "04", "05", "13", "06", "07", "16", "08", "09", "14", "10", "11", "12");

    private final Comunas comunas;

    Territory(Comunas comunas) {
        this.comunas = comunas;
    }

    /** Every region, north to south, each with its comunas in alphabetical order. */
    public List<RegionComunas> regionsWithComunas() {
        Map<String, String> regionNames = new LinkedHashMap<>();
        Map<String, List<ComunaName>> byRegion = new LinkedHashMap<>();
        for (Comuna comuna : comunas.findAllOrdered()) {
            String region = comuna.region().code();
            regionNames.putIfAbsent(region, comuna.region().name());
            byRegion.computeIfAbsent(region, code -> new ArrayList<>()).add(new ComunaName(comuna.code(), comuna.name()));
        }
        Collator spanish = Collator.getInstance(Locale.forLanguageTag("es-CL"));
        List<RegionComunas> result = new ArrayList<>();
        for (String code : byRegion.keySet().stream().sorted(Comparator.comparingInt(Territory::northToSouth)).toList()) {
            List<ComunaName> sorted = byRegion.get(code).stream()
                    .sorted(Comparator.comparing(ComunaName::name, spanish::compare))
                    .toList();
            result.add(new RegionComunas(code, regionNames.get(code), sorted));
        }
        return List.copyOf(result);
    }

    /** A comuna's name by its CUT code, if the code is a comuna's. */
    public Optional<String> comunaName(String code) {
        return code == null ? Optional.empty() : comunas.findById(code).map(Comuna::name);
    }

    private static int northToSouth(String regionCode) {
        int index = NORTH_TO_SOUTH.indexOf(regionCode);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** A region (2-digit CUT code) and its comunas. */
    public record RegionComunas(String code, String name, List<ComunaName> comunas) {

        public RegionComunas {
            comunas = List.copyOf(comunas);
        }
    }

    /** A comuna: 5-digit CUT code and name. */
    public record ComunaName(String code, String name) {
    }
}
