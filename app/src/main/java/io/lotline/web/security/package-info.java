/**
 * The security configuration of the web module: the filter chains of the API, the pages and the operations door,
 * Bearer tokens and JWT roles, and the role check made before a request body is read.
 */
package io.lotline.web.security;
