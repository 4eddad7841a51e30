package org.schemaboard.importing.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.relationship.ReferentialAction;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class LiveImportServiceTest {

    @Autowired
    TestData data;
    @Autowired
    LiveImportService imports;
    @Autowired
    DesignModelService models;
    @Autowired
    DesignService designs;

    @Test
    void a_live_h2_schema_becomes_a_design_in_one_history_line_naming_the_database_without_its_password()
            throws Exception {
        String user = data.account("live");
        String url = "jdbc:h2:mem:formats21_live_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(url, "reader", "pw-formats21");
             Statement s = keep.createStatement()) {
            s.execute("CREATE TABLE teams (id INT PRIMARY KEY, name VARCHAR(60) NOT NULL);"
                    + "CREATE TABLE players (id INT PRIMARY KEY, team_id INT, CONSTRAINT players_team FOREIGN KEY "
                    + "(team_id) REFERENCES teams(id) ON DELETE CASCADE);"
                    + "CREATE INDEX players_by_team ON players (team_id)");
            LiveImportService.LivePlan read = LiveImportService.read(new LiveConnection(url, "reader",
                    "pw-formats21"), null, false);
            String name = TestData.designName("Live league");
            UUID id = data.as(user, () -> imports.importIntoNewDesign(name, null, read, done -> { }));

            DesignModel model = data.as(user, () -> models.load(id));
            assertThat(model.targetDatabase()).isEqualTo(TargetDatabase.H2);
            assertThat(model.entities()).hasSize(2);
            assertThat(model.relationships()).singleElement()
                    .satisfies(r -> assertThat(r.onDelete()).isEqualTo(ReferentialAction.CASCADE));
            assertThat(model.indexes()).anyMatch(i -> i.name().equalsIgnoreCase("players_by_team"));
            List<AuditRecord> history = data.as(user, () -> models.history(id, null, null, 100));
            assertThat(history).filteredOn(line -> line.action() == ChangeAction.IMPORT).singleElement()
                    .satisfies(line -> assertThat(line.elementName()).startsWith("the database " + url));
            assertThat(history).noneMatch(line -> String.valueOf(line.newValue()).contains("pw-formats21")
                    || line.elementName().contains("pw-formats21"));
            assertThat(data.as(user, () -> designs.get(id)).description()).doesNotContain("pw-formats21");

            // adding the same tables again clashes: refused, nothing added
            assertThatThrownBy(() -> data.as(user, () -> imports.importInto(id, read, done -> { })))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("Nothing was imported");
            assertThat(data.as(user, () -> models.load(id)).entities()).hasSize(2);
        }
    }
}
