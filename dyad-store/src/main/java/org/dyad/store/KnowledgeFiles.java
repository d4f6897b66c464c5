package org.dyad.store;

import org.dyad.Dyad;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * SHA-256 hashes of the knowledge the coder reads, recorded with every run: the built-in data files of
 * dyad-core (event lexicon, CAMEO codebook, actor knowledge base, count categories, regions and the
 * GeoNames gazetteer: every non-class file under {@code org/dyad/}) and the user's own actor and lexicon
 * files. Two runs with equal hashes coded with the same knowledge. Stateless.
 */
public final class KnowledgeFiles {

    private KnowledgeFiles() {
    }

    /**
     * Hashes of the built-in files (by resource path, {@code org/dyad/event/lexicon/19-fight.tsv}) and of the
     * user's files (by {@code user:} and the path as given), sorted by name.
     */
    public static Map<String, String> hashes(List<Path> userFiles) {
        Map<String, String> out = new TreeMap<>(builtIn());
        for (Path p : userFiles) {
            try (InputStream in = Files.newInputStream(p)) {
                out.put("user:" + p, sha256(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge file " + p, e);
            }
        }
        return out;
    }

    /** Hashes of dyad-core's built-in knowledge files, read from its jar or class folder. */
    public static Map<String, String> builtIn() {
        Path source;
        try {
            source = Path.of(Dyad.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate dyad-core's knowledge files", e);
        }
        Map<String, String> out = new TreeMap<>();
        try {
            if (Files.isDirectory(source)) {
                Path root = source.resolve("org/dyad");
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.filter(Files::isRegularFile).filter(KnowledgeFiles::knowledge).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(p)) {
                            out.put(source.relativize(p).toString().replace('\\', '/'), sha256(in));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (!e.isDirectory() && e.getName().startsWith("org/dyad/") && knowledge(Path.of(e.getName()))) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName(), sha256(in));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dyad-core's knowledge files in " + source, e);
        }
        return out;
    }

    private static boolean knowledge(Path p) {
        String n = p.getFileName().toString();
        return !n.endsWith(".class") && !n.endsWith(".java");
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (DigestInputStream d = new DigestInputStream(in, md)) {
            d.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
