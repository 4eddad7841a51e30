package org.schemaboard.model.entity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A table-to-be, with its attributes in order. */
public record Entity(UUID id, String name, EntityKind kind, String purpose, String businessRules, String lifecycle,
                     String notes, int version, List<Attribute> attributes) {

    public Entity {
        attributes = List.copyOf(attributes);
    }

    public List<Attribute> primaryKey() {
        return attributes.stream().filter(Attribute::primaryKey).toList();
    }

    public Optional<Attribute> attribute(UUID id) {
        return attributes.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Attribute> attributeNamed(String name) {
        return attributes.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }
}
