package cl.circuito.waitinglist.ranking;

/** Where one waiting child stands: "Lugar 3 de 41 en la prelación", with the row's explanation. */
public record RankingPlace(RankingRow row, int total) {
}
