package vn.vanban.indexer.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import vn.vanban.indexer.compare.Comparison.DiffSegment;
import vn.vanban.indexer.compare.Comparison.Op;

/**
 * Word-level diff of two passages: java-diff-utils (Myers) on syllable tokens compared folded, so a
 * difference of case, tone placement or Unicode form is no difference; each run is shown as printed in
 * its document, diacritics and punctuation kept (a token carries the spaces and punctuation after it).
 */
final class WordDiff {

    private WordDiff() {}

    static List<DiffSegment> of(String a, String b) {
        List<Tokens.Token> ta = Tokens.of(a);
        List<Tokens.Token> tb = Tokens.of(b);
        List<String> fa = ta.stream().map(Tokens.Token::folded).toList();
        List<String> fb = tb.stream().map(Tokens.Token::folded).toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(fa, fb).getDeltas();
        List<DiffSegment> out = new ArrayList<>();
        int posA = 0;
        for (AbstractDelta<String> d : deltas) {
            int sourceStart = d.getSource().getPosition();
            int sourceEnd = sourceStart + d.getSource().size();
            int targetStart = d.getTarget().getPosition();
            int targetEnd = targetStart + d.getTarget().size();
            add(out, Op.EQUAL, span(a, ta, posA, sourceStart));
            add(out, Op.DELETE, span(a, ta, sourceStart, sourceEnd));
            add(out, Op.INSERT, span(b, tb, targetStart, targetEnd));
            posA = sourceEnd;
        }
        add(out, Op.EQUAL, span(a, ta, posA, ta.size()));
        return List.copyOf(out);
    }

    /** The text of tokens {@code [from, to)}: from the first token's start to the next token's start. */
    private static String span(String text, List<Tokens.Token> tokens, int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = from == 0 ? 0 : tokens.get(from).start();
        int end = to < tokens.size() ? tokens.get(to).start() : text.length();
        return text.substring(start, end);
    }

    private static void add(List<DiffSegment> out, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.getLast().op() == op) {
            out.set(out.size() - 1, new DiffSegment(op, out.getLast().text() + text));
        } else {
            out.add(new DiffSegment(op, text));
        }
    }
}
