package org.sparkling.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's heap: what is live after a full GC, and the highest use while something runs. In local mode Spark's driver,
 * its executor, Spark's cache and the embedded H2O node all share this one heap.
 */
final class Heap {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private Heap() {}

  /** Bytes in use after a full collection ({@code System.gc()}). */
  static long usedAfterGc() {
    MEMORY.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  static long max() {
    return MEMORY.getHeapMemoryUsage().getMax();
  }

  /** Starts watching the heap; stop with {@link Watch#close()} once the work is done. */
  static Watch watch() {
    return new Watch();
  }

  /**
   * Two peaks of the heap while the work ran: the highest use (the sum of the heap pools' own peaks, an upper bound that
   * includes garbage not yet collected), and the highest use right after a collection (what survived a GC; -1 when no GC
   * ran).
   */
  static final class Watch implements NotificationListener, AutoCloseable {
    private final Set<String> heapPools;
    private final AtomicLong peakAfterGc = new AtomicLong(-1);

    private Watch() {
      heapPools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .map(MemoryPoolMXBean::getName)
              .collect(Collectors.toSet());
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> heapPools.contains(pool.getName()))
          .forEach(MemoryPoolMXBean::resetPeakUsage);
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) collector).addNotificationListener(this, null, null);
      }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
        return;
      }
      Map<String, MemoryUsage> after =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo()
              .getMemoryUsageAfterGc();
      long used = after.entrySet().stream()
          .filter(pool -> heapPools.contains(pool.getKey()))
          .mapToLong(pool -> pool.getValue().getUsed())
          .sum();
      peakAfterGc.accumulateAndGet(used, Math::max);
    }

    /** The sum of the heap pools' peaks since the watch started. */
    long peak() {
      return ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> heapPools.contains(pool.getName()))
          .mapToLong(pool -> pool.getPeakUsage().getUsed())
          .sum();
    }

    /** The highest heap use right after a GC since the watch started, or -1 if no GC ran. */
    long peakAfterGc() {
      return peakAfterGc.get();
    }

    @Override
    public void close() {
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        try {
          ((NotificationEmitter) collector).removeNotificationListener(this);
        } catch (ListenerNotFoundException alreadyGone) {
          // Nothing to undo.
        }
      }
    }
  }
}
