/**
 * Cross-cutting web concerns only: the one place that maps failures to RFC 9457 problem details, the JSON form of the
 * shared value types, the security filter chains (Bearer tokens and HTTP Basic for the API, form login for pages),
 * and the OpenAPI description. The security configuration lives in {@code web.security}, the rest in
 * {@code web.internal}.
 */
package io.lotline.web;
