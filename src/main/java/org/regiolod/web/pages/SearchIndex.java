package org.regiolod.web.pages;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.regiolod.store.PublishedData;
import org.regiolod.web.pages.Views.SearchHit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over the labels, titles, codes and descriptions of one version of the data:
 * an in-memory Lucene index with Italian stemming ({@link ItalianAnalyzer}: "cittadino" finds
 * "cittadini"), built from {@code search-documents.rq} when a version is first searched.
 */
final class SearchIndex {
    private static final int MAX_HITS = 50;
    private final Analyzer analyzer = new ItalianAnalyzer();
    private final Directory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;

    private record Entry(StringBuilder label, StringBuilder notation, StringBuilder body, StringBuilder type) {}

    SearchIndex(PublishedData data, LocalPaths paths) {
        var q = PageQueries.bind("search-documents", Map.of("base", PageQueries.literal(data.baseUri())));
        Map<String, Entry> entries = data.read(conn -> {
            Map<String, Entry> m = new LinkedHashMap<>();
            conn.querySelect(q, row -> {
                String r = row.getResource("r").getURI();
                Entry e = m.computeIfAbsent(r, k -> new Entry(new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder()));
                String field = row.getLiteral("field").getString();
                String text = row.getLiteral(field.equals("type") ? "typeLabel" : "text").getLexicalForm();
                StringBuilder into = switch (field) {
                    case "label" -> e.label();
                    case "notation" -> e.notation();
                    case "type" -> e.type();
                    default -> e.body();
                };
                if (into.indexOf(text) < 0) into.append(into.length() > 0 ? " · " : "").append(text);
            });
            return m;
        });
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (var e : entries.entrySet()) {
                if (e.getValue().label().length() == 0 && e.getValue().notation().length() == 0) continue;
                Document d = new Document();
                d.add(new StringField("iri", e.getKey(), Field.Store.YES));
                d.add(new StoredField("href", paths.pageOf(e.getKey()).orElse(e.getKey())));
                d.add(new TextField("label", e.getValue().label().toString(), Field.Store.YES));
                d.add(new TextField("notation", e.getValue().notation().toString(), Field.Store.YES));
                d.add(new TextField("body", e.getValue().body().toString(), Field.Store.YES));
                d.add(new StoredField("type", e.getValue().type().toString()));
                w.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<SearchHit> search(String text) {
        if (text == null || text.isBlank()) return List.of();
        // The reader's words are escaped: query syntax from a request is never interpreted.
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[]{"label", "notation", "body"}, analyzer,
                Map.of("label", 3f, "notation", 4f, "body", 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            Query query = parser.parse(QueryParser.escape(text.strip()));
            IndexSearcher searcher = new IndexSearcher(reader);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, MAX_HITS).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                String label = d.get("label").isEmpty() ? d.get("notation") : d.get("label");
                String notation = d.get("notation");
                String title = notation.isEmpty() || label.startsWith(notation) ? label : notation.split(" · ")[0] + " – " + label;
                String body = d.get("body");
                hits.add(new SearchHit(title, d.get("href"), d.get("type"), body.length() > 240 ? body.substring(0, 240) + "…" : body));
            }
            return hits;
        } catch (ParseException e) {
            return List.of(); // only when the escaped text analyses to nothing (e.g. only stop words)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
