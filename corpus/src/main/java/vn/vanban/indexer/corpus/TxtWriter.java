package vn.vanban.indexer.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plain text as extraction produces it: either the two header columns side by side, or one after
 * the other (as in the An Giang seed); the subject sometimes wrapped; the signature block before or
 * after the recipients.
 */
final class TxtWriter {

    private static final int LEFT_WIDTH = 46;

    private TxtWriter() {}

    static String write(Layout layout, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        StringBuilder out = new StringBuilder();
        List<String> left = new ArrayList<>(layout.left());
        left.add(layout.numberLine());
        if (layout.letterSubject() != null) {
            left.addAll(wrap(layout.letterSubject(), 44));
        }
        if (random.nextBoolean()) {
            List<String> right = new ArrayList<>(layout.motto());
            int numberRow = layout.left().size();
            while (right.size() < numberRow) {
                right.add("");
            }
            right.add(numberRow, layout.dateLine());
            int rows = Math.max(left.size(), right.size());
            for (int i = 0; i < rows; i++) {
                String l = i < left.size() ? center(left.get(i), LEFT_WIDTH) : "";
                String r = i < right.size() ? right.get(i) : "";
                out.append((pad(l, LEFT_WIDTH) + r).stripTrailing()).append('\n');
            }
        } else {
            for (String l : left) {
                out.append(l).append('\n');
            }
            out.append('\n');
            for (String m : layout.motto()) {
                out.append(m).append('\n');
            }
            out.append('\n').append(layout.dateLine()).append('\n');
        }
        out.append('\n');
        if (layout.title() != null) {
            out.append(layout.title()).append('\n');
        }
        if (layout.subject() != null) {
            List<String> lines = random.nextBoolean() ? wrap(layout.subject(), 78) : List.of(layout.subject());
            lines.forEach(l -> out.append(l).append('\n'));
            if (random.nextInt(3) == 0) {
                out.append("-----\n");
            }
        }
        out.append('\n');
        for (Layout.Block block : layout.body()) {
            out.append(block.text()).append("\n\n");
        }
        List<String> signature = layout.signature();
        StringBuilder sign = new StringBuilder();
        for (int i = 0; i < signature.size(); i++) {
            if (i == signature.size() - 1) {
                sign.append("\n\n");
            }
            sign.append(signature.get(i)).append('\n');
        }
        StringBuilder recipients = new StringBuilder("Nơi nhận:\n");
        layout.recipients().forEach(r -> recipients.append(r).append('\n'));
        if (random.nextBoolean()) {
            out.append(sign).append('\n').append(recipients);
        } else {
            out.append(recipients).append('\n').append(sign);
        }
        return out.toString();
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String center(String s, int width) {
        int padding = Math.max(0, (width - s.length()) / 2);
        return " ".repeat(padding) + s;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + "  " : s + " ".repeat(width - s.length());
    }
}
