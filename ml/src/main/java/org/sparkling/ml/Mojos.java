package org.sparkling.ml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import hex.genmodel.ModelMojoReader;
import hex.genmodel.MojoModel;
import hex.genmodel.MojoReaderBackendFactory;

/** Loads MOJOs from their bytes, once per JVM: every task of an executor scores with the same loaded model. */
final class Mojos {
  private static final Map<String, MojoModel> LOADED = new ConcurrentHashMap<>();
  private static final Map<String, CategoricalLevels> LEVELS = new ConcurrentHashMap<>();

  private static final String MODEL_DETAILS = "experimental/modelDetails.json";

  private Mojos() {}

  /** A name for the MOJO's content, the same in every JVM. */
  static String fingerprint(byte[] mojo) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(mojo));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static MojoModel get(String fingerprint, byte[] mojo) {
    return LOADED.computeIfAbsent(fingerprint, ignored -> load(mojo));
  }

  /** The level indices of the MOJO's categorical columns, built once per JVM like the model itself. */
  static CategoricalLevels levels(String fingerprint, byte[] mojo) {
    return LEVELS.computeIfAbsent(fingerprint, ignored -> CategoricalLevels.of(get(fingerprint, mojo)));
  }

  /** The model details H2O 3.26+ writes into a MOJO ({@code experimental/modelDetails.json}); none for older MOJOs. */
  static ModelDetails details(byte[] mojo) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(mojo))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(MODEL_DETAILS)) {
          return ModelDetails.fromModelJson(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      return ModelDetails.NONE;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the MOJO zip: " + e.getMessage(), e);
    }
  }

  static MojoModel load(byte[] mojo) {
    try {
      return ModelMojoReader.readFrom(
          MojoReaderBackendFactory.createReaderBackend(
              new ByteArrayInputStream(mojo), MojoReaderBackendFactory.CachingStrategy.MEMORY));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the MOJO: " + e.getMessage() + "; is it a MOJO zip exported by H2O?", e);
    }
  }
}
