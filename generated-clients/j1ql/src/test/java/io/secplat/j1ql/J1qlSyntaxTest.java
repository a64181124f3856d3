package io.secplat.j1ql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.secplat.j1ql.grammar.J1qlParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The grammar against the reference's own shapes (the full corpus, evaluated, is in the mock's
 * J1qlCorpusTest) and its errors: position and what was expected.
 */
class J1qlSyntaxTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "FIND User",
      "find user_endpoint with platform = ('darwin' or 'linux')",
      "Find aws_ebs_volume that !USES aws_instance",
      "Find aws_acm_certificate with expiresOn < date.now + 30days",
      "FIND Person WITH manager = undefined as u ORDER BY u.username SKIP 10 LIMIT 5",
      "Find User (that is Person)? (that owns Device)? Return User, Person, Device",
      "FIND User AS u THAT IS Person AS p RETURN u.*, p.[special-name]",
      "\"127.0.0.1\"",
      "FIND #Production Application /* a comment */"})
  void theReferenceShapesParse(String j1ql) {
    J1qlSyntax.check(j1ql);
  }

  @Test
  void keywordsAreCaseInsensitiveAndAliasesStandAfterWith() {
    J1qlParser.QueryContext query = J1qlSyntax.parse("fInD User wItH active = true As u");
    assertThat(query.selector().alias().name().getText()).isEqualTo("u");
    assertThat(query.selector().withClause().condition().getText()).isEqualTo("active=true");
  }

  @Test
  void aMissingTargetNamesItsPositionAndWhatWasExpected() {
    J1qlSyntaxException e = catchThrowableOfType(J1qlSyntaxException.class, () -> J1qlSyntax.check("FIND User THAT"));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(15);
    assertThat(e.offset()).isEqualTo(14);
    assertThat(e.problem()).isEqualTo("unexpected end of query; expected one of a name, '!' or '('");
    assertThat(e.getMessage()).startsWith("J1QL syntax error at line 1, column 15: unexpected end of query");
  }

  @Test
  void aStrayTokenOnALaterLineIsPlacedOnThatLine() {
    J1qlSyntaxException e = catchThrowableOfType(J1qlSyntaxException.class,
        () -> J1qlSyntax.check("FIND User\n  WITH active == true"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(16);
    assertThat(e.problem()).startsWith("unexpected '='");
  }

  @Test
  void anUndocumentedDateUnitIsASyntaxError() {
    assertThatThrownBy(() -> J1qlSyntax.check("Find DataStore with createdOn > date.now - 1 fortnight"))
        .isInstanceOf(J1qlSyntaxException.class)
        .hasMessageContaining("column 46")
        .hasMessageContaining("unknown date unit 'fortnight'");
  }

  @Test
  void anUnquotedStringInWithIsASyntaxErrorButAPropertyInWhereIsNot() {
    assertThatThrownBy(() -> J1qlSyntax.check("Find User with name = bob"))
        .hasMessageContaining("column 23")
        .hasMessageContaining("comparing two properties needs WHERE");
    J1qlSyntax.check("Find User as a that IS Person as b where a.name = b.name");
  }

  @Test
  void uniqueNeedsReturn() {
    assertThatThrownBy(() -> J1qlSyntax.check("FIND UNIQUE User"))
        .hasMessageContaining("UNIQUE needs a RETURN clause");
  }
}
