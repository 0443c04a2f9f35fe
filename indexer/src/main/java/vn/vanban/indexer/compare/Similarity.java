package vn.vanban.indexer.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Similarity a reader recognises between two passages of Vietnamese administrative prose: cosine of
 * weighted vectors of folded syllables and syllable bigrams (a Vietnamese word is one to four
 * syllables, so bigrams carry the words). Stop words of administrative prose weigh little; numbers and
 * dates weigh more; the words naming the level of government ("tỉnh", "Huyện ủy") and the compared
 * documents' locality names become one placeholder of low weight, because a lower plan writes its own
 * locality where the upper one wrote its own: the expected change, not a difference of substance.
 */
final class Similarity {

    /** Placeholder for a level word or a locality name. */
    static final String PLACE = "§";

    private static final double STOP_WEIGHT = 0.2;
    private static final double PLACE_WEIGHT = 0.1;
    private static final double NUMBER_WEIGHT = 1.5;

    private final Vocabulary vocabulary;
    private final List<List<String>> placeNames;

    /** @param placeNames locality names of the compared documents ("Cẩm Phả", "Quảng Ninh"), as printed */
    Similarity(Vocabulary vocabulary, Set<String> placeNames) {
        this.vocabulary = vocabulary;
        List<List<String>> names = new ArrayList<>();
        for (String name : placeNames) {
            List<String> words =
                    Tokens.of(name).stream().map(Tokens.Token::lower).toList();
            if (!words.isEmpty()) {
                names.add(words);
            }
        }
        names.sort((a, b) -> b.size() - a.size());
        this.placeNames = List.copyOf(names);
    }

    /**
     * A passage ready to be compared: its features as sorted ids (of this {@link Similarity}'s dictionary)
     * with their weights, its numbers, and its number of syllables.
     */
    record Profile(int[] ids, double[] weights, double norm, Map<String, Integer> numbers, int size) {
        static final Profile EMPTY = new Profile(new int[0], new double[0], 0, Map.of(), 0);
    }

    // Feature → id, so that a cosine is a merge of two sorted arrays (two 30-page plans: 400 000 cosines).
    private final Map<String, Integer> dictionary = new HashMap<>();

    Profile profile(String text) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return Profile.EMPTY;
        }
        Map<String, Double> features = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        double[] weights = new double[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            weights[i] = weight(t);
            if (weights[i] == NUMBER_WEIGHT) {
                numbers.merge(t, 1, Integer::sum);
            }
            features.merge(t, weights[i], Double::sum);
            if (i > 0) {
                features.merge(terms.get(i - 1) + " " + t, Math.sqrt(weights[i - 1] * weights[i]), Double::sum);
            }
        }
        int[] ids = new int[features.size()];
        int k = 0;
        synchronized (dictionary) {
            for (String f : features.keySet()) {
                ids[k++] = dictionary.computeIfAbsent(f, x -> dictionary.size());
            }
        }
        Arrays.sort(ids);
        Map<Integer, Double> byId = new HashMap<>();
        synchronized (dictionary) {
            features.forEach((f, w) -> byId.put(dictionary.get(f), w));
        }
        double[] values = new double[ids.length];
        double norm = 0;
        for (int i = 0; i < ids.length; i++) {
            values[i] = byId.get(ids[i]);
            norm += values[i] * values[i];
        }
        return new Profile(ids, values, Math.sqrt(norm), Map.copyOf(numbers), terms.size());
    }

    /** Cosine of two profiles of the same {@link Similarity}. */
    static double cosine(Profile a, Profile b) {
        if (a.norm() == 0 || b.norm() == 0) {
            return 0;
        }
        int[] x = a.ids();
        int[] y = b.ids();
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                dot += a.weights()[i++] * b.weights()[j++];
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1, dot / (a.norm() * b.norm()));
    }

    /** Whether a number or date of one passage was replaced by another (not merely added or dropped). */
    static boolean numbersChanged(Profile a, Profile b) {
        // Counted, not as sets: "năm 2021" becoming "năm 2022" beside "giai đoạn 2021 - 2025" is a change.
        return !contains(b.numbers(), a.numbers()) && !contains(a.numbers(), b.numbers());
    }

    private static boolean contains(Map<String, Integer> all, Map<String, Integer> part) {
        for (Map.Entry<String, Integer> e : part.entrySet()) {
            if (all.getOrDefault(e.getKey(), 0) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Folded syllables with level words and locality names replaced by {@link #PLACE}. */
    List<String> terms(String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        List<String> terms = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int place = placeLength(tokens, i);
            if (place > 0) {
                terms.add(PLACE);
                i += place;
            } else {
                terms.add(tokens.get(i).folded());
                i++;
            }
        }
        return terms;
    }

    private int placeLength(List<Tokens.Token> tokens, int i) {
        for (List<String> not : vocabulary.notLevelWords()) {
            if (startsWith(tokens, i, not)) {
                return 0;
            }
        }
        for (List<String> name : placeNames) {
            if (startsWith(tokens, i, name)) {
                return name.size();
            }
        }
        for (List<String> level : vocabulary.levelWords()) {
            if (startsWith(tokens, i, level)) {
                return level.size();
            }
        }
        return 0;
    }

    private static boolean startsWith(List<Tokens.Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).lower().equals(words.get(k).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private double weight(String term) {
        if (term.equals(PLACE)) {
            return PLACE_WEIGHT;
        }
        for (int i = 0; i < term.length(); i++) {
            if (Character.isDigit(term.charAt(i))) {
                return NUMBER_WEIGHT;
            }
        }
        return vocabulary.stopWords().contains(term) ? STOP_WEIGHT : 1;
    }

    /** The heading groups ("purpose", "content", …) a heading names, from its folded words. */
    Set<String> headingGroups(String heading) {
        String folded = " "
                + String.join(
                        " ",
                        Tokens.of(heading).stream().map(Tokens.Token::folded).toList()) + " ";
        Set<String> groups = new HashSet<>();
        vocabulary.headingGroups().forEach((group, phrases) -> {
            for (String p : phrases) {
                if (folded.contains(" " + p + " ")) {
                    groups.add(group);
                }
            }
        });
        return groups;
    }

    /**
     * Similarity of two section headings: the share of heading groups they have in common ("MỤC ĐÍCH,
     * YÊU CẦU" and "MỤC ĐÍCH - YÊU CẦU" and "MỤC TIÊU" all name the purpose), else of their words.
     */
    double headings(String a, String b) {
        Set<String> ga = headingGroups(a);
        Set<String> gb = headingGroups(b);
        if (!ga.isEmpty() && !gb.isEmpty()) {
            Set<String> common = new HashSet<>(ga);
            common.retainAll(gb);
            Set<String> union = new HashSet<>(ga);
            union.addAll(gb);
            return (double) common.size() / union.size();
        }
        return cosine(profile(a), profile(b));
    }
}
