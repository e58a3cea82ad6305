package org.ruraltalent.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The keys a file has had: each repeat names the row of its first, however many keys came between. */
class SeenKeysTest {

    @Test
    void aRepeatNamesItsFirstRowAcrossEveryGrowthAndNoOtherKeyIsTakenForIt() {
        SeenKeys seen = new SeenKeys();
        int keys = 100_000;
        for (int i = 0; i < keys; i++) {
            assertEquals(0, seen.firstRow(new RowImporter.Key("nationalId", "6404" + i), i + 2), "key " + i + " is new");
        }
        for (int i = 0; i < keys; i += 997) {
            assertEquals(i + 2, seen.firstRow(new RowImporter.Key("nationalId", "6404" + i), keys + 2 + i));
        }
        // The same value under another field is another key.
        assertEquals(0, seen.firstRow(new RowImporter.Key("personId", "64040"), keys * 3));
    }
}
