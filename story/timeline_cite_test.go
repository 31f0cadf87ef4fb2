package story_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestTimelineCitesWhoStatesTheSentence: a timeline row shows one sentence for its date; it is
// cited to the articles that state that sentence, not to every article that gives the day for
// something else, and the others are counted.
func TestTimelineCitesWhoStatesTheSentence(t *testing.T) {
	common := "Ein schwerer Sturm hat in der Nacht zum Dienstag in Neustadt große Schäden angerichtet. " +
		"Die Feuerwehr von Neustadt rückte zu mehr als 300 Einsätzen aus, vier Menschen wurden leicht verletzt. " +
		"Umgestürzte Bäume blockierten nach Angaben der Stadtverwaltung zahlreiche Straßen in der Altstadt. " +
		"Der Wetterdienst erwartet für die kommenden Tage ruhigeres Wetter in der Region um Neustadt. "
	a := common + "Am Montag hatte der Bürgermeister die Schulen der Stadt vorsorglich geschlossen."
	b := common + "Am Montag hatte der Zoo von Neustadt seine Gehege für die Besucher gesperrt."
	dir := t.TempDir()
	var lines strings.Builder
	for _, x := range [][3]string{{"sturm-a", "kurier.example", a}, {"sturm-b", "bote.example", b}} {
		lines.WriteString(`{"id":` + strconv.Quote(x[0]) + `,"source":` + strconv.Quote(x[1]) + `,"title":"Sturm richtet in Neustadt große Schäden an","published":"2025-10-14T09:00:00+02:00","text":` + strconv.Quote(x[2]) + "}\n")
	}
	path := filepath.Join(dir, "sturm.jsonl")
	if err := os.WriteFile(path, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, r := ingest(t, path)
	st, err := r.Story(context.Background(), "e1")
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Articles) != 2 {
		t.Fatalf("the two reports are not one event: %v", st.Articles)
	}
	found := false
	for _, e := range st.Timeline {
		if e.Kind != "mention" || !strings.HasPrefix(e.Value, "2025-10-13") {
			continue
		}
		found = true
		own := "sturm-a"
		if strings.Contains(e.Text, "Zoo") {
			own = "sturm-b"
		}
		if !slices.Equal(e.StatedBy, []string{own}) {
			t.Errorf("%q cited to %v, want only %s", e.Text, e.StatedBy, own)
		}
		if len(e.Articles) != 2 || e.MoreDated() != 1 {
			t.Errorf("%q: articles giving the day %v, more dated %d; want both and 1", e.Text, e.Articles, e.MoreDated())
		}
	}
	if !found {
		t.Fatalf("no timeline row for Monday: %+v", st.Timeline)
	}
}

// TestTimelineClockOfUnresolvedDay: a clock time beside a day the time expressions could not
// date ("am Freitag (18.00 Uhr)" the day after a Friday) is that day's, never the report's.
func TestTimelineClockOfUnresolvedDay(t *testing.T) {
	text := "Die Mannschaft aus Neustadt gewann ihr Heimspiel gegen Altdorf mit 2:0. " +
		"Die größte Prüfung kommt für die Mannschaft aus Neustadt aber vielleicht schon am Freitag (18.00 Uhr) in Stuttgart."
	st := oneArticleStory(t, "neustadt-pruefung", "Neustadt gewinnt gegen Altdorf", "2024-06-29T22:00:00+02:00", text)
	for _, e := range st.Timeline {
		if strings.HasPrefix(e.Value, "2024-06-29T18") {
			t.Errorf("the Friday's kick-off put on the report's day: %q %q", e.Value, e.Text)
		}
	}
}
