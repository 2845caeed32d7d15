package org.sparkling;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a large test runs, to report (never assert) how much it needed: the largest heap in use,
 * garbage included, and the largest heap left after a garbage collection, which is closer to what the work kept alive.
 */
final class HeapWatch implements AutoCloseable {
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final List<NotificationEmitter> collectors = new ArrayList<>();
  private final NotificationListener listener = this::collected;
  private long peakAfterCollection;

  static HeapWatch start() {
    HeapWatch watch = new HeapWatch();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(watch.listener, null, null);
        watch.collectors.add(emitter);
      }
    }
    return watch;
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long after =
        info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(pool -> heapPools.contains(pool.getKey()))
            .mapToLong(pool -> pool.getValue().getUsed())
            .sum();
    synchronized (this) {
      peakAfterCollection = Math.max(peakAfterCollection, after);
    }
  }

  /** A one-line report of the peaks so far, in MiB. */
  synchronized String report() {
    // Each pool's own peak; they need not coincide, so their sum bounds the heap in use from above.
    long peakUsed =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> heapPools.contains(pool.getName()))
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    return String.format(
        "peak heap used at most %,d MiB, peak heap after a collection %,d MiB (max heap %,d MiB)", peakUsed >> 20,
        peakAfterCollection >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  @Override
  public void close() {
    for (NotificationEmitter collector : collectors) {
      try {
        collector.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException alreadyGone) {
        // nothing to remove
      }
    }
  }
}
