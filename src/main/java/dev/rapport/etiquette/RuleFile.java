package dev.rapport.etiquette;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The top of a rules YAML file. */
record RuleFile(Integer version, @JsonProperty("note-limit") Integer noteLimit, List<RuleSpec> rules) {
}
