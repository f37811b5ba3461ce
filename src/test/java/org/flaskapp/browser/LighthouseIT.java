package org.flaskapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.Browsers;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.Evidence;
import org.junit.jupiter.api.Test;

/**
 * Lighthouse (npm's, on Debian's Chromium) at mobile and desktop settings on the pages issue 25
 * names, the signed-in editor included: accessibility 100; performance, best practices and SEO at
 * least 95, on every one. The pages and bounds live in src/bench/lighthouse.sh, which people run by
 * hand too; its table is kept in the evidence folder as lighthouse.md, the reports beside it.
 */
class LighthouseIT extends DeployedSite {

    @Test
    void everyNamedPageMeetsItsBoundsOnPhoneAndDesktop() throws IOException, InterruptedException {
        Browsers.assumeChromium();
        Path reports = Evidence.folder().resolve("lighthouse").toAbsolutePath();
        Path table = Evidence.folder().resolve("lighthouse.md");
        Files.createDirectories(reports);
        ProcessBuilder lighthouse = new ProcessBuilder("bash", "src/bench/lighthouse.sh", base.toString(),
                Accounts.adminPassword()).redirectErrorStream(true).redirectOutput(table.toFile());
        lighthouse.environment().put("REPORTS", reports.toString());

        Process run = lighthouse.start();
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            run.descendants().forEach(ProcessHandle::destroyForcibly); // Lighthouse and its browser
            run.destroyForcibly();
        }

        assertTrue(finished, "Lighthouse took over 10 minutes:\n" + Files.readString(table));
        assertEquals(0, run.exitValue(), "a score under its bound, or Lighthouse failed:\n" + Files.readString(table));
    }
}
