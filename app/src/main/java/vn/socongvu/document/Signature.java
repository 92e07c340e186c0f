package vn.socongvu.document;

import java.util.List;

import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.Signer;

/**
 * A signature block: the authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the title
 * ("PHÓ CHỦ TỊCH"), space to sign, and the name.
 */
public record Signature(List<String> authorityLines, String title, String name) {

    /** How a signer of the committee signs: TM. for the chairman, TM. + KT. for a vice-chairman. */
    public static Signature of(Signer s) {
        List<String> lines = switch (s.authority()) {
            case TM -> List.of(Messages.get("document.sign.tm"));
            case KT -> List.of(Messages.get("document.sign.tm"), Messages.get("document.sign.kt"));
            case NONE -> List.of();
        };
        return new Signature(lines, s.title(), s.fullName());
    }

    public static Signature personal(String title, String name) {
        return new Signature(List.of(), title, name);
    }
}
