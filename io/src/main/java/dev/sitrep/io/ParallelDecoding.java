package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decodes lines on worker threads while the calling thread reads ahead. The calling thread copies
 * the input's lines into chunks, each of up to 4,096 lines and at most 64 KiB of them (or of its
 * first line, if that is longer), and hands them to daemon threads named {@code sitrep-lines-N};
 * it takes the decoded chunks back in input order. The threads stop at the end of the input and
 * on {@link #close()}, and when left idle for a second.
 *
 * <p>Memory is bounded by the limits, whatever the number of threads and however long the input.
 * At most two chunks a thread are in flight (handed to the threads and not yet delivered), and the
 * lines copied into them total at most {@value #READ_AHEAD_BYTES} bytes (16 MiB): reading ahead
 * stops before a chunk that would go over that. A line longer than that is never copied: once the
 * lines before it have been delivered, it is decoded on the calling thread where it lies in the
 * read buffer, as when lines are decoded inline, and nothing past it is read until it is
 * delivered. A chunk drops its copy of the lines once they are decoded, so the chunks waiting to be
 * delivered, and the one being delivered, hold only values. So besides what inline decoding
 * holds (the read buffer, which grows to hold the longest line, to at most twice its length and
 * at most one byte more than the document limit, and the line being decoded), what is held is at
 * most 16 MiB of copied lines, and the values decoded from the lines in flight and from the chunk
 * being delivered.
 *
 * <p>A failure of the input comes after the lines read before it, as it does when lines are
 * decoded inline; so does an unexpected exception in decoding a line, thrown to the caller when
 * it reaches that line.
 *
 * @param <T> the type of every line
 */
final class ParallelDecoding<T> implements DecodedLines<T> {
  /** The most bytes of lines in a chunk, unless it is one longer line. */
  static final int CHUNK_BYTES = 1 << 16;
  /** The most bytes of lines copied into the chunks in flight, whatever the number of threads. */
  static final int READ_AHEAD_BYTES = 1 << 24;
  private static final int CHUNK_LINES = 4096;
  private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();

  private final Lines lines;
  private final LineDecoder<T> decoder;
  private final ThreadPoolExecutor workers;
  private final int maxInFlight;
  private final int chunkBytes;
  private final int readAheadBytes;
  private final Queue<InFlight<T>> inFlight = new ArrayDeque<>();
  private long copiedInFlight; // the bytes of the chunks in flight: at most readAheadBytes
  private long mostCopiedInFlight;
  private boolean pending; // lines is at a line not yet taken into a chunk
  private RuntimeException failure; // reading the input failed, after the lines in flight
  private Chunk<T> current;
  private int index;
  private boolean closed;

  /**
   * @param lines the input's lines
   * @param decoder how to decode a line
   * @param threads how many threads decode lines, at least 1
   */
  ParallelDecoding(Lines lines, LineDecoder<T> decoder, int threads) {
    this(lines, decoder, threads, CHUNK_BYTES, READ_AHEAD_BYTES);
  }

  /**
   * @param lines the input's lines
   * @param decoder how to decode a line
   * @param threads how many threads decode lines, at least 1
   * @param chunkBytes the most bytes of lines in a chunk, unless it is one longer line
   * @param readAheadBytes the most bytes of lines copied into the chunks in flight, at least
   *     {@code chunkBytes}; a longer line is decoded on the calling thread
   */
  ParallelDecoding(Lines lines, LineDecoder<T> decoder, int threads, int chunkBytes,
      int readAheadBytes) {
    if (chunkBytes < 1 || readAheadBytes < chunkBytes) {
      throw new IllegalArgumentException("chunks of " + chunkBytes + " bytes and "
          + readAheadBytes + " bytes in flight");
    }
    this.lines = lines;
    this.decoder = decoder;
    this.workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), ParallelDecoding::newThread);
    this.workers.allowCoreThreadTimeOut(true);
    this.maxInFlight = 2 * threads;
    this.chunkBytes = chunkBytes;
    this.readAheadBytes = readAheadBytes;
  }

  @Override
  public boolean next() {
    if (closed) {
      throw new IllegalStateException("the reader is closed");
    }
    if (current != null && ++index < current.size) {
      return arrived();
    }
    current = null;
    readAhead();
    InFlight<T> head = inFlight.poll();
    if (head == null) {
      if (failure != null) {
        RuntimeException thrown = failure;
        failure = null; // the next call reads on, as an inline reader would
        throw thrown;
      }
      return false;
    }
    copiedInFlight -= head.copied();
    current = await(head.chunk());
    index = 0;
    return arrived();
  }

  /**
   * On arriving at a line: throws what decoding it threw unexpectedly (not a bad line's
   * {@link InvalidDataException}), where an inline reader would, after the lines before it; the
   * next call goes on with the line after it.
   */
  private boolean arrived() {
    Throwable unexpected = current.unexpected[index];
    if (unexpected instanceof Error) {
      throw (Error) unexpected;
    } else if (unexpected != null) {
      throw (RuntimeException) unexpected;
    }
    return true;
  }

  @Override
  public T value() {
    return current.values.get(index);
  }

  @Override
  public InvalidDataException error() {
    return current.errors[index];
  }

  @Override
  public void close() {
    closed = true;
    workers.shutdownNow(); // a worker finishes the chunk it is decoding, and stops
    inFlight.clear();
    copiedInFlight = 0;
    pending = false;
    current = null;
    lines.close();
  }

  /**
   * @return the most bytes the chunks in flight have copied lines into at once, so far: at most
   *     the read-ahead
   */
  long mostCopiedInFlight() {
    return mostCopiedInFlight;
  }

  /**
   * Reads chunks and hands them to the workers until enough are in flight, the next would copy
   * more lines than allowed, or the input ends. A line longer than allowed is decoded here once
   * nothing is in flight, and is then all that is.
   */
  private void readAhead() {
    while (inFlight.size() < maxInFlight && failure == null) {
      if (!pending && !advance()) {
        if (failure == null) {
          workers.shutdown(); // the end of the input: the workers finish what is in flight
        }
        return;
      }
      int length = copyLength();
      if (length > readAheadBytes) {
        if (inFlight.isEmpty()) { // decoded where it lies: it is never copied
          Chunk<T> chunk = new Chunk<>(lines.number(), lines.buffer(), lines.start(), 0);
          chunk.add(lines, length);
          pending = false;
          inFlight.add(new InFlight<>(CompletableFuture.completedFuture(chunk.decode(decoder)),
              0));
        }
        return; // nothing is read past it until it is delivered
      }
      int capacity = Math.max(chunkBytes, length);
      if (!inFlight.isEmpty() && copiedInFlight + capacity > readAheadBytes) {
        return;
      }
      Chunk<T> chunk = new Chunk<>(lines.number(), new byte[capacity], 0, capacity);
      do {
        chunk.add(lines, length);
        pending = false;
      } while (chunk.size < CHUNK_LINES && advance() && chunk.fits(length = copyLength()));
      copiedInFlight += capacity;
      mostCopiedInFlight = Math.max(mostCopiedInFlight, copiedInFlight);
      inFlight.add(new InFlight<>(workers.submit(() -> chunk.decode(decoder)), capacity));
    }
  }

  /**
   * Moves to the next line, which is then pending: not yet taken into a chunk.
   *
   * @return whether there is one: false at the end of the input, or if reading it failed
   */
  private boolean advance() {
    try {
      pending = lines.next();
    } catch (RuntimeException e) {
      failure = e; // thrown once the lines read before it have been delivered
      pending = false;
    }
    return pending;
  }

  /** @return how many bytes of the current line a chunk copies: none if it is too long */
  private int copyLength() {
    return lines.tooLong() ? 0 : lines.end() - lines.start();
  }

  private static <T> Chunk<T> await(Future<Chunk<T>> chunk) {
    try {
      return chunk.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw (RuntimeException) e.getCause(); // decoding throws nothing checked
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(
          new InterruptedIOException("interrupted while waiting for lines to be decoded"));
    }
  }

  private static Thread newThread(Runnable work) {
    Thread thread = new Thread(work, "sitrep-lines-" + THREAD_NUMBERS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }

  /** A chunk handed to the workers, and how many bytes it copied the lines into. */
  private record InFlight<T>(Future<Chunk<T>> chunk, int copied) {}

  /**
   * Consecutive lines copied out of the input, or one line where it lies in the input, then
   * decoded by a worker, or by the calling thread if it lies in the input.
   */
  private static final class Chunk<T> {
    private final long firstNumber;
    private final int capacity; // how many bytes it may copy; 0 if its one line lies in the input
    private byte[] bytes; // null once decoded
    private final int start; // where the first line starts in bytes
    private int length; // where the last line ends in bytes
    private int[] ends = new int[64]; // where each line ends in bytes; the next starts there
    private final BitSet tooLong = new BitSet();
    private int size;
    private List<T> values;
    private InvalidDataException[] errors;
    private Throwable[] unexpected;

    /**
     * @param firstNumber the first line's number
     * @param bytes what the lines are, or are to be copied, in
     * @param start where the first line starts in {@code bytes}
     * @param capacity how many bytes of lines may be copied into {@code bytes}: 0 if the one line
     *     already lies there
     */
    Chunk(long firstNumber, byte[] bytes, int start, int capacity) {
      this.firstNumber = firstNumber;
      this.bytes = bytes;
      this.start = start;
      this.length = start;
      this.capacity = capacity;
    }

    /** @return whether a line of {@code lineLength} bytes to copy fits after the lines copied */
    boolean fits(int lineLength) {
      return length + lineLength <= capacity;
    }

    /**
     * Copies in the line {@code lines} is at, or notes that it is too long to copy; if the chunk
     * copies nothing, only notes where the line ends.
     *
     * @param lineLength how many bytes of the line to copy: none if it is too long
     */
    void add(Lines lines, int lineLength) {
      if (lines.tooLong()) {
        tooLong.set(size);
      } else if (capacity > 0) {
        System.arraycopy(lines.buffer(), lines.start(), bytes, length, lineLength);
      }
      length += lineLength;
      if (size == ends.length) {
        ends = Arrays.copyOf(ends, 2 * size);
      }
      ends[size++] = length;
    }

    /** Decodes every line, and drops the bytes they lay in; @return this chunk */
    Chunk<T> decode(LineDecoder<T> decoder) {
      values = new ArrayList<>(size);
      errors = new InvalidDataException[size];
      unexpected = new Throwable[size];
      int from = start;
      for (int i = 0; i < size; i++) {
        T value = null;
        try {
          value = decoder.decode(bytes, from, ends[i], firstNumber + i, tooLong.get(i));
        } catch (InvalidDataException e) {
          errors[i] = e;
        } catch (RuntimeException | Error e) {
          unexpected[i] = e; // thrown to the reader when it reaches the line
        }
        values.add(value);
        from = ends[i];
      }
      bytes = null; // only the values are held while the chunk waits and is delivered
      ends = null;
      return this;
    }
  }
}
