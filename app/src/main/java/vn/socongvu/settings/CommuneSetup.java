package vn.socongvu.settings;

import java.util.List;

/**
 * What the clerk types on first start: the commune, its province, the place name for dates, the
 * chairman and vice-chairmen (who sign documents), and whether to add the typical units of a commune.
 */
public record CommuneSetup(String communeName, String province, String placeName, String chairman,
                           List<String> viceChairmen, boolean addTypicalUnits) {
}
