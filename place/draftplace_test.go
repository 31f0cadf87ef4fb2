package place_test

import (
	"fmt"
	"reflect"
	"testing"

	"crosscheck/place"
)

// Placing versions primed with what Prepare made (their profiles drafted ahead, without
// furniture) stores the same profiles as placing them unprimed, also for a page whose site
// banner placement has learned as furniture by then.
func TestPreparedPlacementSameProfiles(t *testing.T) {
	banner := "Liebe Leserinnen und Leser, unterstützen Sie unabhängigen Lokaljournalismus mit einem Abonnement für nur wenige Euro im Monat."
	texts := []string{
		"Der Gemeinderat von Birkenfelde hat den neuen Spielplatz am Teich eröffnet.",
		"Die Feuerwehr Birkenfelde hat ein neues Löschfahrzeug in Dienst gestellt.",
		"Die Bibliothek von Birkenfelde verlängert im Winter ihre Öffnungszeiten.",
	}
	var profiles [2][]string
	for run, prepared := range []bool{false, true} {
		e := newEnv(t, place.Options{Furniture: 2})
		for i, txt := range texts {
			id := fmt.Sprintf("lokal%d", i)
			rec := e.put(written(t, id, "https://lokal.example/"+id, "2025-02-0"+fmt.Sprint(i+1), "Nachricht "+id, txt, banner), true)
			if prepared {
				e.p.PrimePrepared(rec, place.Prepare(rec.Article, rec.Analysis))
			}
			if err := e.p.Place(e.ctx, rec); err != nil {
				t.Fatal(err)
			}
		}
		rows, err := e.s.DB().QueryContext(e.ctx, `SELECT id, profile FROM place_articles ORDER BY seq`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id string
			var prof []byte
			if err := rows.Scan(&id, &prof); err != nil {
				t.Fatal(err)
			}
			profiles[run] = append(profiles[run], id+" "+string(prof))
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
		if spans, _ := e.r.Furniture(e.ctx, "lokal2"); len(spans) != 1 {
			t.Fatalf("furniture of the third page: %v, want the banner", spans)
		}
	}
	if len(profiles[0]) != len(texts) || !reflect.DeepEqual(profiles[0], profiles[1]) {
		t.Errorf("profiles placed prepared:\n%q\nunprepared:\n%q", profiles[1], profiles[0])
	}
}
