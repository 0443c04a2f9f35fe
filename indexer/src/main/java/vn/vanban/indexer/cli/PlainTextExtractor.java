package vn.vanban.indexer.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.extract.ExtractedText;
import vn.vanban.indexer.extract.Extractor;

/**
 * Stand-in extractor for UTF-8 text and Markdown files until the Tika extractor (branch
 * issue-4-extract) is merged: reads the file and normalises it (NFC, canonical tones). No hygiene
 * beyond that; the parser blanks Gazette furniture itself.
 */
final class PlainTextExtractor implements Extractor {

    @Override
    public ExtractedText extract(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return new ExtractedText(
                    file, DocumentStatus.OK, VietnameseText.normalize(text), null, "text/plain", false, List.of());
        } catch (CharacterCodingException e) {
            return ExtractedText.failed(
                    file, DocumentStatus.FAILED, file + ": not UTF-8 text (" + e + ")", "text/plain");
        } catch (IOException e) {
            return ExtractedText.failed(
                    file, DocumentStatus.FAILED, file + ": cannot read: " + e, "application/octet-stream");
        }
    }
}
