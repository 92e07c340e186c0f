package vn.socongvu.common;

import vn.socongvu.i18n.Messages;

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

    /** This progress seen as a part of a larger work: 0 to 1 here is {@code from} to {@code to} there. */
    default Progress part(double from, double to) {
        Progress whole = this;
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                whole.update(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }

    /** The clerk stopped the work; nothing was changed. */
    final class CancelledException extends UserException {
        public CancelledException() {
            super(Category.CANCELLED, "cancelled", null);
        }

        @Override
        public String userMessage() {
            return Messages.get("cli.cancelled");
        }
    }
}
