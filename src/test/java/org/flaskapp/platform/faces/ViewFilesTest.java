package org.flaskapp.platform.faces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every view file must hold to: no {@code ui:include}, {@code ui:decorate} or template of a
 * {@code ui:composition} takes its path from an expression, so no request can choose which file Facelets reads (Mojarra before 4.0.22
 * could be made to run code that way; the servers ship 4.0.11 and 4.0.13).
 */
class ViewFilesTest {

    private static final Pattern INCLUDE = Pattern.compile("<ui:(include|decorate|composition)\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("\\b(src|template)\\s*=\\s*\"([^\"]*)\"");

    @Test
    void everyIncludeNamesAFixedFile() throws IOException {
        List<Path> views = viewFiles();
        int includes = 0;
        for (Path view : views) {
            Matcher include = INCLUDE.matcher(Files.readString(view));
            while (include.find()) {
                Matcher source = SOURCE.matcher(include.group());
                if (!source.find()) {
                    continue; // a composition without a template
                }
                includes++;
                String path = source.group(2);
                assertTrue(path.startsWith("/WEB-INF/") && !path.contains("#{") && !path.contains("${"),
                        view + " includes " + path + ": only fixed files under /WEB-INF/");
            }
        }
        assertTrue(includes > 5, "the views were read: " + includes + " includes in " + views.size() + " files");
    }

    private static List<Path> viewFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).toList();
        }
    }
}
