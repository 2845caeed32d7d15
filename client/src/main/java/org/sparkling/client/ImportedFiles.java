package org.sparkling.client;

import java.util.List;

/**
 * What {@code GET /3/ImportFiles} found at a path: every file becomes a raw (unparsed) frame that {@link H2OClient#parseSetup}
 * and {@link H2OClient#parse} read.
 *
 * @param files the files imported, as H2O names them (e.g. {@code /data/part-00000.csv})
 * @param destinationFrames the keys of the raw frames, one per file (e.g. {@code nfs://data/part-00000.csv})
 * @param fails the files H2O could not import
 * @param dels the keys of raw frames that the import replaced
 */
public record ImportedFiles(List<String> files, List<String> destinationFrames, List<String> fails, List<String> dels) {

  public ImportedFiles {
    files = copy(files);
    destinationFrames = copy(destinationFrames);
    fails = copy(fails);
    dels = copy(dels);
  }

  private static List<String> copy(List<String> keys) {
    return keys == null ? List.of() : List.copyOf(keys);
  }
}
