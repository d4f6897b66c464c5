package org.dyad.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(LocalDate.of(2020, 1, 2));

    private List<Input> read(String... sources) {
        List<Input> out = new ArrayList<>();
        reader.read(List.of(sources), new ByteArrayInputStream(new byte[0]), out::add);
        return out;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void text_file_first_line_is_the_title() throws IOException {
        Path p = write("a.txt", "\nThe headline\n\nFirst paragraph.\nSecond.\n");
        Input.Ok ok = assertInstanceOf(Input.Ok.class, read(p.toString()).get(0));
        assertEquals("The headline", ok.article().title());
        assertEquals("First paragraph.\nSecond.\n", ok.article().text());
        assertEquals("a.txt", ok.article().id());
        assertEquals(LocalDate.of(2020, 1, 2), ok.article().date());
    }

    @Test
    void jsonl_keeps_ids_and_fields_and_reports_bad_lines() throws IOException {
        Path p = write("b.jsonl", "{\"id\":\"x1\",\"text\":\"Body one.\",\"date\":\"2015-11-15\",\"url\":\"http://e.x\"}\n"
            + "not json at all\n"
            + "{\"text\":\"Body three.\"}\n"
            + "{\"id\":\"x4\"}\n"
            + "{\"id\":\"x5\",\"text\":\"Body.\",\"date\":\"15/11/2015\"}\n");
        List<Input> in = read(p.toString());
        assertEquals(5, in.size());
        Input.Ok first = assertInstanceOf(Input.Ok.class, in.get(0));
        assertEquals("x1", first.article().id());
        assertEquals(LocalDate.of(2015, 11, 15), first.article().date());
        assertEquals("http://e.x", first.article().url());
        Input.Bad second = assertInstanceOf(Input.Bad.class, in.get(1));
        assertEquals(p + ":2", second.origin());
        assertTrue(second.problem().startsWith("not JSON"), second.problem());
        assertEquals("b.jsonl:3", assertInstanceOf(Input.Ok.class, in.get(2)).article().id());
        assertEquals("no \"text\"", assertInstanceOf(Input.Bad.class, in.get(3)).problem());
        assertTrue(assertInstanceOf(Input.Bad.class, in.get(4)).problem().contains("YYYY-MM-DD"));
    }

    @Test
    void empty_binary_and_missing_files_are_one_line_problems() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = write("bin.txt", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        List<Input> in = read(empty.toString(), binary.toString(), dir.resolve("nope.txt").toString());
        assertEquals("empty file", assertInstanceOf(Input.Bad.class, in.get(0)).problem());
        assertTrue(assertInstanceOf(Input.Bad.class, in.get(1)).problem().startsWith("binary data"));
        assertEquals("no such file or folder", assertInstanceOf(Input.Bad.class, in.get(2)).problem());
        for (Input i : in) {
            assertTrue(!((Input.Bad) i).problem().contains("\n"), "one line");
        }
    }

    @Test
    void invalid_utf8_is_repaired_with_a_warning() throws IOException {
        byte[] bytes = "Title\nCaf\u00e9 talks ended.".getBytes(StandardCharsets.ISO_8859_1);
        Input.Ok ok = assertInstanceOf(Input.Ok.class, read(write("latin1.txt", bytes).toString()).get(0));
        assertEquals("invalid UTF-8; undecodable bytes replaced", ok.warning());
        assertTrue(ok.article().text().contains("talks ended"));
    }

    @Test
    void folder_reads_its_files_in_name_order() throws IOException {
        write("b.txt", "B\nbody b");
        write("a.txt", "A\nbody a");
        write("notes.md", "ignored");
        List<Input> in = read(dir.toString());
        assertEquals(2, in.size());
        assertEquals("a.txt", ((Input.Ok) in.get(0)).article().id());
    }

    @Test
    void standard_input_as_text_or_json_lines() {
        List<Input> out = new ArrayList<>();
        reader.read(List.of("-"), new ByteArrayInputStream("{\"id\":\"s\",\"text\":\"T\"}\n".getBytes(StandardCharsets.UTF_8)), out::add);
        assertEquals("s", ((Input.Ok) out.get(0)).article().id());
        out.clear();
        reader.read(List.of("-"), new ByteArrayInputStream("Only one line".getBytes(StandardCharsets.UTF_8)), out::add);
        Input.Ok ok = (Input.Ok) out.get(0);
        assertNull(ok.article().title());
        assertEquals("Only one line", ok.article().text());
    }

    @Test
    void news_xml_collection() throws IOException {
        Path p = write("c.xml", "<?xml version=\"1.0\"?><articles><article docid=\"7\"><title>T</title>"
            + "<dltime>2016-12-19</dltime><text><![CDATA[Body & more.]]></text></article></articles>");
        Input.Ok ok = assertInstanceOf(Input.Ok.class, read(p.toString()).get(0));
        assertEquals("7", ok.article().id());
        assertEquals("Body & more.", ok.article().text());
        assertEquals(LocalDate.of(2016, 12, 19), ok.article().date());
        Path bad = write("d.xml", "<articles><article>");
        assertTrue(assertInstanceOf(Input.Bad.class, read(bad.toString()).get(0)).problem().startsWith("malformed XML"));
    }
}
