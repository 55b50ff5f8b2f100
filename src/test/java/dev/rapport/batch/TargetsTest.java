package dev.rapport.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.RapportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyCsvOfTargetsIsOneUnreadableTargetSaidToBeEmpty() throws Exception {
        Path csv = Files.writeString(dir.resolve("list.csv"), "");
        List<Target> targets = Targets.expand(List.of(csv.toString()));
        assertThat(targets).hasSize(1);
        assertThatThrownBy(targets.get(0)::read).isInstanceOf(RapportException.class)
                .hasMessage(csv + ": the file is empty");
    }
}
