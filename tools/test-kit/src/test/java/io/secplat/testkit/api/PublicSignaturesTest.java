package io.secplat.testkit.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.britive.BritiveClient;
import io.secplat.core.VendorClient;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.VezaClient;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public or protected signature of secplat-core or of a façade names a Feign or resilience4j
 * type: they are implementation details of the pipeline and may change. Scans every class of the
 * built artifacts (the jars, or the classes folders inside the reactor) by reflection: public
 * constructors, methods, fields, supertypes, with their generic arguments and bounds.
 */
class PublicSignaturesTest {
  static final List<String> FORBIDDEN = List.of("feign.", "io.github.resilience4j.");

  @Test
  void noPublicSignatureOfCoreOrAFacadeNamesFeignOrResilience4j() throws Exception {
    TreeSet<String> offences = new TreeSet<>();
    int classes = 0;
    for (Class<?> anchor : List.of(VendorClient.class, BritiveClient.class, VezaClient.class, GuardianClient.class,
        JupiterOneClient.class)) {
      for (String name : classNames(anchor)) {
        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
        if (!isVisible(type)) {
          continue;
        }
        classes++;
        check(type.getName() + " extends", type.getGenericSuperclass(), offences);
        for (Type implemented : type.getGenericInterfaces()) {
          check(type.getName() + " implements", implemented, offences);
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
          if (isVisible(constructor.getModifiers())) {
            for (Type parameter : constructor.getGenericParameterTypes()) {
              check(constructor.toGenericString(), parameter, offences);
            }
          }
        }
        for (Method method : type.getDeclaredMethods()) {
          if (isVisible(method.getModifiers()) && !method.isSynthetic()) {
            check(method.toGenericString(), method.getGenericReturnType(), offences);
            for (Type parameter : method.getGenericParameterTypes()) {
              check(method.toGenericString(), parameter, offences);
            }
            for (Type thrown : method.getGenericExceptionTypes()) {
              check(method.toGenericString(), thrown, offences);
            }
          }
        }
        for (Field field : type.getDeclaredFields()) {
          if (isVisible(field.getModifiers())) {
            check(field.toGenericString(), field.getGenericType(), offences);
          }
        }
      }
    }
    assertThat(classes).as("public classes scanned").isGreaterThan(100);
    assertThat(offences).isEmpty();
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(String where, Type type, TreeSet<String> offences) {
    check(where, type, offences, new java.util.HashSet<>());
  }

  private static void check(String where, Type type, TreeSet<String> offences, java.util.Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      Class<?> element = c;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      for (String prefix : FORBIDDEN) {
        if (element.getName().startsWith(prefix)) {
          offences.add(where + " names " + element.getName());
        }
      }
    } else if (type instanceof ParameterizedType p) {
      check(where, p.getRawType(), offences, seen);
      for (Type argument : p.getActualTypeArguments()) {
        check(where, argument, offences, seen);
      }
    } else if (type instanceof WildcardType w) {
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(t -> check(where, t, offences, seen));
    } else if (type instanceof GenericArrayType a) {
      check(where, a.getGenericComponentType(), offences, seen);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        check(where, bound, offences, seen);
      }
    }
  }

  /** Every class in the artifact the anchor was loaded from: a jar, or a classes folder. */
  private static List<String> classNames(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("package-info.class"))
            .forEach(f -> names.add(location.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "")));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName())
            .filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class") && !n.endsWith("module-info.class"))
            .forEach(n -> names.add(n.replace('/', '.').replaceAll("\\.class$", "")));
      }
    }
    assertThat(names).as("classes of " + location).isNotEmpty();
    return names;
  }
}
