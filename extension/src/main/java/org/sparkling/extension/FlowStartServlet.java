package org.sparkling.extension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /flow/sparkling.html}: H2O Flow that opens with the cluster's frames and models listed. It is the node's own
 * Flow page ({@code www/flow/index.html} from H2O's {@code h2o-web} jar) with one script added, {@code flow-start.js}, that
 * runs Flow's {@code getFrames} and {@code getModels} cells once Flow has started. Flow itself has no URL parameter for
 * that: a stored notebook opens with its code cells not run.
 */
public final class FlowStartServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String FLOW_PAGE = "www/flow/index.html";
  private static final String START_SCRIPT = "flow-start.js";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String flow = resource(FlowStartServlet.class.getClassLoader().getResourceAsStream(FLOW_PAGE));
    if (flow == null) {
      response.sendError(
          HttpServletResponse.SC_NOT_FOUND,
          "This H2O node has no Flow (" + FLOW_PAGE + " is not on its classpath): add H2O's h2o-web jar to the node");
      return;
    }
    String script = resource(FlowStartServlet.class.getResourceAsStream(START_SCRIPT));
    byte[] page = withScript(flow, script).getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html; charset=utf-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }

  /** {@code page} with {@code script} run after everything else on it, so after Flow's own script has loaded. */
  static String withScript(String page, String script) {
    String tag = "<script>\n" + script + "</script>\n";
    int end = page.lastIndexOf("</body>");
    return end < 0 ? page + tag : page.substring(0, end) + tag + page.substring(end);
  }

  private static String resource(InputStream in) throws IOException {
    if (in == null) {
      return null;
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
