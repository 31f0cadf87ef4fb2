package place

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/store"
	"crosscheck/store/postgres"
	"crosscheck/store/sqlite"
	"crosscheck/store/storetest"
)

// The texts below are written for this test; they describe invented happenings.

// placedStore is a store the placer both places from and writes into, and that stores articles.
type placedStore interface {
	DB
	Store
	Put(ctx context.Context, a *article.Article, an *article.Analysis) (store.Outcome, *store.Record, error)
}

// germanPlacers returns a function that opens a placer over s, as each process does, and the
// German analyzer the test's articles go through.
func germanPlacers(t *testing.T, s placedStore) (open func() *Placer, az *analyze.Analyzer) {
	reg := lang.NewRegistry(de.New())
	return func() *Placer {
		t.Helper()
		p, err := Open(context.Background(), DB(s), Store(s), reg, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}, analyze.New(reg, entity.New(nil, entity.Options{}))
}

// onEachStore runs check on a fresh SQLite store and on a PostgreSQL one
// (storetest.PostgresURL: skipped, or failed under CROSSCHECK_REQUIRE_ALL, without a server).
func onEachStore(t *testing.T, check func(t *testing.T, s placedStore)) {
	ctx := context.Background()
	t.Run("sqlite", func(t *testing.T) {
		s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		check(t, s)
	})
	t.Run("postgres", func(t *testing.T) {
		s, err := postgres.Open(ctx, storetest.PostgresURL(t))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		check(t, s)
	})
}

// TestEventProfilesNotServedStale: the decoded event profiles the placer keeps
// (cache.events, read by storyline profiles) are those events.profile holds after an event
// gains an article (write forgets the old one), after another process placed an article
// into it (the cache is dropped when the cursor moved behind its back), and after a
// correction merged another event into it.
func TestEventProfilesNotServedStale(t *testing.T) {
	ctx := context.Background()
	check := func(t *testing.T, s placedStore) {
		db := DB(s)
		put := func(a *article.Article, an *article.Analysis) int64 {
			t.Helper()
			_, rec, err := s.Put(ctx, a, an)
			if err != nil {
				t.Fatal(err)
			}
			return rec.Seq
		}
		open, az := germanPlacers(t, s)
		p := open()
		place := func(p *Placer, id, url, title string, paras ...string) {
			t.Helper()
			var tb article.TextBuilder
			tb.Add(article.BlockTitle, title)
			for _, para := range paras {
				tb.Add(article.BlockParagraph, para)
			}
			a := &article.Article{ID: id, URL: url, Published: "2025-05-12", Title: title, Language: "de"}
			tb.Fill(a)
			put(a, az.Analyze(a))
			if _, err := p.PlacePending(ctx); err != nil {
				t.Fatal(err)
			}
		}
		// served is the profile of event ev the placer's storyline code is given (and, when
		// it was not held, keeps from now on).
		served := func(p *Placer, ev int64) []byte {
			t.Helper()
			tx, err := begin(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			eps, err := (&placement{p: p, ctx: ctx, tx: tx}).eventProfiles([]int64{ev})
			if err != nil {
				t.Fatal(err)
			}
			b, err := eps[ev].MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		stored := func(ev int64) []byte {
			t.Helper()
			var b []byte
			if err := db.DB().QueryRowContext(ctx, `SELECT profile FROM events WHERE id = $1`, ev).Scan(&b); err != nil {
				t.Fatal(err)
			}
			return b
		}
		eventOf := func(id string) int64 {
			t.Helper()
			var ev int64
			if err := db.DB().QueryRowContext(ctx, `SELECT event FROM assignments WHERE article = $1`, id).Scan(&ev); err != nil {
				t.Fatal(err)
			}
			return ev
		}
		// gained checks that event ev's profile changed since old and that the placer
		// serves the new one.
		gained := func(step string, p *Placer, ev int64, old []byte) {
			t.Helper()
			now := stored(ev)
			if bytes.Equal(now, old) {
				t.Fatalf("%s: the profile of e%d did not change: the test shows nothing", step, ev)
			}
			if got := served(p, ev); !bytes.Equal(got, now) {
				t.Errorf("%s: the placer serves an old profile of e%d", step, ev)
			}
		}

		place(p, "a1", "https://eins.example/hang", "Hangrutsch verschüttet Landstraße bei Kieselbach",
			"Ein Hangrutsch hat am Montagmorgen die Landstraße zwischen Kieselbach und Moorfelden verschüttet. Nach Angaben der Bergwacht Kieselbach wurde niemand verletzt, 30 Helfer räumten Geröll.",
			"Landrat Egon Winterhalder sprach von tagelangen Sperrungen.")
		ev := eventOf("a1")
		old := served(p, ev) // now held

		// (1) The event gains an article from this placer.
		place(p, "b1", "https://zwei.example/geroell", "Kieselbach: Geröll blockiert Landstraße nach Hangrutsch",
			"Nach dem Hangrutsch bei Kieselbach ist die Landstraße nach Moorfelden gesperrt. Die Bergwacht Kieselbach räumte mit 30 Helfern Geröll, wie Landrat Egon Winterhalder am Montag sagte.",
			"Niemand wurde verletzt.")
		if eventOf("b1") != ev {
			t.Fatalf("b1 is in e%d, not in a1's e%d: the test shows nothing", eventOf("b1"), ev)
		}
		gained("joined", p, ev, old)

		// (2) Another process places an article into it.
		old = served(p, ev)
		other := open()
		place(other, "c1", "https://drei.example/sperrung", "Landstraße bei Kieselbach nach Hangrutsch weiter gesperrt",
			"Die Landstraße zwischen Kieselbach und Moorfelden bleibt nach dem Hangrutsch vom Montag gesperrt. Die Bergwacht Kieselbach und 30 Helfer räumten Geröll, sagte Landrat Egon Winterhalder.")
		if eventOf("c1") != ev {
			t.Fatalf("c1 is in e%d, not in e%d: the test shows nothing", eventOf("c1"), ev)
		}
		if _, err := p.PlacePending(ctx); err != nil { // this placer's next transaction
			t.Fatal(err)
		}
		gained("placed by another process", p, ev, old)

		// (3) A correction merges another event into it; then it gains an article.
		place(p, "d1", "https://vier.example/museum", "Museum Tannwerder zeigt Bilder von Gisela Sauerampfer",
			"Das Museum Tannwerder widmet der Malerin Gisela Sauerampfer eine Ausstellung mit 60 Gemälden.",
			"Die Schau ist bis zum Herbst zu sehen.")
		ev2 := eventOf("d1")
		if ev2 == ev {
			t.Fatalf("d1 joined e%d: the test shows nothing", ev)
		}
		old, old2 := served(p, ev), served(p, ev2)
		if err := p.Merge(ctx, EventID(ev), EventID(ev2)); err != nil {
			t.Fatal(err)
		}
		if got := served(p, ev); !bytes.Equal(got, stored(ev)) {
			t.Errorf("merged: the placer serves a profile of e%d events.profile does not hold", ev)
		}
		if got := served(p, ev2); !bytes.Equal(got, old2) {
			t.Errorf("merged: the profile of the merged-away e%d changed", ev2)
		}
		place(p, "e1", "https://fuenf.example/bergwacht", "Bergwacht Kieselbach: Hangrutsch geräumt",
			"Die Bergwacht Kieselbach hat das Geröll des Hangrutsches auf der Landstraße nach Moorfelden geräumt. 30 Helfer waren im Einsatz, sagte Landrat Egon Winterhalder.")
		if eventOf("e1") != ev {
			t.Fatalf("e1 is in e%d, not in e%d: the test shows nothing", eventOf("e1"), ev)
		}
		gained("joined after a merge", p, ev, old)
	}
	onEachStore(t, check)
}
