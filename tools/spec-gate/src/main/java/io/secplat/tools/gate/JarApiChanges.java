package io.secplat.tools.gate;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiModifier;
import japicmp.model.JApiParameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares the public API of two builds of one JAR with japicmp: a removed class, method or field
 * and any binary- or source-incompatible change are major; new classes and members are minor.
 * One change per class, naming the members that changed.
 *
 * <p>Classes the JARs reference but do not contain (Feign, Jackson) are not on the comparison's
 * class path: japicmp is told to ignore them, so only the JARs' own types are compared.
 *
 * <pre>{@code
 * List<Change> changes = JarApiChanges.between("britive-generated-client", oldJar, newJar);
 * }</pre>
 */
public final class JarApiChanges {
  private static final int MEMBERS_SHOWN = 6;

  private JarApiChanges() {}

  /**
   * @param artifactId the artifact, recorded in every change
   * @param oldJar the JAR built from the base ref
   * @param newJar the JAR built now
   * @return one change per class whose public or protected API changed
   */
  public static List<Change> between(String artifactId, Path oldJar, Path newJar) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(AccessModifier.PROTECTED);
    options.setIncludeSynthetic(false);
    options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
    List<JApiClass> classes = new JarArchiveComparator(options)
        .compare(new JApiCmpArchive(oldJar.toFile(), "base"), new JApiCmpArchive(newJar.toFile(), "head"));
    ChangeCollector out = new ChangeCollector(artifactId);
    for (JApiClass type : classes) {
      if (visible(type.getAccessModifier())) {
        classChange(type, out);
      }
    }
    return out.toList();
  }

  private static void classChange(JApiClass type, ChangeCollector out) {
    String name = "`" + type.getFullyQualifiedName() + "`";
    switch (type.getChangeStatus()) {
      case NEW -> out.add(ChangeLevel.MINOR, "new class " + name);
      case REMOVED -> out.add(ChangeLevel.MAJOR, "class " + name + " removed");
      default -> {
        List<String> items = new ArrayList<>();
        ChangeLevel level = ChangeLevel.NONE;
        for (JApiCompatibilityChange c : type.getCompatibilityChanges()) {
          level = level.atLeast(level(c));
          items.add(c.getType().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        for (JApiBehavior b : behaviours(type)) {
          if (visible(b.getAccessModifier())) {
            level = level.atLeast(member(b.getChangeStatus(), b, signature(b), items));
          }
        }
        for (JApiField f : type.getFields()) {
          if (visible(f.getAccessModifier())) {
            level = level.atLeast(member(f.getChangeStatus(), f, "field `" + f.getName() + "`", items));
          }
        }
        if (level != ChangeLevel.NONE) {
          out.add(level, name + ": " + summary(items));
        }
      }
    }
  }

  /** Public or protected before or after: what another package can use. */
  private static boolean visible(JApiModifier<AccessModifier> access) {
    return isApi(access.getOldModifier()) || isApi(access.getNewModifier());
  }

  private static boolean isApi(Optional<AccessModifier> modifier) {
    return modifier.filter(m -> m == AccessModifier.PUBLIC || m == AccessModifier.PROTECTED).isPresent();
  }

  private static List<JApiBehavior> behaviours(JApiClass type) {
    List<JApiBehavior> all = new ArrayList<>(type.getConstructors());
    all.addAll(type.getMethods());
    return all;
  }

  private static ChangeLevel member(JApiChangeStatus status, JApiCompatibility member, String what, List<String> items) {
    switch (status) {
      case NEW -> {
        items.add("new " + what);
        return ChangeLevel.MINOR;
      }
      case REMOVED -> {
        items.add(what + " removed");
        return ChangeLevel.MAJOR;
      }
      case MODIFIED -> {
        ChangeLevel level = member.isBinaryCompatible() && member.isSourceCompatible() ? ChangeLevel.PATCH : ChangeLevel.MAJOR;
        for (JApiCompatibilityChange c : member.getCompatibilityChanges()) {
          level = level.atLeast(level(c));
        }
        items.add(what + " changed");
        return level;
      }
      default -> {
        return ChangeLevel.NONE;
      }
    }
  }

  private static ChangeLevel level(JApiCompatibilityChange change) {
    if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
      return ChangeLevel.MAJOR;
    }
    return switch (change.getSemanticVersionLevel()) {
      case MAJOR -> ChangeLevel.MAJOR;
      case MINOR -> ChangeLevel.MINOR;
      case PATCH -> ChangeLevel.PATCH;
    };
  }

  private static String signature(JApiBehavior behaviour) {
    String params = behaviour.getParameters().stream().map(JApiParameter::getType)
        .map(t -> t.substring(t.lastIndexOf('.') + 1)).collect(Collectors.joining(", "));
    String kind = behaviour instanceof JApiConstructor ? "constructor" : "method";
    return kind + " `" + behaviour.getName().substring(behaviour.getName().lastIndexOf('.') + 1) + "(" + params + ")`";
  }

  private static String summary(List<String> items) {
    if (items.size() <= MEMBERS_SHOWN) {
      return String.join("; ", items);
    }
    return String.join("; ", items.subList(0, MEMBERS_SHOWN)) + "; and " + (items.size() - MEMBERS_SHOWN) + " more";
  }
}
