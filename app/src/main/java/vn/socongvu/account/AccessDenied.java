package vn.socongvu.account;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;

/** The signed-in account's role does not allow what was asked; the message says what it may do instead. */
public final class AccessDenied extends UserException {
    private final String key;
    private final transient Object[] args;

    public AccessDenied(String key, Object... args) {
        super(Category.INPUT, Messages.get(key, args), null);
        this.key = key;
        this.args = args;
    }

    @Override
    public String userMessage() {
        return Messages.get(key, args);
    }
}
