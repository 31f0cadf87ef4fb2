package story_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// fireRewrite is a fire report and a rewrite of it that adds a claim with a figure and then
// added (JSON-escaped, paragraphs separated by sep): the statements only the rewrite makes.
func fireRewrite(t *testing.T, sep, added string) []string {
	t.Helper()
	dir := t.TempDir()
	base := strings.Join([]string{"Ein Großbrand hat am Montag eine Lagerhalle in Bremen zerstört.",
		"Nach Angaben der Bremer Feuerwehr waren 120 Einsatzkräfte vor Ort.",
		"Die Flammen griffen auf ein benachbartes Bürogebäude in der Überseestadt über.",
		"Verletzt wurde nach ersten Erkenntnissen niemand, teilte die Polizei Bremen mit.",
		"Die Ermittler suchen nun nach der Ursache des Feuers in der Halle."}, sep)
	added = sep + "Den Schaden schätzt der Eigentümer der Halle auf zwei Millionen Euro." + sep + added
	lines := []string{
		`{"id":"brand-a","title":"Lagerhalle in Bremen abgebrannt","published":"2025-03-03","text":"` + base + `"}`,
		`{"id":"brand-b","title":"Großbrand zerstört Lagerhalle in Bremen","published":"2025-03-04","text":"` + base + added + `"}`,
	}
	if err := writeFile(filepath.Join(dir, "brand.jsonl"), strings.Join(lines, "\n")+"\n"); err != nil {
		t.Fatal(err)
	}
	_, r := ingest(t, dir)
	var out []string
	for _, st := range allStories(t, r) {
		for _, u := range st.Unsupported {
			out = append(out, u.Text)
		}
	}
	claim := false
	for _, u := range out {
		claim = claim || strings.Contains(u, "zwei Millionen Euro")
	}
	if !claim {
		t.Errorf("the claim only the rewrite makes is not listed: %q", out)
	}
	return out
}

// TestQuestionsAreNoStatements: of what a rewrite adds to its source, the claims are listed
// as statements only it makes; its questions state nothing and are not.
func TestQuestionsAreNoStatements(t *testing.T) {
	for _, u := range fireRewrite(t, " ", "Wann kann die Firma in Bremen wieder arbeiten?") {
		if strings.Contains(u, "?") {
			t.Errorf("a question listed as a statement: %q", u)
		}
	}
}

// TestHeadingsAreNoStatements (stop 42): the credit line of a pull quote, a name and role alone
// ("…den Moment. Heidenheim-Trainer Frank Schmidt" on the window's story page), names someone;
// it states nothing a reader could check, so it is no statement only one source makes.
func TestHeadingsAreNoStatements(t *testing.T) {
	for _, u := range fireRewrite(t, `\n\n`, "So einen Brand sieht man zum Glück selten in der Stadt. Feuerwehr-Sprecher Jonas Albrecht Kerber") {
		if strings.HasPrefix(u, "Feuerwehr-Sprecher") {
			t.Errorf("a heading listed as a statement: %q", u)
		}
	}
}
