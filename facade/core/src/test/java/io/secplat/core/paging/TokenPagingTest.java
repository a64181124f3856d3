package io.secplat.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenPagingTest {
  private final List<String> tokensAsked = new ArrayList<>();

  private PagedIterable<String> over(Map<String, TokenPaging.Slice<String>> pages) {
    return TokenPaging.iterate(token -> {
      tokensAsked.add(token);
      return pages.get(token == null ? "" : token);
    });
  }

  @Test
  void followsTokensUntilTheServerSaysNoMore() {
    PagedIterable<String> items = over(Map.of(
        "", new TokenPaging.Slice<>(List.of("a", "b"), "t1", true),
        "t1", new TokenPaging.Slice<>(List.of("c"), "t2", true),
        "t2", new TokenPaging.Slice<>(List.of("d"), "t3", false)));
    assertThat(items.stream().collect(Collectors.toList())).containsExactly("a", "b", "c", "d");
    assertThat(tokensAsked).containsExactly(null, "t1", "t2");
  }

  @Test
  void anEmptyPageWithMoreToComeContinues() {
    PagedIterable<String> items = over(Map.of(
        "", new TokenPaging.Slice<>(List.of(), "t1", true),
        "t1", new TokenPaging.Slice<>(List.of(), "t2", true),
        "t2", new TokenPaging.Slice<>(List.of("late"), "", false)));
    assertThat(items.stream().collect(Collectors.toList())).containsExactly("late");
  }

  @Test
  void anEmptyNextTokenEndsEvenIfHasMoreIsTrue() {
    PagedIterable<String> items = over(Map.of("", new TokenPaging.Slice<>(List.of("a"), "", true)));
    assertThat(items.stream().collect(Collectors.toList())).containsExactly("a");
    assertThat(tokensAsked).containsExactly((String) null);
  }

  @Test
  void withoutHasMoreTheTokenDecides() {
    PagedIterable<String> items = over(Map.of(
        "", new TokenPaging.Slice<>(List.of("a"), "t1", null),
        "t1", new TokenPaging.Slice<>(List.of("b"), null, null)));
    assertThat(items.stream().collect(Collectors.toList())).containsExactly("a", "b");
  }

  @Test
  void fetchesOnlyWhatIsConsumed() {
    PagedIterable<String> items = over(Map.of(
        "", new TokenPaging.Slice<>(List.of("a", "b"), "t1", true),
        "t1", new TokenPaging.Slice<>(List.of("c"), "", false)));
    assertThat(items.stream().limit(2).collect(Collectors.toList())).containsExactly("a", "b");
    assertThat(tokensAsked).containsExactly((String) null);
  }

  @Test
  void aRepeatedTokenFailsInsteadOfLoopingOrStoppingEarly() {
    PagedIterable<String> items = over(Map.of(
        "", new TokenPaging.Slice<>(List.of("a"), "t1", true),
        "t1", new TokenPaging.Slice<>(List.of("b"), "t1", true)));
    assertThatThrownBy(() -> items.stream().collect(Collectors.toList()))
        .isInstanceOf(io.secplat.core.error.PagingCycleException.class).hasMessageContaining("already followed");
  }

  @Test
  void aCycleOfTokensFailsNamingTheOperation() {
    Map<String, TokenPaging.Slice<String>> pages = Map.of(
        "", new TokenPaging.Slice<>(List.of("a"), "A", true),
        "A", new TokenPaging.Slice<>(List.of("b"), "B", true),
        "B", new TokenPaging.Slice<>(List.of("c"), "A", true));
    PagedIterable<String> items = TokenPaging.iterate("Testvendor", "listThings", token -> {
      tokensAsked.add(token);
      return pages.get(token == null ? "" : token);
    });
    assertThatThrownBy(() -> items.stream().collect(Collectors.toList()))
        .isInstanceOfSatisfying(io.secplat.core.error.PagingCycleException.class, e -> {
          assertThat(e.operation()).isEqualTo("listThings");
          assertThat(e.vendor()).isEqualTo("Testvendor");
          assertThat(e.getMessage()).isEqualTo("Testvendor listThings: page 4 would follow a cursor already followed"
              + " (the server's paging repeats); stopped after 3 pages");
        });
    assertThat(tokensAsked).containsExactly(null, "A", "B");
  }
}
