package org.ruraltalent.common;

/** A code of the API (an enum constant) with its Chinese and English labels, served at /api/v1/code-tables. */
public interface Labelled {

    String zh();

    String en();
}
