package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9's authorization matrix: every operation of the OpenAPI document, called anonymously and
 * as a user of each role, must answer as {@code authorization-matrix.txt} says: {@code 401}
 * (anonymous), {@code 403} (role refused) or {@code ok} (let through: any other answer below 500,
 * e.g. 404 for the made-up id or 400 for the empty body). A new endpoint that is not in the file,
 * or a role change, fails the test until the file is updated and reviewed. Rewrite the file from
 * what the server does with {@code -Dmatrix.write=src/test/resources/authorization-matrix.txt}
 * (then read the diff!).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

  private static final List<String> ROLES =
      List.of("BILLER", "PA_COORDINATOR", "CLINICIAN", "ADMIN", "SYSTEM");
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(AuthorizationMatrixIT.class);
  }

  @ArquillianResource URL base;

  @Test
  void everyOperationAnswersEachRoleAsTheMatrixSays() throws IOException {
    Map<String, ApiClient> callers = new LinkedHashMap<>();
    callers.put("anonymous", ApiClient.anonymous(base));
    for (String role : ROLES) {
      callers.put(role, ApiClient.newUserWithRole(base, role));
    }
    String document = ApiClient.anonymous(ApiClient.serverRoot(base)).get("openapi").body();
    JsonObject paths =
        Json.createReader(new StringReader(document)).readObject().getJsonObject("paths");

    List<String> actual = new ArrayList<>();
    for (String path : new TreeSet<>(paths.keySet())) {
      JsonObject operations = paths.getJsonObject(path);
      for (String method : METHODS) {
        if (!operations.containsKey(method)) {
          continue;
        }
        String contentType = firstRequestMediaType(operations.getJsonObject(method));
        String url = path.substring(1).replaceAll("\\{[^}]+}", "999999999");
        StringBuilder line = new StringBuilder(method.toUpperCase() + " " + path);
        for (Map.Entry<String, ApiClient> caller : callers.entrySet()) {
          HttpResponse<String> r =
              caller
                  .getValue()
                  .exchange(
                      method.toUpperCase(),
                      url,
                      contentType == null ? null : bodyFor(contentType),
                      contentType);
          line.append(' ').append(caller.getKey()).append('=').append(classify(r.statusCode()));
        }
        actual.add(line.toString());
      }
    }

    String writeTo = System.getProperty("matrix.write");
    if (writeTo != null && !writeTo.isBlank()) {
      Files.write(Path.of(writeTo), actual, StandardCharsets.UTF_8);
    }
    List<String> expected = expected();
    if (!expected.equals(actual)) {
      List<String> diff = new ArrayList<>();
      expected.stream().filter(l -> !actual.contains(l)).forEach(l -> diff.add("- " + l));
      actual.stream().filter(l -> !expected.contains(l)).forEach(l -> diff.add("+ " + l));
      fail(
          "the server's authorization differs from authorization-matrix.txt:\n"
              + String.join("\n", diff));
    }
    assertEquals(expected.size(), actual.size());
  }

  /**
   * The session cookie: HttpOnly always, SameSite=Lax, and Secure whenever the session was opened
   * over TLS (Payara's {@code cookieSecure=dynamic}, set in payara-web.xml), here on the server's
   * own HTTPS listener (8181, its self-signed certificate trusted for this call only).
   */
  @Test
  void theSessionCookieIsHttpOnlyAndSecureOverTls() throws Exception {
    String plain = sessionCookie(new URL(base, "login.xhtml"));
    assertTrue(plain.contains("HttpOnly") && plain.toLowerCase().contains("samesite=lax"), plain);
    assertFalse(
        plain.contains("Secure"), "no Secure flag a plain-HTTP browser would drop: " + plain);

    javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
    trustAll.init(
        null,
        new javax.net.ssl.TrustManager[] {
          new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {}

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {}

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
              return new java.security.cert.X509Certificate[0];
            }
          }
        },
        null);
    URL tls = new URL("https", base.getHost(), 8181, base.getPath() + "login.xhtml");
    javax.net.ssl.HttpsURLConnection c = (javax.net.ssl.HttpsURLConnection) tls.openConnection();
    c.setSSLSocketFactory(trustAll.getSocketFactory());
    c.setHostnameVerifier((host, session) -> true);
    String secure = cookieOf(c);
    assertTrue(
        secure.contains("Secure")
            && secure.contains("HttpOnly")
            && secure.toLowerCase().contains("samesite=lax"),
        secure);
  }

  /**
   * Several logged-in sessions of one biller asking for pages at the same moment each keep their
   * roles: every answer is 200, none a 403 (Payara once resolved no roles for some of them).
   */
  @Test
  void concurrentRequestsOfSeveralSessionsKeepTheirRoles() throws Exception {
    String user = ApiClient.newUser(base, "BILLER");
    List<String> sessions = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sessions.add(ApiClient.formLogin(base, user, ApiClient.NEW_USER_PASSWORD));
    }
    java.net.http.HttpClient http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int round = 0; round < 40; round++) {
      for (String session : sessions) {
        answers.add(
            http.sendAsync(
                java.net.http.HttpRequest.newBuilder(
                        new URL(base, "claims/list.xhtml?status=HELD").toURI())
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
      }
    }
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    for (var answer : answers) {
      statuses.merge(answer.join().statusCode(), 1, Integer::sum);
    }
    assertEquals(Map.of(200, answers.size()), statuses);
  }

  /**
   * A role taken away ends the user's open UI session: the next page request is sent to the login
   * page instead of being served with the roles kept at login.
   */
  @Test
  void aRoleTakenAwayEndsTheUsersOpenSession() throws Exception {
    ApiClient admin = ApiClient.as(base, "admin", ApiClient.adminPassword());
    String name = ("u" + java.util.UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
    HttpResponse<String> created =
        admin.post(
            "api/users",
            "{\"username\":\""
                + name
                + "\",\"password\":\""
                + ApiClient.NEW_USER_PASSWORD
                + "\",\"roles\":[\"BILLER\"]}");
    assertEquals(201, created.statusCode(), created.body());
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(created.body());
    assertTrue(id.find(), created.body());
    String session = ApiClient.formLogin(base, name, ApiClient.NEW_USER_PASSWORD);
    assertEquals(200, claimsPage(session).statusCode(), "the biller sees the claims");

    HttpResponse<String> changed =
        admin.put("api/users/" + id.group(1) + "/roles", "{\"roles\":[\"CLINICIAN\"]}");
    assertEquals(200, changed.statusCode(), changed.body());
    HttpResponse<String> after = claimsPage(session);
    assertEquals(302, after.statusCode(), "the old session is not served");
    assertTrue(
        after.headers().firstValue("Location").orElse("").contains("login.xhtml"),
        after.headers().map().toString());
  }

  private HttpResponse<String> claimsPage(String session) throws Exception {
    return java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            java.net.http.HttpRequest.newBuilder(new URL(base, "claims/list.xhtml").toURI())
                .header("Cookie", "JSESSIONID=" + session)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String sessionCookie(URL url) throws IOException {
    return cookieOf((java.net.HttpURLConnection) url.openConnection());
  }

  private static String cookieOf(java.net.HttpURLConnection c) throws IOException {
    assertEquals(200, c.getResponseCode());
    return c.getHeaderFields().getOrDefault("Set-Cookie", List.of()).stream()
        .filter(h -> h.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + c.getHeaderFields()));
  }

  private static String classify(int status) {
    if (status == 401 || status == 403) {
      return String.valueOf(status);
    }
    return status >= 500 ? "error" + status : "ok";
  }

  private static String firstRequestMediaType(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    if (body == null || !body.containsKey("content")) {
      return null;
    }
    return body.getJsonObject("content").keySet().stream().findFirst().orElse(null);
  }

  private static String bodyFor(String contentType) {
    return contentType.contains("json") ? "{}" : "not a valid document";
  }

  private static List<String> expected() throws IOException {
    try (InputStream in =
        AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.txt")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    }
  }
}
