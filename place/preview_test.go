package place

import (
	"testing"

	"crosscheck/lang/de"
)

// TestAnnounces: headlines and leads that tell readers where and how to watch or vote
// announce a happening; a report of it does not.
func TestAnnounces(t *testing.T) {
	pack := de.New()
	for _, tc := range []struct {
		text    string
		preview bool
	}{
		{"Handball: Polen gegen Chile heute hier im kostenlosen ...", true},
		{"Livestream: Lyon gegen Bremen live sehen", true},
		{"Song Contest: So stimmen Sie für die Band aus Malta", true},
		{"Wer überträgt Polen gegen Chile?", true},
		{"Polen gewinnt gegen Chile", false},
		{"Die Band aus Malta gewinnt den Song Contest", false},
		{"Werft schließt ein Dock in Kiel", false},
	} {
		if got := announces(tc.text, pack) >= 1; got != tc.preview {
			t.Errorf("announces(%q) = %.1f: preview %v, want %v", tc.text, announces(tc.text, pack), got, tc.preview)
		}
	}
	// A language without a pack has no phrase lists: nothing announces, nothing fails.
	if got := announces("Wer überträgt Polen gegen Chile?", nil); got != 0 {
		t.Errorf("announces without a pack = %.1f, want 0", got)
	}
}
