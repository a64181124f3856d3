package io.secplat.guardian;

import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Run in its own JVM by {@link GuardianLargeReportTest} with a small heap: downloads one page of
 * the change report as CSV to a file, the way a user would, and prints the bytes written.
 */
public final class LargeReportDownload {
  private LargeReportDownload() {}

  /**
   * @param args the mock's base URL, the number of rows, the target file
   * @throws Exception when the download fails
   */
  public static void main(String[] args) throws Exception {
    try (GuardianClient guardian = GuardianClient.builder().baseUrl(args[0]).apiKey(Secret.of("big-report-key"))
        .secretKey(Secret.of("big-report-secret")).retryPolicy(RetryPolicy.none()).build();
        InputStream csv = guardian.changeReport().csv(ChangeReportOptions.defaults().withLimit(Integer.parseInt(args[1])))) {
      long bytes = Files.copy(csv, Path.of(args[2]), StandardCopyOption.REPLACE_EXISTING);
      System.out.println("bytes=" + bytes + " maxHeap=" + Runtime.getRuntime().maxMemory());
    }
  }
}
