package vn.socongvu.common;

import vn.socongvu.i18n.Messages;

/** An enum constant shown to the clerk by its Vietnamese label. */
public interface Labeled {
    String labelKey();

    default String label() {
        return Messages.get(labelKey());
    }
}
