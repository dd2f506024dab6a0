package cl.circuito.networkmap.map.web;

import cl.circuito.networkmap.map.NetworkMapView;
import cl.circuito.networkmap.map.TieKind;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The map as Cytoscape.js elements, with every label already in Spanish, for the page's data attribute (the
 * strict CSP allows no inline script). The same facts are in the table and the list of ties below the graph.
 */
@Component
class NetworkGraph {

    private final JsonMapper json;
    private final Messages messages;

    NetworkGraph(JsonMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    String json(NetworkMapView view) {
        List<Map<String, Object>> elements = new ArrayList<>();
        for (NetworkMapView.ActorRow a : view.actors()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", a.id().toString());
            data.put("label", a.name());
            data.put("kind", a.kind().name());
            data.put("tie", a.tie().name());
            data.put("description", a.name() + " — " + messages.get("networkmap.kind." + a.kind()) + ", "
                    + messages.get("networkmap.tie." + a.tie()));
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("group", "nodes");
            node.put("data", data);
            if (a.x() != null && a.y() != null) {
                node.put("position", Map.of("x", a.x(), "y", a.y()));
            }
            elements.add(node);
        }
        for (NetworkMapView.TieRow t : view.ties()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", t.id().toString());
            data.put("source", t.fromActorId().toString());
            data.put("target", t.toActorId().toString());
            data.put("kind", t.kind().name());
            data.put("label", label(t));
            elements.add(Map.of("group", "edges", "data", data));
        }
        return json.writeValueAsString(elements);
    }

    /** Protocol ties say which protocol (or that there is one); the others are told apart by their line style. */
    private String label(NetworkMapView.TieRow t) {
        if (t.kind() != TieKind.PROTOCOL) {
            return "";
        }
        return t.protocolTitle() != null ? "§ " + t.protocolTitle() : "§ " + messages.get("networkmap.tieKind.PROTOCOL");
    }

    /** "red-mesa-chillan-2026-11-22.png": the comuna without accents, and the day. */
    static String imageName(String comunaName, LocalDate on) {
        String slug = Normalizer.normalize(comunaName == null ? "" : comunaName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "red-mesa-" + (slug.isEmpty() ? "comuna" : slug) + "-" + on + ".png";
    }
}
