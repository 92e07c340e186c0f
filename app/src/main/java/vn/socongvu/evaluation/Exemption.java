package vn.socongvu.evaluation;

import java.time.LocalDate;

/** An objective cause confirmed (nguyên nhân khách quan): what, who confirmed it, on which day. */
public record Exemption(String reason, String confirmedBy, LocalDate confirmedOn) {
}
