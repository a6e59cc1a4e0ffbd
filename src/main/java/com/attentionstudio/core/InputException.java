package com.attentionstudio.core;

/**
 * Bad input from the user or from a user's file: empty text, a truncated checkpoint, a tokenizer file
 * that is not JSON. The message is shown to the user as it is, so it says what is wrong and what to do
 * ("model.safetensors is truncated: the header promises 1200 bytes of data but the file holds 800;
 * download the file again"). The CLI turns it into exit code 2, the window into a message; neither
 * shows a stack trace. Anything else that escapes is a bug.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
