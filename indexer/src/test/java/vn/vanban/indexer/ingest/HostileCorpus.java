package vn.vanban.indexer.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import vn.vanban.indexer.extract.Windows1258Text;
import vn.vanban.indexer.extract.legacy.LegacyEncoding;

/**
 * Writes a corpus meant to hurt the ingestion (issue #11 "Hostile input"): empty, truncated and
 * corrupt PDF/DOCX/DOC/ODT, an encrypted PDF, a zip bomb, a decompression bomb inside a DOCX, a 200 MB
 * file, binary named .txt, random bytes and text named .doc or .pdf, 8-bit encodings without a hint, 5 000 citations, deep sections, a citation
 * loop, a 300-character number, control characters in a name, zip entries leaving the folder, secrecy
 * marks, links, a FIFO, hidden files, and ordinary plans between them. Generated, never committed: the
 * large files are sparse or compress to almost nothing.
 *
 * <p>{@link #write} returns what each path must come to: the status, and for a refused file words its
 * message must contain.
 */
final class HostileCorpus {

    /** What the report must say of one path. */
    record Expected(FileResult.Status status, String says) {}

    private static final Path LABELLED = Path.of("src/test/resources/fixtures/labelled");

    private final Path dir;
    private final Map<String, Expected> expected = new LinkedHashMap<>();
    private final Random random = new Random(11);

    private HostileCorpus(Path dir) {
        this.dir = dir;
    }

    /** Writes the corpus into {@code dir}; the keys of the result are paths relative to it. */
    static Map<String, Expected> write(Path dir) throws IOException {
        HostileCorpus corpus = new HostileCorpus(dir);
        corpus.all();
        return corpus.expected;
    }

    /** A district committee's plan carrying out the province's: what every valid file here is. */
    static String plan(int number, String extraHeader, String body) {
        return """
                ĐẢNG BỘ TỈNH QUẢNG NINH                 ĐẢNG CỘNG SẢN VIỆT NAM
                HUYỆN ỦY TIÊN YÊN
                    *
                Số %d-KH/HU                  Tiên Yên, ngày 12 tháng 3 năm 2024
                %s
                KẾ HOẠCH
                triển khai thực hiện Kế hoạch số 87-KH/TU ngày 02/02/2024 của Ban Thường vụ Tỉnh ủy

                I. MỤC ĐÍCH, YÊU CẦU
                Quán triệt sâu sắc nội dung Kế hoạch số 87-KH/TU của Ban Thường vụ Tỉnh ủy Quảng Ninh.
                %s
                II. TỔ CHỨC THỰC HIỆN
                Các chi bộ, đảng bộ trực thuộc xây dựng kế hoạch thực hiện, báo cáo kết quả trước ngày 30/6/2024.

                                                        T/M HUYỆN ỦY
                                                        BÍ THƯ
                Nơi nhận:
                - Ban Thường vụ Tỉnh ủy,
                - Lưu Văn phòng Huyện ủy.                Nguyễn Văn An
                """.formatted(number, extraHeader, body);
    }

    private void all() throws IOException {
        for (int i = 1; i <= 12; i++) {
            text("hop-le/ke-hoach-" + i + ".txt", plan(900 + i, "", "Nội dung số " + i + "."), indexed());
        }
        for (String ext : new String[] {"txt", "pdf", "docx", "doc", "odt"}) {
            bytes("rong/rong." + ext, new byte[0], failed("empty file"));
        }
        for (String ext : new String[] {"pdf", "docx", "doc", "odt"}) {
            byte[] whole = Files.readAllBytes(LABELLED.resolve("fmt-plan-two-column-header." + ext));
            bytes("cut/cut." + ext, Arrays.copyOf(whole, whole.length / 3), failed(""));
            byte[] corrupt = whole.clone();
            for (int k = 64; k < corrupt.length; k += 7) {
                corrupt[k] = (byte) random.nextInt();
            }
            bytes("corrupt/corrupt." + ext, corrupt, failed(""));
        }
        encryptedPdf();
        zipBomb();
        docxBomb();
        sparse("lon/lon-200mb.txt", 200L << 20, failed("larger than the limit"));
        byte[] noise = new byte[50_000];
        random.nextBytes(noise);
        bytes("nhi-phan/ngau-nhien.txt", noise, failed("not text"));
        // Renamed files: the extension promises a document the bytes are not.
        bytes("gia/ngau-nhien.doc", Arrays.copyOf(noise, 20_000), failed("not a Word document (.doc)"));
        text("gia/van-ban.doc", plan(995, "", "Văn bản thuần đổi tên."), failed("the content is plain text"));
        bytes("gia/ngau-nhien.pdf", Arrays.copyOfRange(noise, 20_000, 40_000), failed("not a PDF file (.pdf)"));
        bytes("ma/cp1258.txt", Windows1258Text.encode(plan(931, "", "Mã Windows-1258.")), indexed());
        bytes(
                "ma/tcvn3.txt",
                LegacyEncoding.TCVN3.encode(plan(932, "", "Mã TCVN3.")).getBytes(Charset.forName("windows-1252")),
                indexed());
        bytes(
                "ma/vni.txt",
                LegacyEncoding.VNI.encode(plan(933, "", "Mã VNI.")).getBytes(Charset.forName("windows-1252")),
                indexed());
        bytes("ma/utf16.txt", utf16(plan(934, "", "UTF-16 có BOM.")), indexed());
        byte[] utf8 = plan(935, "", "Nửa đầu UTF-8,").getBytes(StandardCharsets.UTF_8);
        byte[] latin = " phần sau viết bằng Windows-1258.".getBytes(Charset.forName("windows-1258"));
        bytes("ma/tron-ma.txt", concat(utf8, latin), any());
        StringBuilder citations = new StringBuilder();
        for (int i = 1; i <= 5_000; i++) {
            citations
                    .append("Căn cứ Kế hoạch số ")
                    .append(i)
                    .append("-KH/ĐU ngày 01/02/2023 của Đảng ủy xã Đông Ngũ;\n");
        }
        text("lon/5000-trich-dan.txt", plan(940, "", citations.toString()), indexed());
        StringBuilder nested = new StringBuilder();
        StringBuilder prefix = new StringBuilder();
        for (int depth = 1; depth <= 300; depth++) {
            prefix.append(depth % 9 + 1).append('.');
            nested.append(prefix).append(" Mục cấp ").append(depth).append('\n');
        }
        text("lon/muc-long-nhau.txt", plan(941, "", nested.toString()), indexed());
        text(
                "vong/a.txt",
                plan(951, "", "Thực hiện Kế hoạch số 952-KH/HU ngày 12/3/2024 của Huyện ủy Tiên Yên."),
                indexed());
        text(
                "vong/b.txt",
                plan(952, "", "Thực hiện Kế hoạch số 951-KH/HU ngày 12/3/2024 của Huyện ủy Tiên Yên."),
                indexed());
        text(
                "so-dai/so-300.txt",
                plan(960, "", "").replace("Số 960-KH/HU", "Số " + "9".repeat(294) + "-KH/HU"),
                new Expected(FileResult.Status.INDEXED, "300 characters not read"));
        text("ten/\u001b[31m..-evil\u0007 tên.txt", plan(970, "", "Tên có ký tự điều khiển."), indexed());
        text("ten/-rf.txt", plan(971, "", "Tên bắt đầu bằng gạch."), indexed());
        text("mat/mat.txt", plan(980, "MẬT", ""), failed("secrecy mark MẬT"));
        text("mat/toi-mat-hop.txt", plan(981, "┌─────────┐\n│ TỐI MẬT │\n└─────────┘", ""), failed("TỐI MẬT"));
        text(
                "mat/tuyet-mat.txt",
                plan(982, "", "").replace("ĐẢNG CỘNG SẢN VIỆT NAM", "TUYỆT MẬT"),
                failed("TUYỆT MẬT"));
        text("mat/do-mat.txt", plan(983, "Độ mật: Mật", ""), failed("secrecy mark"));
        text("an/.an.txt", plan(990, "", ""), new Expected(FileResult.Status.SKIPPED, "hidden file"));
        Path target = dir.resolve("hop-le/ke-hoach-1.txt");
        Files.createDirectories(dir.resolve("lien-ket"));
        Files.createSymbolicLink(dir.resolve("lien-ket/lien-ket.txt"), target);
        expected.put("lien-ket/lien-ket.txt", new Expected(FileResult.Status.SKIPPED, "symbolic link"));
        Process fifo =
                new ProcessBuilder("mkfifo", dir.resolve("lien-ket/ong.txt").toString()).start();
        try {
            if (fifo.waitFor() == 0) {
                expected.put("lien-ket/ong.txt", new Expected(FileResult.Status.SKIPPED, "FIFO"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        text(
                "html/xss.html",
                "<html><body><script>alert(1)</script><pre>" + plan(991, "", "<img src=x onerror=alert(1)>")
                        + "</pre></body></html>",
                indexed());
        StringBuilder runs = new StringBuilder(plan(992, "", ""));
        runs.append("1-".repeat(300_000)).append('\n').append("12/".repeat(200_000));
        text("lon/chuoi-1-1-1.txt", runs.toString(), indexed());
    }

    private void encryptedPdf() throws IOException {
        Path target = file("ma-hoa/ma-hoa.pdf");
        try (PDDocument doc = Loader.loadPDF(
                LABELLED.resolve("fmt-plan-two-column-header.pdf").toFile())) {
            doc.protect(new StandardProtectionPolicy("chu-so-huu", "nguoi-doc", new AccessPermission()));
            doc.save(target.toFile());
        }
        expected.put("ma-hoa/ma-hoa.pdf", failed("encrypted"));
    }

    /** 1 GB of zeros in 1 MB of zip, beside a valid plan and entries that would leave the folder. */
    private void zipBomb() throws IOException {
        Path zip = file("nen/bom.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("bom/zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                out.write(zeros);
            }
            out.closeEntry();
            entry(out, "hop-le/ke-hoach-zip.txt", plan(920, "", "Trong tệp nén."));
            entry(out, "../../thoat.txt", plan(921, "", ""));
            entry(out, "/tuyet-doi.txt", plan(922, "", ""));
            entry(out, "bom/.an.txt", plan(923, "", ""));
        }
        String base = "nen/bom.zip!/";
        // Its header tells the truth here, so it is refused before reading; InputFilesTest covers a lying one.
        expected.put(base + "bom/zeros.txt", failed("than the limit of 100.0 MB"));
        expected.put(base + "hop-le/ke-hoach-zip.txt", indexed());
        expected.put(base + "../../thoat.txt", failed("leaves the archive"));
        expected.put(base + "/tuyet-doi.txt", failed("leaves the archive"));
        expected.put(base + "bom/.an.txt", new Expected(FileResult.Status.SKIPPED, "hidden file"));
    }

    /** A DOCX of 1 MB whose document.xml expands to 300 MB of paragraphs. */
    private void docxBomb() throws IOException {
        Path docx = file("nen/bom.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(docx))) {
            entry(out, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""");
            entry(out, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                            + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = "<w:p><w:r><w:t>Nội dung lặp lại nhiều lần trong văn bản.</w:t></w:r></w:p>"
                    .repeat(1000)
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 300L << 20; written += paragraph.length) {
                out.write(paragraph);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        expected.put("nen/bom.docx", failed(""));
    }

    private void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private void sparse(String name, long size, Expected e) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file(name).toFile(), "rw")) {
            f.setLength(size);
        }
        expected.put(name, e);
    }

    private void text(String name, String content, Expected e) throws IOException {
        bytes(name, content.getBytes(StandardCharsets.UTF_8), e);
    }

    private void bytes(String name, byte[] content, Expected e) throws IOException {
        try (OutputStream out = Files.newOutputStream(file(name))) {
            out.write(content);
        }
        expected.put(name, e);
    }

    private Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return p;
    }

    private static byte[] utf16(String text) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Expected indexed() {
        return new Expected(FileResult.Status.INDEXED, "");
    }

    private static Expected failed(String says) {
        return new Expected(FileResult.Status.FAILED, says);
    }

    /** Either outcome is right (mixed encodings), as long as the report says which. */
    private static Expected any() {
        return new Expected(FileResult.Status.SKIPPED, "*");
    }
}
