package vn.vanban.analysis.tokenize;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** {@code vi_docnum}: see {@link DocumentNumberTokenizer}. */
@NamedComponent(DocumentNumberTokenizerFactory.NAME)
public final class DocumentNumberTokenizerFactory implements TokenizerFactory {

    public static final String NAME = "vi_docnum";

    public DocumentNumberTokenizerFactory() {}

    @Override
    public Tokenizer create() {
        return new DocumentNumberTokenizer();
    }
}
