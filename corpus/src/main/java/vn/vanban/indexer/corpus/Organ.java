package vn.vanban.indexer.corpus;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;

/**
 * An issuing organ as the generated documents print and cite it.
 *
 * @param kind what the organ is, which decides its templates
 * @param name canonical full name, the ground-truth {@code issuer} ("Huyện ủy Nam Đàn")
 * @param parentOrgan the organ printed above it in the header, or null
 * @param header the header's left block in capitals, parent first
 * @param suffix the issuer part of its numbers ({@code HU} in {@code 45-KH/HU}, {@code UBND})
 * @param place the place of the date line
 * @param localNames how documents issued inside its territory name it ("Ban Thường vụ Huyện ủy")
 * @param selfNames how it names itself in its own opening ("Ban Thường vụ Huyện ủy")
 * @param signers two realistic names, the first signs more often
 */
record Organ(
        Kind kind,
        String name,
        @Nullable String parentOrgan,
        List<String> header,
        IssuerSide side,
        IssuerLevel level,
        String suffix,
        String place,
        Geography.@Nullable Province province,
        Geography.@Nullable District district,
        Geography.@Nullable Commune commune,
        List<String> localNames,
        List<String> selfNames,
        List<String> signers) {

    enum Kind {
        /** Ban Bí thư, Bộ Chính trị, Thủ tướng: only cited, never generated. */
        CENTRAL_REAL,
        CENTRAL_PARTY_BOARD,
        CENTRAL_MINISTRY,
        PARTY_COMMITTEE,
        PARTY_BOARD,
        PEOPLES_COMMITTEE,
        DEPARTMENT,
        PARTY_CELL
    }

    boolean party() {
        return side == IssuerSide.PARTY;
    }

    /** Whether a document of {@code other} is issued inside this organ's territory (or by it). */
    boolean covers(Organ other) {
        if (level == IssuerLevel.CENTRAL) {
            return true;
        }
        if (province == null || other.province != province) {
            return false;
        }
        if (level == IssuerLevel.PROVINCE) {
            return true;
        }
        if (district == null || other.district != district) {
            return false;
        }
        if (level == IssuerLevel.DISTRICT) {
            return true;
        }
        return commune != null && other.commune == commune;
    }

    static String upper(String s) {
        return s.toUpperCase(new Locale("vi"));
    }
}
