package vn.gov.sonla.awards.song;

/**
 * The program's figures over the confirmed entries, reversals included (so a reversed gift adds nothing): money in
 * đồng, devices given and their value, villages covered, devices handed to schools, and the schools and communes
 * reached by a gift or a hand-over.
 */
public record SongTotals(long money, long devices, long deviceValue, long villages, long distributed, long schools,
                         long communes, long contributors) {
}
