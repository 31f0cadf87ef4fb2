package story_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestQuestionsAreNoStatements: of what a rewrite adds to its source, the claims are listed
// as statements only it makes; its questions state nothing and are not.
func TestQuestionsAreNoStatements(t *testing.T) {
	dir := t.TempDir()
	base := "Ein Großbrand hat am Montag eine Lagerhalle in Bremen zerstört. " +
		"Nach Angaben der Bremer Feuerwehr waren 120 Einsatzkräfte vor Ort. " +
		"Die Flammen griffen auf ein benachbartes Bürogebäude in der Überseestadt über. " +
		"Verletzt wurde nach ersten Erkenntnissen niemand, teilte die Polizei Bremen mit. " +
		"Die Ermittler suchen nun nach der Ursache des Feuers in der Halle."
	added := " Den Schaden schätzt der Eigentümer der Halle auf zwei Millionen Euro." +
		" Wann kann die Firma in Bremen wieder arbeiten?"
	lines := []string{
		`{"id":"brand-a","title":"Lagerhalle in Bremen abgebrannt","published":"2025-03-03","text":"` + base + `"}`,
		`{"id":"brand-b","title":"Großbrand zerstört Lagerhalle in Bremen","published":"2025-03-04","text":"` + base + added + `"}`,
	}
	if err := writeFile(filepath.Join(dir, "brand.jsonl"), strings.Join(lines, "\n")+"\n"); err != nil {
		t.Fatal(err)
	}
	_, r := ingest(t, dir)
	claim := false
	for _, st := range allStories(t, r) {
		for _, u := range st.Unsupported {
			if strings.Contains(u.Text, "?") {
				t.Errorf("a question listed as a statement: %q", u.Text)
			}
			claim = claim || strings.Contains(u.Text, "zwei Millionen Euro")
		}
	}
	if !claim {
		t.Error("the claim only the rewrite makes is not listed")
	}
}

// TestHeadingsAreNoStatements (stop 42): the credit line of a pull quote, a name and role alone
// ("…den Moment. Heidenheim-Trainer Frank Schmidt" on the window's story page), names someone;
// it states nothing a reader could check, so it is no statement only one source makes.
func TestHeadingsAreNoStatements(t *testing.T) {
	dir := t.TempDir()
	base := "Ein Großbrand hat am Montag eine Lagerhalle in Bremen zerstört.\\n\\n" +
		"Nach Angaben der Bremer Feuerwehr waren 120 Einsatzkräfte vor Ort.\\n\\n" +
		"Die Flammen griffen auf ein benachbartes Bürogebäude in der Überseestadt über.\\n\\n" +
		"Verletzt wurde nach ersten Erkenntnissen niemand, teilte die Polizei Bremen mit.\\n\\n" +
		"Die Ermittler suchen nun nach der Ursache des Feuers in der Halle."
	added := "\\n\\nSo einen Brand sieht man zum Glück selten in der Stadt. Feuerwehr-Sprecher Jonas Albrecht Kerber\\n\\n" +
		"Den Schaden schätzt der Eigentümer der Halle auf zwei Millionen Euro."
	lines := []string{
		`{"id":"brand-a","title":"Lagerhalle in Bremen abgebrannt","published":"2025-03-03","text":"` + base + `"}`,
		`{"id":"brand-b","title":"Großbrand zerstört Lagerhalle in Bremen","published":"2025-03-04","text":"` + base + added + `"}`,
	}
	if err := writeFile(filepath.Join(dir, "brand.jsonl"), strings.Join(lines, "\n")+"\n"); err != nil {
		t.Fatal(err)
	}
	_, r := ingest(t, dir)
	claim := false
	for _, st := range allStories(t, r) {
		for _, u := range st.Unsupported {
			if strings.HasPrefix(u.Text, "Feuerwehr-Sprecher") {
				t.Errorf("a heading listed as a statement: %q", u.Text)
			}
			claim = claim || strings.Contains(u.Text, "zwei Millionen Euro")
		}
	}
	if !claim {
		t.Error("the claim only the rewrite makes is not listed")
	}
}
