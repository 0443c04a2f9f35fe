package vn.vanban.indexer.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.Relation;

/**
 * Prints citations the way documents of one issuer do, and records what each printed (the
 * ground truth). Forms follow the seeds and DOMAIN.md: "Chỉ thị số 03-CT/TW, ngày 19/5/2021 của
 * Ban Bí thư về …", a short form after a full one ("Chỉ thị số 03-CT/TW của Ban Bí thư"), the
 * issuer implied by context ("Ban Thường vụ Tỉnh ủy" inside a district document of that province).
 */
final class Citer {

    enum DateStyle {
        /** 19/5/2021, the most common. */
        SLASH,
        /** 19/05/2021. */
        SLASH_PADDED,
        /** ngày 19 tháng 5 năm 2021 ("ngày" is printed by the caller). */
        WORDS,
        /** 19-5-2021. */
        DASH
    }

    private final Organ context;
    private final SplittableRandom random;
    private final DateStyle dateStyle;
    private final List<Doc.Mention> mentions = new ArrayList<>();

    Citer(Organ context, SplittableRandom random) {
        this.context = context;
        this.random = random;
        int r = random.nextInt(100);
        this.dateStyle =
                r < 55 ? DateStyle.SLASH : r < 70 ? DateStyle.SLASH_PADDED : r < 94 ? DateStyle.WORDS : DateStyle.DASH;
    }

    List<Doc.Mention> mentions() {
        return mentions;
    }

    /** "Kế hoạch số 179-KH/TU ngày 23/6/2022 của Ban Thường vụ Tỉnh ủy về việc …". */
    String full(Doc target, Relation relation, boolean withSubject) {
        StringBuilder s = new StringBuilder(typeName(target)).append(" số ").append(target.number());
        s.append(random.nextInt(4) == 0 ? ", ngày " : " ngày ").append(date(target.date()));
        s.append(" của ").append(issuerForm(target));
        mentions.add(new Doc.Mention(target, relation, true, true, withSubject));
        if (withSubject) {
            s.append(' ').append(aboutPhrase(target));
            inner(target);
        }
        return s.toString();
    }

    /** "Chỉ thị số 03-CT/TW của Ban Bí thư về tăng cường …" (a subject line without the date). */
    String withoutDate(Doc target, Relation relation) {
        String s =
                typeName(target) + " số " + target.number() + " của " + issuerForm(target) + " " + aboutPhrase(target);
        mentions.add(new Doc.Mention(target, relation, false, true, true));
        inner(target);
        return s;
    }

    private void inner(Doc target) {
        for (Doc.Mention inner : target.subjectMentions()) {
            mentions.add(
                    new Doc.Mention(inner.target(), Relation.MENTIONS, inner.date(), inner.issuer(), inner.subject()));
        }
    }

    /** "Chỉ thị số 03-CT/TW của Ban Bí thư". */
    String withIssuer(Doc target, Relation relation) {
        mentions.add(new Doc.Mention(target, relation, false, true, false));
        return typeName(target) + " số " + target.number() + " của " + issuerForm(target);
    }

    /** "Kế hoạch số 179-KH/TU". */
    String bare(Doc target, Relation relation) {
        mentions.add(new Doc.Mention(target, relation, false, false, false));
        return typeName(target) + " số " + target.number();
    }

    /** A short form chosen at random: with or without the issuer. */
    String shortForm(Doc target, Relation relation) {
        return random.nextBoolean() ? withIssuer(target, relation) : bare(target, relation);
    }

    static String typeName(Doc target) {
        return switch (target.type().code()) {
            case "CTr" -> "Chương trình hành động";
            default -> target.type().name();
        };
    }

    /** The "về …" phrase: "về việc tuyên truyền …" for generated documents, "về tăng cường …" for real ones. */
    static String aboutPhrase(Doc target) {
        String core = subjectCore(target);
        return target.real() || core.startsWith("việc ") ? "về " + core : "về việc " + core;
    }

    /** The subject as the ground truth of a citation records it: without "V/v", "Về việc", lower-case first. */
    static String subjectCore(Doc target) {
        String s = target.subject();
        for (String prefix : List.of("V/v ", "Về việc ", "Về ")) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
                break;
            }
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    String issuerForm(Doc target) {
        Organ organ = target.organ();
        if (target.real()) {
            if (organ == Organs.BCH_TRUNG_UONG) {
                return target.number().equals("21-NQ/TW")
                        ? Names.pick(
                                random,
                                List.of(
                                        "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII",
                                        "Ban Chấp hành Trung ương Đảng khóa XIII"))
                        : "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII";
            }
            return organ.name();
        }
        if (organ.covers(context) && organ != context && random.nextInt(5) > 0) {
            return spelled(Names.pick(random, organ.localNames()));
        }
        return spelled(fullName(organ));
    }

    /**
     * The full name as citations print it: "Tỉnh ủy Quảng Ninh" or "Tỉnh ủy tỉnh Quảng Ninh", the
     * People's Committee as "UBND" (Decree 30/2020/NĐ-CP allows the abbreviation in the body).
     */
    private String fullName(Organ organ) {
        String name = organ.name();
        if (organ.kind() == Organ.Kind.PARTY_COMMITTEE
                && organ.level() == IssuerLevel.PROVINCE
                && organ.province() != null
                && random.nextInt(3) == 0) {
            return name.replace(organ.province().name(), organ.province().full());
        }
        return name;
    }

    /**
     * One organ name spelled as real documents vary it: "Ủy ban nhân dân" as "UBND", "Ban Thường vụ"
     * as "BTV", and the old tone placement of the 1980s keyboards ("hoà", "thuỷ", "Uỷ").
     */
    private String spelled(String name) {
        String s = name;
        if (random.nextInt(3) == 0) {
            s = s.replace("Ủy ban nhân dân", "UBND");
        }
        if (random.nextInt(4) == 0) {
            s = s.replace("Ban Thường vụ ", "BTV ");
        }
        if (random.nextInt(3) == 0) {
            s = oldTonePlacement(s);
        }
        return s;
    }

    private static final String[][] OLD_TONES = {
        {"òa", "oà"},
        {"óa", "oá"},
        {"ỏa", "oả"},
        {"õa", "oã"},
        {"ọa", "oạ"},
        {"òe", "oè"},
        {"óe", "oé"},
        {"ọe", "oẹ"},
        {"ùy", "uỳ"},
        {"úy", "uý"},
        {"ủy", "uỷ"},
        {"ũy", "uỹ"},
        {"ụy", "uỵ"},
        {"Ủy", "Uỷ"}
    };

    /** "hòa" → "hoà", "thủy" → "thuỷ": the same word, the mark on the other vowel. */
    static String oldTonePlacement(String s) {
        String out = s;
        for (String[] pair : OLD_TONES) {
            out = out.replace(pair[0], pair[1]);
        }
        return out;
    }

    String date(LocalDate date) {
        DateStyle style = random.nextInt(8) == 0 ? DateStyle.values()[random.nextInt(3)] : dateStyle;
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        int y = date.getYear();
        return switch (style) {
            case SLASH -> d + "/" + m + "/" + y;
            case SLASH_PADDED -> String.format("%02d/%02d/%d", d, m, y);
            case WORDS -> d + " tháng " + m + " năm " + y;
            case DASH -> d + "-" + m + "-" + y;
        };
    }
}
