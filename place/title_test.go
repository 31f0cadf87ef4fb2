package place

import "testing"

type words map[string]map[string]string

func (w words) Words(list string) map[string]string { return w[list] }

func TestTitleScore(t *testing.T) {
	w := words{
		"place_ticker":  {"liveticker": "", "newsblog": ""},
		"place_digest":  {"in kürze": "", "die lage am morgen": ""},
		"place_preview": {"wer überträgt": "2", "im free-tv": "", "übertragung": "0.5"},
		"place_report":  {"gewinnt": "0.5"},
	}
	full := "Sturmflut überschwemmt den Hafen von Neuwarft"
	worse := []string{
		"Sturmflut überschwemmt den Hafen von ...",
		"Sturmflut überschwemmt den Hafen von …",
		"Liveticker | Sturmflut in Neuwarft | Tag 2",
		"Neuwarft in Kürze: Sturmflut, Markt, Museum",
		"Die Lage am Morgen: Sturmflut und Wahlen",
		"Sturmflut",
		"",
		"Überschwemmt die Sturmflut den Hafen von Neuwarft?",
		"Neuwarft gegen Altdorf heute im Free-TV und im Stream",
	}
	base := titleScore(full, w, 0.5)
	// A complete question still beats a statement cut off.
	if q, cut := titleScore("Überschwemmt die Sturmflut den Hafen von Neuwarft?", w, 0.5), titleScore(worse[0], w, 0.5); q <= cut {
		t.Errorf("a complete question (%.2f) should beat a headline cut off (%.2f)", q, cut)
	}
	for _, h := range worse {
		if s := titleScore(h, w, 0.5); s >= base {
			t.Errorf("titleScore(%q) = %.2f, not below the full headline's %.2f", h, s, base)
		}
	}
	// A report's words outweigh the one preview word a report may hold.
	if r, p := titleScore("Neuwarft gewinnt nach Übertragung aus dem Stadion", w, 0.5), titleScore("Übertragung aus Neuwarft am Abend", w, 0.5); r <= p {
		t.Errorf("a report's headline (%.2f) should beat a broadcast's (%.2f)", r, p)
	}
	if titleScore(full, w, 0.9) <= titleScore(full, w, 0.1) {
		t.Error("a more central article's headline should score higher")
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ head, host, want string }{
		{"Apple Watch wird größer - Golem.de", "golem.de", "Apple Watch wird größer"},
		{"Wahl in Sachsen | tagesschau.de", "tagesschau.de", "Wahl in Sachsen"},
		{"Bayern - Freiburg 2:0", "kicker.de", "Bayern - Freiburg 2:0"},
		{"Kurz - und gut", "", "Kurz - und gut"},
		{"Watch Blog", "watchblog.example", ""},
		{"Watch-Blog", "watchblog.example", ""},
		{"Watch Blog testet die Uhr", "watchblog.example", "Watch Blog testet die Uhr"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.head, tt.host); got != tt.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", tt.head, tt.host, got, tt.want)
		}
	}
}
