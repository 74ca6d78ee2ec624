/**
 * What the security filter chains hand to the sign-in check (the client's address and door) and what it answers when
 * earlier failures make a sign-in wait.
 */
@NamedInterface("signin")
package io.lotline.identity.signin;

import org.springframework.modulith.NamedInterface;
