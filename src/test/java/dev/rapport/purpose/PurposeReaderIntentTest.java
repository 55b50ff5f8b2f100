package dev.rapport.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sender's words, many ways of saying each thing, and the intents they must yield (exactly). */
class PurposeReaderIntentTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            offer our SAP cost savings                                                | selling
            I'd like to show them our platform                                        | selling
            book a quick demo                                                         | selling
            we help boutique resorts in Bali lift RevPAR 15-20% with a pricing audit    | selling
            introduce our services to their IT team                                   | selling
            pitch our CRM to her team                                                 | selling
            We can save them 15% on licences and I want to tell her how               | selling
            hear about their IT priorities for next year                              | lead-gen
            learn about their roadmap                                                 | lead-gen
            understand their challenges in 2027                                       | lead-gen
            find out who makes the decisions on tooling there                         | lead-gen
            I'd like to know what their cloud budget looks like                       | lead-gen
            Ana Ruiz suggested I reach out                                            | referral
            I was referred by a former manager                                        | referral, reconnect
            Jordan Lee introduced me to her work on pricing                           | referral
            a mutual friend said I should talk to him                                 | referral
            we met at DevOpsDays Denver last week                                     | met-in-person
            great meeting you at the booth yesterday                                  | met-in-person
            I sat next to him at the Kafka Summit workshop                            | met-in-person
            loved her post about on-call fatigue                                      | content-interest
            I like her posts on accessibility                                         | content-interest
            his article on data contracts changed how our team works                  | content-interest
            we worked together at Stripewell                                          | reconnect
            would love to catch up                                                    | reconnect
            reconnect after years                                                     | reconnect
            we were in the same MBA program and I want to say hello again             | reconnect
            hiring a senior engineer for our streaming team, she looks like a fit     | hiring
            I'm a recruiter with an open role that matches his background             | hiring
            looking for a staff designer to join my team                              | hiring
            looking for my next role                                                  | job-seeking
            I was laid off and am searching for a new job in analytics                | job-seeking
            I'd like to apply for the analyst opening on her team                     | job-seeking
            ask for advice on breaking into UX research                               | advice
            could I pick her brain about her path into product management             | advice
            I'm hoping to find a mentor in data science                               | advice
            id like to ask if she would review our challenge test protocol, happy to pay | advice
            would love her to look over my thesis draft                               | advice
            I want him to look at our platform and see if it fits his team            | selling
            not a hard sell at all, just want to show her our scheduling tool         | selling
            we help Norwegian contractors with certified carpenters when they have peaks, no pressure | selling
            Lexora could cut her associates review time by 60% so I want to offer her firm a free 30 day pilot | selling
            collaborate on a volunteer data project                                   | collaboration
            we could co-write a talk for next year's conference                       | collaboration
            we are in the same meetup group                                           | shared-group
            fellow member of the Women in Payments community                          | shared-group
            we are both in the Stripewell alumni network                              | shared-group
            I'm not trying to sell anything, I just want to reconnect                 | reconnect
            no pitch, just want to catch up                                           | reconnect
            I don't want to pitch her, I'd like her advice on pricing                 | advice
            we are not hiring right now but I'd love to collaborate on a meetup talk  | collaboration
            Ana Ruiz suggested I talk to her about moving into data engineering       | referral, advice
            we met at KubeCon and I'd like to show her our observability platform     | met-in-person, selling
            I enjoyed your newsletter on product discovery and want to ask you a few questions | content-interest, advice
            I'd love to tell her about our new analytics product                      | selling
            want to get 15 minutes on her calendar to walk through our solution       | selling
            I help SaaS companies reduce churn                                        | selling
            curious what keeps their CTO up at night in 2027                          | lead-gen
            I'd like to understand what tools they are evaluating                     | lead-gen
            she was my TA at Michigan                                                 | reconnect
            I heard her speak at PyCon US                                             | content-interest
            Dana Wu gave me her name                                                  | referral
            I'm exploring roles in product and her company is hiring                  | job-seeking
            I'd like her thoughts on moving from teaching to instructional design     | advice
            we could build an open-source tool together                               | collaboration
            we're both part of the Denver Rust community                              | shared-group
            I'm not selling, I'd like to learn from her career path                   | advice
            just saying hi                                                            | networking
            I help physios fill their diaries every week, want to show him how        | selling
            great passive income for nurses, would love to share it with her          | selling
            huge market for us in Kenyan clinics, want to get him on a 10 min call    | selling
            I enjoyed her posts on VAT for freelancers and may become a client next year | content-interest
            Joao Lima intro'd us over email on Friday                                 | referral
            he is open to work and I have a senior Go role at a client in Porto       | hiring
            she's open to work, we need a night manager for the Tallinn hotel and I want to invite her to apply | hiring
            recruiting Driver Supply Lead for Mombasa, start Jan. he was 6 yrs driver ops at Kiboko Moto, now open to work after they close Coast. band is 180-220k KES gross but i dont want salary in the invite, will share on call | hiring
            """)
    void classifiesIntents(String sentence, String expected) {
        Set<String> ids = PurposeReader.read(sentence).intents().stream().map(Intent::id).collect(Collectors.toSet());
        assertThat(ids).as(sentence).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(expected.split(",")).map(String::strip).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''
            the weather in Denver is lovely
            the train was late this morning
            my cat sleeps on the sofa all afternoon
            """)
    void findsNoIntentInUnrelatedWords(String sentence) {
        assertThat(PurposeReader.read(sentence).intents()).as(sentence).isEmpty();
    }

    /** A recruiter's placement of the recipient, told, is a tie between them: no role is on offer ("what the role needs"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I was his recruiter, I placed Tomas in his CVICU job in 2022 when he moved up from Houston. saw his 4 year anniversary post, want to congratulate him
            I was Tomas's recruiter in 2022, I helped him get his job at Mount Carmel Grove City
            """)
    void aPlacementToldIsNoHiring(String sentence) {
        assertThat(PurposeReader.read(sentence).intents()).as(sentence).doesNotContain(Intent.HIRING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I placed Tomas at Mount Carmel in 2022 and we're hiring again: I have an open ICU role at a client in Dayton
            """)
    void aPlacementToldBesideAnOpeningIsStillHiring(String sentence) {
        assertThat(PurposeReader.read(sentence).intents()).as(sentence).contains(Intent.HIRING);
    }
}
