package io.docintel.inference.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a model's files live: a folder, a classpath location ({@code classpath:/models/x}),
 * or a shipped model's resources (mapped to Optimum's file names).
 */
public interface ModelLocation {

  /** Human-readable origin for messages. */
  String describe();

  /** Default model name when no manifest names it. */
  String defaultName();

  boolean exists(String file);

  byte[] read(String file);

  /** A file on disk, if this location has one (sessions then load without copying bytes). */
  Optional<Path> path(String file);

  static ModelLocation folder(Path dir) {
    return new ModelLocation() {
      @Override
      public String describe() {
        return dir.toString();
      }

      @Override
      public String defaultName() {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "model" : name.toString();
      }

      @Override
      public boolean exists(String file) {
        return Files.isRegularFile(dir.resolve(file));
      }

      @Override
      public byte[] read(String file) {
        try {
          return Files.readAllBytes(dir.resolve(file));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + dir.resolve(file), e);
        }
      }

      @Override
      public Optional<Path> path(String file) {
        return exists(file) ? Optional.of(dir.resolve(file)) : Optional.empty();
      }
    };
  }

  static ModelLocation classpath(String base) {
    String root = (base.startsWith("/") ? base : "/" + base).replaceAll("/+$", "");
    return resources("classpath:" + root, root.substring(root.lastIndexOf('/') + 1),
        file -> root + "/" + file);
  }

  static ModelLocation shipped(ShippedModel model) {
    Map<String, String> files = Map.of("model.onnx", model.onnxResource(),
        "tokenizer.json", model.tokenizerResource());
    return resources("shipped model " + model.modelName(), model.modelName(),
        file -> files.getOrDefault(file, "/docintel-shipped-missing/" + file));
  }

  private static ModelLocation resources(String description, String name,
      java.util.function.Function<String, String> resolver) {
    return new ModelLocation() {
      @Override
      public String describe() {
        return description;
      }

      @Override
      public String defaultName() {
        return name;
      }

      @Override
      public boolean exists(String file) {
        return ModelLocation.class.getResource(resolver.apply(file)) != null;
      }

      @Override
      public byte[] read(String file) {
        try (InputStream in = ModelLocation.class.getResourceAsStream(resolver.apply(file))) {
          if (in == null) {
            throw new IllegalArgumentException(description + " has no " + file);
          }
          return in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + file + " of " + description, e);
        }
      }

      @Override
      public Optional<Path> path(String file) {
        return Optional.empty();
      }
    };
  }
}
