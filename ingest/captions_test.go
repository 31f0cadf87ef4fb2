package ingest

import (
	"slices"
	"strings"
	"testing"
)

func TestPictureCredits(t *testing.T) {
	text := "Die Stadt Neubrunn bekommt eine neue Brücke über den Fluss Wessel.\n\n" +
		"Bürgermeisterin Hanna Kestrel eröffnet die Baustelle am Ufer. © IMAGO/Jonas Pfeilmann\n\n" +
		"Der Bau soll zwei Jahre dauern und rund vier Millionen Euro kosten, sagte Kestrel.\n\n" +
		"Die alte Brücke wird danach abgerissen. Foto: dpa/Mira Oswald Icon Maximize Icon Lightbox\n\n" +
		"Arbeiter am Ufer der Wessel. (picture alliance / Pressebild | Tomas Venn)\n\n" +
		"Das Ufer im Sommer. © 2023 Fotoservice Lind, abgerufen am 3. Mai 2024\n\n" +
		"Die Polizei veröffentlichte ein Foto: Es zeigt den Wagen des Verdächtigen vor der Brücke.\n\n" +
		"Der Verkehr wird über die Nordbrücke umgeleitet (dpa/AFP)."
	a, err := FromText("t", text)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(text, a.Text) {
		t.Errorf("text changed:\n%q", a.Text)
	}
	want := []string{"IMAGO", "Jonas Pfeilmann", "dpa", "Mira Oswald", "picture alliance", "Pressebild", "Tomas Venn", "Fotoservice Lind"}
	if !slices.Equal(a.PictureCredits, want) {
		t.Errorf("picture credits %q, want %q", a.PictureCredits, want)
	}
}

func TestCreditRun(t *testing.T) {
	for _, c := range []struct {
		text, run string
	}{
		{"Die Läuferin Greta Bohm im Ziel. © Max Ullrich/dpa", "© Max Ullrich/dpa"},
		{"Die Läuferin Greta Bohm im Ziel. Bild © hr/Sina Falk", "Bild © hr/Sina Falk"},
		{"Ein Hafenkran in Altmünde (© IMAGO / Fred Lorch)", "(© IMAGO / Fred Lorch)"},
		{"Zwei Spieler jubeln nach dem Tor. IMAGO/Nordphoto", "IMAGO/Nordphoto"},
		{"Greta Bohm nach dem Lauf. Foto: Lena Kurz", "Foto: Lena Kurz"},
		{"Greta Bohm nach dem Lauf (Quelle: IMAGO/Wiese)", "(Quelle: IMAGO/Wiese)"},
		{"Getty Images", "Getty Images"},
		// No picture credits: text credits, sentences after "Foto:", a source of figures.
		{"Der Zug fiel aus. (dpa/AFP)", ""},
		{"Die Polizei zeigte ein Foto: Es zeigt den Wagen.", ""},
		{"Die Zahl der Fälle stieg um zehn Prozent. Quelle: Statistisches Landesamt", ""},
		{"Er sprach mit Reportern von AP und dpa über die Lage.", ""},
		{"Die Zeitung zitiert Margit Lenz, sie habe das Bild gesehen.", ""},
	} {
		run, ok := creditRun(c.text)
		if run != c.run || ok != (c.run != "") {
			t.Errorf("creditRun(%q) = %q, %v; want %q", c.text, run, ok, c.run)
		}
	}
}

func FuzzCreditRun(f *testing.F) {
	for _, s := range []string{"Ein Bild. © IMAGO/Max Muster", "Foto: dpa/Eva Klein", "(picture alliance / dpa | Tom Ruf)", "Bild ©", "Quelle: "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		run, ok := creditRun(s)
		if ok && !strings.HasSuffix(s, run) {
			t.Fatalf("run %q is not the end of %q", run, s)
		}
		_ = creditParts(run)
	})
}
