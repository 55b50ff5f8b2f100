package dev.rapport.app;

import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.Severity;
import dev.rapport.etiquette.Verdict;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.WeighedEvidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a model's evidence did to a verdict, said as informational reasons after the rules' own: the
 * intents it added (marked "from the model"), the ones the rules declined, and the negative facts it
 * found in the recipient's profile. A relationship it found is cited by its ground ("stated by you
 * (found by the model)"). The decision and the warrant are the rules'; nothing here changes them.
 */
final class ModelEvidenceNote {
    static final String RULE = "model-evidence";

    private ModelEvidenceNote() {
    }

    static Verdict add(Verdict verdict, WeighedEvidence weighed) {
        if (!weighed.changedAnything()) {
            return verdict;
        }
        List<Reason> reasons = new ArrayList<>(verdict.reasons());
        if (!weighed.added().isEmpty()) {
            reasons.add(info(Messages.get("evidence.added", ids(weighed.added()))));
        }
        if (!weighed.declined().isEmpty()) {
            reasons.add(info(Messages.get("evidence.declined", ids(weighed.declined()))));
        }
        if (!weighed.targetNegatives().isEmpty()) {
            reasons.add(info(Messages.get("evidence.negative", String.join("”, “", weighed.targetNegatives()))));
        }
        return new Verdict(verdict.decision(), verdict.warrant(), reasons);
    }

    private static Reason info(String text) {
        return new Reason(RULE, Severity.INFO, text);
    }

    private static String ids(Collection<Intent> intents) {
        return String.join(", ", intents.stream().map(Intent::id).sorted().toList());
    }
}
