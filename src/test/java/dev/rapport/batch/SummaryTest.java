package dev.rapport.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void oneTargetIsSingularAndTwoArePlural() {
        Summary summary = new Summary();
        summary.add(Row.unreadable("t1.txt", "t1.txt: file not found"));
        assertThat(summary.table()).startsWith("Batch summary: 1 target (0 checked, 0 taken from today's journal, 1 unreadable)")
                .contains("Notes drafted for 0 targets; 0 connect verdicts left");
        summary.add(Row.unreadable("t2.txt", "t2.txt: file not found"));
        assertThat(summary.table()).startsWith("Batch summary: 2 targets (");
    }
}
