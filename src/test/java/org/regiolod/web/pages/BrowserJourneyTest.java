package org.regiolod.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.ParameterizedSparqlString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.regiolod.TestPublished;
import org.regiolod.store.PublishedData;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A reader's journey in Debian's headless chromium: home → a plan → one of its interventions →
 * a line it implements → back, then a search; every page's visible text is checked against the
 * data, axe-core reports no serious or critical violation, and each page is saved as a screenshot
 * in target/screenshots. Without chromium this test FAILS (run .ci/install-test-deps.sh); skip it
 * only on purpose with -Dregiolod.skipBrowser=true.
 */
class BrowserJourneyTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final Path AXE = Path.of("web/node_modules/axe-core/axe.min.js");
    private static PagesServer server;
    private static WebDriver browser;
    private static String axeSource;
    private static final long T0 = System.currentTimeMillis();

    @BeforeAll
    static void start() throws Exception {
        assumeFalse(Boolean.getBoolean("regiolod.skipBrowser"), "browser test skipped with -Dregiolod.skipBrowser=true");
        String chromium = which("chromium", "chromium-browser");
        String driver = which("chromedriver");
        assertTrue(chromium != null && driver != null,
                "chromium and chromedriver are needed: run .ci/install-test-deps.sh (or -Dregiolod.skipBrowser=true)");
        assertTrue(Files.isRegularFile(AXE), AXE + " is missing: the build's npm step installs it (mvn generate-resources)");
        axeSource = Files.readString(AXE);
        Files.createDirectories(SHOTS);
        server = new PagesServer(TestPublished.data());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1600", "--lang=it-IT");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void homePlanInterventionLineAndBackThenSearch() throws Exception {
        PublishedData data = TestPublished.data();
        // What the journey expects, from the data: the plan with most interventions, its first
        // intervention (in code order) that implements a line, and that line.
        Map<String, String> expected = data.read(conn -> {
            Map<String, String> m = new java.util.HashMap<>();
            conn.querySelect("""
                    PREFIX rlod: <https://w3id.org/regiolod/onto/>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?planLabel ?code ?title ?lineLabel ?lineNotation WHERE {
                      { SELECT ?plan (COUNT(?x) AS ?n) WHERE { ?plan rlod:hasIntervention ?x } GROUP BY ?plan ORDER BY DESC(?n) LIMIT 1 }
                      ?plan rdfs:label ?planLabel ; rlod:hasIntervention ?i .
                      ?i skos:notation ?code ; rdfs:label ?title ; rlod:implementsLine ?line .
                      ?line rdfs:label ?lineLabel ; skos:notation ?lineNotation .
                    } ORDER BY STRLEN(?code) ?code ?lineNotation LIMIT 1""", row -> {
                for (String v : List.of("planLabel", "code", "title", "lineLabel", "lineNotation")) {
                    m.put(v, row.getLiteral(v).getLexicalForm());
                }
            });
            return m;
        });
        System.out.printf("browser journey: data and browser ready at %d ms%n", System.currentTimeMillis() - T0);
        assertFalse(expected.isEmpty(), "the test data has a plan with an intervention implementing a line");

        browser.get(server.origin() + "/");
        assertTrue(visibleText().contains("I piani per regione"));
        checkPage("home");

        click(By.linkText(expected.get("planLabel")));
        assertEquals(expected.get("planLabel"), h1());
        assertTrue(visibleText().contains("Allegato 1"), "the plan page shows the Allegato-1 matrix");
        checkPage("piano");

        click(By.xpath("//table[contains(@class,'matrice')]//tbody//th/a[normalize-space()='" + expected.get("code") + "']"));
        assertEquals(expected.get("title"), h1());
        assertTrue(visibleText().contains("Fonte:"), "the intervention page names its source");
        checkPage("intervento");

        click(By.partialLinkText(expected.get("lineLabel")));
        assertEquals(expected.get("lineLabel"), h1());
        assertTrue(visibleText().contains("Interventi che attuano questa linea"), "the line lists the interventions implementing it");
        assertTrue(browser.findElements(By.linkText(expected.get("code") + " – " + expected.get("title"))).size() == 1,
                "the line page links back to " + expected.get("code"));
        checkPage("linea");

        browser.navigate().back();
        assertEquals(expected.get("title"), h1());
        browser.navigate().back();
        assertEquals(expected.get("planLabel"), h1());

        WebElement box = browser.findElement(By.id("cerca-header"));
        String word = expected.get("title").split("\\s+")[0];
        box.sendKeys(word);
        box.submit();
        assertTrue(h1().startsWith("Ricerca"));
        assertTrue(browser.findElements(By.partialLinkText(expected.get("code") + " – ")).size() >= 1,
                "searching «" + word + "» finds " + expected.get("code"));
        checkPage("ricerca");
    }

    private void click(By by) {
        browser.findElement(by).click();
    }

    private String h1() {
        return browser.findElement(By.tagName("h1")).getText().strip();
    }

    private String visibleText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** axe-core on the page as it is: no serious or critical violation; then a screenshot. */
    private void checkPage(String name) throws Exception {
        System.out.printf("browser journey: %s loaded at %d ms%n", name, System.currentTimeMillis() - T0);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                   .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e)}])));""");
        JsonNode violations = new ObjectMapper().readTree((String) result);
        List<String> bad = new ArrayList<>();
        for (JsonNode v : violations) {
            String impact = v.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                bad.add(v.path("id").asText() + " (" + impact + "): " + v.path("help").asText() + " at "
                        + v.path("nodes").findValuesAsText("target"));
            }
        }
        Files.writeString(SHOTS.resolve(name + "-axe.json"), violations.toPrettyString());
        System.out.printf("browser journey: %s checked by axe at %d ms%n", name, System.currentTimeMillis() - T0);
        assertTrue(bad.isEmpty(), name + ": axe found " + bad);
    }

    private static String which(String... names) {
        for (String n : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                File f = new File(dir, n);
                if (f.canExecute()) return f.getAbsolutePath();
            }
        }
        return null;
    }
}
