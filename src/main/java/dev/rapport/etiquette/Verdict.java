package dev.rapport.etiquette;

import java.util.List;

/** The decision, how strongly an invitation is warranted (0..100), and the reasons, strongest first. */
public record Verdict(Decision decision, int warrant, List<Reason> reasons) {
    public Verdict {
        reasons = List.copyOf(reasons);
        warrant = Math.max(0, Math.min(100, warrant));
    }
}
