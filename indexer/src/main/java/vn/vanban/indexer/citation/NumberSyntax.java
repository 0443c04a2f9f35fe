package vn.vanban.indexer.citation;

import java.util.regex.Pattern;

/**
 * The shape of a printed document number. Party numbers are {@code 35-KH/ĐUK} (number, hyphen, type,
 * slash, issuer: Party Central Office Guidance 36-HD/VPTW); State numbers {@code 197/KH-UBND} or, for
 * legal normative documents, {@code 15/2020/NĐ-CP} (Decree 30/2020/NĐ-CP, Appendix I). Typed and
 * scanned text puts spaces or a line break around the separators.
 */
public final class NumberSyntax {

    /** A code segment: {@code KH}, {@code ĐUK}, {@code TTg}, {@code QH15}, {@code BLĐTBXH}, {@code QyĐ}. */
    private static final String SEG = "\\p{Lu}[\\p{L}\\d]{0,15}+";

    /**
     * Separators may carry up to two spaces, or a line break, on each side. Possessive and unambiguous
     * (spaces before a line break only when there is one), so a failing match never backtracks into
     * the ways of splitting the same spaces ("1 - A / B - …" repeated stays linear).
     */
    private static final String GAP = "[ \\t]{0,2}+(?:\\n[ \\t]{0,2}+)?+";

    private static final String DASH = GAP + "-" + GAP;

    private static final String SLASH = GAP + "/" + GAP;

    /**
     * The serial, with a dotted part where a series is numbered within another: Resolution
     * {@code 66.16/2026/NQ-CP} (the 16th of the resolutions under Resolution 66).
     */
    private static final String SERIAL = "\\d{1,5}+(?:\\.\\d{1,3}+(?=[ \\t]{0,2}+[-/]))?+[a-z]?+";

    private static final String PARTY = SERIAL + DASH + SEG + SLASH + SEG + "(?:" + DASH + SEG + "){0,3}+";

    private static final String STATE =
            SERIAL + SLASH + "(?:\\d{4}" + SLASH + ")?+" + SEG + "(?:(?:" + DASH + "|" + SLASH + ")" + SEG + "){0,4}+";

    /** A number, not glued to a preceding letter, digit or separator. */
    public static final String NUMBER = "(?<![\\p{L}\\d/.-])(?:" + PARTY + "|" + STATE + ")(?![\\p{L}\\d])";

    public static final Pattern NUMBER_PATTERN = Pattern.compile(NUMBER);

    private NumberSyntax() {}
}
