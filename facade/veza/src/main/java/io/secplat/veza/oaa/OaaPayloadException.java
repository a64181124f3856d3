package io.secplat.veza.oaa;

/**
 * A payload Veza would refuse, found before it is sent: a duplicate id, a reference that does not
 * resolve, an undeclared permission, role or property, a value of the wrong type, or an element
 * declared too late. The message names the element.
 */
public final class OaaPayloadException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String element;

  /**
   * @param element the offending element, for example {@code local user u1}
   * @param problem what is wrong with it
   */
  public OaaPayloadException(String element, String problem) {
    super(element + ": " + problem);
    this.element = element;
  }

  /** @return the offending element, for example {@code local user u1} */
  public String element() {
    return element;
  }
}
