/**
 * The tolerant reader: decoding that survives contract drift and reports it, and strict mode,
 * which refuses it. Entry point: {@link io.secplat.core.contract.ContractReading}.
 */
package io.secplat.core.contract;
