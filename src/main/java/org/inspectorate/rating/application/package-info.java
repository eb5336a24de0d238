/**
 * Use cases of the ratings context: publishing an approved assessment's ratings, explaining a current rating to
 * staff, providers and the public, recomputing every current rating under a methodology version as a batch job,
 * and the {@link org.inspectorate.rating.application.BreachSource} SPI through which breaches of regulations reach
 * the limiters.
 */
package org.inspectorate.rating.application;
