package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class JsonResumeReaderTest {

    private static final String RESUME = """
            \uFEFF{
              "basics": {"name": "Mei Chen", "label": "Brand Director", "summary": "Happy to mentor. #OpenToWork",
                         "location": {"city": "Minneapolis", "region": "MN", "countryCode": "US"},
                         "profiles": [{"network": "LinkedIn", "username": "mei"}], "unknownField": 1},
              "work": [{"name": "Northfield Foods", "position": "Brand Director", "startDate": "2021-03",
                        "summary": "Snacks.", "highlights": ["Relaunched a line 🚀"]},
                       {"company": "Halvorsen", "position": "Brand Manager", "startDate": "2016-07-01", "endDate": "2021-02-28"}],
              "education": [{"institution": "Kellogg School of Management", "area": "Marketing", "studyType": "MBA",
                             "startDate": "2014", "endDate": "2016"}],
              "volunteer": [{"organization": "Food Shelf", "position": "Board member", "startDate": "2022-01",
                             "summary": "Chair."}],
              "skills": [{"name": "Brand management", "keywords": ["Pricing"]}],
              "interests": [{"name": "Running", "keywords": ["Marathons"]}]
            }
            """;

    @Test
    void readsEverySectionAndEveryDateLayout() {
        Profile p = ProfileReaders.parse(RESUME, "me.json");
        assertThat(p.format()).isEqualTo(SourceFormat.JSON_RESUME);
        assertThat(p.name()).isEqualTo("Mei Chen");
        assertThat(p.headline()).isEqualTo("Brand Director");
        assertThat(p.location()).isEqualTo("Minneapolis, MN, US");
        assertThat(p.positions()).hasSize(2);
        assertThat(p.positions().get(0).dates()).isEqualTo(new DateRange(YearMonth.of(2021, 3), null));
        assertThat(p.positions().get(0).description()).isEqualTo("Snacks.\nRelaunched a line 🚀");
        assertThat(p.positions().get(1).company()).isEqualTo("Halvorsen");
        assertThat(p.positions().get(1).dates()).isEqualTo(new DateRange(YearMonth.of(2016, 7), YearMonth.of(2021, 2)));
        assertThat(p.education()).singleElement().satisfies(e -> {
            assertThat(e.school()).isEqualTo("Kellogg School of Management");
            assertThat(e.degree()).isEqualTo("MBA, Marketing");
            assertThat(e.years()).isEqualTo(DateRange.years(2014, 2016));
        });
        assertThat(p.volunteering()).extracting(Volunteering::organisation).containsExactly("Food Shelf");
        assertThat(p.skills()).containsExactly("Brand management", "Pricing");
        assertThat(p.groups()).containsExactly("Running", "Marathons");
        assertThat(p.preferences()).containsExactly(Preference.OPEN_TO_WORK);
    }

    @Test
    void stripsEscapesThatArriveJsonEncoded() {
        Profile p = ProfileReaders.parse("{\"basics\": {\"name\": \"Eve\\u001b[2J Ng\", \"summary\": \"hi\\u0007\"}}", "e.json");
        assertThat(p.name()).isEqualTo("Eve Ng");
        assertThat(p.about()).isEqualTo("hi");
    }
}
