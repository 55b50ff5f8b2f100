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

    @Test
    void aFileNamedTwiceIsOneTargetAndACsvNamedTwiceGivesEachRowOnce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("targets"));
        Files.writeString(folder.resolve("t1.txt"), "Priya Raman\nDirector of Product at Tallyport\n");
        Files.writeString(folder.resolve("list.csv"), "name,company\nFiona McAllister,Northgate\nOwen Price,Tallyport\n");
        List<Target> targets = Targets.expand(List.of(folder.toString(), folder.resolve("list.csv").toString(),
                folder.resolve("../targets/./t1.txt").toString()));
        assertThat(targets).extracting(Target::source).containsExactly(
                folder.resolve("list.csv") + ", row 2", folder.resolve("list.csv") + ", row 3",
                folder.resolve("t1.txt").toString());
    }

    @Test
    void rowsWithTheSameProfileUrlAreOneTarget() throws Exception {
        Path csv = Files.writeString(dir.resolve("list.csv"), "name,url\n"
                + "Fiona McAllister,https://www.linkedin.com/in/fiona-mcallister/\n"
                + "Owen Price,\n"
                + "Fiona McAllister,linkedin.com/in/Fiona-McAllister\n"
                + "Owen Price,\n");
        Path jsonl = Files.writeString(dir.resolve("more.jsonl"),
                "{\"basics\":{\"name\":\"Fiona McAllister\",\"url\":\"https://linkedin.com/in/fiona-mcallister\"}}\n");
        assertThat(Targets.expand(List.of(csv.toString(), jsonl.toString()))).extracting(Target::source).containsExactly(
                csv + ", row 2", csv + ", row 3", csv + ", row 5");
    }
}
