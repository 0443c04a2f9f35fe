package vn.vanban.indexer.index;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.document.DocumentNumbers;

/**
 * The issuer part of a {@link DocumentKey}: the same organ must give the same key whether it is
 * named in a citation ("Ban Thường vụ Thành ủy Cẩm Phả", "UBND thành phố Cẩm Phả") or printed in the
 * header of its own document ("THÀNH ỦY CẨM PHẢ", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ").
 */
public final class IssuerKeys {

    /*
     * Issuer codes in a number that name one organ nationwide (DOMAIN.md, "Document numbers"): the
     * Party's central organs share one numbering per type under "TW" (03-CT/TW of the Ban Bí thư,
     * 107-KL/TW), and the State's central organs have their own codes. A local code (TU, HU, UBND, …)
     * is printed by every province or district alike, so the organ's name is needed.
     */
    private static final Set<String> NATIONAL_CODES = Set.of(
            "TW",
            "CP",
            "TTG",
            "QH",
            "CTN",
            "VPCP",
            "TTCP",
            "KTNN",
            "TANDTC",
            "VKSNDTC",
            "HDTP",
            "NHNN",
            "UBDT",
            "BCT",
            "BTC",
            "BYT",
            "BGDDT",
            "BLDTBXH",
            "BNV",
            "BTP",
            "BQP",
            "BCA",
            "BNG",
            "BKHDT",
            "BTNMT",
            "BXD",
            "BGTVT",
            "BNNPTNT",
            "BNNMT",
            "BTTTT",
            "BVHTTDL",
            "BKHCN",
            "BDTTG",
            "BHXHVN",
            "TLD",
            "MTTW",
            "UBTWMTTQVN");

    private static final Pattern NATIONAL_PATTERN = Pattern.compile("(?:UBTVQH\\d*|QH\\d*|[A-Z]*TW)");

    /**
     * Words that name a body of the organ rather than the organ (the Standing Committee signs for the
     * committee: "T/M BAN THƯỜNG VỤ"), dropped so that "Ban Thường vụ Thành ủy Cẩm Phả" is "Thành ủy
     * Cẩm Phả".
     */
    private static final List<String> BODY_PREFIXES = List.of(
            "ban thuong vu ", "ban thuong truc ", "thuong truc ", "thuong vu ", "t/m ", "tm ", "tm. ", "kt ", "kt. ");

    /**
     * Abbreviations of organ words, expanded before anything else so that the short and the long form
     * meet ("BTV Tỉnh ủy", "UBKT Tỉnh ủy", "Sở VHTTDL", "Bộ GTVT"); "TU"/"HU" only open a name.
     */
    private static final Map<String, String> WORD_ABBREVIATIONS = Map.ofEntries(
            Map.entry("btv", "ban thuong vu"),
            Map.entry("bch", "ban chap hanh"),
            Map.entry("ubkt", "uy ban kiem tra"),
            Map.entry("ubmttq", "uy ban mat tran to quoc"),
            Map.entry("vhttdl", "van hoa the thao va du lich"),
            Map.entry("gtvt", "giao thong van tai"),
            Map.entry("tnmt", "tai nguyen va moi truong"),
            Map.entry("gddt", "giao duc va dao tao"),
            Map.entry("khdt", "ke hoach va dau tu"),
            Map.entry("ldtbxh", "lao dong thuong binh va xa hoi"),
            Map.entry("nnptnt", "nong nghiep va phat trien nong thon"),
            Map.entry("tttt", "thong tin va truyen thong"),
            Map.entry("khcn", "khoa hoc va cong nghe"),
            Map.entry("btg", "ban tuyen giao"),
            Map.entry("btc", "ban to chuc"),
            Map.entry("bdv", "ban dan van"));

    private static final Map<String, String> OPENING_ABBREVIATIONS =
            Map.of("tu", "tinh uy", "hu", "huyen uy", "qu", "quan uy", "du", "dang uy", "duk", "dang uy khoi");

    /*
     * The canonical organ: organ kind + the organ above it + locality. A committee is named by its
     * locality without the locality's kind ("Tỉnh ủy tỉnh Quảng Ninh" is "Tỉnh ủy Quảng Ninh": the kind
     * is in the committee's name); a Party department is of its committee ("Ban Tuyên giáo tỉnh An
     * Giang", printed under "TỈNH ỦY AN GIANG", is the Ban Tuyên giáo of the Tỉnh ủy An Giang); the
     * Ban Chấp hành of a Đảng bộ is its committee (Party Charter, art. 9: the Tỉnh ủy is the Ban Chấp
     * hành Đảng bộ tỉnh).
     */
    private static final Pattern COMMITTEE_WITH_KIND =
            Pattern.compile("\\b(tinh|thanh|huyen|thi|quan) uy (?:tinh|tp|huyen|tx|quan) ");

    private static final Pattern DEPARTMENT_OF_LOCALITY = Pattern.compile(
            "^((?:ban (?:tuyen giao va dan van|tuyen giao|to chuc|dan van|noi chinh|kinh te)|uy ban kiem tra)) "
                    + "(tinh|tp|huyen|tx|quan) (?!uy(?: |$))");

    private static final Pattern EXECUTIVE_OF_PARTY_BODY =
            Pattern.compile("^ban chap hanh dang bo (tinh|tp|huyen|tx|quan) ");

    private static final Map<String, String> COMMITTEE_OF_KIND =
            Map.of("tinh", "tinh uy", "tp", "thanh uy", "huyen", "huyen uy", "tx", "thi uy", "quan", "quan uy");

    /** Abbreviations (DOMAIN.md, "Text pitfalls") contracted, so the long and the short form meet. */
    private static final List<String[]> CONTRACTIONS = List.of(
            new String[] {"uy ban nhan dan", "ubnd"},
            new String[] {"hoi dong nhan dan", "hdnd"},
            new String[] {"mat tran to quoc", "mttq"},
            new String[] {"thu tuong chinh phu", "ttg"},
            new String[] {"ban chi dao", "bcd"},
            new String[] {"thanh pho", "tp"},
            new String[] {"thi xa", "tx"},
            new String[] {"thi tran", "tt"});

    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private IssuerKeys() {}

    /**
     * The issuer key for a document or a citation.
     *
     * @param number the document number, or null
     * @param issuer the organ's name, or null when the text does not say
     * @return the national code when the number names one organ nationwide ({@code tw}, {@code cp},
     *     {@code ttg}), else the folded name; null when neither is known
     */
    public static @Nullable String of(@Nullable String number, @Nullable String issuer) {
        if (number != null) {
            String code = issuerCode(number);
            if (code != null && isNational(code)) {
                return code.toLowerCase(Locale.ROOT);
            }
        }
        String folded = issuer == null ? null : fold(issuer);
        return folded == null ? null : withInlineParent(folded);
    }

    /** A cell named with its Đảng bộ ("Chi bộ Thôn 2, Đảng bộ xã Vĩnh Xương") in the {@link #qualifyCell} form. */
    private static String withInlineParent(String key) {
        if (!isCell(key)) {
            return key;
        }
        Matcher parent = INLINE_PARENT.matcher(key);
        return parent.find() ? cell(key.substring(0, parent.start()), key.substring(parent.end())) : key;
    }

    /**
     * A cell's key from its own name and its Đảng bộ's locality; a name that repeats the place ("Chi
     * bộ Quân sự xã Hải Đông" under "Đảng bộ xã Hải Đông") meets the one that does not ("Chi bộ Quân
     * sự xã, Đảng bộ xã Hải Đông").
     */
    private static String cell(String name, String parentLocality) {
        String place = LOCALITY_KIND.matcher(parentLocality).replaceFirst("");
        String own = name.endsWith("-" + place) ? name.substring(0, name.length() - place.length() - 1) : name;
        return own + CELL_PARENT + parentLocality;
    }

    private static final Pattern LOCALITY_KIND = Pattern.compile("^(?:xa|phuong|tt|thi-tran|tx|tp|huyen|quan)-");

    /** The Party organisation a cell belongs to, in a folded name: its Đảng bộ or Đảng ủy. */
    private static final String PARTY_BODY = "(?:ban-chap-hanh-)?(?:dang-bo|dang-uy)-";

    private static final Pattern INLINE_PARENT = Pattern.compile("-" + PARTY_BODY);

    /** True when {@code number} names its issuer without doubt, so no issuer name is needed. */
    public static boolean numberNamesIssuer(String number) {
        String code = issuerCode(number);
        return code != null && isNational(code);
    }

    /**
     * The issuer code of a number, folded: {@code 03-CT/TW} → {@code TW}, {@code 197/KH-UBND} →
     * {@code UBND}, {@code 15/2020/NĐ-CP} → {@code CP}, {@code 35-KH/ĐUK} → {@code DUK}.
     */
    static @Nullable String issuerCode(String number) {
        String key = DocumentNumbers.key(number);
        int slash = key.lastIndexOf('/');
        if (slash < 0 || slash == key.length() - 1) {
            return null;
        }
        String last = key.substring(slash + 1);
        String before = key.substring(0, slash);
        if (before.contains("-") && !before.matches("\\d+/\\d{4}")) {
            // Party form 35-KH/ĐUK (Party Central Office rules): the segment after the slash is the issuer.
            return last;
        }
        // State form 197/KH-UBND, 15/2020/NĐ-CP (Decree 30/2020/NĐ-CP, Appendix I): TYPE-ISSUER; a joint
        // circular lists several issuers (TTLT-BLĐTBXH-BTC); a công văn has ISSUER-OFFICE (UBND-VX).
        int dash = last.indexOf('-');
        if (dash < 0) {
            return last;
        }
        String first = last.substring(0, dash);
        String rest = last.substring(dash + 1);
        return TypeCodes.isTypeCode(first) ? rest : first;
    }

    private static boolean isNational(String code) {
        for (String part : code.split("-")) {
            if (!NATIONAL_CODES.contains(part)
                    && !NATIONAL_PATTERN.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /*
     * An organ named without its locality ("Ban Thường vụ Thành ủy", "UBND tỉnh"): inside a document
     * it means the organ of the document's own locality (DOMAIN.md: "Ban Thường vụ Thành ủy" inside a
     * Cẩm Phả document is the Thành ủy Cẩm Phả).
     */
    private static final Pattern GENERIC = Pattern.compile(
            "(?:(?:ban-[a-z-]+-)?(?:tinh|thanh|huyen|thi|quan)-uy|dang-uy(?:-khoi)?|(?:ubnd|hdnd|mttq)(?:-(?:tinh|tp|huyen|tx|quan|xa|phuong|tt))?)");

    /** True for an organ named without its locality, which only the citing document's context completes. */
    public static boolean isGeneric(@Nullable String issuerKey) {
        return issuerKey != null && GENERIC.matcher(issuerKey).matches();
    }

    /**
     * The key of an organ named without its locality, completed with the citing document's locality:
     * the province for a province-level organ ({@code tinh-uy}, {@code ubnd-tinh}), otherwise the
     * district, else the province.
     */
    public static @Nullable String qualify(String genericKey, @Nullable String province, @Nullable String district) {
        boolean provinceLevel = genericKey.contains("tinh");
        String locality = provinceLevel || district == null ? province : district;
        return locality == null ? null : fold(genericKey.replace('-', ' ') + " " + locality);
    }

    /*
     * A Party cell is named after its hamlet, street block or school ("Chi bộ Thôn 2", "Chi bộ Khu
     * phố 3", "Chi bộ Trường Tiểu học"): thousands of communes have a cell of that name, each numbering
     * its own 03-KH/CB, so the cell is only one organ together with the Đảng bộ above it.
     */
    private static final String CELL_PREFIX = "chi-bo-";
    private static final Pattern PARENT_BODY = Pattern.compile("^" + PARTY_BODY);

    /** True for a Party cell ({@code chi-bo-…}) whose key does not name the organ above it yet. */
    public static boolean isCell(@Nullable String issuerKey) {
        return issuerKey != null && issuerKey.startsWith(CELL_PREFIX) && !issuerKey.contains(CELL_PARENT);
    }

    /** Joins a cell's key and its parent's locality. */
    private static final String CELL_PARENT = "--";

    /**
     * The key of a Party cell completed with the organ above it: {@code chi-bo-thon-2} under "Đảng bộ
     * xã Vĩnh Xương" is {@code chi-bo-thon-2--xa-vinh-xuong}; null when the parent is not known.
     */
    public static @Nullable String qualifyCell(String cellKey, @Nullable String parentOrgan) {
        String parent = parentOrgan == null ? null : fold(parentOrgan);
        if (parent == null) {
            return null;
        }
        return cell(cellKey, PARENT_BODY.matcher(parent).replaceFirst(""));
    }

    /**
     * A stored issuer key in today's canonical form: keys written before a rule of {@link #fold}
     * changed ({@code tinh-uy-tinh-quang-ninh}, {@code ban-tuyen-giao-tinh-an-giang}) are folded again
     * ({@code tinh-uy-quang-ninh}, {@code ban-tuyen-giao-tinh-uy-an-giang}); a cell keeps its
     * {@code --} before the organ above it. Used by {@code indexer reindex} to migrate an index.
     */
    public static String canonicalKey(String issuerKey) {
        int cell = issuerKey.indexOf(CELL_PARENT);
        if (cell >= 0) {
            return canonicalKey(issuerKey.substring(0, cell))
                    + CELL_PARENT
                    + canonicalKey(issuerKey.substring(cell + CELL_PARENT.length()));
        }
        String folded = fold(issuerKey.replace('-', ' '));
        return folded == null ? issuerKey : folded;
    }

    private static String expandWords(String s) {
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String expanded = i == 0 && words.length > 1 ? OPENING_ABBREVIATIONS.get(w) : null;
            if (expanded == null) {
                expanded = WORD_ABBREVIATIONS.getOrDefault(w, w);
            }
            out.append(i == 0 ? "" : " ").append(expanded);
        }
        return out.toString();
    }

    /** The canonical form of a contracted, space-separated name (see {@link #COMMITTEE_WITH_KIND}). */
    private static String canonical(String name) {
        String s = name.replace("mttq viet nam", "mttq");
        Matcher executive = EXECUTIVE_OF_PARTY_BODY.matcher(s);
        if (executive.find()) {
            s = COMMITTEE_OF_KIND.get(executive.group(1)) + " " + s.substring(executive.end());
        }
        Matcher department = DEPARTMENT_OF_LOCALITY.matcher(s);
        if (department.find()) {
            s = department.group(1) + " " + COMMITTEE_OF_KIND.get(department.group(2)) + " "
                    + s.substring(department.end());
        }
        return COMMITTEE_WITH_KIND.matcher(s).replaceAll("$1 uy ");
    }

    /**
     * Folds an organ's name: canonical Vietnamese, lower case, no diacritics, {@code đ → d}, body
     * prefixes dropped, abbreviations contracted, words joined by {@code -}.
     */
    public static @Nullable String fold(String issuer) {
        String s = VietnameseText.normalize(issuer).toLowerCase(Locale.ROOT).replace('đ', 'd');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("\\s+", " ").strip();
        s = expandWords(s);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String prefix : BODY_PREFIXES) {
                if (s.startsWith(prefix)) {
                    s = s.substring(prefix.length()).strip();
                    dropped = true;
                }
            }
        }
        s = NON_ALNUM.matcher(s).replaceAll(" ").strip();
        for (String[] contraction : CONTRACTIONS) {
            s = (" " + s + " ")
                    .replace(" " + contraction[0] + " ", " " + contraction[1] + " ")
                    .strip();
        }
        s = canonical(s);
        s = s.replace(' ', '-');
        return s.isEmpty() ? null : s;
    }
}
