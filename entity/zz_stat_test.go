package entity

import "testing"

func TestZZStat(t *testing.T) {
	m, _ := DefaultModel()
	t.Logf("features %d ents %d slots %d", len(m.tab.keys), len(m.tab.ents), len(m.tab.slots))
}
