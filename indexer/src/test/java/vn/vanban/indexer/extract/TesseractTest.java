package vn.vanban.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractTest {

    private static Path installed() {
        Tesseract fromPath = Tesseract.locate(null, "vie");
        Assumptions.assumeTrue(fromPath.available(), "skipped: tesseract with Vietnamese data not installed");
        return fromPath.directory();
    }

    @Test
    void configured_directory_or_binary_is_found_with_its_language_data() {
        Path directory = installed();

        Tesseract byDirectory = Tesseract.locate(directory, "vie");
        Tesseract byBinary = Tesseract.locate(directory.resolve("tesseract"), "vie");

        assertThat(byDirectory.available()).isTrue();
        assertThat(byBinary.directory()).isEqualTo(byDirectory.directory());
        assertThat(byDirectory.tessdata()).isNotNull();
        assertThat(Files.isRegularFile(byDirectory.tessdata().resolve("vie.traineddata")))
                .isTrue();
    }

    @Test
    void missing_language_data_makes_ocr_unavailable_and_says_which() {
        Tesseract klingon = Tesseract.locate(installed(), "tlh");

        assertThat(klingon.available()).isFalse();
        assertThat(klingon.unavailable()).contains("'tlh' not installed");
    }

    @Test
    void nonexistent_path_makes_ocr_unavailable_and_names_the_path(@TempDir Path dir) {
        Path nowhere = dir.resolve("bin");

        Tesseract absent = Tesseract.locate(nowhere, "vie");

        assertThat(absent.available()).isFalse();
        assertThat(absent.unavailable()).isEqualTo("tesseract not found at " + nowhere);
    }

    @Test
    void ocr_switched_off_is_unavailable_whatever_is_installed() {
        assertThat(Tesseract.disabled().available()).isFalse();
        assertThat(Tesseract.disabled().unavailable()).isEqualTo("OCR disabled by configuration");
    }
}
