package io.secplat.contract.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.parser.Parser;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.WiringFactory;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.secplat.contract.spec.Paths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code specs/jupiterone/jupiterone.graphqls} as graphql-java sees it, for three checks: a
 * document validates; its variables coerce to the declared types; an answer fits the document
 * (executed with the answer as the root fields' values, the result must be the answer itself:
 * every selected field present with its type, nothing else).
 */
final class JupiterOneSchema {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final GraphQLSchema SCHEMA = load();

  private JupiterOneSchema() {}

  static GraphQLSchema schema() {
    return SCHEMA;
  }

  /** @return the validation errors of a document (an unparsable document is one error) */
  static List<? extends GraphQLError> validate(String document) {
    try {
      List<ValidationError> errors = new Validator().validateDocument(SCHEMA, Parser.parse(document), Locale.ENGLISH);
      return errors;
    } catch (graphql.parser.InvalidSyntaxException e) {
      return List.of(e.toInvalidSyntaxError());
    }
  }

  /**
   * Executes a document with its variables; the root fields answer with {@code answer}'s values.
   *
   * @return the errors (validation, variable coercion, answer shape) and the result data
   */
  static ExecutionResult execute(String document, String operationName, JsonNode variables, JsonNode answer) {
    @SuppressWarnings("unchecked")
    Map<String, Object> data = answer == null || answer.isNull() ? Map.of() : JSON.convertValue(answer, Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> values = variables == null || variables.isNull() ? Map.of() : JSON.convertValue(variables, Map.class);
    GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).build();
    return graphQl.execute(ExecutionInput.newExecutionInput().query(document).operationName(operationName).variables(values)
        .graphQLContext(Map.of("answer", data)).build());
  }

  private static GraphQLSchema load() {
    try {
      String sdl = Files.readString(Paths.specs().resolve("jupiterone/jupiterone.graphqls"));
      RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().scalar(scalar("JSON", false)).scalar(scalar("Long", true))
          .wiringFactory(new AnswerWiring()).build();
      return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Root fields answer from the context's answer (by result key); nested fields read maps. */
  private static final class AnswerWiring implements WiringFactory {
    private static final Set<String> ROOTS = Set.of("Query", "Mutation");

    @Override
    public boolean providesDataFetcher(FieldWiringEnvironment environment) {
      return ROOTS.contains(environment.getParentType().getName());
    }

    @Override
    public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
      return env -> {
        GraphQLContext context = env.getGraphQlContext();
        Map<String, Object> answer = context.get("answer");
        return answer.get(env.getField().getResultKey());
      };
    }
  }

  private static Object literal(Value<?> value, CoercedVariables variables) {
    if (value instanceof graphql.language.StringValue) {
      return ((graphql.language.StringValue) value).getValue();
    }
    if (value instanceof graphql.language.IntValue) {
      return ((graphql.language.IntValue) value).getValue();
    }
    if (value instanceof graphql.language.FloatValue) {
      return ((graphql.language.FloatValue) value).getValue();
    }
    if (value instanceof graphql.language.BooleanValue) {
      return ((graphql.language.BooleanValue) value).isValue();
    }
    if (value instanceof graphql.language.EnumValue) {
      return ((graphql.language.EnumValue) value).getName();
    }
    if (value instanceof graphql.language.VariableReference) {
      return variables.get(((graphql.language.VariableReference) value).getName());
    }
    if (value instanceof graphql.language.ArrayValue) {
      return ((graphql.language.ArrayValue) value).getValues().stream().map(v -> literal(v, variables))
          .collect(java.util.stream.Collectors.toList());
    }
    if (value instanceof graphql.language.ObjectValue) {
      Map<String, Object> object = new java.util.LinkedHashMap<>();
      ((graphql.language.ObjectValue) value).getObjectFields().forEach(f -> object.put(f.getName(), literal(f.getValue(), variables)));
      return object;
    }
    return null;
  }

  private static GraphQLScalarType scalar(String name, boolean integral) {
    return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
      @Override
      public Object serialize(Object value, GraphQLContext context, Locale locale) {
        return integral && value instanceof Number ? ((Number) value).longValue() : value;
      }

      @Override
      public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        if (integral && !(input instanceof Long || input instanceof Integer || input instanceof BigInteger)) {
          throw new CoercingParseValueException(name + " expects an integer, got " + input);
        }
        return input;
      }

      @Override
      public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (integral && !(input instanceof graphql.language.IntValue)) {
          throw new CoercingParseLiteralException(name + " expects an integer literal");
        }
        return literal(input, variables);
      }
    }).build();
  }
}
