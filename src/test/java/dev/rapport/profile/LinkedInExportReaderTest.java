package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.RapportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedInExportReaderTest {
    private static final String BOM = "\uFEFF";

    static final Map<String, String> FILES = Map.of(
            "Profile.csv", BOM + "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
                    + "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers,Some New Column\r\n"
                    + "Sofia,Martins,,,,Data Scientist,\"Forecasting by day.\r\nLooking for volunteer data projects.\","
                    + "Analytics,80218,\"Denver, Colorado, United States\",,,,x\r\n",
            "Positions.csv", BOM + "Company Name,Title,Description,Location,Started On,Finished On\r\n"
                    + "Kestrel Analytics,Data Scientist,\"Demand forecasting.\r\nPython, dbt.\",Denver,Apr 2021,\r\n"
                    + "Pinecrest Insurance,Data Analyst,,Denver,2017,Mar 2021\r\n",
            "Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                    + "University of Denver,2013,2017,,\"Bachelor of Science, Mathematics\",Ultimate\n",
            "Volunteering.csv", "Company Name,Role,Cause,Started On,Finished On,Description\n"
                    + "Cherry Creek Food Bank,Data Volunteer,Poverty Alleviation,Mar 2019,Jun 2023,Dashboards\n");

    @Test
    void readsAnExportFolderWithBomCrlfQuotedMultiLineFieldsExtraColumnsAndAMissingFile(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("export");
        Files.createDirectory(export);
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            Files.writeString(export.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        // Skills.csv is missing on purpose: it is optional.
        Profile p = ProfileReaders.read(export);
        assertExport(p);
        assertThat(p.skills()).isEmpty();
    }

    @Test
    void skipsTheNotesLinesLinkedInPutsAboveAHeader(@TempDir Path dir) throws IOException {
        // a new user's export: "Notes:" and a quoted sentence, a blank line, then the header (refused as "malformed CSV at line 4")
        Path export = dir.resolve("export");
        Files.createDirectory(export);
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            String text = e.getValue().replace(BOM, "");
            Files.writeString(export.resolve(e.getKey()), "Notes:\r\n\"When exported, this file contains your " + e.getKey()
                    + ".\"\r\n\r\n" + text, StandardCharsets.UTF_8);
        }
        assertExport(ProfileReaders.read(export));
    }

    @Test
    void readsAZipDetectedByItsMagicBytesNotItsName(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("my-data.bin");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> e : FILES.entrySet()) {
                out.putNextEntry(new ZipEntry("Basic_LinkedInDataExport_11-2026/" + e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("Skills.csv"));
            out.write("Name\nPython\n\"Data Visualization\"\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("messages.csv"));
            out.write("not,read\n\"unclosed".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Profile p = ProfileReaders.read(zip.toString(), System.in);
        assertExport(p);
        assertThat(p.skills()).containsExactly("Python", "Data Visualization");
    }

    private static void assertExport(Profile p) {
        assertThat(p.format()).isEqualTo(SourceFormat.LINKEDIN_EXPORT);
        assertThat(p.name()).isEqualTo("Sofia Martins");
        assertThat(p.location()).isEqualTo("Denver, Colorado, United States");
        assertThat(p.about()).isEqualTo("Forecasting by day.\nLooking for volunteer data projects.");
        assertThat(p.statements()).containsExactly("Looking for volunteer data projects.");
        assertThat(p.positions()).hasSize(2);
        assertThat(p.positions().get(0).dates()).isEqualTo(new DateRange(YearMonth.of(2021, 4), null));
        assertThat(p.positions().get(0).description()).isEqualTo("Demand forecasting.\nPython, dbt.");
        assertThat(p.positions().get(1).dates()).isEqualTo(new DateRange(YearMonth.of(2017, 1), YearMonth.of(2021, 3)));
        assertThat(p.education()).singleElement().satisfies(e -> {
            assertThat(e.degree()).isEqualTo("Bachelor of Science, Mathematics");
            assertThat(e.years()).isEqualTo(DateRange.years(2013, 2017));
        });
        assertThat(p.volunteering()).singleElement().satisfies(v -> {
            assertThat(v.organisation()).isEqualTo("Cherry Creek Food Bank");
            assertThat(v.cause()).isEqualTo("Poverty Alleviation");
            assertThat(v.dates()).isEqualTo(new DateRange(YearMonth.of(2019, 3), YearMonth.of(2023, 6)));
        });
    }

    @Test
    void reportsAMalformedCsvWithItsNameTheArchiveAndTheLine(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("export.zip");
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry("Positions.csv"));
            out.write(("Company Name,Title,Description,Location,Started On,Finished On\n"
                    + "Acme,Engineer,,,2019,2020\n"
                    + "Bolt,Engineer,,,2020,2021\n"
                    + "Crux,Engineer,\"broken,quote\",x,2021,,,extra,columns\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> ProfileReaders.read(zip.toString(), System.in))
                .isInstanceOf(RapportException.class)
                .hasMessage("Positions.csv in " + zip + ": malformed CSV at line 4");
    }

    @Test
    void anExportWithoutProfileOrPositionsIsRefused(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("export");
        Files.createDirectory(export);
        Files.writeString(export.resolve("Skills.csv"), "Name\nPython\n");
        assertThatThrownBy(() -> ProfileReaders.read(export))
                .hasMessage(export + ": no Profile.csv or Positions.csv in it; give a profile file, or the folder or .zip of LinkedIn's data export");
    }
}
