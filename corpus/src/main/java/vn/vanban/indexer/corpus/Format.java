package vn.vanban.indexer.corpus;

/** The file formats the generator writes. */
public enum Format {
    TXT("txt"),
    DOCX("docx"),
    PDF("pdf");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
