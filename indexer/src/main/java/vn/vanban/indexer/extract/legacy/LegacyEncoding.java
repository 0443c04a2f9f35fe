package vn.vanban.indexer.extract.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A legacy 8-bit Vietnamese encoding as it appears once the bytes have been read as
 * windows-1252/ISO-8859-1 (which is what Word, PDF text layers and charset detectors give for text
 * typed in the .VnTime or VNI fonts): mojibake such as {@code Céng hoµ} (TCVN3) or {@code Coäng
 * hoøa} (VNI) for "Cộng hòa".
 *
 * <p>The table {@code vietnamese-legacy.tsv} beside this class lists every Vietnamese letter with
 * its code in each encoding.
 */
public enum LegacyEncoding {
    /**
     * TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts: one byte per letter. Toned capitals
     * have no code of their own (the capital fonts .VnTimeH draw the lower-case codes as capitals), so
     * {@link #encode} writes them with the lower-case code and {@link #decode} gives them back in lower
     * case.
     */
    TCVN3,
    /** VNI-Windows: the base letter followed by one mark byte; i, ơ, ư, ỵ and đ have a single byte. */
    VNI;

    private static final Tables TABLES = Tables.load();

    /** The Unicode text of {@code legacy}, a string of this encoding read as windows-1252. */
    public String decode(String legacy) {
        Map<String, Character> table = this == TCVN3 ? TABLES.tcvn3Decode : TABLES.vniDecode;
        StringBuilder out = new StringBuilder(legacy.length());
        int i = 0;
        while (i < legacy.length()) {
            // VNI sequences are at most two characters long; the longest match wins ("ôù" = ớ, "ô" = ơ).
            Character two = i + 1 < legacy.length() ? table.get(legacy.substring(i, i + 2)) : null;
            if (two != null) {
                out.append(two.charValue());
                i += 2;
                continue;
            }
            Character one = table.get(String.valueOf(legacy.charAt(i)));
            out.append(one != null ? one.charValue() : legacy.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** Unicode (NFC) text written in this encoding, as a windows-1252 string; the inverse of {@link #decode}. */
    public String encode(String unicode) {
        Map<Character, String> table = this == TCVN3 ? TABLES.tcvn3Encode : TABLES.vniEncode;
        StringBuilder out = new StringBuilder(unicode.length() * 2);
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            String mapped = table.get(c);
            out.append(mapped != null ? mapped : String.valueOf(c));
        }
        return out.toString();
    }

    /** The parsed table, shared by both constants. */
    private record Tables(
            Map<Character, String> tcvn3Encode,
            Map<String, Character> tcvn3Decode,
            Map<Character, String> vniEncode,
            Map<String, Character> vniDecode) {

        static Tables load() {
            Map<Character, String> tcvn3Encode = new HashMap<>();
            Map<String, Character> tcvn3Decode = new HashMap<>();
            Map<Character, String> vniEncode = new HashMap<>();
            Map<String, Character> vniDecode = new HashMap<>();
            try (InputStream in = Objects.requireNonNull(
                            LegacyEncoding.class.getResourceAsStream("vietnamese-legacy.tsv"),
                            "vietnamese-legacy.tsv missing from the classpath");
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] columns = line.split("\t");
                    char letter = columns[0].charAt(0);
                    if (!columns[1].equals("-")) {
                        String code = bytes(columns[1]);
                        tcvn3Encode.put(letter, code);
                        tcvn3Decode.put(code, letter);
                    }
                    String vni = bytes(columns[2]);
                    vniEncode.put(letter, vni);
                    vniDecode.put(vni, letter);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Toned capitals: the lower-case code, as typed with the .VnTimeH capital fonts.
            for (char capital : vniEncode.keySet()) {
                char lower = Character.toLowerCase(capital);
                if (capital != lower && !tcvn3Encode.containsKey(capital) && tcvn3Encode.containsKey(lower)) {
                    tcvn3Encode.put(capital, tcvn3Encode.get(lower));
                }
            }
            return new Tables(
                    Map.copyOf(tcvn3Encode), Map.copyOf(tcvn3Decode), Map.copyOf(vniEncode), Map.copyOf(vniDecode));
        }

        /** "61 F8" → the two characters U+0061 U+00F8 (windows-1252 and Latin-1 agree above 0x9F). */
        private static String bytes(String hex) {
            StringBuilder s = new StringBuilder();
            for (String part : hex.trim().split(" ")) {
                s.append((char) Integer.parseInt(part, 16));
            }
            return s.toString();
        }
    }
}
