package vn.vanban.indexer.extract;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;

/**
 * Writes Unicode Vietnamese the way a Windows machine with the Vietnamese code page did: a letter the
 * code page has is one byte, any other toned vowel is its base letter then a combining tone byte. The
 * JDK's encoder alone turns "ế" into "?".
 */
public final class Windows1258Text {

    private Windows1258Text() {}

    public static byte[] encode(String text) {
        CharsetEncoder encoder = Windows1258.CHARSET
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            try {
                out.writeBytes(bytes(encoder.encode(CharBuffer.wrap(c))));
            } catch (CharacterCodingException notInTheCodePage) {
                // ế = e + ̂ + ́: compose what the code page has (ê), keep the tone as a combining mark.
                String nfd = Normalizer.normalize(c, Normalizer.Form.NFD);
                int t = 0;
                while (t < nfd.length() && "\u0300\u0301\u0303\u0309\u0323".indexOf(nfd.charAt(t)) < 0) {
                    t++;
                }
                if (t == nfd.length()) {
                    out.write('?');
                    continue;
                }
                String base = Normalizer.normalize(nfd.substring(0, t) + nfd.substring(t + 1), Normalizer.Form.NFC);
                String tone = nfd.substring(t, t + 1);
                try {
                    out.writeBytes(bytes(encoder.encode(CharBuffer.wrap(base + tone))));
                } catch (CharacterCodingException e) {
                    out.write('?');
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] b = new byte[buffer.remaining()];
        buffer.get(b);
        return b;
    }
}
