package stream

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/place"
)

// pairWindow writes a small invented window: two outlets' reports of one storm tide in a
// made-up harbour town, a third outlet's report of it a day later, and a museum opening
// elsewhere; the gold joins the museum to the storm (a missed pair the placer cannot see) and
// splits the second report off (wrong pairs, if the placer joins it).
func pairWindow(t *testing.T) (file, gold string) {
	t.Helper()
	dir := t.TempDir()
	storm := "Eine Sturmflut hat in Neuwarft an der Küste Keller und Straßen überflutet. Bürgermeisterin Hella Brodersen sprach von der schwersten Flut seit vierzig Jahren. Die Feuerwehr Neuwarft pumpte die ganze Nacht Wasser aus den Häusern am Hafen.\n\nDer Deichverband Nordmarsch kündigte an, den alten Deich bei Neuwarft zu prüfen. Bis zum Morgen meldeten die Helfer 214 Einsätze."
	items := []map[string]string{
		{"id": "a-storm", "url": "https://kuestenblatt.example/neuwarft-sturmflut", "source": "kuestenblatt.example", "title": "Sturmflut in Neuwarft: Keller und Straßen überflutet", "published": "2024-02-03", "text": storm},
		{"id": "b-storm", "url": "https://nordbote.example/sturmflut-neuwarft-hafen", "source": "nordbote.example", "title": "Sturmflut überflutet Neuwarft: Brodersen spricht von schwerster Flut", "published": "2024-02-03", "text": storm + "\n\nAuch in Nordmarsch standen Wiesen unter Wasser."},
		{"id": "c-storm", "url": "https://tageskurier.example/neuwarft-nach-der-flut", "source": "tageskurier.example", "title": "Neuwarft nach der Sturmflut: Feuerwehr zieht Bilanz", "published": "2024-02-04", "text": "Nach der Sturmflut in Neuwarft hat die Feuerwehr Bilanz gezogen: 214 Einsätze, keine Verletzten. Bürgermeisterin Hella Brodersen dankte den Helfern am Hafen. Der Deichverband Nordmarsch prüft den alten Deich."},
		{"id": "d-museum", "url": "https://kulturseite.example/museum-oberhain", "source": "kulturseite.example", "title": "Oberhain eröffnet ein Museum für Glaskunst", "published": "2024-02-03", "text": "In Oberhain hat die Stiftung Lindqvist ein Museum für Glaskunst eröffnet. Die Kuratorin Mara Lindqvist zeigt zweihundert Vasen aus drei Jahrhunderten."},
	}
	file = filepath.Join(dir, "window.jsonl")
	var b strings.Builder
	for _, it := range items {
		line, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	gold = filepath.Join(dir, "window.gold.json")
	g := `{"events":[{"name":"storm","articles":["a-storm","c-storm","d-museum"]},{"name":"storm, second report","articles":["b-storm"]}]}`
	if err := os.WriteFile(gold, []byte(g), 0o644); err != nil {
		t.Fatal(err)
	}
	return file, gold
}

// The listed errors are exactly the pairs the pairwise scores count as missed and wrong, and
// each says what the placer saw of it.
func TestPairErrorsMatchTheCounts(t *testing.T) {
	file, gold := pairWindow(t)
	r, err := Evaluate(context.Background(), file, gold, Options{Pairs: true, NoBaselines: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.Text())
	missed, wrong := 0, 0
	for _, e := range r.PairErrors {
		switch e.Kind {
		case "missed":
			missed++
			if e.A.GoldEvent != e.B.GoldEvent || e.A.Event == e.B.Event {
				t.Errorf("missed pair not one gold event placed apart: %+v", e)
			}
		case "wrong":
			wrong++
			if e.A.GoldEvent == e.B.GoldEvent || e.A.Event != e.B.Event {
				t.Errorf("wrong pair not two gold events placed together: %+v", e)
			}
		}
		if e.A.Title == "" || e.A.Published == "" || e.A.Site == "" || e.A.Reason == "" {
			t.Errorf("article without its headline, date, site or reason: %+v", e.A)
		}
		if e.Offered != (len(e.Features) > 0) {
			t.Errorf("offered %v but %d features", e.Offered, len(e.Features))
		}
		if e.Cause == "" {
			t.Errorf("no cause: %+v", e)
		}
	}
	if missed != r.PairCounts.Gold-r.PairCounts.Both || wrong != r.PairCounts.Predicted-r.PairCounts.Both {
		t.Errorf("listed %d missed and %d wrong, counts %+v", missed, wrong, r.PairCounts)
	}
	if !strings.Contains(r.Text(), "Oberhain eröffnet ein Museum für Glaskunst") {
		t.Error("text without the headlines")
	}
}

// With a model that joins nothing every gold pair is missed, the two storm reports of one
// day were compared (below the threshold), and the museum was never compared with the storm.
func TestPairErrorsCauses(t *testing.T) {
	file, gold := pairWindow(t)
	r, err := Evaluate(context.Background(), file, gold, Options{Place: place.Options{Model: never()}, Pairs: true, NoBaselines: true})
	if err != nil {
		t.Fatal(err)
	}
	causes := map[string]string{}
	for _, e := range r.PairErrors {
		if e.Kind != "missed" {
			t.Errorf("a model that joins nothing made a wrong pair: %+v", e)
		}
		causes[e.A.ID+" "+e.B.ID] = e.Cause
	}
	if len(r.PairErrors) != 3 {
		t.Errorf("%d errors, want the gold's 3 pairs", len(r.PairErrors))
	}
	if c := causes["a-storm c-storm"]; c != CauseBelow {
		t.Errorf("the storm's two reports: %q, want %q", c, CauseBelow)
	}
	if c := causes["a-storm d-museum"]; c != CauseNotOffered {
		t.Errorf("storm and museum: %q, want %q", c, CauseNotOffered)
	}
}
