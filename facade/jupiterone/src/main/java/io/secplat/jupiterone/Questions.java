package io.secplat.jupiterone;

import static io.secplat.jupiterone.Endpoint.variables;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.jupiterone.generated.graphql.CreateQuestionInput;
import io.secplat.jupiterone.generated.graphql.Question;
import io.secplat.jupiterone.generated.graphql.QuestionUpdate;

/**
 * Saved questions (named J1QL queries with compliance mappings), on {@code /graphql}.
 *
 * <pre>{@code
 * Question q = j1.questions().create(CreateQuestionInput.builder()
 *     .setTitle("Unencrypted production data stores")
 *     .setQueries(List.of(QuestionQueryInput.builder().setQuery("Find DataStore with encrypted!=true")
 *         .setResultsAre(QueryResultsAre.BAD).build()))
 *     .build());
 * }</pre>
 */
public final class Questions {
  private final Endpoint graph;

  Questions(Endpoint graph) {
    this.graph = graph;
  }

  /**
   * @param question the new question (title and at least one query required)
   * @return the created question
   */
  @Operation("createQuestion")
  public Question create(CreateQuestionInput question) {
    Arguments.requireNonNull("question", question);
    Arguments.requireNonBlank("question.title", question.getTitle());
    requireQueries(question.getQueries());
    return graph.call(Operations.CREATE_QUESTION, "createQuestion", variables("question", question), Question.class);
  }

  /**
   * @param id the question id
   * @param update the question's new state (title and at least one query required)
   * @return the updated question
   */
  @Operation("updateQuestion")
  public Question update(String id, QuestionUpdate update) {
    Arguments.requireNonBlank("id", id);
    Arguments.requireNonNull("update", update);
    Arguments.requireNonBlank("update.title", update.getTitle());
    requireQueries(update.getQueries());
    return graph.call(Operations.UPDATE_QUESTION, "updateQuestion", variables("id", id, "update", update), Question.class);
  }

  /**
   * @param id the question id
   * @return the deleted question
   */
  @Operation("deleteQuestion")
  public Question delete(String id) {
    return graph.call(Operations.DELETE_QUESTION, "deleteQuestion", variables("id", Arguments.requireNonBlank("id", id)),
        Question.class);
  }

  private static void requireQueries(java.util.List<?> queries) {
    Arguments.requireNonNull("queries", queries);
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("queries must not be empty");
    }
  }
}
