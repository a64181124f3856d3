package io.secplat.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The README's Spring Boot examples ({@code <!-- snippet: spring-... -->} Java blocks, each a test
 * class) compiled with this module's test classpath (Spring Boot 3.5, the starter, the test kit)
 * and run with the JUnit launcher: every test of each must pass.
 */
class ReadmeSpringSnippetsTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (spring-[a-z0-9-]+) -->\\s*\\n```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("(?m)^class (\\w+)");

  @Test
  void everySpringSnippetOfTheReadmeCompilesAndItsTestsPass() throws Exception {
    String readme = Files.readString(readme());
    Matcher snippet = SNIPPET.matcher(readme);
    List<String> ran = new ArrayList<>();
    while (snippet.find()) {
      String code = snippet.group(2);
      Matcher declaration = CLASS.matcher(code);
      assertThat(declaration.find()).as("snippet " + snippet.group(1) + " declares a test class").isTrue();
      String className = declaration.group(1);
      Path dir = Files.createTempDirectory("readme-spring");
      Files.writeString(dir.resolve(className + ".java"), code);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      int status = javac.run(null, null, null, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
          "-parameters", dir.resolve(className + ".java").toString());
      assertThat(status).as("javac of README snippet " + snippet.group(1)).isZero();
      try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
        Thread.currentThread().setContextClassLoader(loader);
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(loader.loadClass(className))).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.getFailures().forEach(failure -> failure.getException().printStackTrace());
        assertThat(summary.getTestsFailedCount()).as("failed tests of README snippet " + snippet.group(1)).isZero();
        assertThat(summary.getTestsSucceededCount()).as("passed tests of README snippet " + snippet.group(1)).isPositive();
      } finally {
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
      }
      ran.add(snippet.group(1));
    }
    assertThat(ran).contains("spring-test");
  }

  private static Path readme() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("specs")))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository root above " + new File("").getAbsolutePath()).isNotNull();
    return dir.resolve("README.md");
  }
}
