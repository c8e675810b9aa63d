package org.mlplayground.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building a lesson from the window: the Share text as a step, adding, replacing, moving, removing. */
class LessonEditingTest {

    private static final String SHARED = "dataset=xor&points=400&noise=0.05&test=0.5&dataSeed=1&features=x1,x2&hidden=&"
            + "activation=tanh&solver=adam&lr=0.03&alpha=0&batch=10&seed=0&table=1.5,-2,0;3,4,1";

    private static LessonStep step(String title, Map<String, String> state, List<String> hide) {
        return new LessonStep(1, title, title + " text", "", LessonView.PLAYGROUND, state, hide, null, null);
    }

    @Test
    void theSharedStateTextIsCheckedAndNormalized() {
        Map<String, String> s = StateKey.parseStateText(SHARED);
        assertEquals("", s.get("hidden"));
        assertEquals("x1,x2", s.get("features"));
        assertEquals("1.5,-2,0;3,4,1", s.get("table"));
        assertEquals("0.03", s.get("lr"));
        assertEquals(14, s.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateKey.parseStateText("dataset=xor&hidden=4,x"));
        assertEquals("The state text's hidden: '4,x' is not whole numbers as expected", e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StateKey.parseStateText("colour=red")).getMessage()
                .contains("unknown state key 'colour'"));
    }

    @Test
    void addedStepsKeepOnlyWhatChangesAndEditsKeepWhatEachStepShows() throws Exception {
        Lesson l = new Lesson("Mine", "", List.of(step("one", StateKey.parseStateText(SHARED), List.of("batch"))));
        l = l.withStepAdded(step("two", StateKey.parseStateText(SHARED.replace("hidden=&", "hidden=4&")), null));
        l = l.withStepAdded(step("three", StateKey.parseStateText(SHARED.replace("hidden=&", "hidden=4&").replace("alpha=0", "alpha=0.1")),
                List.of()));
        assertEquals(Map.of("hidden", "4"), l.steps().get(1).state());
        assertEquals(Map.of("alpha", "0.1"), l.steps().get(2).state());
        assertNull(l.steps().get(1).hide());
        assertEquals(List.of(), l.steps().get(2).hide());
        assertEquals(List.of(1, 2, 3), l.steps().stream().map(LessonStep::number).toList());

        // moving step 3 first: every step still shows the state it showed
        Lesson moved = l.withStepMoved(3, 1);
        assertEquals(List.of("three", "one", "two"), moved.steps().stream().map(LessonStep::title).toList());
        assertEquals(l.stateAt(3), moved.stateAt(1));
        assertEquals(List.of(), moved.hiddenAt(1));
        assertEquals(List.of("batch"), moved.hiddenAt(2));
        assertEquals("0", moved.stateAt(2).get("alpha"));
        assertEquals("", moved.stateAt(2).get("hidden"));
        assertEquals(l.stateAt(2), moved.stateAt(3));

        Lesson without = l.withoutStep(2);
        assertEquals(l.stateAt(3), without.stateAt(2));
        assertEquals(Map.of("hidden", "4", "alpha", "0.1"), without.steps().get(1).state());

        Lesson edited = l.withStepReplaced(2, new LessonStep(2, "two", "New *text*", "Why?", LessonView.MATH,
                l.steps().get(1).state(), null, Map.of("hidden", "Fixed here."), new LessonAction.Train(5)));
        assertEquals("New *text*", edited.steps().get(1).text());
        assertEquals(l.stateAt(3), edited.stateAt(3));
        assertEquals(Map.of("hidden", "Fixed here."), edited.lockedAt(2));
        assertEquals(Map.of(), edited.lockedAt(3), "the other steps show what they showed");

        // and the edited lesson survives the file
        assertEquals(LessonFile.toText(edited), LessonFile.toText(LessonFile.parse(LessonFile.toText(edited), "mine.json")));
        assertThrows(IllegalArgumentException.class, () -> new Lesson("x", "", List.of(step("a", Map.of(), null))).withoutStep(1));
    }
}
