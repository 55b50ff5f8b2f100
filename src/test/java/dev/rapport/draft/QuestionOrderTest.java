package dev.rapport.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionOrderTest {

    @Test
    void aStatementOrderQuestionTakesDoOrDoes() {
        // development pair (panel-12 11): "my question: the new branch need … or can be after?" was dropped from the note
        assertEquals("Does the new branch need its own superintendent pharmacist before we book inspection, or can that be after",
                QuestionOrder.of("the new branch need its own superintendent pharmacist before we book inspection or can be after?"));
        assertEquals("Do you use the same microphone", QuestionOrder.of("you use the same microphone?"));
    }

    @Test
    void anAuxiliaryMovesInFrontOfItsSubject() {
        assertEquals("Are the slides online", QuestionOrder.of("the slides are online?"));
        assertEquals("Should we book it now", QuestionOrder.of("we should book it now?"));
    }

    @Test
    void wordsThatAreNoStatementOrderQuestionAreLeftBlank() {
        assertEquals("", QuestionOrder.of("maybe too much to ask in first message?"));
        assertEquals("", QuestionOrder.of("we finished the audit last week"));
        // after a question word a past is asked: "how he got budget owners …" is "How did he get …"
        assertEquals("Did he get budget owners to own supplier relationships",
                QuestionOrder.afterQuestionWord("he got budget owners to own supplier relationships"));
        assertEquals("Did the team handle the recall in house", QuestionOrder.afterQuestionWord("the team handled the recall in house"));
    }
}
