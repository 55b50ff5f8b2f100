package dev.rapport.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.RapportException;
import dev.rapport.etiquette.Mark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvitationsCsvTest {
    @TempDir
    Path dir;

    static final String NEW_EXPORT = "\uFEFFFrom,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n"
            + "Daniel Okafor,Priya Raman,\"11/3/26, 7:18 AM\",\"Hi Priya, we overlapped at Stripewell for years.\",OUTGOING,"
            + "https://www.linkedin.com/in/daniel-okafor,https://www.linkedin.com/in/priya-raman\r\n"
            + "Daniel Okafor,Marcus Hale,\"11/12/26, 4:05\u202FPM\",,OUTGOING,https://www.linkedin.com/in/daniel-okafor,"
            + "https://www.linkedin.com/in/marcus-hale\r\n"
            + "Ana Ruiz,Daniel Okafor,\"10/30/26, 9:00 PM\",\"Hello Daniel\",INCOMING,https://www.linkedin.com/in/ana-ruiz,"
            + "https://www.linkedin.com/in/daniel-okafor\r\n";

    static final String OLD_EXPORT = "From,To,Sent At,Message,Direction\n"
            + "Daniel Okafor,Wei Zhang,\"12/31/24, 7:18 AM\",\"Hi Wei, thanks for the talk on Kafka.\",OUTGOING\n"
            + "Daniel Okafor,\"Fatima Haddad\",\"1/2/25, 10:00 AM\",\"Hi Fatima, Ana suggested we talk, and she said\n"
            + "you would not mind a question.\",OUTGOING\n";

    @Test
    void newerExportsWithProfileUrlsBecomeSentMarksAndCountNotes() throws Exception {
        Path csv = Files.writeString(dir.resolve("Invitations.csv"), NEW_EXPORT);
        InvitationsCsv.Contents c = InvitationsCsv.read(csv);
        assertThat(c.incoming()).isEqualTo(1);
        assertThat(c.outgoing()).containsExactly(
                new Invitation("Priya Raman", LocalDate.of(2026, 11, 3), true, "https://www.linkedin.com/in/priya-raman"),
                new Invitation("Marcus Hale", LocalDate.of(2026, 11, 12), false, "https://www.linkedin.com/in/marcus-hale"));
        try (Journal j = Journal.open(dir.resolve("j.db"))) {
            assertThat(j.importInvitations(c.outgoing(), c.incoming())).isEqualTo(new ImportResult(2, 0, 1));
            assertThat(j.importInvitations(c.outgoing(), c.incoming())).isEqualTo(new ImportResult(0, 2, 1));
            assertThat(j.budget(LocalDate.of(2026, 11, 20), 5).used()).isEqualTo(1);
            Person priya = j.person("Priya Raman", "Tallyport", null, LocalDate.of(2026, 11, 20));
            assertThat(priya.url()).isEqualTo("linkedin.com/in/priya-raman");
            assertThat(j.events(priya)).extracting(e -> e.mark()).containsExactly(Mark.SENT);
        }
    }

    @Test
    void olderExportsWithoutUrlColumnsAndWithMultiLineMessagesAreRead() throws Exception {
        Path csv = Files.writeString(dir.resolve("Invitations.csv"), OLD_EXPORT);
        InvitationsCsv.Contents c = InvitationsCsv.read(csv);
        assertThat(c.outgoing()).extracting(Invitation::to, Invitation::sent, Invitation::withNote, Invitation::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Wei Zhang", LocalDate.of(2024, 12, 31), true, ""),
                        org.assertj.core.groups.Tuple.tuple("Fatima Haddad", LocalDate.of(2025, 1, 2), true, ""));
    }

    @Test
    void aFileThatIsNotAnInvitationsExportIsRefusedByName() throws Exception {
        Path csv = Files.writeString(dir.resolve("Connections.csv"), "First Name,Last Name,Company\nPriya,Raman,Tallyport\n");
        assertThatThrownBy(() -> InvitationsCsv.read(csv)).isInstanceOf(RapportException.class)
                .hasMessageContaining("Connections.csv").hasMessageContaining("Sent At");
        Path bad = Files.writeString(dir.resolve("Invitations.csv"),
                "From,To,Sent At,Message,Direction\nMe,You,yesterday,,OUTGOING\n");
        assertThatThrownBy(() -> InvitationsCsv.read(bad)).isInstanceOf(RapportException.class)
                .hasMessageContaining("row 2").hasMessageContaining("yesterday");
    }
}
