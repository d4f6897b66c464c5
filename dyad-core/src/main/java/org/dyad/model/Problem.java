package org.dyad.model;

/**
 * Something wrong with an article that Dyad worked around. Problems are data, never exceptions.
 *
 * @param code    short stable identifier ({@code truncated}, {@code no-date}, ...)
 * @param message one line a user can read
 */
public record Problem(String code, String message) {
}
