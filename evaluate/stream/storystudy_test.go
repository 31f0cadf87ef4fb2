package stream

import "testing"

// TestStoryGrid: the shipped setting comes first and once, then every combination of the
// axes, the other fields shipped.
func TestStoryGrid(t *testing.T) {
	g, err := StoryGrid("names=0.30,0.35 topic=0.05,0.07")
	if err != nil {
		t.Fatal(err)
	}
	if len(g) != 4 || g[0] != ShippedStory {
		t.Fatalf("grid = %v, want the shipped setting and 3 more", g)
	}
	for _, s := range g[1:] {
		if s == ShippedStory || s.Shared != ShippedStory.Shared || s.CycleNames != ShippedStory.CycleNames {
			t.Errorf("setting %v: want another names or topic, the rest shipped", s)
		}
	}
	if _, err := StoryGrid("nmes=0.3"); err == nil {
		t.Error("an unknown field was accepted")
	}
}

// TestStoryChosenLeavesWindowOut: a window's setting is chosen on the other windows only, by
// F0.5 (precision first) or by recall at a precision of 0.95.
func TestStoryChosenLeavesWindowOut(t *testing.T) {
	cell := func(p, r float64) StoryCell { return StoryCell{Articles: 100, Storylines: scores(p, r)} }
	r := &StoryStudyResult{
		Windows:  []string{"a", "b", "c"},
		Settings: []StorySetting{ShippedStory, {}, {}},
		// Setting 1 gains recall for precision everywhere (F0.5 0.921 against 0.931);
		// setting 2 is best only on window c.
		Cells: [][]StoryCell{
			{cell(0.97, 0.80), cell(0.95, 0.82), cell(0.90, 0.70)},
			{cell(0.97, 0.80), cell(0.95, 0.82), cell(0.90, 0.70)},
			{cell(0.97, 0.80), cell(0.95, 0.82), cell(0.99, 0.99)},
		},
	}
	per, _ := r.Chosen(StoryCriteria[1])
	if per[0] != 1 || per[1] != 1 || per[2] != 1 {
		t.Errorf("recall at P>=0.95 chose %v, want setting 1 for every window (c's own best is not seen)", per)
	}
	per, all := r.Chosen(StoryCriteria[0])
	if per[0] != 0 || per[1] != 0 || per[2] != 0 || all != 0 {
		t.Errorf("F0.5 chose %v and %d on all, want the shipped setting throughout", per, all)
	}
}
