package io.lotline.gs1;

/**
 * What a scan means: the one entry for screens, handhelds and integrations that hold a code and ask what it is.
 * Reads the code with {@link Gs1} and looks up what it names; it changes nothing.
 */
public interface Scans {

    /** Interprets exactly what the scanner typed; a code that breaks a GS1 rule is refused naming the element. */
    ScanInterpretation interpret(String code);
}
