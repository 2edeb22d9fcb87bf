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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decodes lines on worker threads while the calling thread reads ahead. The calling thread splits
 * the input into chunks of whole lines, about 64 KiB each, and hands them to daemon threads named
 * {@code sitrep-lines-N}; it takes the decoded chunks back in input order. At most two chunks a
 * thread are in flight, and one is being delivered, so memory stays flat however long the input:
 * a chunk holds up to 4,096 lines and about 64 KiB of them, or one line as long as the document
 * limit allows, and then their decoded values. The threads stop at the end of the input and on
 * {@link #close()}, and when left idle for a second.
 *
 * <p>A failure of the input comes after the lines read before it, as it does when lines are
 * decoded inline; so does an unexpected exception in decoding a line, thrown to the caller when
 * it reaches that line.
 *
 * @param <T> the type of every line
 */
final class ParallelDecoding<T> implements DecodedLines<T> {
  private static final int CHUNK_BYTES = 1 << 16;
  private static final int CHUNK_LINES = 4096;
  private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();

  private final Lines lines;
  private final LineDecoder<T> decoder;
  private final ThreadPoolExecutor workers;
  private final int maxInFlight;
  private final Queue<Future<Chunk<T>>> inFlight = new ArrayDeque<>();
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
    this.lines = lines;
    this.decoder = decoder;
    this.workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), ParallelDecoding::newThread);
    this.workers.allowCoreThreadTimeOut(true);
    this.maxInFlight = 2 * threads;
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
    Future<Chunk<T>> head = inFlight.poll();
    if (head == null) {
      if (failure != null) {
        RuntimeException thrown = failure;
        failure = null; // the next call reads on, as an inline reader would
        throw thrown;
      }
      return false;
    }
    current = await(head);
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
    current = null;
    lines.close();
  }

  /** Reads chunks and hands them to the workers until enough are in flight or the input ends. */
  private void readAhead() {
    while (inFlight.size() < maxInFlight && failure == null) {
      Chunk<T> chunk = readChunk();
      if (chunk == null) {
        if (failure == null) {
          workers.shutdown(); // the end of the input: the workers finish what is in flight
        }
        return;
      }
      inFlight.add(workers.submit(() -> chunk.decode(decoder)));
    }
  }

  /** @return the next chunk of lines, or null if none could be read */
  private Chunk<T> readChunk() {
    Chunk<T> chunk = new Chunk<>(lines.number() + 1);
    try {
      while (chunk.length < CHUNK_BYTES && chunk.size < CHUNK_LINES && lines.next()) {
        chunk.add(lines);
      }
    } catch (RuntimeException e) {
      failure = e; // thrown once the lines read before it have been delivered
    }
    return chunk.size == 0 ? null : chunk;
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

  /** Consecutive lines copied out of the input, then decoded by a worker. */
  private static final class Chunk<T> {
    private final long firstNumber;
    private byte[] bytes = new byte[CHUNK_BYTES];
    private int length;
    private int[] ends = new int[64]; // where each line ends in bytes; the next starts there
    private final BitSet tooLong = new BitSet();
    private int size;
    private List<T> values;
    private InvalidDataException[] errors;
    private Throwable[] unexpected;

    Chunk(long firstNumber) {
      this.firstNumber = firstNumber;
    }

    /** Copies in the line {@code lines} is at, or notes that it is too long to copy. */
    void add(Lines lines) {
      int lineLength = 0;
      if (lines.tooLong()) {
        tooLong.set(size);
      } else {
        lineLength = lines.end() - lines.start();
        if (length + lineLength > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + lineLength));
        }
        System.arraycopy(lines.buffer(), lines.start(), bytes, length, lineLength);
      }
      length += lineLength;
      if (size == ends.length) {
        ends = Arrays.copyOf(ends, 2 * size);
      }
      ends[size++] = length;
    }

    /** Decodes every line; @return this chunk */
    Chunk<T> decode(LineDecoder<T> decoder) {
      values = new ArrayList<>(size);
      errors = new InvalidDataException[size];
      unexpected = new Throwable[size];
      int start = 0;
      for (int i = 0; i < size; i++) {
        T value = null;
        try {
          value = decoder.decode(bytes, start, ends[i], firstNumber + i, tooLong.get(i));
        } catch (InvalidDataException e) {
          errors[i] = e;
        } catch (RuntimeException | Error e) {
          unexpected[i] = e; // thrown to the reader when it reaches the line
        }
        values.add(value);
        start = ends[i];
      }
      return this;
    }
  }
}
