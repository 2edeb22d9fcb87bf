package dev.sitrep.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Files as the commands open them: {@code -} is standard input or output, a name ending in
 * {@code .gz} is gzip, read or written as such.
 */
final class Files {
  private Files() {}

  /** @return the input, counting the bytes read from the file (before gunzip) in {@code read} */
  static InputStream in(String name, InputStream stdin, long[] read) throws IOException {
    InputStream raw = name.equals("-") ? stdin : java.nio.file.Files.newInputStream(Path.of(name));
    InputStream counted = new FilterInputStream(new BufferedInputStream(raw, 1 << 16)) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          read[0]++;
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          read[0] += n;
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        if (!name.equals("-")) {
          super.close();
        }
      }
    };
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
        ? new GZIPInputStream(counted, 1 << 16) : counted;
  }

  /**
   * A file being written: to a temporary file beside it, with its permissions, which
   * {@link #commit()} moves into its place once all is written, and {@link #close()} otherwise
   * deletes (so does the JVM's exit, if the run is stopped), so that a failed command leaves the
   * file as it was; through a symbolic link, the file it links to; or standard output, flushed
   * and never closed; or a device or a pipe, written as it is.
   */
  static final class Output implements AutoCloseable {
    private final Path target; // null for standard output
    private final Path partial;
    private final OutputStream stream;
    private boolean committed;

    private Output(Path target, Path partial, OutputStream stream) {
      this.target = target;
      this.partial = partial;
      this.stream = stream;
    }

    /** @return where to write; a name ending in {@code .gz} is written as gzip */
    OutputStream stream() {
      return stream;
    }

    /** Closes the stream and puts the file written in its place. */
    void commit() throws IOException {
      stream.close();
      if (target != null) {
        try {
          java.nio.file.Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          java.nio.file.Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      committed = true;
    }

    /** Unless committed, closes the stream and deletes what was written. */
    @Override
    public void close() throws IOException {
      if (!committed) {
        try {
          stream.close();
        } finally {
          if (partial != null) {
            java.nio.file.Files.deleteIfExists(partial);
          }
        }
      }
    }
  }

  /** @return the output {@code name}: standard output for {@code -}, else a file */
  static Output out(String name, OutputStream stdout) throws IOException {
    Path target = null;
    Path partial = null;
    OutputStream raw;
    if (name.equals("-")) {
      raw = new FilterOutputStream(stdout) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
    } else if (java.nio.file.Files.exists(Path.of(name))
        && !java.nio.file.Files.isRegularFile(Path.of(name))) { // a device or a pipe: as it is
      raw = java.nio.file.Files.newOutputStream(Path.of(name));
    } else {
      target = Path.of(name).toAbsolutePath();
      if (java.nio.file.Files.exists(target)) { // a link: its file is written, the link kept
        target = target.toRealPath();
      }
      partial = target.resolveSibling(".sitrep-" + Long.toHexString(RANDOM.nextLong())
          + ".partial"); // short: OUT's own name may be as long as a name can be
      raw = java.nio.file.Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE); // made as any new file is, with the user's umask
      partial.toFile().deleteOnExit(); // if the run is stopped (Ctrl-C) before the move
      if (java.nio.file.Files.exists(target)) {
        keepPermissions(target, partial);
      }
    }
    OutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
    return new Output(target, partial, name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
        ? new GZIPOutputStream(buffered, 1 << 16) : buffered);
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** Gives {@code partial} the POSIX permissions of the file it is to replace, where there are. */
  private static void keepPermissions(Path target, Path partial) throws IOException {
    PosixFileAttributeView from = java.nio.file.Files.getFileAttributeView(target,
        PosixFileAttributeView.class);
    if (from != null) {
      java.nio.file.Files.setPosixFilePermissions(partial, from.readAttributes().permissions());
    }
  }

  /**
   * @return whether {@code in} and {@code out} name the same file, which writing would destroy
   *     before it is read
   */
  static boolean same(String in, String out) {
    if (in.equals("-") || out.equals("-")) {
      return false;
    }
    try {
      return java.nio.file.Files.isSameFile(Path.of(in), Path.of(out));
    } catch (IOException e) { // one of them does not exist
      return false;
    }
  }

  /**
   * @param failure an {@link IOException}, or an {@link UncheckedIOException} around one
   * @return why reading or writing failed, in words: {@code no such file or directory},
   *     {@code permission denied}, or the failure's own message
   */
  static String why(Exception failure) {
    Throwable e = failure instanceof UncheckedIOException u ? u.getCause() : failure;
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    } else if (e instanceof EOFException) {
      return "the input ends too soon" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** @return the size of the file in bytes, or -1 for standard input */
  static long size(String name) {
    try {
      return name.equals("-") ? -1 : java.nio.file.Files.size(Path.of(name));
    } catch (IOException e) {
      return -1;
    }
  }
}
