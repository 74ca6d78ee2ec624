package io.lotline.genealogy;

/** Forward follows a lot into what was made from it, towards customers; reverse follows it back to suppliers. */
public enum Direction { FORWARD, REVERSE }
