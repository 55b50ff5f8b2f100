package dev.rapport.ground;

/**
 * One piece of shared context. {@code detail} is the sentence shown to the user and cites the
 * evidence ("you both worked at Stripewell, 2016–2021"); {@code subject} is the thing itself as it
 * should be named in a note ("Stripewell", "DevOpsDays Denver", "Ana Ruiz", a post's topic);
 * {@code period} is a display period such as "2016–2021" or blank. Strength is 0..1.
 */
public record CommonGround(GroundKind kind, String detail, double strength, String subject, String period) {
    /** The period of an alumni item whose sender still studies at the school. */
    public static final String STUDYING = "studying";

    public CommonGround {
        detail = detail == null ? "" : detail;
        subject = subject == null ? "" : subject;
        period = period == null ? "" : period;
        strength = Math.max(0, Math.min(1, strength));
    }
}
