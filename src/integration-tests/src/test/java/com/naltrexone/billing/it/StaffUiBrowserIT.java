package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff UI in a real browser (Debian's headless Chromium through chromedriver) against the
 * deployed EAR: a biller logs in, opens a claim the scrubber holds from the home worklist, fixes
 * its diagnosis code, starts a submission and watches its progress bar, then sees the claim sent
 * with its 837 segments. A screenshot of each main page goes to {@code target/screenshots}. Without
 * Chromium this fails: {@code .ci/run} installs it.
 */
@ExtendWith(ArquillianExtension.class)
class StaffUiBrowserIT {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.billingEar();
  }

  @ArquillianResource URL base;

  private WebDriver browser;
  private Path profile;

  @BeforeEach
  void startBrowser() throws IOException {
    assertTrue(
        Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
        "The browser tests need Debian's chromium and chromium-driver: apt-get install -y"
            + " chromium chromium-driver (.ci/run installs them when absent)");
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aBillerFixesAHeldClaimAndWatchesItGoOut() throws Exception {
    UiSeed.HeldPatient seeded = UiSeed.patientWithMistypedDiagnosis("FF1.20");
    assertEquals(200, admin().post("api/claims/building", "").statusCode());
    String[] claim = UiSeed.claimOf(seeded.patientId());
    String claimId = claim[0];
    String pcn = claim[1];
    String biller = newUser("BILLER");

    logIn(biller);
    waitFor(By.id("worklists:held"));
    assertTrue(browser.findElement(By.id("worklists:denials")).isDisplayed());
    assertTrue(browser.findElement(By.id("worklists:unmatched")).isDisplayed());
    assertTrue(
        Integer.parseInt(text(By.id("count-held"))) >= 1, "the home page counts the held claims");
    screenshot("home");
    // The worklist is paged on the server, oldest date of service first: ours is on the last page.
    lastPage("worklists:held");
    By heldRow = By.xpath("//*[@id='worklists:held']//tr[.//a[text()='" + pcn + "']]");
    new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .withMessage("the held worklist shows the claim with what to fix")
        .until(
            b ->
                b.findElement(heldRow)
                    .getText()
                    .contains("DX_INVALID: Diagnosis FF1.20 is not a valid ICD-10-CM code."));

    browser.get(url("claims/list.xhtml?status=HELD"));
    waitFor(By.id("claims:table:pcn:filter")).sendKeys(pcn);
    new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            b ->
                b.findElements(By.cssSelector("#claims\\:table_data > tr")).size() == 1
                    && text(By.id("claims:table")).contains(pcn));
    screenshot("claims");

    browser.get(url("index.xhtml"));
    lastPage("worklists:held");
    clickWhenStable(By.linkText(pcn));
    waitFor(By.id("claim-status"));
    assertEquals("HELD", text(By.id("claim-status")));
    assertTrue(text(By.id("findings")).contains("FF1.20"));
    assertEquals("Not written into a file yet.", text(By.id("not-sent")));
    screenshot("claim-held");

    WebElement codes = browser.findElement(By.id("actions:diagnosisCodes"));
    codes.clear();
    codes.sendKeys("F11,20");
    browser.findElement(By.id("actions:correct")).click();
    assertTrue(
        waitFor(By.id("messages")).getText().contains("Diagnosis code 1: F11,20"),
        "a bad correction says which code to fix: " + text(By.id("messages")));
    assertEquals("HELD", text(By.id("claim-status")));

    codes = browser.findElement(By.id("actions:diagnosisCodes"));
    codes.clear();
    codes.sendKeys("F11.20 F10.20");
    browser.findElement(By.id("actions:correct")).click();
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.textToBe(By.id("claim-status"), "READY"));
    assertTrue(
        text(By.id("messages"))
            .contains("Claim " + pcn + " corrected: READY, it goes out with the next submission."),
        text(By.id("messages")));
    assertEquals("[F11.20, F10.20]", text(By.id("diagnoses")));
    screenshot("claim-corrected");

    browser.findElement(By.id("nav-submissions")).click();
    waitFor(By.id("submission:start"));
    String before = browser.findElements(By.id("run-id")).isEmpty() ? "" : text(By.id("run-id"));
    browser.findElement(By.id("submission:start")).click();
    new WebDriverWait(browser, WAIT)
        .until(
            b ->
                !b.findElements(By.id("run-id")).isEmpty()
                    && !text(By.id("run-id")).equals(before));
    WebElement bar = waitFor(By.id("submission:progress"));
    assertTrue(bar.isDisplayed(), "the run's progress bar is shown");
    String startedMessage = text(By.id("messages"));
    assertTrue(startedMessage.contains("Submission run " + text(By.id("run-id")) + " started"));
    screenshot("submission-started");
    new WebDriverWait(browser, Duration.ofSeconds(90))
        .until(ExpectedConditions.textToBe(By.id("run-status"), "COMPLETED"));
    new WebDriverWait(browser, WAIT)
        .until(
            ExpectedConditions.textToBe(
                By.cssSelector("#submission\\:progress .ui-progressbar-label"), "100%"));
    assertTrue(text(By.id("submission:files")).contains(seeded.payerName()));
    screenshot("submission");

    browser.get(url("claims/claim.xhtml?id=" + claimId));
    waitFor(By.id("claim-status"));
    assertEquals("SENT", text(By.id("claim-status")));
    List<String> segments = List.of(text(By.id("segments")).split("\n"));
    assertTrue(segments.get(0).startsWith("ISA*"), segments.get(0));
    assertTrue(segments.contains("HI*ABK:F1120*ABF:F1020"), String.join("\n", segments));
    assertTrue(segments.stream().anyMatch(s -> s.startsWith("CLM*" + pcn + "*")));
    assertTrue(segments.get(segments.size() - 1).startsWith("IEA*"));
    screenshot("claim-sent");

    // The payer pays it: the biller uploads the 835 from the browser.
    Path x12 = Files.createTempFile("ui-payment", ".835");
    Files.writeString(
        x12,
        UiSeed.fullPaymentOf(
            Long.parseLong(claimId),
            seeded.mrn().substring(3),
            "EFT" + Fixtures.unique(""),
            ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L)));
    browser.findElement(By.id("nav-remittances")).click();
    waitFor(By.id("upload:file")).sendKeys(x12.toAbsolutePath().toString());
    browser.findElement(By.id("upload:import")).click();
    waitFor(By.id("report-posted"));
    assertEquals("1", text(By.id("report-posted")), text(By.id("report-counts")));
    assertTrue(text(By.id("messages")).contains("1 claim(s) posted"), text(By.id("messages")));
    assertTrue(text(By.id("detail")).contains(pcn), "the import's detail shows the claim paid");
    screenshot("remittance");
    browser.findElement(By.cssSelector("a.paid-claim")).click();
    waitFor(By.id("claim-status"));
    assertEquals("PAID", text(By.id("claim-status")));
    assertTrue(text(By.id("postings")).contains("ICN-UI"), text(By.id("postings")));
    screenshot("claim-paid");

    HttpResponse<String> draft = draftAuthorization(seeded);

    browser.findElement(By.id("nav-patients")).click();
    WebElement search = waitFor(By.id("patients:table:globalFilter"));
    search.sendKeys(seeded.mrn());
    clickWhenStable(By.linkText(seeded.mrn()));
    waitFor(By.id("patient-name"));
    assertEquals("UITEST, ROBIN", text(By.id("patient-name")));
    assertTrue(text(By.id("coverages")).contains(seeded.payerName()));
    assertTrue(text(By.id("consents")).contains("ALL_PAYERS"));
    assertTrue(text(By.id("claims")).contains(pcn));
    assertTrue(
        text(By.id("next-dose")).matches("\\d{4}-\\d{2}-\\d{2}"),
        "27 days after yesterday's injection: " + text(By.id("next-dose")));
    assertTrue(
        text(By.id("cost-date")).startsWith("Estimated for " + text(By.id("next-dose"))),
        "the cost panel estimates the next dose: " + text(By.id("cost-date")));
    assertTrue(text(By.id("cost")).contains("Patient owes"), text(By.id("cost")));
    screenshot("patient");

    browser.findElement(By.cssSelector("a.open-authorization")).click();
    waitFor(By.id("authorization-status"));
    assertEquals("DRAFT", text(By.id("authorization-status")));
    assertTrue(browser.findElement(By.id("timeline")).isDisplayed());
    assertTrue(browser.findElement(By.id("checklist")).isDisplayed());
    String packet = browser.findElement(By.id("packet")).getAttribute("href");
    assertTrue(packet.endsWith("/packet"), packet);
    screenshot("authorization");
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(packet))
                    .header(
                        "Cookie",
                        "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertTrue(
        pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
        pdf.headers().toString());
    assertTrue(
        new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
  }

  /**
   * A denied claim (an 835 paying nothing, CO-197 with N54) is sent to appeal from the claim page
   * and leaves the open denials; a drafted authorization is submitted and approved on its page; the
   * dashboard draws its four charts and shows the seeded figures in their tables.
   */
  @Test
  void aBillerAppealsADenialApprovesAnAuthorizationAndReadsTheDashboard() throws Exception {
    UiSeed.HeldPatient seeded = UiSeed.patientWithMistypedDiagnosis("F11.20");
    assertEquals(200, admin().post("api/claims/building", "").statusCode());
    long claimId = Long.parseLong(UiSeed.claimOf(seeded.patientId())[0]);
    UiSeed.markSent(claimId);
    HttpResponse<String> imported =
        admin()
            .postText(
                "api/remittances",
                UiSeed.denialOf(
                    claimId,
                    seeded.mrn().substring(3),
                    "EFT" + Fixtures.unique(""),
                    ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L)));
    assertEquals(201, imported.statusCode(), imported.body());
    UiSeed.doseCost(claimId, "120.00", "95.00");
    HttpResponse<String> draft = draftAuthorization(seeded);
    long authorizationId = Json.number(draft.body(), "id");
    String biller = newUser("BILLER");

    logIn(biller);
    waitFor(By.id("worklists:denials"));
    int openBefore = Integer.parseInt(text(By.id("count-denials")));
    assertTrue(openBefore >= 1, "the home page counts the open denials");
    // Earliest appeal deadline first: ours (180 days from today) is on the last page.
    lastPage("worklists:denials");
    String claimRows = "//*[@id='worklists:denials']//tr[.//a[text()='claim " + claimId + "']]";
    new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .withMessage("the home page lists the claim's denials")
        .until(b -> b.findElements(By.xpath(claimRows)).size() == 2);
    assertTrue(browser.findElement(By.id("worklists:underpayments")).isDisplayed());
    assertTrue(browser.findElement(By.id("worklists:barriers")).isDisplayed());
    assertTrue(browser.findElement(By.id("pa-worklist:alerts")).isDisplayed());
    screenshot("home-worklists");

    browser.get(url("claims/claim.xhtml?id=" + claimId));
    waitFor(By.id("claim-status"));
    assertEquals("DENIED", text(By.id("claim-status")));
    By denials = By.id("claim-denials:denials");
    assertTrue(text(denials).contains("CO-197"), text(denials));
    assertTrue(text(denials).contains("OPEN"), text(denials));

    // Without a note nothing changes and the page says what to write.
    openDenialDialog();
    browser.findElement(By.id("denial-work:appeal")).click();
    new WebDriverWait(browser, WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("denial-work:dialog-messages"), "Note: say what was done"));
    screenshot("denial-dialog-refused");
    browser.navigate().refresh();
    waitFor(denials);
    assertTrue(text(denials).contains("OPEN"), text(denials));

    openDenialDialog();
    String denialId = text(By.id("work-denial-id"));
    browser
        .findElement(By.id("denial-work:note"))
        .sendKeys("Reconsideration letter with the clinical notes faxed to the payer, ref UI-77");
    browser.findElement(By.id("denial-work:appeal")).click();
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(denials, "APPEALED"));
    assertTrue(
        text(By.id("messages"))
            .contains(
                "sent to appeal: Appeal filed: Reconsideration letter with the clinical notes faxed"
                    + " to the payer, ref UI-77"),
        text(By.id("messages")));
    assertTrue(text(denials).contains(biller), "who appealed it: " + text(denials));
    assertTrue(
        text(By.id("history")).contains("Appeal filed for denial"),
        "the claim's history keeps the appeal: " + text(By.id("history")));
    screenshot("claim-denial-appealed");

    browser.findElement(By.id("nav-home")).click();
    waitFor(By.id("worklists:denials"));
    assertEquals(
        openBefore - 1,
        Integer.parseInt(text(By.id("count-denials"))),
        "the appealed denial left the open list");
    lastPage("worklists:denials");
    new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .withMessage("the claim's other denial is still listed")
        .until(b -> b.findElements(By.xpath(claimRows)).size() == 1);
    assertTrue(
        browser
            .findElements(
                By.xpath(
                    "//*[@id='worklists:denials']//td[contains(@class, 'denial-id') and"
                        + " normalize-space(.)='"
                        + denialId
                        + "']"))
            .isEmpty(),
        "the appealed denial is no longer listed: " + text(By.id("worklists:denials")));

    // The other (the administration line's) is worked from the home worklist's dialog.
    clickWhenStable(By.xpath(claimRows + "//button[contains(@id, ':work')]"));
    waitFor(By.id("denial-work:note"))
        .sendKeys("Administration fee written off by hand after the drug appeal");
    browser.findElement(By.id("denial-work:worked")).click();
    new WebDriverWait(browser, WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"),
                "marked worked: Administration fee written off by hand after the drug appeal"));
    assertEquals(openBefore - 2, Integer.parseInt(text(By.id("count-denials"))));
    screenshot("home-denial-worked");

    // The remittance page gives the remark code's text on each denied line.
    browser.get(url("remittances/index.xhtml?file=" + Json.number(imported.body(), "fileId")));
    waitFor(By.id("detail-id"));
    assertTrue(
        browser.findElements(By.cssSelector(".line-remarks")).stream()
            .map(WebElement::getText)
            .anyMatch(t -> t.startsWith("N54: Claim information is inconsistent")),
        "the line's RARC with its text: " + text(By.id("detail")));
    screenshot("remittance-remarks");

    java.time.LocalDate today = java.time.LocalDate.now();
    browser.get(url("authorizations/authorization.xhtml?id=" + authorizationId));
    waitFor(By.id("authorization-status"));
    assertEquals("DRAFT", text(By.id("authorization-status")));
    browser.findElement(By.id("decision:submit")).click();
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.textToBe(By.id("authorization-status"), "SUBMITTED"));
    type(By.id("decision:authNumber"), "PA-UI-" + authorizationId);
    type(By.id("decision:approvedFrom"), today.minusDays(30).toString());
    type(By.id("decision:approvedTo"), today.plusDays(150).toString());
    type(By.id("decision:approvedUnits"), "2280");
    type(By.id("decision:approvedDoses"), "6");
    browser.findElement(By.id("decision:approve")).click();
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.textToBe(By.id("authorization-status"), "APPROVED"));
    assertTrue(
        text(By.id("messages")).contains("is now APPROVED: PA-UI-" + authorizationId),
        text(By.id("messages")));
    assertTrue(
        browser.findElements(By.cssSelector("#timeline_data > tr")).stream()
            .map(WebElement::getText)
            .anyMatch(
                row ->
                    row.contains("SUBMITTED") && row.contains("APPROVED") && row.contains(biller)),
        "the timeline shows the approval and who recorded it: " + text(By.id("timeline")));
    screenshot("authorization-approved");

    browser.findElement(By.id("nav-dashboard")).click();
    waitFor(By.id("aging"));
    for (String chart : List.of("aging-chart", "denial-chart", "injection-chart", "cost-chart")) {
      WebElement canvas =
          new WebDriverWait(browser, WAIT)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#" + chart + " canvas")));
      assertTrue(canvas.getSize().getWidth() > 0, chart + " is drawn");
    }
    WebElement agingRow =
        browser.findElement(
            By.xpath("//*[@id='aging']//tr[td[1][contains(., '" + seeded.payerName() + "')]]"));
    List<WebElement> agingCells = agingRow.findElements(By.tagName("td"));
    assertTrue(
        positive(agingCells.get(1).getText()),
        "the denied claim's balance is 0-30 days old: " + agingRow.getText());
    assertEquals("1", agingCells.get(7).getText().trim(), agingRow.getText());
    WebElement carc =
        browser.findElement(By.xpath("//*[@id='denial-rates']//tr[td[1][contains(., 'CO-197')]]"));
    List<WebElement> carcCells = carc.findElements(By.tagName("td"));
    assertTrue(Integer.parseInt(carcCells.get(2).getText().trim()) >= 1, carc.getText());
    assertTrue(positive(carcCells.get(4).getText().replace("%", "")), carc.getText());
    String month = java.time.YearMonth.from(today.minusDays(1)).toString();
    List<WebElement> injections =
        browser
            .findElement(By.xpath("//*[@id='injections']//tr[td[1][contains(., '" + month + "')]]"))
            .findElements(By.tagName("td"));
    assertTrue(Integer.parseInt(injections.get(1).getText().trim()) >= 1, "injections given");
    assertTrue(Integer.parseInt(injections.get(2).getText().trim()) >= 1, "injections authorized");
    List<WebElement> cost =
        browser
            .findElement(
                By.xpath("//*[@id='patient-cost']//tr[td[1][contains(., '" + month + "')]]"))
            .findElements(By.tagName("td"));
    assertTrue(positive(cost.get(2).getText()), "estimated: " + cost.get(2).getText());
    assertTrue(positive(cost.get(3).getText()), "actual: " + cost.get(3).getText());
    screenshot("dashboard");
  }

  /** A draft authorization for the seeded patient's prescription, made through the API. */
  private HttpResponse<String> draftAuthorization(UiSeed.HeldPatient seeded) {
    HttpResponse<String> draft =
        admin()
            .post(
                "api/authorizations",
                "{\"patientId\":"
                    + seeded.patientId()
                    + ",\"coverageId\":"
                    + seeded.coverageId()
                    + ",\"prescriptionId\":"
                    + seeded.prescriptionId()
                    + ",\"benefit\":\"MEDICAL\",\"channel\":\"FAX\"}");
    assertEquals(201, draft.statusCode(), draft.body());
    return draft;
  }

  /** Opens the work dialog of the claim page's first denial. */
  private void openDenialDialog() {
    clickWhenStable(By.cssSelector("#claim-denials\\:denials button[id$=':work']"));
    waitFor(By.id("denial-work:note"));
  }

  private void type(By by, String value) {
    WebElement field = browser.findElement(by);
    field.clear();
    field.sendKeys(value);
  }

  /** A figure as the tables print it (1,665.00) is above zero. */
  private static boolean positive(String figure) {
    return new java.math.BigDecimal(figure.trim().replace(",", "")).signum() > 0;
  }

  @Test
  void aClinicianSeesPatientsButNoClaimsOrSubmissions() {
    UiSeed.HeldPatient seeded = UiSeed.patientWithMistypedDiagnosis("F11.20");
    HttpResponse<String> draft = draftAuthorization(seeded);
    String clinician = newUser("CLINICIAN");
    logIn(clinician);
    assertTrue(browser.findElements(By.id("nav-dashboard")).isEmpty());
    assertTrue(browser.findElements(By.id("pa-worklist:alerts")).isEmpty());
    browser.get(url("authorizations/authorization.xhtml?id=" + Json.number(draft.body(), "id")));
    assertEquals("DRAFT", waitFor(By.id("authorization-status")).getText().trim());
    assertTrue(
        browser.findElements(By.id("decision")).isEmpty(),
        "a clinician sees the authorization read-only");
    browser.get(url("dashboard.xhtml"));
    assertEquals("You may not see this page - Naltrexone Billing", browser.getTitle());
    assertTrue(browser.findElements(By.id("nav-claims")).isEmpty());
    assertTrue(browser.findElements(By.id("worklists:held")).isEmpty());
    browser.get(url("claims/list.xhtml"));
    assertEquals("You may not see this page - Naltrexone Billing", browser.getTitle());
    browser.get(url("submissions/index.xhtml"));
    assertTrue(browser.findElements(By.id("submission:start")).isEmpty());
    browser.get(url("patients/list.xhtml"));
    waitFor(By.id("patients:table"));
    screenshot("patients");

    // Another instance of the deployment group changes the user's roles: only the database knows.
    // The open session ends at a next request here, and the browser is sent to log in again.
    try (java.sql.Connection c = TestDatabase.connect(System.getProperty("it.db.name"));
        java.sql.PreparedStatement bump =
            c.prepareStatement(
                "update app_user set credentials_version = credentials_version + 1"
                    + " where username = ?")) {
      bump.setString(1, clinician);
      assertEquals(1, bump.executeUpdate());
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    // within billing.security.credentials-check-seconds (2 s) of the change
    long deadline = System.nanoTime() + 10_000_000_000L;
    do {
      browser.get(url("patients/list.xhtml"));
    } while (browser.findElements(By.id("login:username")).isEmpty()
        && System.nanoTime() < deadline
        && pause());
    waitFor(By.id("login:username"));
    assertTrue(browser.findElements(By.id("patients:table")).isEmpty());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("login.xhtml"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    assertTrue(
        login.body().contains("name=\"jakarta.faces.ViewState\""),
        "forms carry the server-side view state");
  }

  /**
   * Clicks what {@code by} finds once it is there, again if an Ajax update replaced it in between
   * (a filtered table re-renders after each typed character).
   */
  private void clickWhenStable(By by) {
    new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .until(
            b -> {
              b.findElement(by).click();
              return true;
            });
  }

  /** Goes to the last page of a server-paged table (nothing to do when it has one page). */
  private void lastPage(String tableId) {
    WebElement last = waitFor(By.id(tableId)).findElement(By.cssSelector(".ui-paginator-last"));
    if (!last.getAttribute("class").contains("ui-state-disabled")) {
      last.click();
    }
  }

  private void logIn(String user) {
    browser.get(url("login.xhtml"));
    waitFor(By.id("login:username")).sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys(ApiClient.NEW_USER_PASSWORD);
    screenshot("login");
    browser.findElement(By.id("login:submit")).click();
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("roles")));
  }

  /** Waits half a second; true, for loop conditions. */
  private static boolean pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }

  private String newUser(String role) {
    return ApiClient.newUser(base, role);
  }

  private ApiClient admin() {
    return ApiClient.as(base, "admin", ApiClient.adminPassword());
  }

  private String url(String path) {
    return URI.create(base.toString()).resolve(path).toString();
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** The element's text, found again when a poll or an Ajax update replaced it meanwhile. */
  private String text(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        return browser.findElement(by).getText().trim();
      } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
        if (attempt >= 5) {
          throw replaced;
        }
      }
    }
  }

  private void screenshot(String page) {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(page + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
