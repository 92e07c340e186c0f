package vn.socongvu.common;

/** Reports how far long work has come, and lets the caller cancel it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction 0 to 1 */
    void update(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} if the caller asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** The clerk stopped the work; nothing was changed. */
    final class CancelledException extends UserException {
        public CancelledException() {
            super(Category.CANCELLED, "cancelled", null);
        }

        @Override
        public String userMessage() {
            return vn.socongvu.i18n.Messages.get("cli.cancelled");
        }
    }
}
