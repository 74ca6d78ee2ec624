/**
 * Who is acting: users with hashed passwords and roles, service accounts and API tokens, the current actor of a
 * request, and the access rules every endpoint declares. Trace data is for quality and compliance only.
 */
package io.lotline.identity;
