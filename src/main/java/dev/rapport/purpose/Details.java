package dev.rapport.purpose;

/**
 * The specifics of a reason, each with its role, kept as the sender wrote them (blank when the
 * reason does not say it): the {@code event} where they met or talked ("KubeCon", "the Huila coffee
 * field day"), {@code when} it was ("last week", "in March", "two weeks ago"), the {@code topic}
 * talked about or asked about, the {@code referrer} (a person's name, never a month, weekday, title
 * or place), the {@code role} applied for or hired for, the {@code project}, and the {@code question}
 * the sender wants to ask ("how your team handles on-call handoffs").
 */
public record Details(String event, String when, String topic, String referrer, String role, String project, String question) {

    public static final Details NONE = new Details("", "", "", "", "", "", "");

    public Details {
        event = event == null ? "" : event;
        when = when == null ? "" : when;
        topic = topic == null ? "" : topic;
        referrer = referrer == null ? "" : referrer;
        role = role == null ? "" : role;
        project = project == null ? "" : project;
        question = question == null ? "" : question;
    }

    /** The detail of one kind by its name (event, when, topic, referrer, role, project, question). */
    public String of(String kind) {
        return switch (kind) {
            case "event" -> event;
            case "when" -> when;
            case "topic" -> topic;
            case "referrer" -> referrer;
            case "role" -> role;
            case "project" -> project;
            case "question" -> question;
            default -> throw new IllegalArgumentException("no detail kind " + kind);
        };
    }

    public static final java.util.List<String> KINDS = java.util.List.of("event", "when", "topic", "referrer", "role", "project", "question");
}
