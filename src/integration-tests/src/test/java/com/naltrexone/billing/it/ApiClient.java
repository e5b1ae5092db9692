package com.naltrexone.billing.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for black-box calls to the deployed API, as a given user. */
public final class ApiClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String authorization;

  private ApiClient(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** {@code base} is the application's root, e.g. {@code http://localhost:8080/billing/}. */
  public static ApiClient as(URL base, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(toUri(base), "Basic " + token);
  }

  public static ApiClient anonymous(URL base) {
    return new ApiClient(toUri(base), null);
  }

  /** Creates a user with one role through the API (as admin) and returns a client for it. */
  public static ApiClient newUserWithRole(URL base, String role) {
    return as(base, newUser(base, role), NEW_USER_PASSWORD);
  }

  /** The password of the users {@link #newUser} creates. */
  public static final String NEW_USER_PASSWORD = "test-password-1";

  /** Creates a user with one role through the API (as admin) and returns its name. */
  public static String newUser(URL base, String role) {
    String name = ("u" + java.util.UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
    HttpResponse<String> r =
        as(base, "admin", adminPassword())
            .post(
                "api/users",
                "{\"username\":\""
                    + name
                    + "\",\"password\":\""
                    + NEW_USER_PASSWORD
                    + "\",\"roles\":[\""
                    + role
                    + "\"]}");
    if (r.statusCode() != 201) {
      throw new IllegalStateException("could not create a " + role + " user: " + r.body());
    }
    return name;
  }

  /**
   * The admin password: the test JVM's property, or (for a test running inside the server) the
   * environment variable the server was started with.
   */
  public static String adminPassword() {
    String password = System.getProperty("it.admin.password");
    return password != null ? password : System.getenv("BILLING_ADMIN_INITIAL_PASSWORD");
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A GET that accepts another media type, e.g. {@code text/plain} for Prometheus metrics. */
  public HttpResponse<String> get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  /** A GET whose answer is binary (a PDF). */
  public HttpResponse<byte[]> getBytes(String path, String accept) {
    try {
      return http.send(
          request(path).setHeader("Accept", accept).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST with any media type; {@code streamed} sends it chunked, without a Content-Length. */
  public HttpResponse<String> post(String path, byte[] body, String contentType, boolean streamed) {
    HttpRequest.BodyPublisher publisher =
        streamed
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
            : HttpRequest.BodyPublishers.ofByteArray(body);
    return send(request(path).header("Content-Type", contentType).POST(publisher));
  }

  /** Any method; a body only when {@code contentType} is given. */
  public HttpResponse<String> exchange(
      String method, String path, String body, String contentType) {
    HttpRequest.Builder b = request(path).setHeader("Accept", "*/*");
    if (contentType == null) {
      return send(b.method(method, HttpRequest.BodyPublishers.noBody()));
    }
    return send(
        b.header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A plain-text body, e.g. an X12 file. */
  public HttpResponse<String> postText(String path, String text) {
    return send(
        request(path)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(text)));
  }

  public HttpResponse<String> put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    return authorization == null ? b : b.header("Authorization", authorization);
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI toUri(URL url) {
    try {
      return url.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The server itself (health, openapi, metrics live at its root, not under the app). */
  /**
   * Logs in through the staff UI's login form as a browser would (the page's view state, then the
   * form post); returns the new session's id.
   */
  public static String formLogin(URL base, String user, String password) {
    try {
      java.net.CookieManager cookies = new java.net.CookieManager();
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: Grizzly may drop it (EOF)
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      URI login = base.toURI().resolve("login.xhtml");
      String form =
          http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      java.util.regex.Matcher state =
          java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
              .matcher(form);
      if (!state.find()) {
        throw new IllegalStateException("no view state on the login page");
      }
      String body =
          "login=login&login%3Ausername="
              + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&login%3Apassword="
              + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)
              + "&login%3Asubmit=&jakarta.faces.ViewState="
              + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
      HttpResponse<String> after =
          http.send(
              HttpRequest.newBuilder(login)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (after.uri().getPath().endsWith("login.xhtml")) {
        throw new IllegalStateException("the login form refused " + user);
      }
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("JSESSIONID"))
          .findFirst()
          .orElseThrow()
          .getValue();
    } catch (java.io.IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The application's root as Arquillian injected it, or the managed server's default when it did
   * not (in the container it may not inject a URL).
   */
  public static URL application(URL injected) {
    try {
      return injected != null ? injected : new URL("http://localhost:8080/billing/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static URL serverRoot(URL base) {
    try {
      return new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
