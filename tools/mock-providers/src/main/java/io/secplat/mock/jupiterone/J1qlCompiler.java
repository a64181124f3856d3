package io.secplat.mock.jupiterone;

import io.secplat.j1ql.grammar.J1qlParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Compiles a J1QL syntax tree (the grammar module's {@code J1qlParser.QueryContext}) into a
 * {@link J1qlPlan}: slots for every selector, names for WHERE/RETURN/ORDER BY (aliases first, then
 * unaliased classes, types and verbs), WITH filters over one element, WHERE filters over a path.
 * J1QL that the mock does not evaluate fails here with {@link J1qlException#unsupported}.
 */
final class J1qlCompiler {
  /** The classes of the default {@code #CriticalAsset} definition (reference, "Smart classes"). */
  static final Set<String> CRITICAL_ASSET_CLASSES = Set.of("Application", "CodeRepo", "DataStore", "Function", "Host",
      "Logs");

  private final Graph graph;
  private final Map<String, Object> variables;
  private final LongSupplier clock;
  private final Map<String, Integer> aliases = new HashMap<>();
  private final Map<String, Integer> defaultNames = new HashMap<>();
  private int slots;

  private J1qlCompiler(Graph graph, Map<String, Object> variables, LongSupplier clock) {
    this.graph = graph;
    this.variables = variables == null ? Map.of() : variables;
    this.clock = clock;
  }

  static J1qlPlan compile(J1qlParser.QueryContext query, Graph graph, Map<String, Object> variables, LongSupplier clock) {
    return new J1qlCompiler(graph, variables, clock).query(query);
  }

  private J1qlPlan query(J1qlParser.QueryContext query) {
    J1qlPlan.Selector start;
    if (query.FIND() != null) {
      start = selector(query.selector());
    } else {
      start = selector(fullText(J1qlLiterals.unquote(query.STRING().getText())), query.withClause(), query.alias(), null);
    }
    List<J1qlPlan.Step> steps = steps(query.traversal());
    J1qlPlan.Condition where = query.whereClause() == null ? null : condition(query.whereClause().condition(), true);
    J1qlPlan.Returns returns = returns(query.returnClause());
    List<J1qlPlan.Order> order = new ArrayList<>();
    if (query.orderClause() != null) {
      for (J1qlParser.OrderItemContext item : query.orderClause().orderItem()) {
        String column = text(item.expression());
        J1qlExpression expression = returns.columns().stream().anyMatch(c -> c.name().equals(column)) ? null
            : expression(item.expression());
        order.add(new J1qlPlan.Order(expression, column, item.DESC() != null));
      }
    }
    int skip = query.skipClause() == null ? 0 : count(query.skipClause().count.getText(), "SKIP");
    Integer limit = query.limitClause() == null ? null : count(query.limitClause().count.getText(), "LIMIT");
    return new J1qlPlan(start, steps, where, returns, order, skip, limit, query.UNIQUE() != null, slots);
  }

  // ------------------------------------------------------------------ selectors and traversals

  private J1qlPlan.Selector selector(J1qlParser.SelectorContext selector) {
    return selector(selector.target(), selector.withClause(), selector.alias(), null);
  }

  private J1qlPlan.Selector selector(Object target, J1qlParser.WithClauseContext with, J1qlParser.AliasContext alias,
      Integer forcedSlot) {
    int slot = forcedSlot != null ? forcedSlot : slots++;
    if (alias != null) {
      aliases.putIfAbsent(alias.name().getText(), slot);
    }
    Set<String> classes = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    boolean any = false;
    J1qlPlan.EntityTest test = null;
    if (target instanceof J1qlPlan.EntityTest) {
      any = true;
      test = (J1qlPlan.EntityTest) target;
    } else if (target instanceof J1qlParser.AnyEntityContext) {
      any = true;
    } else if (target instanceof J1qlParser.OneEntityContext) {
      String name = ((J1qlParser.OneEntityContext) target).entityName().getText();
      classOrType(name, classes, types);
      defaultNames.putIfAbsent(name, slot);
    } else if (target instanceof J1qlParser.EntityUnionContext) {
      for (J1qlParser.EntityNameContext name : ((J1qlParser.EntityUnionContext) target).entityName()) {
        classOrType(name.getText(), classes, types);
      }
    } else if (target instanceof J1qlParser.SmartClassContext) {
      J1qlParser.SmartClassContext smart = (J1qlParser.SmartClassContext) target;
      List<J1qlPlan.EntityTest> tests = new ArrayList<>();
      smart.SMART_CLASS().forEach(s -> tests.add(smartClass(s.getText().substring(1))));
      if (smart.entityName() != null) {
        classOrType(smart.entityName().getText(), classes, types);
      } else {
        any = true;
      }
      test = e -> tests.stream().allMatch(t -> t.test(e));
    } else if (target instanceof J1qlParser.FullTextTermContext) {
      any = true;
      test = fullText(J1qlLiterals.unquote(((J1qlParser.FullTextTermContext) target).STRING().getText()));
    }
    J1qlPlan.Condition condition = with == null ? null : condition(with.condition(), false);
    J1qlPlan.Equality indexed = with == null ? null : equality(with.condition());
    return new J1qlPlan.Selector(Set.copyOf(classes), Set.copyOf(types), any, test, condition, indexed, slot);
  }

  /** "The value is case-sensitive": TitleCase names a class, snake_case a type. */
  private static void classOrType(String name, Set<String> classes, Set<String> types) {
    if (Character.isUpperCase(name.charAt(0))) {
      classes.add(name);
    } else {
      types.add(name);
    }
  }

  private static J1qlPlan.EntityTest smartClass(String name) {
    if (name.equals("CriticalAsset")) {
      return e -> (GraphIndex.classes(e).stream().anyMatch(CRITICAL_ASSET_CLASSES::contains)
          && J1qlValues.test(J1qlValues.entityProperty(e, "tag.Production"), "=", Boolean.TRUE)
          && J1qlValues.test(J1qlValues.entityProperty(e, "classification"), "=", "critical"))
          || J1qlValues.test(J1qlValues.entityProperty(e, "tags"), "=", name);
    }
    return e -> J1qlValues.test(J1qlValues.entityProperty(e, "tags"), "=", name)
        || J1qlValues.test(J1qlValues.entityProperty(e, "tag." + name), "=", Boolean.TRUE);
  }

  /** "Full-text search": the term within any property value, the key or the display name. */
  private static J1qlPlan.EntityTest fullText(String term) {
    return e -> {
      if (e.key.contains(term) || e.displayName().contains(term)) {
        return true;
      }
      for (Object value : e.properties.values()) {
        if (J1qlValues.test(value instanceof String || value instanceof List ? value : String.valueOf(value), "~=", term)) {
          return true;
        }
      }
      return false;
    };
  }

  private List<J1qlPlan.Step> steps(List<J1qlParser.TraversalContext> traversals) {
    List<J1qlPlan.Step> steps = new ArrayList<>();
    for (J1qlParser.TraversalContext traversal : traversals) {
      if (traversal instanceof J1qlParser.HopContext) {
        steps.add(hop((J1qlParser.HopContext) traversal));
      } else {
        J1qlParser.OptionalTraversalContext optional = (J1qlParser.OptionalTraversalContext) traversal;
        List<J1qlPlan.Step> inner = steps(optional.traversal());
        int slot = slots++;
        if (optional.alias() != null) {
          aliases.putIfAbsent(optional.alias().name().getText(), slot);
        }
        steps.add(new J1qlPlan.Optional(List.copyOf(inner), slot));
      }
    }
    return steps;
  }

  private J1qlPlan.Hop hop(J1qlParser.HopContext hop) {
    J1qlParser.RelationshipContext relationship = hop.relationship();
    int slot = slots++;
    Set<String> verbs = null;
    J1qlParser.VerbContext verb = relationship.verb();
    if (verb instanceof J1qlParser.OneVerbContext) {
      String name = ((J1qlParser.OneVerbContext) verb).name().getText();
      verbs = Set.of(name.toUpperCase(Locale.ROOT));
      defaultNames.putIfAbsent(name, slot);
      defaultNames.putIfAbsent(name.toUpperCase(Locale.ROOT), slot);
    } else if (verb instanceof J1qlParser.VerbUnionContext) {
      Set<String> union = new LinkedHashSet<>();
      ((J1qlParser.VerbUnionContext) verb).name().forEach(n -> union.add(n.getText().toUpperCase(Locale.ROOT)));
      verbs = Set.copyOf(union);
    }
    if (relationship.alias() != null) {
      aliases.putIfAbsent(relationship.alias().name().getText(), slot);
    }
    J1qlPlan.Direction direction = relationship.direction() == null ? J1qlPlan.Direction.BOTH
        : relationship.direction().FORWARD() != null ? J1qlPlan.Direction.OUT : J1qlPlan.Direction.IN;
    J1qlPlan.Selector target = selector(hop.selector());
    return new J1qlPlan.Hop(relationship.BANG() != null, verbs, direction, slot, target);
  }

  // ------------------------------------------------------------------ conditions

  private J1qlPlan.Condition condition(J1qlParser.ConditionContext condition, boolean where) {
    if (condition instanceof J1qlParser.GroupedConditionContext) {
      return condition(((J1qlParser.GroupedConditionContext) condition).condition(), where);
    }
    if (condition instanceof J1qlParser.NotConditionContext) {
      J1qlPlan.Condition inner = condition(((J1qlParser.NotConditionContext) condition).condition(), where);
      return (path, element) -> !inner.test(path, element);
    }
    if (condition instanceof J1qlParser.AndConditionContext) {
      J1qlPlan.Condition left = condition(((J1qlParser.AndConditionContext) condition).condition(0), where);
      J1qlPlan.Condition right = condition(((J1qlParser.AndConditionContext) condition).condition(1), where);
      return (path, element) -> left.test(path, element) && right.test(path, element);
    }
    if (condition instanceof J1qlParser.OrConditionContext) {
      J1qlPlan.Condition left = condition(((J1qlParser.OrConditionContext) condition).condition(0), where);
      J1qlPlan.Condition right = condition(((J1qlParser.OrConditionContext) condition).condition(1), where);
      return (path, element) -> left.test(path, element) || right.test(path, element);
    }
    return comparison(((J1qlParser.ComparisonConditionContext) condition).comparison(), where);
  }

  /** A value reader: of the element (WITH) or of a slot of the path (WHERE). */
  private interface Reader {
    Object read(Object[] path, Object element);
  }

  private J1qlPlan.Condition comparison(J1qlParser.ComparisonContext comparison, boolean where) {
    Reader left = reader(comparison.property(), where);
    String comparator = comparison.comparator().getText();
    boolean negated = comparator.startsWith("!");
    String positive = negated ? (comparator.equals("!=") ? "=" : comparator.substring(1)) : comparator;
    J1qlParser.ValueContext value = comparison.value();
    if (value instanceof J1qlParser.PropertyValueContext) {
      Reader right = reader(((J1qlParser.PropertyValueContext) value).property(), true);
      return (path, element) -> {
        Object expected = right.read(path, element);
        boolean holds = expected == null ? positive.equals("=") && left.read(path, element) == null
            : J1qlValues.test(left.read(path, element), positive, expected);
        return holds != negated;
      };
    }
    if (value instanceof J1qlParser.AnyOfValuesContext || value instanceof J1qlParser.AllOfValuesContext) {
      boolean all = value instanceof J1qlParser.AllOfValuesContext;
      List<Object> expected = new ArrayList<>();
      List<J1qlParser.LiteralContext> literals = all ? ((J1qlParser.AllOfValuesContext) value).literal()
          : ((J1qlParser.AnyOfValuesContext) value).literal();
      literals.forEach(l -> expected.add(literal(l)));
      return (path, element) -> {
        Object actual = left.read(path, element);
        boolean holds = all ? expected.stream().allMatch(e -> J1qlValues.test(actual, positive, e))
            : expected.stream().anyMatch(e -> J1qlValues.test(actual, positive, e));
        return holds != negated;
      };
    }
    if (value instanceof J1qlParser.DateValueExprContext) {
      LongSupplier date = date(((J1qlParser.DateValueExprContext) value).dateValue());
      return (path, element) -> J1qlValues.test(left.read(path, element), positive, date.getAsLong()) != negated;
    }
    Object expected = literal(((J1qlParser.LiteralValueContext) value).literal());
    return (path, element) -> J1qlValues.test(left.read(path, element), positive, expected) != negated;
  }

  private Reader reader(J1qlParser.PropertyContext property, boolean where) {
    List<String> parts = parts(property);
    if (!where) {
      String name = String.join(".", parts);
      return (path, element) -> J1qlValues.property(element, name);
    }
    int slot = slot(parts.get(0), property);
    if (parts.size() == 1) {
      throw J1qlException.badInput("WHERE needs selector.property, got '" + text(property) + "'");
    }
    String name = String.join(".", parts.subList(1, parts.size()));
    return (path, element) -> J1qlValues.property(path[slot], name);
  }

  /** The first top-level {@code property = literal} of a WITH filter made only of ANDs: an index can answer it. */
  private J1qlPlan.Equality equality(J1qlParser.ConditionContext condition) {
    if (condition instanceof J1qlParser.GroupedConditionContext) {
      return equality(((J1qlParser.GroupedConditionContext) condition).condition());
    }
    if (condition instanceof J1qlParser.AndConditionContext) {
      J1qlPlan.Equality left = equality(((J1qlParser.AndConditionContext) condition).condition(0));
      return left != null ? left : equality(((J1qlParser.AndConditionContext) condition).condition(1));
    }
    if (condition instanceof J1qlParser.ComparisonConditionContext) {
      J1qlParser.ComparisonContext comparison = ((J1qlParser.ComparisonConditionContext) condition).comparison();
      if (comparison.comparator().EQ() != null && comparison.value() instanceof J1qlParser.LiteralValueContext) {
        Object value = literal(((J1qlParser.LiteralValueContext) comparison.value()).literal());
        if (value != J1qlValues.UNDEFINED && value != null && !(value instanceof List) && !(value instanceof Boolean)) {
          return new J1qlPlan.Equality(String.join(".", parts(comparison.property())), value);
        }
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ values

  private Object literal(J1qlParser.LiteralContext literal) {
    if (literal.STRING() != null) {
      return J1qlLiterals.unquote(literal.STRING().getText());
    }
    if (literal.NUMBER() != null) {
      Object number = J1qlLiterals.number(literal.NUMBER().getText());
      return literal.MINUS() == null ? number : J1qlExpression.number(-((Number) number).doubleValue());
    }
    if (literal.TRUE() != null || literal.FALSE() != null) {
      return literal.TRUE() != null;
    }
    if (literal.UNDEFINED() != null) {
      return J1qlValues.UNDEFINED;
    }
    if (literal.PLACEHOLDER() != null) {
      throw J1qlException.unsupported("variable placeholders such as " + literal.getText()
          + " (the web app fills them in before it runs a saved question)");
    }
    String text = literal.PARAMETER().getText();
    String name = text.substring(2, text.length() - 1).trim();
    if (variables.containsKey(name)) {
      Object value = variables.get(name);
      return value instanceof Integer ? Long.valueOf((Integer) value) : value;
    }
    if (name.startsWith("param.")) {
      throw J1qlException.unsupported("server-side parameters (" + text + "); pass the value in the query's variables");
    }
    throw J1qlException.badInput("J1QL variable ${" + name + "} is not defined");
  }


  private LongSupplier date(J1qlParser.DateValueContext date) {
    if (date instanceof J1qlParser.StaticDateContext) {
      String text = ((J1qlParser.StaticDateContext) date).DATE_LITERAL().getText();
      long millis = J1qlLiterals.staticDate(text.substring(5, text.length() - 1));
      return () -> millis;
    }
    J1qlParser.RelativeDateContext relative = (J1qlParser.RelativeDateContext) date;
    if (relative.unit == null) {
      return clock;
    }
    double number = Double.parseDouble(relative.NUMBER().getText());
    long amount = Math.round(number * J1qlLiterals.unit(relative.unit.getText()));
    long offset = relative.MINUS() != null ? -amount : amount;
    return () -> clock.getAsLong() + offset;
  }



  // ------------------------------------------------------------------ RETURN

  private J1qlPlan.Returns returns(J1qlParser.ReturnClauseContext clause) {
    if (clause == null) {
      return new J1qlPlan.Returns(false, List.of());
    }
    if (clause instanceof J1qlParser.ReturnTreeContext) {
      return new J1qlPlan.Returns(true, List.of());
    }
    List<J1qlPlan.Column> columns = new ArrayList<>();
    for (J1qlParser.ReturnItemContext item : ((J1qlParser.ReturnItemsContext) clause).returnItem()) {
      String name = item.columnName() == null ? defaultName(item.expression())
          : item.columnName().STRING() != null ? J1qlLiterals.unquote(item.columnName().STRING().getText())
          : item.columnName().getText();
      if (item.expression() instanceof J1qlParser.AllPropertiesContext) {
        J1qlParser.AllPropertiesContext all = (J1qlParser.AllPropertiesContext) item.expression();
        columns.add(new J1qlPlan.Column(all.name().getText(), null, slot(all.name().getText(), all)));
      } else {
        columns.add(new J1qlPlan.Column(name, expression(item.expression()), -1));
      }
    }
    return new J1qlPlan.Returns(false, List.copyOf(columns));
  }

  private J1qlExpression expression(J1qlParser.ExpressionContext expression) {
    if (expression instanceof J1qlParser.GroupedExpressionContext) {
      return expression(((J1qlParser.GroupedExpressionContext) expression).expression());
    }
    if (expression instanceof J1qlParser.NegatedExpressionContext) {
      return J1qlExpression.math("-", J1qlExpression.literal(0L),
          expression(((J1qlParser.NegatedExpressionContext) expression).expression()));
    }
    if (expression instanceof J1qlParser.PowerExpressionContext) {
      J1qlParser.PowerExpressionContext power = (J1qlParser.PowerExpressionContext) expression;
      return J1qlExpression.math("^", expression(power.expression(0)), expression(power.expression(1)));
    }
    if (expression instanceof J1qlParser.ProductExpressionContext) {
      J1qlParser.ProductExpressionContext product = (J1qlParser.ProductExpressionContext) expression;
      return J1qlExpression.math(product.STAR() != null ? "*" : "/", expression(product.expression(0)),
          expression(product.expression(1)));
    }
    if (expression instanceof J1qlParser.SumExpressionContext) {
      J1qlParser.SumExpressionContext sum = (J1qlParser.SumExpressionContext) expression;
      return J1qlExpression.math(sum.PLUS() != null ? "+" : "-", expression(sum.expression(0)),
          expression(sum.expression(1)));
    }
    if (expression instanceof J1qlParser.LiteralExpressionContext) {
      Object value = literal(((J1qlParser.LiteralExpressionContext) expression).literal());
      return J1qlExpression.literal(value == J1qlValues.UNDEFINED ? null : value);
    }
    if (expression instanceof J1qlParser.AllPropertiesContext) {
      throw J1qlException.unsupported("alias.* inside an expression (" + text(expression) + ")");
    }
    if (expression instanceof J1qlParser.FunctionCallContext) {
      return function((J1qlParser.FunctionCallContext) expression);
    }
    J1qlParser.PropertyContext property = ((J1qlParser.PropertyExpressionContext) expression).property();
    List<String> parts = parts(property);
    int slot = slot(parts.get(0), property);
    return parts.size() == 1 ? J1qlExpression.element(slot, graph)
        : J1qlExpression.property(slot, String.join(".", parts.subList(1, parts.size())));
  }

  private J1qlExpression function(J1qlParser.FunctionCallContext call) {
    String name = J1qlExpression.functionName(call.name().getText());
    List<J1qlExpression> arguments = new ArrayList<>();
    if (J1qlExpression.AGGREGATES.contains(name)) {
      if (call.expression().size() != 1) {
        throw J1qlException.badInput(name + "() takes one selector or selector.field, got " + text(call));
      }
      J1qlParser.ExpressionContext argument = call.expression(0);
      if (!(argument instanceof J1qlParser.PropertyExpressionContext)) {
        throw J1qlException.unsupported(name + "() of an expression (" + text(call) + "); the mock aggregates a selector or selector.field");
      }
      List<String> parts = parts(((J1qlParser.PropertyExpressionContext) argument).property());
      int slot = slot(parts.get(0), argument);
      return J1qlExpression.aggregation(name, parts.size() == 1 ? null : expression(argument), slot);
    }
    if (!J1qlExpression.SCALARS.contains(name)) {
      throw J1qlException.unsupported("the function " + call.name().getText() + "()");
    }
    call.expression().forEach(e -> arguments.add(expression(e)));
    return J1qlExpression.scalar(name, List.copyOf(arguments));
  }

  // ------------------------------------------------------------------ names

  private int slot(String name, ParserRuleContext at) {
    Integer slot = aliases.get(name);
    if (slot == null) {
      slot = defaultNames.get(name);
    }
    if (slot == null) {
      slot = defaultNames.get(name.toUpperCase(Locale.ROOT));
    }
    if (slot == null) {
      throw J1qlException.badInput("'" + name + "' in '" + text(at) + "' is not an alias, nor a class, type or verb of "
          + "the query (known: " + known() + ")");
    }
    return slot;
  }

  private String known() {
    Set<String> names = new java.util.TreeSet<>(aliases.keySet());
    names.addAll(defaultNames.keySet());
    return String.join(", ", names);
  }

  private static List<String> parts(J1qlParser.PropertyContext property) {
    List<String> parts = new ArrayList<>();
    for (J1qlParser.PropertyPartContext part : property.propertyPart()) {
      if (part.BRACKETED() != null) {
        String text = part.BRACKETED().getText();
        parts.add(text.substring(1, text.length() - 1));
      } else {
        parts.add(part.getText());
      }
    }
    return parts;
  }

  /** A column's default name: selector.property without brackets, else the expression as written. */
  private static String defaultName(J1qlParser.ExpressionContext expression) {
    if (expression instanceof J1qlParser.PropertyExpressionContext) {
      return String.join(".", parts(((J1qlParser.PropertyExpressionContext) expression).property()));
    }
    return text(expression);
  }

  /** The query text of a node, as the user wrote it. */
  private static String text(ParserRuleContext node) {
    if (node.start == null || node.stop == null || node.start.getInputStream() == null) {
      return node.getText();
    }
    return node.start.getInputStream().getText(Interval.of(node.start.getStartIndex(), node.stop.getStopIndex()));
  }


  private static int count(String text, String clause) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw J1qlException.badInput(clause + " needs a whole number, got " + text);
    }
  }
}
