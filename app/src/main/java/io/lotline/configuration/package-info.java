/**
 * How Lotline is set up at start: the production database guard, which refuses the embedded development database
 * under the {@code prod} profile before a connection is opened, and the one clock, in the site's zone.
 */
package io.lotline.configuration;
