package dev.sitrep.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap: the peak used (the sum of every heap pool's peak since {@link #reset()}, an
 * upper bound), and the most in use just after a collection (what the program still held).
 */
final class HeapWatch implements NotificationListener {
  private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).collect(Collectors.toList());
  private final Set<String> names =
      pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(this, null, null);
    }
  }

  /** Collects, then starts watching afresh. */
  void reset() {
    System.gc();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    maxAfterGc.set(0);
    collections.set(0);
  }

  /** @return the sum of the heap pools' peaks since {@link #reset()}, in bytes */
  long peakUsed() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** @return the most heap in use just after a collection since {@link #reset()}, in bytes */
  long maxAfterGc() {
    return maxAfterGc.get();
  }

  /** @return how many collections since {@link #reset()} */
  long collections() {
    return collections.get();
  }

  /** @return the maximum heap size, in bytes ({@code -Xmx}) */
  static long max() {
    return Runtime.getRuntime().maxMemory();
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (names.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    long after = used;
    maxAfterGc.accumulateAndGet(after, Math::max);
    collections.incrementAndGet();
  }
}
