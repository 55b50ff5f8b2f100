package dev.rapport.ground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationNamesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kellogg School of Management                            | Northwestern University - Kellogg School of Management
            Kellogg School of Management                            | Northwestern University (Kellogg)
            Northwestern University - Kellogg School of Management  | Northwestern University (Kellogg)
            Northwestern University                                 | Northwestern University - Kellogg School of Management
            Stripewell, Inc.                                        | Stripewell Inc
            Stripewell Inc                                          | STRIPEWELL
            Stripewell                                              | Stripewell LLC
            Front Range Credit Union                                | Front Range Credit Union, Ltd.
            Kühne Logistik GmbH                                     | Kuhne Logistik
            Acme Corp.                                              | ACME Corporation
            The Home Depot                                          | Home Depot
            Johnson & Johnson                                       | Johnson and Johnson
            Procter & Gamble Co.                                    | Procter and Gamble
            AT&T                                                    | AT&T Inc.
            McDonald's                                              | McDonalds Corporation
            Hewlett-Packard                                         | Hewlett Packard
            Universidad de los Andes                                | Universidad de Los Andes
            Université de Montréal                                  | Universite de Montreal
            University of Denver                                    | Denver University
            MIT                                                     | Massachusetts Institute of Technology
            UCLA                                                    | University of California, Los Angeles
            Mile High Food Bank                                     | Mile High Food Bank, Inc.
            Boston University School of Management                  | Boston University
            Denver Data Engineering Meetup                          | denver data engineering meetup
            Politechnika Wrocławska                                 | Wrocław University of Science and Technology
            Politecnico di Milano                                   | Polytechnic University of Milan
            Universidade de São Paulo                               | University of São Paulo
            """)
    void sameOrganisationAcrossSpellings(String a, String b) {
        assertThat(OrganisationNames.same(a, b)).as(a + " = " + b).isTrue();
        assertThat(OrganisationNames.same(b, a)).as("symmetric").isTrue();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            University of Denver                      | Denver Health
            University of Denver                      | University of Colorado
            University of Colorado                    | University of Colorado Boulder
            University of Colorado                    | Colorado State University
            University of Colorado                    | Colorado School of Mines
            Boston College                            | Boston University
            Boston University School of Management    | Boston College
            University of California, Berkeley        | University of California, Los Angeles
            Kellogg School of Management              | Northwestern University
            Harvard Business School                   | Harvard University
            Lagos Business School                     | University of Lagos
            California Institute of Technology        | University of California
            Stripewell                                | Stripewell Health
            Stripe                                    | Stripewell
            Bank of America                           | America Bank
            Amazon                                    | Amazon Web Services
            School of Management                      | Kellogg School of Management
            Acme Business Solutions                   | Acme Solutions Group Health
            Inc.                                      | LLC
            Politecnico di Milano                     | University of Milan
            Politechnika Wrocławska                   | University of Wrocław
            University of Georgia                     | Georgian Technical University
            """)
    void differentOrganisations(String a, String b) {
        assertThat(OrganisationNames.same(a, b)).as(a + " != " + b).isFalse();
        assertThat(OrganisationNames.same(b, a)).as("symmetric").isFalse();
    }

    @Test
    void blankNamesNeverMatch() {
        assertThat(OrganisationNames.same("", "")).isFalse();
        assertThat(OrganisationNames.same(null, "Stripewell")).isFalse();
        assertThat(OrganisationNames.same("  ", " ")).isFalse();
    }

    @Test
    void displayDropsLegalFormsButKeepsTheSpelling() {
        assertThat(OrganisationNames.display("Stripewell, Inc.")).isEqualTo("Stripewell");
        assertThat(OrganisationNames.display("Kühne Logistik GmbH")).isEqualTo("Kühne Logistik");
        assertThat(OrganisationNames.display("Northwestern University (Kellogg)")).isEqualTo("Northwestern University (Kellogg)");
        assertThat(OrganisationNames.display("Inc")).isEqualTo("Inc");
    }

    @Test
    void anAcronymTypedInCapitalsNamesTheOrganisationInAText() {
        assertThat(OrganisationNames.acronymIn("doing the TCD informatics msc part time", "Trinity College Dublin")).isTrue();
        assertThat(OrganisationNames.acronymIn("doing the tcd informatics msc", "Trinity College Dublin")).isFalse();
        assertThat(OrganisationNames.acronymIn("THE BEST TEAM", "Trinity College Dublin")).isFalse();
        assertThat(OrganisationNames.acronymIn("TCDX", "Trinity College Dublin")).isFalse();
    }

    @Test
    void keysAgreeForSpellingVariants() {
        assertThat(OrganisationNames.key("Stripewell, Inc.")).isEqualTo(OrganisationNames.key("STRIPEWELL"));
        assertThat(OrganisationNames.findIn("Stripewell Inc", List.of("Denver Health", "Stripewell, Inc.")))
                .contains("Stripewell, Inc.");
    }

    @Property
    void everyNameMatchesItsOwnVariants(@ForAll @AlphaChars @StringLength(min = 2, max = 12) String word) {
        String name = word + " Analytics";
        assertThat(OrganisationNames.same(name, name.toUpperCase() + ", Inc.")).isTrue();
        assertThat(OrganisationNames.same(name, "The " + name + " LLC")).isTrue();
    }
}
