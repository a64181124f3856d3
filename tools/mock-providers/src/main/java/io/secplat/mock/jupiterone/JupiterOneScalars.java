package io.secplat.mock.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The schema's two custom scalars: {@code JSON} (any JSON value) and {@code Long} (64-bit integer). */
final class JupiterOneScalars {
  private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

  private JupiterOneScalars() {}

  static final GraphQLScalarType JSON = GraphQLScalarType.newScalar().name("JSON").description("Any JSON value")
      .coercing(new Coercing<Object, Object>() {
        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
          return value instanceof JsonNode ? JSON_MAPPER.convertValue(value, Object.class) : value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
          return input;
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
          return literal(input, variables);
        }
      }).build();

  static final GraphQLScalarType LONG = GraphQLScalarType.newScalar().name("Long").description("64-bit integer")
      .coercing(new Coercing<Long, Long>() {
        @Override
        public Long serialize(Object value, GraphQLContext context, Locale locale) {
          if (value instanceof Number) {
            return ((Number) value).longValue();
          }
          throw new CoercingSerializeException("not a Long: " + value);
        }

        @Override
        public Long parseValue(Object input, GraphQLContext context, Locale locale) {
          if (input instanceof Long || input instanceof Integer || input instanceof BigInteger) {
            return ((Number) input).longValue();
          }
          throw new CoercingParseValueException("Long expects an integer, got " + input);
        }

        @Override
        public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
          if (input instanceof IntValue) {
            return ((IntValue) input).getValue().longValueExact();
          }
          throw new CoercingParseLiteralException("Long expects an integer literal");
        }
      }).build();

  private static Object literal(Value<?> value, CoercedVariables variables) {
    if (value instanceof NullValue) {
      return null;
    }
    if (value instanceof StringValue) {
      return ((StringValue) value).getValue();
    }
    if (value instanceof BooleanValue) {
      return ((BooleanValue) value).isValue();
    }
    if (value instanceof IntValue) {
      return ((IntValue) value).getValue();
    }
    if (value instanceof FloatValue) {
      return ((FloatValue) value).getValue();
    }
    if (value instanceof EnumValue) {
      return ((EnumValue) value).getName();
    }
    if (value instanceof VariableReference) {
      return variables.get(((VariableReference) value).getName());
    }
    if (value instanceof ArrayValue) {
      List<Object> list = new ArrayList<>();
      ((ArrayValue) value).getValues().forEach(v -> list.add(literal(v, variables)));
      return list;
    }
    if (value instanceof ObjectValue) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (ObjectField field : ((ObjectValue) value).getObjectFields()) {
        map.put(field.getName(), literal(field.getValue(), variables));
      }
      return map;
    }
    throw new CoercingParseLiteralException("not a JSON literal: " + value);
  }
}
