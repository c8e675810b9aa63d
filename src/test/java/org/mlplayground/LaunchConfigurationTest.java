package org.mlplayground;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's first command, {@code mvn javafx:run}, names a class that exists (a package move must not break it). */
class LaunchConfigurationTest {

    @Test
    void theJavafxPluginsMainClassExists() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>[\\s\\S]*?<mainClass>([\\w.]+)</mainClass>")
                .matcher(pom);
        assertTrue(plugin.find(), "the javafx-maven-plugin names a main class");
        String name = plugin.group(1);
        Class<?> app = assertDoesNotThrow(() -> Class.forName(name, false, getClass().getClassLoader()), name);
        assertTrue(javafx.application.Application.class.isAssignableFrom(app), name + " is a JavaFX Application");
    }
}
