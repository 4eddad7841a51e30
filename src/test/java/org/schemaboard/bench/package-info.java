/**
 * Benchmarks for live collaboration (issue 5): propagation latency between two real browsers, safety of 20 concurrent
 * writers through the service layer, and how many open editor sessions one instance holds. They are programs, not
 * tests (no class name ends in Test or IT, so {@code mvn verify} leaves them alone); run them with
 * {@code mvn -Pcollab-benchmark test-compile exec:exec [-Dbench=latency|writers|capacity]}. Figures go to
 * {@code target/bench/} and, by hand, to {@code BENCHMARKS-collab.md}.
 */
package org.schemaboard.bench;
