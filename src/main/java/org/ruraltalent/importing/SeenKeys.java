package org.ruraltalent.importing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The natural keys a file has had so far, each with the row it was first seen in, to refuse a
 * record the file repeats. A key is kept as 128 bits of its SHA-256, in open-addressed arrays of
 * 20 bytes a slot, kept at most three-quarters full: 27 to 53 bytes a row whatever the key's
 * length (a map of the keys themselves took 150 to 250), so a 200,000-row file needs 10 MB
 * rather than 30 to 50. Two different keys would have to share 128 bits of their hash to be
 * taken for one.
 */
final class SeenKeys {

    private final MessageDigest sha256;
    private long[] high = new long[1024];
    private long[] low = new long[1024];
    /** The first row of each slot's key; 0 marks an empty slot (data rows are numbered from 2). */
    private int[] rows = new int[1024];
    private int size;

    SeenKeys() {
        sha256 = ImportFiles.sha256();
    }

    /** The row where {@code key} was first seen; 0 if this is its first time, and {@code row} is then kept as its first. */
    int firstRow(RowImporter.Key key, int row) {
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest((key.field() + '\0' + key.value()).getBytes(StandardCharsets.UTF_8)));
        long h = digest.getLong(0);
        long l = digest.getLong(8);
        if ((size + 1) * 4L > rows.length * 3L) {
            grow();
        }
        int slot = slot(l);
        while (rows[slot] != 0) {
            if (high[slot] == h && low[slot] == l) {
                return rows[slot];
            }
            slot = (slot + 1) & (rows.length - 1);
        }
        high[slot] = h;
        low[slot] = l;
        rows[slot] = row;
        size++;
        return 0;
    }

    private int slot(long hash) {
        return (int) hash & (rows.length - 1);
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldRows = rows;
        high = new long[oldRows.length * 2];
        low = new long[oldRows.length * 2];
        rows = new int[oldRows.length * 2];
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != 0) {
                int slot = slot(oldLow[i]);
                while (rows[slot] != 0) {
                    slot = (slot + 1) & (rows.length - 1);
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
