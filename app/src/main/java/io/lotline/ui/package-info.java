/**
 * The screens: the office's dashboard, search and lot page, and the handheld's receiving and picking. Pages are
 * served by the same application (Thymeleaf with htmx), compose the other modules' facades and keep their rules:
 * every refusal the API gives is given on the page, beside the field it is about. See ADR 21.
 */
package io.lotline.ui;
