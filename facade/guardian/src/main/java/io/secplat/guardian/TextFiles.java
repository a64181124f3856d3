package io.secplat.guardian;

import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.TextFilesApi;
import io.secplat.guardian.generated.model.TextFile;

/**
 * Text files captured by scans.
 *
 * <pre>{@code
 * String content = guardian.textFiles().get(20).getData();
 * }</pre>
 */
public final class TextFiles {
  private final TextFilesApi api;

  TextFiles(TextFilesApi api) {
    this.api = api;
  }

  /**
   * One text file ({@code GET /api/v2/text_files/{id}.json}), e.g. {@code textFiles().get(20)}.
   *
   * @param textFileId the file's id
   * @return the file with its content
   */
  @Operation("getTextFile")
  public TextFile get(long textFileId) {
    return api.getTextFile(Ids.id("textFileId", textFileId));
  }
}
