package vn.socongvu.planimport;

/**
 * A value the reader proposes, with how sure it is and the paragraph it came from (its index in the
 * document's paragraphs; -1 when nothing was found, and then {@code value} is null).
 */
public record Proposed<T>(T value, Confidence confidence, int source) {
    public static <T> Proposed<T> none() {
        return new Proposed<>(null, Confidence.LOW, -1);
    }

    public boolean found() {
        return value != null;
    }
}
