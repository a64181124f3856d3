package io.secplat.jupiterone;

import java.util.Map;

/**
 * The entity counts of an account ({@code allEntityCounts}).
 *
 * @param typeCounts entities per _type
 * @param classCounts entities per _class
 */
public record EntityCounts(Map<String, Long> typeCounts, Map<String, Long> classCounts) {}
