package org.schemaboard.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.export.DesignJson;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;

/** Compares design.json files of designs that differ only in their ids and name, as an import makes them. */
final class DesignFiles {

    private DesignFiles() {
    }

    /**
     * The file with every id replaced by what it names ({@code <entity users>}, {@code <attribute users.email>},
     * {@code <relationship 3>}, …) and the design's name by {@code <name>}.
     */
    static String withoutIds(String json) {
        DesignModel design = DesignJson.read(json);
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Entity e : design.entities()) {
            names.put(e.id(), "<entity " + e.name() + ">");
            for (Attribute a : e.attributes()) {
                names.put(a.id(), "<attribute " + e.name() + "." + a.name() + ">");
            }
        }
        for (int i = 0; i < design.relationships().size(); i++) {
            names.put(design.relationships().get(i).id(), "<relationship " + i + ">");
        }
        design.indexes().forEach(i -> names.put(i.id(), "<index " + i.name() + ">"));
        design.queryPatterns().forEach(q -> names.put(q.id(), "<query pattern " + q.name() + ">"));
        DesignJson.readFile(json).nosql().forEach(e -> names.put(e.id(), "<nosql " + e.name() + ">"));
        String text = json.replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"<name>\"");
        for (Map.Entry<UUID, String> name : names.entrySet()) {
            text = text.replace(name.getKey().toString(), name.getValue());
        }
        return text;
    }
}
