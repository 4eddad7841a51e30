package org.schemaboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core in the browser tests: {@link #check} runs it on what the page shows now and fails on any serious or
 * critical violation of WCAG 2.1 A/AA, naming the rule and the elements.
 */
public final class Accessibility {

    private static String axe;

    private Accessibility() {
    }

    private static synchronized String axe() {
        if (axe == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("axe.min.js is missing from the test resources", e);
            }
        }
        return axe;
    }

    @SuppressWarnings("unchecked")
    public static void check(Page page, String view) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  // a notification fading in is half transparent: let finite animations end before judging contrast
                  // (a dialog's overlay animates inside its shadow root, which document.getAnimations() may not
                  // list: its 'opening' / 'closing' attributes say when it is still moving)
                  for (let i = 0; i < 50 && document.querySelector('[opening], [closing]'); i++) {
                    await new Promise(r => setTimeout(r, 20));
                  }
                  const settle = async () => {
                    const overlays = [...document.querySelectorAll('vaadin-dialog-overlay, vaadin-confirm-dialog-overlay,'
                        + ' vaadin-notification-card')].flatMap(o => o.shadowRoot ? o.shadowRoot.getAnimations() : []);
                    await Promise.all([...document.getAnimations(), ...overlays]
                        .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                        .map(a => a.finished.catch(() => null)));
                  };
                  await settle();
                  // whether a node is in a notification card, through its shadow roots (axe's selector for it varies:
                  // vaadin-notification-card, or :root)
                  const inNotification = n => {
                    for (let e = n.element; e; e = e.parentNode || e.host) {
                      if (e.localName === 'vaadin-notification-card') return true;
                    }
                    return n.target.join(' ').includes('vaadin-notification-card');
                  };
                  const audit = () => axe.run(document, { elementRef: true, runOnly: { type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  let result = await audit();
                  // a notification that began to fade out (or in) while axe ran is judged half transparent: once it
                  // has settled, judge the page again
                  if (result.violations.some(v => v.id === 'color-contrast'
                      && v.nodes.some(inNotification))) {
                    await new Promise(r => setTimeout(r, 800));
                    await settle();
                    result = await audit();
                  }
                  // Vaadin's menu bar writes aria-haspopup="false" on the items of an open sub-menu (its own markup,
                  // not ours, and harmless to assistive technology): those nodes alone are not counted
                  const vaadinMenuItem = n => n.html.startsWith('<vaadin-menu-bar-item')
                      && n.html.includes('aria-haspopup="false"');
                  // a modal Vaadin dialog hides the view behind it (aria-hidden on #outlet) and traps the focus
                  // itself, so the view's buttons cannot be reached while it is open: not counted either
                  const modalOpen = document.querySelector('vaadin-dialog-overlay[opened], vaadin-confirm-dialog-overlay[opened]') !== null;
                  result.violations.forEach(v => {
                    if (v.id === 'aria-allowed-attr') v.nodes = v.nodes.filter(n => !vaadinMenuItem(n));
                    if (v.id === 'aria-hidden-focus' && modalOpen) v.nodes = v.nodes.filter(n => n.target.join(' ') !== '#outlet');
                    // a notification shown before a modal dialog opened sits behind the dialog's dimming backdrop,
                    // which axe blends into its colours: what is behind a modal is not read, so not counted
                    if (v.id === 'color-contrast' && modalOpen) {
                      v.nodes = v.nodes.filter(n => !inNotification(n));
                    }
                  });
                  return result.violations.filter(v => v.nodes.length > 0)
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ') }));
                }
                """);
        assertThat(violations).as("serious or critical accessibility violations on " + view).isEmpty();
    }
}
