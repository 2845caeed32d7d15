package org.sparkling;

import org.sparkling.backend.Backend;
import org.sparkling.client.Cloud;
import org.sparkling.client.H2OClientException;

/** The readable table that {@link H2OContext#toString()} prints. */
final class ContextReport {
  private ContextReport() {}

  static String of(H2OContext context, Backend backend) {
    StringBuilder out = new StringBuilder("Sparkling Water context\n");
    out.append("  backend   ").append(backend.description()).append('\n');
    out.append("  H2O logs  ").append(backend.logs()).append('\n');
    out.append("  REST API  ").append(context.restApi()).append('\n');
    out.append("  Flow UI   ").append(context.flowURL()).append('\n');
    if (context.isStopped()) {
      return out.append("  state     stopped\n").toString();
    }
    try {
      Cloud cloud = context.cloud();
      out.append(String.format("  H2O       %s, cloud '%s', %d node(s), %s%n", cloud.version(), cloud.cloudName(),
          cloud.cloudSize(), cloud.cloudHealthy() ? "healthy" : "NOT healthy"));
      TextTable nodes = new TextTable("node", "address", "cpus", "threads", "free memory", "max memory", "healthy");
      int index = 0;
      for (Cloud.Node node : cloud.nodes()) {
        nodes.row(index++, node.ipPort(), node.numCpus(), node.nthreads(), gib(node.freeMem()), gib(node.maxMem()),
            node.healthy() ? "yes" : "no");
      }
      out.append(nodes);
    } catch (H2OClientException e) {
      out.append("  H2O       not reachable: ").append(e.getMessage()).append('\n');
    }
    return out.toString();
  }

  private static String gib(long bytes) {
    return String.format("%.1f GiB", bytes / (1024.0 * 1024 * 1024));
  }
}
