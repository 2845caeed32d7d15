/**
 * The thin typed REST client of an H2O-3 cluster: what the Spark driver uses to talk to H2O, and nothing else.
 *
 * <p>It depends on the JDK's {@code java.net.http} and Jackson only: no Spark, no h2o-core. Every non-2xx reply becomes
 * an {@link org.sparkling.client.H2OServerException}; an unreachable node becomes an {@link org.sparkling.client.H2OConnectionException}
 * naming its {@code host:port}.
 */
package org.sparkling.client;
