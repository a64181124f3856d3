package io.secplat.mock.jupiterone;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages of a streaming query: the start candidates come from an index in insertion order, from
 * where the cursor left off (binary search on the sequence number), and the walk stops when the
 * page is full, one row beyond it deciding whether there is a next page. The cursor holds the
 * candidate to resume at, how many of its paths were already answered, and how many start entities
 * were accepted so far (for SKIP and LIMIT, which apply to the start entities, as the reference
 * says). The caller holds the graph's lock.
 */
final class J1qlStreaming {
  private final Graph graph;
  private final J1qlPlan plan;
  private final String accountId;
  private final J1qlTraversal traversal;

  J1qlStreaming(Graph graph, J1qlPlan plan, String accountId) {
    this.graph = graph;
    this.plan = plan;
    this.accountId = accountId;
    this.traversal = new J1qlTraversal(graph, plan);
  }

  J1qlEngine.Result page(long[] state, int pageSize, String fingerprint) {
    long fromSeq = state == null ? 0 : state[0];
    int pathOffset = state == null || state.length < 2 ? 0 : (int) state[1];
    long accepted = state == null || state.length < 3 ? 0 : state[2];
    boolean entities = plan.returns().entities();
    List<Object> rows = new ArrayList<>();
    long[] next = null;
    J1qlCandidates candidates = J1qlCandidates.of(graph.index(), plan.start(), fromSeq);
    if (plainStart() && accepted < plan.skip()) {
      accepted += candidates.skip(plan.skip() - accepted);
    }
    while (next == null && candidates.hasNext()) {
      GraphIndex.Indexed candidate = candidates.next();
      List<Object> found = new ArrayList<>();
      GraphEntity entity = candidate.entity();
      if (entities) {
        traversal.walk(entity, (path, current) -> {
          found.add(entity.j1qlRow(accountId));
          return false;
        });
      } else {
        traversal.walk(entity, (path, current) -> {
          found.add(J1qlRows.row(plan.returns().columns(), path, accountId));
          return true;
        });
      }
      if (found.isEmpty()) {
        continue;
      }
      long before = accepted++;
      if (accepted <= plan.skip()) {
        continue;
      }
      if (plan.limit() != null && accepted > plan.skip() + (long) plan.limit()) {
        break;
      }
      int first = candidate.seq() == fromSeq ? pathOffset : 0;
      for (int i = first; i < found.size(); i++) {
        if (rows.size() == pageSize) {
          next = new long[] {candidate.seq(), i, before};
          break;
        }
        rows.add(found.get(i));
      }
    }
    return new J1qlEngine.Result(entities ? "list" : "table", rows,
        next == null ? null : J1qlEngine.encode(fingerprint, next));
  }

  /** A start without filters or traversals: SKIP jumps in the index instead of walking. */
  private boolean plainStart() {
    J1qlPlan.Selector start = plan.start();
    return start.with() == null && start.target() == null && plan.steps().isEmpty() && plan.where() == null;
  }

}
