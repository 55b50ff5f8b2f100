package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.RapportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a profile source can be bad, each reported as one line that names the source. */
class ProfileReadersErrorsTest {
    @TempDir
    Path dir;

    private RapportException failure(String spec) {
        RapportException e = org.assertj.core.api.Assertions.catchThrowableOfType(RapportException.class,
                () -> ProfileReaders.read(spec, new ByteArrayInputStream(new byte[0])));
        assertThat(e).as("expected a RapportException for " + spec).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
        assertThat(e.exitCode()).isEqualTo(RapportException.INPUT);
        return e;
    }

    @Test
    void missingFile() {
        String spec = dir.resolve("them.txt").toString();
        assertThat(failure(spec)).hasMessage(spec + ": file not found");
    }

    @Test
    void binaryFile() throws IOException {
        Path pdf = dir.resolve("me.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2, (byte) 0xFF});
        assertThat(failure(pdf.toString())).hasMessage(pdf + ": not a text file (binary data)");
    }

    @Test
    void invalidUtf8NamesTheByteAndItsOffset() throws IOException {
        Path txt = dir.resolve("me.txt");
        byte[] start = "Jane Doe\nAbout\nCaf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[start.length + 2];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xC3; // a lead byte followed by something that cannot continue it
        bytes[start.length + 1] = '!';
        Files.write(txt, bytes);
        assertThat(failure(txt.toString())).hasMessage(txt + ": not valid UTF-8 (byte 0xC3 at offset " + start.length + ")");
    }

    @Test
    void utf16IsNamedAsSuch() throws IOException {
        Path txt = dir.resolve("me16.txt");
        Files.write(txt, "Jane Doe".getBytes(StandardCharsets.UTF_16LE));
        byte[] withBom = Files.readAllBytes(txt);
        byte[] all = new byte[withBom.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(withBom, 0, all, 2, withBom.length);
        Files.write(txt, all);
        assertThat(failure(txt.toString()).getMessage()).startsWith(txt + ": not valid UTF-8");
    }

    @Test
    void invalidJsonResumeSaysWhyAndWhere() throws IOException {
        Path json = dir.resolve("me.json");
        Files.writeString(json, "{\n  \"basics\": {\n    \"name\" \"Mei\"\n  }\n}\n");
        assertThat(failure(json.toString()).getMessage())
                .startsWith(json + ": not a valid JSON Resume: Unexpected character")
                .endsWith("at line 3, column 12");
    }

    @Test
    void jsonCutShortOrWithoutANameIsSaidInTheUsersWords() throws IOException {
        // a hand session (hand16): "Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED
        // (INCLUDE_SOURCE_IN_LOCATION disabled); …])", and "put the person's full name on its first line" for a JSON Resume
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, "{\"basics\": {\"name\": \"X\"\n");
        assertThat(failure(cut.toString()).getMessage())
                .startsWith(cut + ": not a valid JSON Resume: the file ends before the JSON is complete")
                .doesNotContain("Source").doesNotContain("marker").doesNotContain("end-of-input");
        Path unnamed = dir.resolve("unnamed.json");
        Files.writeString(unnamed, "{\"basics\": {}}");
        assertThat(failure(unnamed.toString()).getMessage()).contains("basics").contains("name").doesNotContain("first line");
    }

    @Test
    void jsonOfTheWrongShape() throws IOException {
        Path json = dir.resolve("shape.json");
        Files.writeString(json, "{\"basics\": {\"name\": \"Mei\"},\n \"work\": \"everywhere\"}");
        assertThat(failure(json.toString()).getMessage())
                .startsWith(json + ": not a valid JSON Resume: ")
                .contains("at line 2")
                .doesNotContain("dev.rapport").doesNotContain("`");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"name\": \"not a resume\"}");
        assertThat(failure(other.toString()))
                .hasMessage(other + ": not a valid JSON Resume: no basics, work or education section");
    }

    @Test
    void zipWithoutTheExportFiles() throws IOException {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Connections.csv"));
            out.write("First Name\nAna\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(failure(zip.toString())).hasMessage(zip + ": no Profile.csv or Positions.csv in it; give a profile file, or the folder or .zip of LinkedIn's data export");
    }

    @Test
    void tooLarge() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "Jane Doe\nAbout\n" + "word ".repeat(220_000));
        assertThat(Files.size(big)).isGreaterThan(1024 * 1024);
        assertThat(failure(big.toString())).hasMessage(big + ": profile is larger than 1 MB");
    }

    @Test
    void pastedTextHasTheSameOneCapAsAFile() {
        String text = "Jane Doe\nAbout\n" + "x".repeat((int) dev.rapport.io.InputKind.PROFILE.maxBytes());
        assertThatThrownBy(() -> ProfileReaders.parse(text, "pasted text"))
                .hasMessage("pasted text: profile is larger than " + dev.rapport.io.InputKind.PROFILE.limit());
    }

    @Test
    void justUnderTheLimitIsFine() throws IOException {
        Path ok = dir.resolve("ok.txt");
        String head = "Jane Doe\nHeadline\nAbout\n";
        Files.writeString(ok, head + "x".repeat(1024 * 1024 - head.length()));
        assertThat(ProfileReaders.read(ok).name()).isEqualTo("Jane Doe");
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertThat(failure(empty.toString())).hasMessage(empty + ": the profile is empty");
        Path blank = dir.resolve("blank.txt");
        Files.writeString(blank, "\uFEFF \r\n\t\u001B[0m\n");
        assertThat(failure(blank.toString())).hasMessage(blank + ": the profile is empty");
    }

    @Test
    void noNameAnywhere() {
        assertThatThrownBy(() -> ProfileReaders.parse("works in sales, likes hiking and good coffee", "pasted text"))
                .isInstanceOf(RapportException.class)
                .hasMessage("pasted text: no name found; put the person's full name on its first line");
    }

    @Test
    void stdinIsNamedStdin() {
        assertThatThrownBy(() -> ProfileReaders.read("-", new ByteArrayInputStream(new byte[0])))
                .hasMessage("stdin: the profile is empty");
        Profile p = ProfileReaders.read("-", new ByteArrayInputStream(
                "Ana Ruiz\nData Engineer\nAbout\nHi.".getBytes(StandardCharsets.UTF_8)));
        assertThat(p.name()).isEqualTo("Ana Ruiz");
    }
}
