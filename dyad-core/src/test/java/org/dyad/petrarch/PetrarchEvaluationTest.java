package org.dyad.petrarch;

import org.dyad.CoderFixture;
import org.dyad.DyadConfig;
import org.dyad.eval.EvalReport;
import org.dyad.eval.Evaluation;
import org.dyad.eval.FileResult;
import org.dyad.eval.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A validation file that names its own dictionaries is coded with them alone when the evaluation is given a coder factory. */
class PetrarchEvaluationTest {

    private static final String RECORDS = """
        <Validation>
        <Environment>
            <Verbfile>tiny.verbs.txt</Verbfile>
            <Actorfile>tiny.actors.txt</Actorfile>
            <Agentfile>tiny.agents.txt</Agentfile>
            <Discardfile>tiny.discards.txt</Discardfile>
        </Environment>
        <Sentences>
        <Sentence date="20120301" id="T-1" category="DEMO">
        <EventCoding sourcecode="NARGOV" targetcode="ARC" eventcode="064"></EventCoding>
        <Text>The Narnia government renewed its ties with Archenland.</Text>
        </Sentence>
        <Sentence date="20120301" id="T-2" category="DEMO">
        <EventCoding noevents="True"></EventCoding>
        <Text>Narnia renewed its ties with Archenland after the baseball final.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    @Test
    void the_dictionaries_beside_the_file_build_its_coder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tiny.actors.txt"), "NARNIA [NAR]\nARCHENLAND [ARC]\n");
        Files.writeString(dir.resolve("tiny.agents.txt"), "GOVERNMENT [~GOV]\n");
        Files.writeString(dir.resolve("tiny.verbs.txt"), "--- RENEW [064] ---\nRENEW\n");
        Files.writeString(dir.resolve("tiny.discards.txt"), "BASEBALL\n");
        Path gold = Files.writeString(dir.resolve("tiny.records.xml"), RECORDS);

        List<DyadConfig> built = new ArrayList<>();
        Evaluation.Options options = Evaluation.Options.defaults().withThreads(1).withPetrarch(true)
            .withDictionaryCoders(c -> {
                built.add(c);
                return CoderFixture.coder(c);
            });
        EvalReport report = Evaluation.run(CoderFixture.coder(), List.of(dir), options);

        assertEquals(1, built.size());
        DyadConfig c = built.get(0);
        assertFalse(c.builtIn());
        assertEquals(List.of(dir.resolve("tiny.verbs.txt")), c.verbFiles());
        assertEquals(List.of(dir.resolve("tiny.actors.txt")), c.actorFiles());
        assertEquals(List.of(dir.resolve("tiny.discards.txt")), c.discardFiles());
        FileResult r = report.file("tiny.records.xml").orElseThrow();
        assertEquals(1.0, report.metric("tiny.records.xml", Metric.PETR_EXACT).orElseThrow(), r.toString());
        assertTrue(r.notes().get(0).startsWith("coded with its own dictionaries alone"), r.notes().toString());
    }

    @Test
    void without_the_petrarch_option_such_a_file_in_a_folder_is_skipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tiny.verbs.txt"), "--- RENEW [064] ---\nRENEW\n");
        Files.writeString(dir.resolve("tiny.records.xml"), RECORDS);
        List<DyadConfig> built = new ArrayList<>();
        EvalReport report = Evaluation.run(CoderFixture.coder(), List.of(dir), Evaluation.Options.defaults()
            .withThreads(1).withDictionaryCoders(c -> {
                built.add(c);
                return CoderFixture.coder(c);
            }));
        assertTrue(report.file("tiny.records.xml").isEmpty());
        assertTrue(built.isEmpty());
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("use the petrarch option")), report.notes().toString());
    }
}
