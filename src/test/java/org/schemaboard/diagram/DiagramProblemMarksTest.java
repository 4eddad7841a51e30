package org.schemaboard.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.diagram.Models.id;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Problem markers on the diagram's entity boxes: a badge in the box of each entity with open problems, only there. */
class DiagramProblemMarksTest {

    @Test
    void entity_with_problems_gets_a_badge_with_count_worst_severity_and_messages_others_none() throws Exception {
        DesignModel shop = Models.shop();
        String svg = DiagramSvg.svg(shop, AutoLayout.of(shop), Map.of(id("orders"),
                new DiagramSvg.ProblemMark("error", 2, "error: orders has no primary key; warning: mixed names")));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList boxes = doc.getElementsByTagName("g");
        int marked = 0;
        for (int i = 0; i < boxes.getLength(); i++) {
            Element g = (Element) boxes.item(i);
            if (g.getAttribute("class").startsWith("sb-problem")) {
                marked++;
                Element box = (Element) g.getParentNode();
                assertThat(box.getAttribute("data-name")).isEqualTo("orders");
                assertThat(g.getAttribute("class")).isEqualTo("sb-problem sb-problem-error");
                assertThat(g.getAttribute("aria-label")).isEqualTo("2 problems, worst error");
                assertThat(g.getTextContent()).contains("orders has no primary key").endsWith("2");
            }
        }
        assertThat(marked).isEqualTo(1);
        assertThat(DiagramSvg.svg(shop, AutoLayout.of(shop))).doesNotContain("sb-problem\"");
    }
}
