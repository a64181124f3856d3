package io.secplat.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.secplat.mock.MockProviders;
import io.secplat.mock.Vendors;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every code snippet of the README is compiled and run here, against the mock providers on
 * 127.0.0.1.
 *
 * <p>A snippet is a fenced block preceded by {@code <!-- snippet: name -->}. A Java snippet is
 * either a method body (leading {@code import} lines allowed) or, when it declares a class, a
 * JUnit test class that is run with the JUnit launcher and must pass every test. Method bodies
 * read their tenant and credentials with {@code System.getenv("BRITIVE_BASE_URL")} and the like,
 * as a service would: the wrapper class declares a nested {@code System} whose {@code getenv}
 * answers from {@link #ENVIRONMENT} (the mock providers' URL, test credentials) and whose
 * {@code out} and {@code err} are captured. An XML snippet must name only modules of the reactor,
 * under groupId io.secplat, at the suite's version.
 *
 * <p>The test fails when a snippet does not compile, throws, prints nothing, prints a
 * credential, or when the README has an unmarked Java block.
 */
public class ReadmeSnippetsTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->\\s*\\n```(java|xml)\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern ANY_JAVA_BLOCK = Pattern.compile("```java\\n");
  private static final Pattern CLASS_DECLARATION = Pattern.compile("(?m)^(public |final )*class (\\w+)");
  private static final List<String> DEFAULT_IMPORTS = List.of(
      "java.io.*", "java.nio.file.*", "java.time.*", "java.util.*", "java.util.stream.*",
      "io.secplat.core.*", "io.secplat.core.error.*");
  /** A snippet that uses a vendor's client gets that vendor's package imported, as the README says. */
  private static final Map<String, String> VENDOR_PACKAGES = Map.of(
      "BritiveClient", "io.secplat.britive.*", "VezaClient", "io.secplat.veza.*",
      "GuardianClient", "io.secplat.guardian.*", "JupiterOneClient", "io.secplat.jupiterone.*");

  /** What the snippets' {@code System.getenv} answers; filled once the mocks run. */
  public static final Map<String, String> ENVIRONMENT = new java.util.concurrent.ConcurrentHashMap<>();
  /** Where the snippets' {@code System.out} and {@code System.err} write. */
  public static final ByteArrayOutputStream OUTPUT = new ByteArrayOutputStream();
  /** The snippets' {@code System.out} and {@code System.err}. */
  public static final PrintStream CAPTURED = new PrintStream(OUTPUT, true, StandardCharsets.UTF_8);

  private static final Map<String, String> CREDENTIALS = Map.of(
      "BRITIVE_TOKEN", "readme-britive-token",
      "VEZA_API_KEY", "readme-veza-key",
      "GUARDIAN_API_KEY", "readme-guardian-api-key",
      "GUARDIAN_SECRET_KEY", "readme-guardian-secret-key",
      "JUPITERONE_API_KEY", "readme-j1-key");

  static MockProviders mocks;

  @BeforeAll
  static void startMocks() {
    mocks = MockProviders.start(0, Vendors.all());
    ENVIRONMENT.putAll(CREDENTIALS);
    for (String vendor : List.of("BRITIVE", "VEZA", "GUARDIAN", "JUPITERONE")) {
      ENVIRONMENT.put(vendor + "_BASE_URL", mocks.baseUrl());
    }
    ENVIRONMENT.put("JUPITERONE_ACCOUNT", "readme-account");
  }

  @AfterAll
  static void stopMocks() {
    mocks.close();
  }

  /** Called by the nested System of each wrapped snippet. */
  public static String getenv(String name) {
    String value = ENVIRONMENT.get(name);
    if (value == null) {
      throw new IllegalStateException("a README snippet reads " + name + ", which the harness does not provide");
    }
    return value;
  }

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesAndRuns() throws IOException {
    // spring-* snippets need Spring Boot and the starter: ReadmeSpringSnippetsTest (facade/spring-boot-starter) runs them
    return snippets("java").stream().filter(s -> !s.name().startsWith("spring-")).map(s -> DynamicTest.dynamicTest(s.name(), () -> {
      mocks.resetState();
      OUTPUT.reset();
      if (CLASS_DECLARATION.matcher(s.code()).find()) {
        runTestClass(s);
      } else {
        runBody(s);
      }
      String printed = OUTPUT.toString(StandardCharsets.UTF_8);
      List<String> lines = printed.lines().collect(Collectors.toList());
      java.lang.System.out.println("README snippet " + s.name() + " printed " + lines.size() + " lines, from:\n  "
          + lines.stream().limit(8).collect(Collectors.joining("\n  ")));
      if (!CLASS_DECLARATION.matcher(s.code()).find()) {
        assertThat(printed).as("output of snippet " + s.name()).isNotBlank();
      }
      CREDENTIALS.values().forEach(secret -> assertThat(printed).doesNotContain(secret));
    }));
  }

  @Test
  void theReadmeHasTheSnippetsThisTestRuns() throws IOException {
    String readme = readme();
    List<Snippet> java = snippets("java");
    Matcher blocks = ANY_JAVA_BLOCK.matcher(readme);
    int count = 0;
    while (blocks.find()) {
      count++;
    }
    assertThat(java).as("every ```java block of the README is marked <!-- snippet: name -->").hasSize(count);
    assertThat(java.stream().map(Snippet::name)).doesNotHaveDuplicates().contains(
        "britive", "veza", "guardian", "jupiterone", "configuration", "metrics", "test-kit");
  }

  @Test
  void everyMavenSnippetNamesModulesOfTheReactorAtItsVersion() throws IOException {
    Path root = readmePath().getParent();
    String version = version(Files.readString(root.resolve("pom.xml")));
    Set<String> modules = reactorArtifacts(root);
    List<Snippet> xml = snippets("xml");
    assertThat(xml).isNotEmpty();
    for (Snippet s : xml) {
      Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(s.code());
      int found = 0;
      while (dependency.find()) {
        found++;
        String body = dependency.group(1);
        assertThat(tag(body, "groupId")).as(s.name()).isEqualTo("io.secplat");
        assertThat(modules).as(s.name()).contains(tag(body, "artifactId"));
        assertThat(tag(body, "version")).as(s.name()).isEqualTo(version);
      }
      assertThat(found).as("dependencies in snippet " + s.name()).isPositive();
    }
  }

  private void runBody(Snippet s) throws Exception {
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : s.code().split("\n", -1)) {
      if (body.length() == 0 && (line.startsWith("import ") || line.isBlank())) {
        imports.add(line);
      } else {
        body.append("      ").append(line).append('\n');
      }
    }
    String className = "ReadmeSnippet_" + s.name().replace('-', '_');
    String source = defaultImports(s.code()) + String.join("\n", imports) + "\n"
        + "public final class " + className + " {\n"
        + "  public static void run() throws Exception {\n"
        + body
        + "  }\n\n"
        + "  /** Shadows java.lang.System for the snippet: the harness's environment and captured output. */\n"
        + "  static final class System {\n"
        + "    static final java.io.PrintStream out = io.secplat.testkit.ReadmeSnippetsTest.CAPTURED;\n"
        + "    static final java.io.PrintStream err = io.secplat.testkit.ReadmeSnippetsTest.CAPTURED;\n"
        + "    static String getenv(String name) {\n"
        + "      return io.secplat.testkit.ReadmeSnippetsTest.getenv(name);\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
    Class<?> type = compile(className, source);
    try {
      type.getMethod("run").invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError("README snippet " + s.name() + " threw " + e.getCause(), e.getCause());
    }
  }

  private void runTestClass(Snippet s) throws Exception {
    Matcher declaration = CLASS_DECLARATION.matcher(s.code());
    assertThat(declaration.find()).isTrue();
    String className = declaration.group(2);
    String source = defaultImports(s.code()) + s.code() + "\n";
    // Imports must come first: move the snippet's own to the top.
    List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
    List<String> importLines = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
    lines.removeAll(importLines);
    Class<?> type = compile(className, String.join("\n", importLines) + "\n" + String.join("\n", lines));
    long tests = Stream.of(type.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(org.junit.jupiter.api.Test.class)).count();

    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    StringWriter failures = new StringWriter();
    summary.printFailuresTo(new java.io.PrintWriter(failures), 20);
    assertThat(summary.getTotalFailureCount()).as("failures of README snippet " + s.name() + ":\n" + failures).isZero();
    assertThat(tests).isPositive();
    assertThat(summary.getTestsSucceededCount()).as("tests of README snippet " + s.name()).isEqualTo(tests);
    CAPTURED.println(s.name() + ": " + summary.getTestsSucceededCount() + " tests passed");
  }

  private static String defaultImports(String code) {
    List<String> imports = new ArrayList<>(DEFAULT_IMPORTS);
    VENDOR_PACKAGES.forEach((client, pkg) -> {
      if (code.contains(client)) {
        imports.add(pkg);
      }
    });
    return imports.stream().map(i -> "import " + i + ";").collect(Collectors.joining("\n")) + "\n";
  }

  private static Class<?> compile(String className, String source) throws IOException, ClassNotFoundException {
    Path dir = Files.createDirectories(Path.of("target", "readme-snippets", className));
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, "-proc:none", "-classpath",
        java.lang.System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());
    assertThat(status).as("javac on README snippet " + className + ":\n" + diagnostics.toString(StandardCharsets.UTF_8)
        + "\nsource:\n" + numbered(source)).isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeSnippetsTest.class.getClassLoader());
    return loader.loadClass(className);
  }

  private static String numbered(String source) {
    String[] lines = source.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      out.append(String.format("%3d  %s%n", i + 1, lines[i]));
    }
    return out.toString();
  }

  record Snippet(String name, String language, String code) {}

  static List<Snippet> snippets(String language) throws IOException {
    List<Snippet> found = new ArrayList<>();
    Matcher m = SNIPPET.matcher(readme());
    while (m.find()) {
      if (m.group(2).equals(language)) {
        found.add(new Snippet(m.group(1), m.group(2), m.group(3)));
      }
    }
    return found;
  }

  static Path readmePath() {
    Path specs = Path.of(java.lang.System.getProperty("specs.dir", "../../specs"));
    return specs.toAbsolutePath().normalize().getParent().resolve("README.md");
  }

  static String readme() throws IOException {
    return Files.readString(readmePath());
  }

  private static Set<String> reactorArtifacts(Path root) throws IOException {
    Set<String> artifacts = new TreeSet<>();
    try (Stream<Path> poms = Files.walk(root, 3)) {
      for (Path pom : (Iterable<Path>) poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .filter(p -> !p.toString().contains(File.separator + "target" + File.separator))::iterator) {
        String text = Files.readString(pom).replaceAll("(?s)<!--.*?-->", "");
        String head = text.contains("</parent>") ? text.substring(text.indexOf("</parent>")) : text;
        artifacts.add(tag(head, "artifactId"));
      }
    }
    return artifacts;
  }

  private static String version(String pom) {
    String text = pom.replaceAll("(?s)<!--.*?-->", "");
    return tag(text.contains("</parent>") ? text.substring(text.indexOf("</parent>")) : text, "version");
  }

  private static String tag(String xml, String tag) {
    Matcher m = Pattern.compile("<" + tag + ">\\s*([^<]+?)\\s*</" + tag + ">").matcher(xml);
    return m.find() ? m.group(1) : null;
  }
}
