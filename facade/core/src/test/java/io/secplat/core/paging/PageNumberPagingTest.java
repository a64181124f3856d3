package io.secplat.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageNumberPagingTest {
  private final List<Integer> fetched = new ArrayList<>();

  /** A listing of {@code total} items served in pages of {@code size}, numbered from {@code first}. */
  private PagedIterable<Integer> listing(int total, int first, int size) {
    return PageNumberPaging.iterate(first, size, number -> {
      fetched.add(number);
      int from = (number - first) * size;
      return IntStream.range(from, Math.min(total, from + size)).boxed().collect(Collectors.toList());
    });
  }

  @Test
  void fortyFiveItemsInPagesOfTwentyTakeThreeRequestsAndEndOnTheShortPage() {
    assertThat(listing(45, 1, 20).stream().collect(Collectors.toList()))
        .containsExactlyElementsOf(IntStream.range(0, 45).boxed().collect(Collectors.toList()));
    assertThat(fetched).containsExactly(1, 2, 3);
  }

  @Test
  void exactlyFortyItemsTakeThreeRequestsAndEndOnTheEmptyPage() {
    assertThat(listing(40, 1, 20).stream().count()).isEqualTo(40);
    assertThat(fetched).containsExactly(1, 2, 3);
  }

  @Test
  void zeroBasedPagesStartAtZero() {
    assertThat(listing(5, 0, 2).stream().collect(Collectors.toList())).containsExactly(0, 1, 2, 3, 4);
    assertThat(fetched).containsExactly(0, 1, 2);
  }

  @Test
  void nothingIsFetchedBeforeIterationAndOnlyWhatIsNeededAfter() {
    PagedIterable<Integer> items = listing(45, 1, 20);
    assertThat(fetched).isEmpty();
    assertThat(items.stream().limit(21).count()).isEqualTo(21);
    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void anEmptyListingIsOneRequest() {
    assertThat(listing(0, 1, 20).stream().count()).isZero();
    assertThat(fetched).containsExactly(1);
  }

  @Test
  void aNullPageEndsTheListing() {
    assertThat(PageNumberPaging.<String>iterate(1, 10, n -> null).stream().count()).isZero();
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> PageNumberPaging.iterate(-1, 10, n -> List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("firstPage must not be negative, was -1");
    assertThatThrownBy(() -> PageNumberPaging.iterate(1, 0, n -> List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pageSize must be positive, was 0");
  }
}
