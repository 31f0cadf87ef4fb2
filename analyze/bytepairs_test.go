package analyze

import (
	"strings"
	"testing"
)

// The pair set never rules out a phrase the text holds, and rules out most it lacks.
func TestBytePairsRuleOutOnlyAbsentPhrases(t *testing.T) {
	text := "jetzt abonnieren und 0 monate werbefrei lesen. stand: 00.00.0000, 00:00 uhr"
	var s bytePairs
	s.of([]byte(text))
	held := []string{"abonnieren", "und 0 monate", "werbefrei lesen", "stand: 00.00.0000", "00:00 uhr", "t", "", "jetzt abonnieren und 0 monate werbefrei lesen. stand: 00.00.0000, 00:00 uhr"}
	for _, p := range held {
		if !strings.Contains(text, p) {
			t.Fatalf("test phrase %q is not in the text", p)
		}
		if !s.mayHold(p) {
			t.Errorf("mayHold(%q) = false for a phrase the text holds", p)
		}
	}
	absent := []string{"externer inhalt", "datenschutzerklärung", "cookies zustimmen", "adblocker", "pur-abo", "widerrufliche einwilligung", "javascript", "zzz", "qq"}
	ruled := 0
	for _, p := range absent {
		if !s.mayHold(p) {
			ruled++
		}
	}
	if ruled < len(absent)-2 {
		t.Errorf("ruled out %d of %d absent phrases", ruled, len(absent))
	}
}
