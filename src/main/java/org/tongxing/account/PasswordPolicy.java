package org.tongxing.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What makes a password acceptable: at least 10 characters, not one of the 20,000 most common passwords
 * of that length (checked case-insensitively), and not built from the username.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common = load();

    /** Empty when acceptable, otherwise the reason in English. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("is one of the most commonly used passwords; choose another");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("must use at least 4 different characters");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt.gz");
        if (in == null) {
            throw new IllegalStateException("The common-password list is missing from the application");
        }
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.strip().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list cannot be read", e);
        }
        return words;
    }

    int size() {
        return common.size();
    }
}
