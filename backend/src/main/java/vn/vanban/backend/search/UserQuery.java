package vn.vanban.backend.search;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.analysis.text.VietnameseText;

/**
 * The query language users know (words, "phrases", -exclusion, OR), checked and rewritten into
 * {@code simple_query_string} syntax with every other operator character removed, so that what
 * Elasticsearch receives can mean nothing else.
 *
 * @param simple the rewritten query ({@code |} for OR); empty when the user typed nothing
 */
record UserQuery(String normalized, String simple) {

    static final int MAX_LENGTH = 500;

    boolean isEmpty() {
        return simple.isEmpty();
    }

    /** @throws InvalidQueryException when the query cannot be read */
    static UserQuery parse(String raw) {
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidQueryException("Câu truy vấn quá dài (tối đa " + MAX_LENGTH
                    + " ký tự) / The query is longer than " + MAX_LENGTH + " characters");
        }
        String text = VietnameseText.normalize(raw).strip();
        List<String> out = new ArrayList<>();
        int positives = 0;
        boolean pendingOr = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-') {
                negated = true;
                i++;
                if (i >= text.length() || Character.isWhitespace(text.charAt(i))) {
                    throw new InvalidQueryException(
                            "Dấu trừ phải đứng liền trước từ cần loại trừ / A '-' must be followed by the word to"
                                    + " exclude");
                }
                c = text.charAt(i);
            }
            String term;
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new InvalidQueryException("Thiếu dấu ngoặc kép đóng / A \"phrase\" is not closed");
                }
                String phrase = clean(text.substring(i + 1, close));
                i = close + 1;
                if (phrase.isBlank()) {
                    continue;
                }
                term = "\"" + phrase + "\"";
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                String word = text.substring(i, end);
                i = end;
                if (!negated && word.equals("OR")) {
                    if (out.isEmpty() || pendingOr) {
                        throw new InvalidQueryException("OR phải nằm giữa hai từ / OR must stand between two words");
                    }
                    pendingOr = true;
                    continue;
                }
                term = clean(word).strip();
                if (term.isEmpty()) {
                    continue;
                }
            }
            if (pendingOr) {
                if (negated) {
                    throw new InvalidQueryException(
                            "OR không thể đứng trước từ loại trừ / OR cannot be followed by an exclusion");
                }
                out.add("|");
                pendingOr = false;
            }
            if (negated) {
                out.add("-" + term);
            } else {
                out.add(term);
                positives++;
            }
        }
        if (pendingOr) {
            throw new InvalidQueryException("OR phải nằm giữa hai từ / OR must stand between two words");
        }
        if (positives == 0 && !out.isEmpty()) {
            throw new InvalidQueryException(
                    "Cần ít nhất một từ cần tìm ngoài các từ loại trừ / At least one word to find is needed"
                            + " besides the exclusions");
        }
        return new UserQuery(text, String.join(" ", out));
    }

    /**
     * simple_query_string's other operators ({@code + | * ( ) ~ \}) and stray quotes become spaces:
     * the language we offer has no meaning for them and they must not reach Elasticsearch as syntax.
     */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            b.append("+|*()~\\\"".indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }
}
