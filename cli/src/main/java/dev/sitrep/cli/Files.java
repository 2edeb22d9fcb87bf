package dev.sitrep.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
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

  /** @return the output; standard output is flushed, never closed */
  static OutputStream out(String name, OutputStream stdout) throws IOException {
    OutputStream raw = name.equals("-") ? new FilterOutputStream(stdout) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    } : java.nio.file.Files.newOutputStream(Path.of(name));
    OutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
        ? new GZIPOutputStream(buffered, 1 << 16) : buffered;
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
