package io.secplat.core.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphQlStringsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "plain-id", "", "quote \" inside", "back\\slash", "ends with backslash \\", "line\nbreak", "cr\rlf\r\n",
      "tab\tand\bbell\f", "\"}) { admin } #", "\") { x } mutation Evil { y(", "ünïcödé ✓ 😀", "nul \u0000 del \u007F",
      "ls \u2028 ps \u2029", "${variables}", "\\\"\\\\\"\\n"})
  void aQuotedValueParsesBackToItselfAsOneStringArgument(String value) {
    String document = "mutation M { invoke(id: " + GraphQlStrings.quote(value) + ") { success } }";

    Document parsed = Parser.parse(document);

    OperationDefinition operation = (OperationDefinition) parsed.getDefinitions().get(0);
    assertThat(parsed.getDefinitions()).hasSize(1);
    Field field = (Field) operation.getSelectionSet().getSelections().get(0);
    assertThat(field.getName()).isEqualTo("invoke");
    assertThat(field.getArguments()).hasSize(1);
    Argument id = field.getArguments().get(0);
    assertThat(((StringValue) id.getValue()).getValue()).isEqualTo(value);
    assertThat(field.getSelectionSet().getSelections()).hasSize(1);
  }

  @Test
  void escapesAreTheShortOnesWhereGraphQlHasThem() {
    assertThat(GraphQlStrings.quote("a\"b\\c\nd\re\tf\bg\fh\u0001i\u2028")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u2028\"");
    assertThat(GraphQlStrings.quote("ü😀")).isEqualTo("\"ü😀\"");
    assertThatThrownBy(() -> GraphQlStrings.quote(null)).hasMessage("value must not be null");
  }
}
