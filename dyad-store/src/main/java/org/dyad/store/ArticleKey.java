package org.dyad.store;

import org.dyad.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The identity of an article in the store: the SHA-256 of its normalised text and its URL. The same report
 * read twice (another file name, another folder, re-run after a crash) has the same key and is stored once.
 *
 * <p>Normalised text: Unicode NFC, every run of white space one space, no leading or trailing space, so
 * that line endings and re-wrapping do not make a new article. The title and the id are not part of the
 * key; the URL is (absent: empty), so one wire story published at two addresses counts as two reports.
 *
 * @param hex the key: 64 lower-case hex digits
 */
public record ArticleKey(String hex) {

    public ArticleKey {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("article key must be 64 hex digits, not '" + hex + "'");
        }
    }

    public static ArticleKey of(Article a) {
        return of(a.text(), a.url());
    }

    public static ArticleKey of(String text, String url) {
        String normal = normalise(text) + "\n" + (url == null ? "" : url.strip());
        return new ArticleKey(HexFormat.of().formatHex(sha256(normal.getBytes(StandardCharsets.UTF_8))));
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** The first 63 bits of the key as a positive number: the article's id in the tables. */
    public long id() {
        return Long.parseUnsignedLong(hex.substring(0, 16), 16) >>> 1;
    }

    /**
     * The id of the {@code index}-th event mention of this article (0-based, in the coder's order): 63 bits of
     * a hash of the key and the index, positive, the same in every run.
     */
    public long mentionId(int index) {
        byte[] h = sha256((hex + "#" + index).getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (h[i] & 0xFF);
        }
        return v >>> 1;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
