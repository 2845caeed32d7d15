package org.sparkling.extension;

import java.util.List;
import water.server.ServletMeta;
import water.server.ServletProvider;

/** Registers the Sparkling endpoints with the H2O node's web server (found through {@code META-INF/services}). */
public final class SparklingServlets implements ServletProvider {
  /** Flow that opens with the frames and models listed ({@link FlowStartServlet}). */
  public static final String FLOW_START_PAGE = "/flow/sparkling.html";

  @Override
  public List<ServletMeta> servlets() {
    return List.of(
        new ServletMeta("/3/sparkling/frames/*", FrameServlet.class),
        new ServletMeta("/3/sparkling/traffic", TrafficServlet.class),
        new ServletMeta("/3/sparkling/keys", KeysServlet.class),
        new ServletMeta(FLOW_START_PAGE, FlowStartServlet.class));
  }
}
