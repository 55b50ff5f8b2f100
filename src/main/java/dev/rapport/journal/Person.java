package dev.rapport.journal;

/** Someone the journal knows: its row id, stable key, and the name and company as first seen. */
public record Person(long id, String key, String name, String company, String url) {
    /** "Priya Raman (Stripewell)" or just the name. */
    public String label() {
        return company.isBlank() ? name : name + " (" + company + ")";
    }
}
