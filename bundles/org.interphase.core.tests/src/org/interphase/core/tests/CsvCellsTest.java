package org.interphase.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.core.api.CsvCells;
import org.junit.jupiter.api.Test;

/** Issue 13 item 9: a file name with a line break or a formula prefix cannot break or attack a CSV table. */
class CsvCellsTest {

    @Test
    void plainTextIsUnchanged() {
        assertEquals("mm-specs.xy", CsvCells.cell("mm-specs.xy"));
        assertEquals("Li3P fraction of P 2p", CsvCells.cell("Li3P fraction of P 2p"));
        assertEquals("", CsvCells.cell(null));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a,b\"", CsvCells.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.cell("say \"hi\""));
        assertEquals("\"two\nlines.mpt\"", CsvCells.cell("two\nlines.mpt"));
    }

    @Test
    void formulaPrefixesAreNeutralised() {
        assertEquals("'=HYPERLINK(1)", CsvCells.cell("=HYPERLINK(1)"));
        assertEquals("'+1", CsvCells.cell("+1"));
        assertEquals("'-C2", CsvCells.cell("-C2"));
        assertEquals("'@SUM(A1)", CsvCells.cell("@SUM(A1)"));
        assertEquals("\"'=1,2\"", CsvCells.cell("=1,2"));
    }
}
