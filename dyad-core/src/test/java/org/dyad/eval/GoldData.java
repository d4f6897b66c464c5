package org.dyad.eval;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where the shared gold data and the repository root are, seen from the test's working directory. */
final class GoldData {

    private GoldData() {
    }

    /** The {@code shared/eval} folder found by walking up from the working directory; skips the test when absent. */
    static Path evalDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path eval = p.resolve("shared").resolve("eval");
            if (Files.isDirectory(eval)) {
                return eval;
            }
        }
        assumeTrue(false, "no shared/eval folder above " + Path.of("").toAbsolutePath() + "; gold-data tests skipped");
        return null;
    }

    static Path file(String name) {
        Path p = evalDir().resolve(name);
        assumeTrue(Files.isRegularFile(p), p + " is missing; test skipped");
        return p;
    }

    /** The repository root: the nearest folder above the working directory holding {@code eval-floors.tsv}. */
    static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("eval-floors.tsv"))) {
                return p;
            }
        }
        assumeTrue(false, "no eval-floors.tsv above " + Path.of("").toAbsolutePath());
        return null;
    }
}
