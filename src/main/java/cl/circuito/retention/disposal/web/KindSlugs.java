package cl.circuito.retention.disposal.web;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.privacy.RecordKind;

import java.util.Locale;

/** A kind of record in an address: "entries", "mesa-case-reviews"; an unknown one is a page that does not exist. */
final class KindSlugs {

    private KindSlugs() {
    }

    static String of(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static RecordKind parse(String slug, RecordKind.Holder holder) {
        for (RecordKind kind : RecordKind.values()) {
            if (of(kind).equals(slug) && kind.holder() == holder) {
                return kind;
            }
        }
        throw new NotFound("retention");
    }
}
