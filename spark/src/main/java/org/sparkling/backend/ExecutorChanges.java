package org.sparkling.backend;

import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in the driver's log what an executor coming or going means for an H2O cloud whose nodes live in the executors:
 * H2O cannot add or drop nodes once the cloud is formed.
 */
final class ExecutorChanges extends SparkListener {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorChanges.class);
  private final Map<String, NodeAddress> nodesByExecutorId;
  private volatile boolean active = true;

  ExecutorChanges(Map<String, NodeAddress> nodesByExecutorId) {
    this.nodesByExecutorId = Map.copyOf(nodesByExecutorId);
  }

  @Override
  public void onApplicationEnd(SparkListenerApplicationEnd end) {
    active = false; // executors leaving with the application are no news
  }

  @Override
  public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
    NodeAddress node = nodesByExecutorId.get(removed.executorId());
    if (active && node != null) {
      LOG.error("Executor {} is gone ({}), and with it the H2O node {}: the H2O cloud has lost data and cannot work on. "
              + "Create a new SparkSession and H2OContext, or use the external backend "
              + "(spark.ext.h2o.backend.cluster.mode=external), whose nodes do not live in executors.",
          removed.executorId(), removed.reason(), node);
    }
  }

  @Override
  public void onExecutorAdded(SparkListenerExecutorAdded added) {
    if (active && !nodesByExecutorId.containsKey(added.executorId())) {
      LOG.warn("Executor {} joined after the H2O cloud formed; it runs no H2O node, so data it converts goes to H2O over "
          + "REST", added.executorId());
    }
  }

  /** Stops reporting: the context that started the nodes is stopped. */
  void deactivate() {
    active = false;
  }
}
