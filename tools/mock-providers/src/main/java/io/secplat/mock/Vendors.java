package io.secplat.mock;

import io.secplat.mock.britive.BritiveMock;
import io.secplat.mock.guardian.GuardianMock;
import io.secplat.mock.jupiterone.JupiterOneMock;
import io.secplat.mock.veza.VezaMock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Every vendor mock of the suite, by name. */
public final class Vendors {
  private static final Map<String, Supplier<VendorMock>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("britive", BritiveMock::new);
    ALL.put("veza", VezaMock::new);
    ALL.put("guardian", GuardianMock::new);
    ALL.put("jupiterone", JupiterOneMock::new);
  }

  private Vendors() {}

  /** @return the names of every vendor mock */
  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  /** @return a fresh mock of every vendor */
  public static VendorMock[] all() {
    return named(names());
  }

  /**
   * @param names vendor names, for example {@code britive}
   * @return a fresh mock of each
   * @throws IllegalArgumentException naming an unknown vendor
   */
  public static VendorMock[] named(List<String> names) {
    List<VendorMock> mocks = new ArrayList<>();
    for (String name : names) {
      Supplier<VendorMock> mock = ALL.get(name.trim().toLowerCase(java.util.Locale.ROOT));
      if (mock == null) {
        throw new IllegalArgumentException("unknown vendor '" + name + "'; known: " + String.join(", ", ALL.keySet()));
      }
      mocks.add(mock.get());
    }
    return mocks.toArray(VendorMock[]::new);
  }
}
