/**
 * The rating engine: plain domain code, no framework. From quality statement scores (or evidence category
 * scores), recorded breaches and approved professional-judgement overrides, under one methodology version's
 * rules, it works out quality statement scores, key question percentages and ratings, applies the limiters and
 * aggregates the overall rating, writing down in plain English the rule applied at every step.
 */
package org.inspectorate.rating.domain;
