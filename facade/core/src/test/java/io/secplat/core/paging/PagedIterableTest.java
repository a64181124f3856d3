package io.secplat.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedIterableTest {
  private final List<Integer> fetched = new ArrayList<>();

  /** 25 items in pages of 10: 0..9, 10..19, 20..24. */
  private OffsetPaging.Slice<Integer> page(int number) {
    fetched.add(number);
    List<Integer> items = IntStream.range(number * 10, Math.min(25, number * 10 + 10)).boxed().collect(Collectors.toList());
    return new OffsetPaging.Slice<>(items, 25);
  }

  @Test
  void nothingIsFetchedBeforeIterationStarts() {
    OffsetPaging.iterate(10, this::page);
    assertThat(fetched).isEmpty();
  }

  @Test
  void iteratesEveryItemAcrossPagesInOrder() {
    List<Integer> all = OffsetPaging.iterate(10, this::page).stream().collect(Collectors.toList());
    assertThat(all).containsExactlyElementsOf(IntStream.range(0, 25).boxed().collect(Collectors.toList()));
    assertThat(fetched).containsExactly(0, 1, 2);
  }

  @Test
  void fetchesTheNextPageOnlyWhenNeeded() {
    List<Integer> firstTwelve = OffsetPaging.iterate(10, this::page).stream().limit(12).collect(Collectors.toList());
    assertThat(firstTwelve).hasSize(12);
    assertThat(fetched).containsExactly(0, 1);
  }

  @Test
  void aServerThatCapsThePageSizeIsStillReadToTheEnd() {
    // asked for 50 per page, the server sends 10: paging must not stop after the first page
    List<Integer> all = OffsetPaging.iterate(50, this::page).stream().collect(Collectors.toList());
    assertThat(all).hasSize(25);
  }

  @Test
  void anEmptyPageThatAnnouncesMoreIsSkipped() {
    PagedIterable<String> pages = new PagedIterable<>(() ->
        Page.of(List.of("a"), () -> Page.of(List.of(), () -> Page.of(List.of(), () -> Page.last(List.of("b"))))));
    assertThat(pages.stream().collect(Collectors.toList())).containsExactly("a", "b");
  }

  @Test
  void anEmptyResultEndsAtOnce() {
    List<Integer> none = OffsetPaging.<Integer>iterate(10, n -> {
      fetched.add(n);
      return new OffsetPaging.Slice<Integer>(List.of(), 0);
    }).stream().collect(Collectors.toList());
    assertThat(none).isEmpty();
    assertThat(fetched).containsExactly(0);
  }

  @Test
  void eachIterationStartsFromTheFirstPage() {
    PagedIterable<Integer> items = OffsetPaging.iterate(10, this::page);
    assertThat(items.stream().count()).isEqualTo(25);
    assertThat(items.stream().count()).isEqualTo(25);
    assertThat(fetched).containsExactly(0, 1, 2, 0, 1, 2);
  }

  @Test
  void pagesCanBeReadOneByOne() {
    List<Integer> sizes = new ArrayList<>();
    OffsetPaging.iterate(10, this::page).pages().forEach(p -> sizes.add(p.items().size()));
    assertThat(sizes).containsExactly(10, 10, 5);
  }
}
