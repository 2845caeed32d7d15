package org.sparkling.ml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes a chart as a PNG image, without a display: plots are made on drivers and servers that have none. */
final class PngFile {
  private PngFile() {}

  static void write(Chart<?, ?> chart, Path png) {
    Objects.requireNonNull(png, "png == null");
    // Java2D needs no display in headless mode; set it before AWT initialises, unless the user chose otherwise.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Path folder = png.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UncheckedIOException(
          new IOException("Cannot write the plot to " + png + ": the folder " + folder + " does not exist; create it first"));
    }
    byte[] bytes;
    try {
      bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode the plot for " + png + " as PNG: " + e.getMessage(), e);
    }
    try {
      Files.write(png, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the plot to " + png + ": " + e + "; choose a path in a folder you can write to", e);
    }
  }
}
