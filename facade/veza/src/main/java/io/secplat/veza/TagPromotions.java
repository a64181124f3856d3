package io.secplat.veza;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.veza.generated.api.TagPromotionsApi;
import io.secplat.veza.generated.model.DemoteTagRequest;
import io.secplat.veza.generated.model.ListTagPromotionsResponse;
import io.secplat.veza.generated.model.TagPromotion;
import java.util.List;

/**
 * Tag promotions (Early Access, {@code /api/preview}): provider tags promoted to Veza tags.
 *
 * <pre>{@code
 * veza.tagPromotions().promote(new TagPromotion().tagKey("cost-center").tagType("AWSTag"));
 * }</pre>
 */
public final class TagPromotions {
  private final TagPromotionsApi api;

  TagPromotions(TagPromotionsApi api) {
    this.api = api;
  }

  /** @return every promotion */
  @Operation("ListTagPromotions")
  public List<TagPromotion> list() {
    ListTagPromotionsResponse response = api.listTagPromotions();
    return response.getTagPromotions() == null ? List.of() : response.getTagPromotions();
  }

  /**
   * Promotes a provider tag. Promoting the same key and type twice is refused by Veza.
   *
   * @param promotion the tag key, type and entity types
   */
  @Operation("PromoteTag")
  public void promote(TagPromotion promotion) {
    Arguments.requireNonNull("promotion", promotion);
    Arguments.requireNonBlank("promotion.tagKey", promotion.getTagKey());
    api.promoteTag(promotion);
  }

  /**
   * Demotes a promoted tag; it applies at the next parse of the data source.
   *
   * @param tagKey the tag key
   * @param tagType the tag type, for example {@code AWSTag}
   */
  @Operation("DemoteTag")
  public void demote(String tagKey, String tagType) {
    api.demoteTag(new DemoteTagRequest().tagKey(Arguments.requireNonBlank("tagKey", tagKey))
        .tagType(Arguments.requireNonBlank("tagType", tagType)));
  }
}
