/**
 * The register: providers (the legal entities registered to carry on regulated activities), their
 * locations, the regulated activities at each location, registered managers, nominated individuals and
 * conditions of registration (DOMAIN.md section 3).
 */
package org.inspectorate.registry.domain;
