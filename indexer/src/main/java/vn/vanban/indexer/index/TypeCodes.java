package vn.vanban.indexer.index;

import java.util.Set;

/** Type codes of document numbers, folded (DOMAIN.md, "Type abbreviations"). */
final class TypeCodes {

    private static final Set<String> CODES = Set.of(
            "NQ", "CT", "KL", "QD", "QC", "QYD", "HD", "KH", "CTR", "TB", "BC", "DA", "TTR", "CV", "TT", "ND", "TTLT",
            "NQLT", "L", "PL", "LTT", "VBHN", "CD", "QDLT", "TTRA", "GP", "BB", "PA", "DT", "CTHD");

    private TypeCodes() {}

    static boolean isTypeCode(String folded) {
        return CODES.contains(folded);
    }
}
