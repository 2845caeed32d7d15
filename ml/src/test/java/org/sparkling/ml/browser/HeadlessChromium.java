package org.sparkling.ml.browser;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} run headless, driven over the Chrome DevTools Protocol: open a page, read its text, save a
 * screenshot. Started with its own profile folder and stopped, with every process it started, by {@link #close()}.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final String PORT_FILE = "DevToolsActivePort";

  private final Process browser;
  private final DevToolsSocket page;

  private HeadlessChromium(Process browser, DevToolsSocket page) {
    this.browser = browser;
    this.page = page;
  }

  /**
   * Starts Chromium with the profile folder {@code profile}; fails, saying how to install it, when there is no
   * {@code chromium} on the PATH.
   */
  public static HeadlessChromium start(Path profile) throws IOException {
    Path binary = installed().orElseThrow(() -> new IllegalStateException(
        "No 'chromium' on the PATH: the Flow UI test needs Debian's Chromium; install it with `apt-get install -y chromium`"
            + " (.ci/run does that when it is missing)"));
    Files.createDirectories(profile);
    Path log = profile.resolveSibling(profile.getFileName() + ".log");
    Files.deleteIfExists(profile.resolve(PORT_FILE)); // a profile used before holds the port of a browser long gone
    Process browser = new ProcessBuilder(
            binary.toString(),
            "--headless",
            "--no-sandbox", // tests may run as root, where Chromium's sandbox refuses to start
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--window-size=1400,1800", // tall enough to show the Assist, getFrames and getModels cells at once
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0", // Chromium picks a free port and writes it to DevToolsActivePort
            "--user-data-dir=" + profile.toAbsolutePath(),
            "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      return new HeadlessChromium(browser, new DevToolsSocket(pageTarget(devToolsPort(profile, browser, log))));
    } catch (RuntimeException | IOException e) {
      stop(browser);
      throw e;
    }
  }

  /** Opens {@code url} in the page. */
  public void open(String url) {
    page.call("Page.navigate", Map.of("url", url));
  }

  /** The text a reader sees on the page now ({@code document.body.innerText}), empty while there is no body yet. */
  public String text() {
    JsonNode result = page.call(
        "Runtime.evaluate", Map.of("expression", "document.body ? document.body.innerText : ''", "returnByValue", true));
    return result.path("result").path("value").asText("");
  }

  /** Saves what the page shows now as a PNG file. */
  public Path screenshot(Path png) throws IOException {
    JsonNode shot = page.call("Page.captureScreenshot", Map.of("format", "png"));
    Files.createDirectories(png.toAbsolutePath().getParent());
    return Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  @Override
  public void close() {
    try {
      page.close();
    } finally {
      stop(browser);
    }
  }

  /** Chromium starts renderer, GPU and zygote processes of its own: stop them all, not only the browser. */
  private static void stop(Process browser) {
    List<ProcessHandle> children = browser.descendants().toList();
    browser.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      browser.onExit().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      browser.destroyForcibly();
    } catch (ExecutionException | TimeoutException e) {
      browser.destroyForcibly();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static Optional<Path> installed() {
    return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
        .map(folder -> Path.of(folder, "chromium"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** The port Chromium chose, from the first line of {@code DevToolsActivePort} in its profile. */
  private static int devToolsPort(Path profile, Process browser, Path log) throws IOException {
    Path portFile = profile.resolve(PORT_FILE);
    await("Chromium writing " + portFile)
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> {
          if (!browser.isAlive()) {
            throw new IllegalStateException("Chromium exited with status " + browser.exitValue() + " while starting; its"
                + " output (" + log + "):\n" + Files.readString(log));
          }
          return Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2;
        });
    return Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
  }

  /** The WebSocket of the page Chromium opened at start ({@code GET /json/list}). */
  private static URI pageTarget(int port) {
    try {
      HttpResponse<String> targets = HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
              HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : new ObjectMapper().readTree(targets.body())) {
        if ("page".equals(target.path("type").asText())) {
          return URI.create(target.path("webSocketDebuggerUrl").asText());
        }
      }
      throw new IllegalStateException("Chromium has no page open: " + targets.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
