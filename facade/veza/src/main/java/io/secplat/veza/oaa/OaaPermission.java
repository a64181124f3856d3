package io.secplat.veza.oaa;

/**
 * The canonical permissions Veza maps every custom permission to (oaaclient's {@code OAAPermission}).
 */
public enum OaaPermission {
  /** Reads data. */
  DATA_READ("DataRead"),
  /** Changes data. */
  DATA_WRITE("DataWrite"),
  /** Creates data. */
  DATA_CREATE("DataCreate"),
  /** Deletes data. */
  DATA_DELETE("DataDelete"),
  /** Reads metadata. */
  METADATA_READ("MetadataRead"),
  /** Changes metadata. */
  METADATA_WRITE("MetadataWrite"),
  /** Creates metadata. */
  METADATA_CREATE("MetadataCreate"),
  /** Deletes metadata. */
  METADATA_DELETE("MetadataDelete"),
  /** Grants no data access. */
  NON_DATA("NonData"),
  /** Not categorised. */
  UNCATEGORIZED("Uncategorized");

  private final String wire;

  OaaPermission(String wire) {
    this.wire = wire;
  }

  /** @return the name Veza expects in {@code permission_type} */
  public String wireName() {
    return wire;
  }
}
