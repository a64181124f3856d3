package io.secplat.mock.jupiterone;

import java.util.concurrent.atomic.AtomicInteger;

/** How the JupiterOne mock behaves beyond its data: page sizes, deferred timing, injected faults. */
final class MockSettings {
  /** JupiterOne's own J1QL page size. */
  volatile int j1qlPageSize = 250;
  volatile int listPageSize = 25;
  volatile int deferredPollsInProgress = 1;
  volatile String deferredLinkBase;
  volatile int syncPollsFinalizePending;
  final AtomicInteger rateLimitedGraphQlRequests = new AtomicInteger();

  void reset() {
    rateLimitedGraphQlRequests.set(0);
  }
}
