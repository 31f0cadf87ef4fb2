package place_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/place"
	"crosscheck/store"
	"crosscheck/store/postgres"
	"crosscheck/store/sqlite"
	"crosscheck/store/storetest"
)

// The texts below are written for these tests; they describe invented happenings.

// written builds an analysed German article from a headline and paragraphs.
func written(t testing.TB, id, url, published, title string, paras ...string) seed {
	t.Helper()
	var tb article.TextBuilder
	tb.Add(article.BlockTitle, title)
	for _, p := range paras {
		tb.Add(article.BlockParagraph, p)
	}
	a := &article.Article{ID: id, URL: url, Published: published, Title: title, Language: "de"}
	tb.Fill(a)
	return seed{id: id, a: a, an: app.Analyzer(app.Registry()).Analyze(a)}
}

// placeStore is a store placement can keep its tables in (both stores are).
type placeStore interface {
	store.Store
	place.DB
	place.Store
}

type env struct {
	t   testing.TB
	ctx context.Context
	s   placeStore
	p   *place.Placer
	r   *place.Reader
}

// newEnv opens a fresh SQLite store with a placer.
func newEnv(t testing.TB, opt place.Options) *env {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	return envOn(t, s, opt)
}

// newPostgresEnv opens a fresh schema of the test PostgreSQL with a placer (skipping without
// one, failing under CROSSCHECK_REQUIRE_ALL=1).
func newPostgresEnv(t testing.TB, opt place.Options) *env {
	t.Helper()
	s, err := postgres.Open(context.Background(), storetest.PostgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	return envOn(t, s, opt)
}

func envOn(t testing.TB, s placeStore, opt place.Options) *env {
	t.Helper()
	ctx := context.Background()
	t.Cleanup(func() { s.Close() })
	p, err := app.NewPlacerWith(ctx, s, opt)
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, ctx: ctx, s: s, p: p, r: p.Reader()}
}

// bothStores runs fn on SQLite and on PostgreSQL.
func bothStores(t *testing.T, fn func(t *testing.T, newEnv func(testing.TB, place.Options) *env)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, newEnv) })
	t.Run("postgres", func(t *testing.T) { fn(t, newPostgresEnv) })
}

// TestPostgresSameAsSQLite: the placement tables on PostgreSQL hold exactly what they hold
// on SQLite after the same articles, corrections included.
func TestPostgresSameAsSQLite(t *testing.T) {
	arts := append(storm(t), written(t, "d1", "https://vier.example/sturm", "2025-03-05", "Nach der Sturmflut: Neuwarft räumt auf",
		"Einen Tag nach der Sturmflut haben in Neuwarft die Aufräumarbeiten begonnen. Die Deichwacht Neuwarft und 120 Helfer pumpten die Keller leer, sagte Bürgermeisterin Jana Brettschneider."))
	var snaps []string
	for _, open := range []func(testing.TB, place.Options) *env{newEnv, newPostgresEnv} {
		e := open(t, place.Options{})
		for _, sd := range arts {
			e.put(sd, false)
		}
		if err := e.p.Move(e.ctx, "c1", e.event("a1")); err != nil {
			t.Fatal(err)
		}
		snaps = append(snaps, e.snapshot())
	}
	if snaps[0] != snaps[1] {
		t.Errorf("PostgreSQL differs from SQLite:\n%s\nSQLite:\n%s", snaps[1], snaps[0])
	}
}

// put stores an article and, unless noPlace, places it.
func (e *env) put(sd seed, noPlace bool) *store.Record {
	e.t.Helper()
	a := *sd.a
	_, rec, err := e.s.Put(e.ctx, &a, sd.an)
	if err != nil {
		e.t.Fatal(err)
	}
	if rec != nil && !noPlace {
		if err := e.p.Place(e.ctx, rec); err != nil {
			e.t.Fatal(err)
		}
	}
	return rec
}

func (e *env) event(id string) string {
	e.t.Helper()
	as, err := e.r.Assignment(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return as.Event
}

// snapshot is everything a reader sees, for comparing two runs.
func (e *env) snapshot() string {
	e.t.Helper()
	evs, err := e.r.Events(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	ls, err := e.r.Storylines(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	var b strings.Builder
	for _, ev := range evs {
		fmt.Fprintf(&b, "%s %s %q %v\n", ev.ID, ev.Storyline, ev.Title, ev.Articles)
		for _, a := range ev.Articles {
			as, err := e.r.Assignment(e.ctx, a)
			if err != nil {
				e.t.Fatal(err)
			}
			fmt.Fprintf(&b, "  %s %+v\n", a, as.Explanation)
		}
	}
	for _, l := range ls {
		fmt.Fprintf(&b, "%s %q %v %v\n", l.ID, l.Title, l.Events, l.Links)
	}
	return b.String()
}

// pair of reports of one invented happening by two outlets, and an unrelated one.
func storm(t testing.TB) []seed {
	return []seed{
		written(t, "a1", "https://eins.example/sturm", "2025-03-04", "Sturmflut überschwemmt Hafen von Neuwarft",
			"Eine schwere Sturmflut hat in der Nacht zum Dienstag den Hafen von Neuwarft überschwemmt. Nach Angaben der Feuerwehr standen 40 Keller unter Wasser, die Deichwacht Neuwarft war mit 120 Helfern im Einsatz.",
			"Bürgermeisterin Jana Brettschneider sprach von der schwersten Flut seit zwanzig Jahren."),
		written(t, "b1", "https://zwei.example/flut", "2025-03-04", "Neuwarft: Hafen nach Sturmflut unter Wasser",
			"Die Sturmflut hat in Neuwarft 40 Keller geflutet. Die Deichwacht Neuwarft rückte mit 120 Helfern aus, wie Bürgermeisterin Jana Brettschneider am Dienstag sagte.",
			"Der Hafenbetrieb soll nach Angaben der Stadt am Donnerstag wieder aufgenommen werden."),
		written(t, "c1", "https://drei.example/kunst", "2025-03-04", "Museum Gelbhausen zeigt Werke von Ottilie Farnkraut",
			"Das Museum Gelbhausen widmet der Malerin Ottilie Farnkraut eine große Ausstellung mit 80 Gemälden.",
			"Die Schau ist bis zum Sommer zu sehen."),
	}
}

func TestPlaceJoinsReportsOfOneHappening(t *testing.T) {
	e := newEnv(t, place.Options{})
	for _, sd := range storm(t) {
		e.put(sd, false)
	}
	if e.event("a1") != e.event("b1") {
		t.Errorf("two reports of the flood are in %s and %s", e.event("a1"), e.event("b1"))
	}
	if e.event("c1") == e.event("a1") {
		t.Errorf("the exhibition joined the flood's event %s", e.event("a1"))
	}
	as, err := e.r.Assignment(e.ctx, "b1")
	if err != nil {
		t.Fatal(err)
	}
	x := as.Explanation
	if x.Reason != place.ReasonContent || x.Candidate != "a1" || x.Probability < x.Threshold || len(x.SharedNames)+len(x.SharedTerms) == 0 {
		t.Errorf("explanation does not say why: %+v", x)
	}
}

// TestPlaceResumes stores articles without placing them (a crash between the two), then a
// new placer places them, in order, with the same result as placing them as they came.
func TestPlaceResumes(t *testing.T) {
	bothStores(t, func(t *testing.T, newEnv func(testing.TB, place.Options) *env) {
		arts := storm(t)
		want := newEnv(t, place.Options{})
		for _, sd := range arts {
			want.put(sd, false)
		}
		got := newEnv(t, place.Options{})
		for _, sd := range arts {
			got.put(sd, true)
		}
		if evs, _ := got.r.Events(got.ctx); len(evs) != 0 {
			t.Fatalf("nothing placed yet, but %d events", len(evs))
		}
		n, err := got.p.PlacePending(got.ctx)
		if err != nil || n != len(arts) {
			t.Fatalf("PlacePending = %d, %v; want %d", n, err, len(arts))
		}
		if g, w := got.snapshot(), want.snapshot(); g != w {
			t.Errorf("resumed placement differs:\n%s\nwant\n%s", g, w)
		}
		// Placing again changes nothing.
		before := got.snapshot()
		if n, err := got.p.PlacePending(got.ctx); err != nil || n != 0 {
			t.Errorf("second PlacePending = %d, %v", n, err)
		}
		recs, err := got.s.Placeable(got.ctx, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			if err := got.p.Place(got.ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		if after := got.snapshot(); after != before {
			t.Errorf("placing placed articles again changed the state:\n%s\nwas\n%s", after, before)
		}
	})
}

// TestPlaceWaitsForOrder: placing a later article first places the earlier ones before it.
func TestPlaceWaitsForOrder(t *testing.T) {
	arts := storm(t)
	e := newEnv(t, place.Options{})
	var recs []*store.Record
	for _, sd := range arts {
		recs = append(recs, e.put(sd, true))
	}
	if err := e.p.Place(e.ctx, recs[2]); err != nil {
		t.Fatal(err)
	}
	want := newEnv(t, place.Options{})
	for _, sd := range arts {
		want.put(sd, false)
	}
	if g, w := e.snapshot(), want.snapshot(); g != w {
		t.Errorf("out-of-order Place differs:\n%s\nwant\n%s", g, w)
	}
}

func TestPlaceDeterministic(t *testing.T) {
	arts := storm(t)
	var snaps []string
	for range 2 {
		e := newEnv(t, place.Options{})
		for _, sd := range arts {
			e.put(sd, false)
		}
		snaps = append(snaps, e.snapshot())
	}
	if snaps[0] != snaps[1] {
		t.Errorf("two runs differ:\n%s\n%s", snaps[0], snaps[1])
	}
}

// TestPlaceNewVersion: new content under a known id replaces the article's placement.
func TestPlaceNewVersion(t *testing.T) {
	e := newEnv(t, place.Options{})
	arts := storm(t)
	for _, sd := range arts {
		e.put(sd, false)
	}
	// c1 is rewritten into a third report of the flood.
	c2 := written(t, "c1", "https://drei.example/kunst", "2025-03-04", "Sturmflut in Neuwarft: 40 Keller unter Wasser",
		"Nach der Sturmflut in Neuwarft waren 40 Keller überschwemmt. Die Deichwacht Neuwarft setzte 120 Helfer ein, sagte Bürgermeisterin Jana Brettschneider.")
	e.put(c2, false)
	if e.event("c1") != e.event("a1") {
		t.Errorf("the new version of c1 is in %s, not with the flood in %s", e.event("c1"), e.event("a1"))
	}
	evs, err := e.r.Events(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, ev := range evs {
		for _, a := range ev.Articles {
			if a == "c1" {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("c1 is in %d events", n)
	}
}

func TestCorrections(t *testing.T) {
	bothStores(t, func(t *testing.T, newEnv func(testing.TB, place.Options) *env) {
		e := newEnv(t, place.Options{})
		for _, sd := range storm(t) {
			e.put(sd, false)
		}
		flood, museum := e.event("a1"), e.event("c1")
		if err := e.p.Merge(e.ctx, flood, museum); err != nil {
			t.Fatal(err)
		}
		if e.event("c1") != flood {
			t.Fatalf("after merge c1 is in %s, want %s", e.event("c1"), flood)
		}
		if _, err := e.r.Event(e.ctx, museum); err != nil {
			t.Errorf("the merged event should resolve to the surviving one: %v", err)
		}
		made, err := e.p.Split(e.ctx, flood, []string{"c1"})
		if err != nil {
			t.Fatal(err)
		}
		if e.event("c1") != made || made == flood {
			t.Errorf("after split c1 is in %s, want the new %s", e.event("c1"), made)
		}
		// An event split off is titled by its own headline, not the one it came from.
		title := func(id string) (string, string) {
			ev, err := e.r.Event(e.ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			return ev.Title, ev.TitleArticle
		}
		if got, by := title(made); by != "c1" || got != "Museum Gelbhausen zeigt Werke von Ottilie Farnkraut" {
			t.Errorf("the event split off is titled %q (from %s), want c1's headline", got, by)
		}
		if err := e.p.Move(e.ctx, "b1", made); err != nil {
			t.Fatal(err)
		}
		// The event an article left is titled by a headline it still holds; the one it
		// joined keeps its title.
		if got, by := title(flood); by != "a1" || got != "Sturmflut überschwemmt Hafen von Neuwarft" {
			t.Errorf("after b1 moved out, the flood is titled %q (from %s), want a1's headline", got, by)
		}
		if _, by := title(made); by != "c1" {
			t.Errorf("the event b1 joined took its title from %s, want c1's kept", by)
		}
		as, err := e.r.Assignment(e.ctx, "b1")
		if err != nil {
			t.Fatal(err)
		}
		if as.Event != made || !as.Pinned || as.Explanation.Reason != place.ReasonMoved {
			t.Errorf("moved article: %+v", as)
		}
		// A new version of a pinned article stays where the user put it.
		b2 := storm(t)[1]
		b2.a.Text += " "
		b2.a.Blocks[len(b2.a.Blocks)-1].End++
		b2 = written(t, "b1", "https://zwei.example/flut", "2025-03-04", "Neuwarft: Hafen nach Sturmflut unter Wasser (aktualisiert)",
			"Die Sturmflut hat in Neuwarft 40 Keller geflutet. Die Deichwacht Neuwarft rückte mit 120 Helfern aus.")
		e.put(b2, false)
		if got := e.event("b1"); got != made {
			t.Errorf("the new version of a pinned article went to %s, want %s", got, made)
		}
		for _, bad := range [][2]string{{flood, flood}, {"e999", flood}, {"x1", flood}} {
			if err := e.p.Merge(e.ctx, bad[0], bad[1]); err == nil {
				t.Errorf("Merge(%s, %s) succeeded", bad[0], bad[1])
			}
		}
		if err := e.p.Move(e.ctx, "nope", flood); err == nil {
			t.Error("moving an unknown article succeeded")
		}
	})
}

// TestFurnitureLearned: a paragraph a site repeats on every page becomes furniture once the
// site has shown it often enough, and is left out of the evidence.
func TestFurnitureLearned(t *testing.T) {
	bothStores(t, func(t *testing.T, newEnv func(testing.TB, place.Options) *env) {
		e := newEnv(t, place.Options{Furniture: 2})
		banner := "Liebe Leserinnen und Leser, unterstützen Sie unabhängigen Lokaljournalismus mit einem Abonnement für nur wenige Euro im Monat."
		texts := []string{
			"Der Gemeinderat von Birkenfelde hat den neuen Spielplatz am Teich eröffnet.",
			"Die Feuerwehr Birkenfelde hat ein neues Löschfahrzeug in Dienst gestellt.",
			"Die Bibliothek von Birkenfelde verlängert im Winter ihre Öffnungszeiten.",
		}
		for i, txt := range texts {
			id := fmt.Sprintf("lokal%d", i)
			e.put(written(t, id, "https://lokal.example/"+id, "2025-02-0"+fmt.Sprint(i+1), "Nachricht "+id, txt, banner), false)
		}
		spans, err := e.r.Furniture(e.ctx, "lokal2")
		if err != nil {
			t.Fatal(err)
		}
		if len(spans) != 1 {
			t.Fatalf("furniture of the third page: %v, want the banner", spans)
		}
		a, err := e.s.Get(e.ctx, "lokal2")
		if err != nil {
			t.Fatal(err)
		}
		if got := article.NewRunes(a.Article.Text).Slice(spans[0].Start, spans[0].End); got != banner {
			t.Errorf("furniture span holds %q", got)
		}
		if spans, _ := e.r.Furniture(e.ctx, "lokal0"); len(spans) != 0 {
			t.Errorf("the first page cannot know its banner yet: %v", spans)
		}
	})
}

// TestPreviewApart: an announcement of a match and the report of it are different events
// (linked by storyline), and two reports with different results are different matches.
func TestPreviewApart(t *testing.T) {
	e := newEnv(t, place.Options{})
	arts := []seed{
		written(t, "v1", "https://sport.example/vorschau", "2025-05-10", "Wer überträgt Grünstadt gegen Eichental live im TV und Stream?",
			"Am Samstag empfängt der FC Grünstadt den SV Eichental. Wer zeigt die Partie live im TV? Anstoß ist um 15.30 Uhr, die Übertragung läuft im Stream."),
		written(t, "r1", "https://sport.example/bericht", "2025-05-10", "FC Grünstadt schlägt SV Eichental 2:0",
			"Der FC Grünstadt hat den SV Eichental mit 2:0 besiegt. Vor 9000 Zuschauern trafen Lasse Ohlendorf und Mirko Tamm für Grünstadt."),
		written(t, "r2", "https://ball.example/bericht", "2025-05-10", "Grünstadt gewinnt 2:0 gegen Eichental",
			"Der FC Grünstadt gewann am Samstag 2:0 gegen den SV Eichental. Lasse Ohlendorf und Mirko Tamm erzielten die Tore vor 9000 Zuschauern."),
		written(t, "r3", "https://ball.example/anderes", "2025-05-10", "SV Eichental verliert 1:3 gegen FC Grünstadt II",
			"Die zweite Mannschaft des FC Grünstadt gewann 3:1 beim SV Eichental. Vor 300 Zuschauern trafen drei Nachwuchsspieler."),
	}
	for _, sd := range arts {
		e.put(sd, false)
	}
	if e.event("r1") != e.event("r2") {
		t.Errorf("two reports of one match: %s and %s", e.event("r1"), e.event("r2"))
	}
	if e.event("v1") == e.event("r1") {
		t.Errorf("the TV listing joined the match report's event %s", e.event("r1"))
	}
	if e.event("r3") == e.event("r1") {
		t.Errorf("a 1:3 joined the 2:0's event %s", e.event("r1"))
	}
	as, err := e.r.Assignment(e.ctx, "r1")
	if err != nil {
		t.Fatal(err)
	}
	if len(as.Explanation.KeptApart) == 0 && as.Explanation.Reason == place.ReasonOpened {
		t.Logf("r1 explanation: %+v", as.Explanation)
	}
}

// TestEventSpan: reports weeks apart do not make one event, however alike.
func TestEventSpan(t *testing.T) {
	e := newEnv(t, place.Options{})
	dates := []string{"2025-03-01", "2025-03-04", "2025-03-07", "2025-03-10", "2025-03-13"}
	for i, d := range dates {
		e.put(written(t, fmt.Sprintf("w%d", i), fmt.Sprintf("https://markt%d.example/", i), d, "Wochenmarkt in Neuwarft mit 40 Ständen",
			"Der Wochenmarkt in Neuwarft öffnet wieder mit 40 Ständen am Hafen, teilte die Stadt Neuwarft mit."), false)
	}
	evs, err := e.r.Events(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if !ev.First.IsZero() && ev.Last.Sub(ev.First).Hours() > 7*24 {
			t.Errorf("event %s spans %v .. %v", ev.ID, ev.First, ev.Last)
		}
	}
	if len(evs) < 2 {
		t.Errorf("%d event(s) for reports two weeks apart", len(evs))
	}
}

func TestReaderNotFound(t *testing.T) {
	e := newEnv(t, place.Options{})
	for _, id := range []string{"e1", "x", "e-1", ""} {
		if _, err := e.r.Event(e.ctx, id); err == nil {
			t.Errorf("Event(%q) succeeded on an empty store", id)
		}
	}
	if _, err := e.r.Storyline(e.ctx, "s1"); err == nil {
		t.Error("Storyline(s1) succeeded on an empty store")
	}
	if _, err := e.r.Assignment(e.ctx, "nope"); err == nil {
		t.Error("Assignment of an unknown article succeeded")
	}
	v1, err := e.r.Version(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.put(storm(t)[0], false)
	v2, err := e.r.Version(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v1 == v2 {
		t.Errorf("Version did not change when an article was placed: %q", v1)
	}
	if reflect.DeepEqual(v1, "") {
		t.Log("empty version before anything was placed")
	}
}

// TestPlacePassesOverFailures: an article whose placement fails (here a panic) is recorded
// and passed over; the others of its batch and after it are placed.
func TestPlacePassesOverFailures(t *testing.T) {
	bothStores(t, func(t *testing.T, newEnv func(testing.TB, place.Options) *env) {
		arts := storm(t)
		e := newEnv(t, place.Options{Observe: func(a, b string, _ place.Pair) {
			if a == "b1" {
				panic("boom")
			}
		}})
		for _, sd := range arts {
			e.put(sd, true)
		}
		if _, err := e.p.PlacePending(e.ctx); err != nil {
			t.Fatal(err)
		}
		fs, err := e.r.Failures(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != 1 || fs[0].Article != "b1" || !strings.Contains(fs[0].Error, "boom") {
			t.Errorf("failures: %+v", fs)
		}
		for _, id := range []string{"a1", "c1"} {
			if _, err := e.r.Assignment(e.ctx, id); err != nil {
				t.Errorf("%s not placed: %v", id, err)
			}
		}
	})
}

// TestPairingsApart: pages of one template about two matches (a tournament's where-to-watch
// listings) name different pairings in their headlines and stay apart; two pages on one
// pairing do not.
func TestPairingsApart(t *testing.T) {
	e := newEnv(t, place.Options{})
	body := func(a, b string) string {
		return "Heute Abend trifft " + a + " bei der Europameisterschaft auf " + b + ". Wer zeigt das Spiel live im Free-TV und im Stream? " +
			"Die Übertragung beginnt um 20.15 Uhr, Anstoß ist um 21 Uhr. Alle Infos zur Übertragung, zum Stream und zur Aufstellung finden Sie hier."
	}
	arts := []seed{
		written(t, "a1", "https://tv.example/portugal-tschechien", "2025-06-18", "Portugal gegen Tschechien heute live: Wer zeigt das EM-Spiel im TV?", body("Portugal", "Tschechien")),
		written(t, "b1", "https://tv.example/spanien-italien", "2025-06-18", "Spanien gegen Italien heute live: Wer zeigt das EM-Spiel im TV?", body("Spanien", "Italien")),
		written(t, "a2", "https://stream.example/portugal-tschechien", "2025-06-18", "Portugal - Tschechien im Free-TV: Wer überträgt das EM-Spiel heute?", body("Portugal", "Tschechien")),
	}
	for _, sd := range arts {
		e.put(sd, false)
	}
	if e.event("a1") == e.event("b1") {
		t.Errorf("pages on Portugal–Tschechien and Spanien–Italien share event %s", e.event("a1"))
	}
	if e.event("a2") == e.event("b1") {
		t.Errorf("a second page on Portugal–Tschechien joined Spanien–Italien's event %s", e.event("b1"))
	}
	as, err := e.r.Assignment(e.ctx, "b1")
	if err != nil {
		t.Fatal(err)
	}
	if len(as.Explanation.KeptApart) == 0 {
		t.Errorf("b1 does not say it was kept apart from the other pairing: %+v", as.Explanation)
	}
}

// TestDerivedNeedsContent: two pages of one site share a long block of the site's own text
// (a portrait of the region, repeated under both), so the provenance stage finds one derived
// from the other; they report different happenings, and the page is not placed with its
// "source".
func TestDerivedNeedsContent(t *testing.T) {
	e := newEnv(t, place.Options{})
	shared := []string{
		"Die Insel Wiesenoog liegt vor der Küste Nordfrieslands und ist mit der Fähre von Dagebüll in knapp einer Stunde zu erreichen. Rund 8000 Menschen leben hier das ganze Jahr über.",
		"Im Sommer kommen jedes Jahr Zehntausende Gäste auf die Insel, viele von ihnen seit Jahrzehnten. Die Insel lebt vor allem vom Tourismus, von der Landwirtschaft und vom Handwerk.",
	}
	a := written(t, "r1", "https://inselbote.example/gastronomie", "2025-09-02", "Traditionslokal Zum Deichgrafen schließt Ende Oktober",
		append([]string{"Das Traditionslokal Zum Deichgrafen in Nordstedt schließt nach 41 Jahren Ende Oktober. Wirtin Gesa Petersen findet keinen Nachfolger und geht in den Ruhestand.",
			"Bekannt war das Lokal für seine Krabbenbrötchen und den Grünkohl im Winter. Stammgäste wollen sich mit einem Abschiedsessen am letzten Öffnungstag von der Wirtin verabschieden.",
			"Petersen hatte das Haus 1984 von ihren Eltern übernommen. Das Gebäude soll verkauft werden, ein Käufer steht noch nicht fest."}, shared...)...)
	b := written(t, "h1", "https://inselbote.example/sport", "2025-09-04", "Handballerinnen des TSV Wiesenoog spielen künftig in der Inselhalle",
		append([]string{"Die Handballerinnen des TSV Wiesenoog tragen ihre Heimspiele in der neuen Saison in der renovierten Inselhalle aus. Das erste Spiel gegen den SV Husum ist am 14. September.",
			"Trainerin Maren Jessen freut sich über die neue Halle: Der alte Boden sei rutschig gewesen, und bei Regen habe es durch das Dach getropft. Die Mannschaft spielt in der Oberliga.",
			"Für die Renovierung hat die Gemeinde 1,2 Millionen Euro ausgegeben. Zuschauer zahlen künftig vier Euro Eintritt, Kinder haben freien Eintritt."}, shared...)...)
	e.put(a, false)
	e.put(b, false)
	if e.event("h1") == e.event("r1") {
		as, _ := e.r.Assignment(e.ctx, "h1")
		t.Errorf("the handball page joined the restaurant's event: %+v", as.Explanation)
	}
}

// TestFurnitureNoProvenance: two pages of one site that share only what the site repeats on
// every page (learned as furniture) are not rewrites of each other.
func TestFurnitureNoProvenance(t *testing.T) {
	e := newEnv(t, place.Options{Furniture: 2})
	site := []string{
		"Die Insel Wiesenoog liegt vor der Küste Nordfrieslands und ist mit der Fähre von Dagebüll in knapp einer Stunde zu erreichen. Rund 8000 Menschen leben hier das ganze Jahr über.",
		"Im Sommer kommen jedes Jahr Zehntausende Gäste auf die Insel, viele von ihnen seit Jahrzehnten. Die Insel lebt vor allem vom Tourismus, von der Landwirtschaft und vom Handwerk.",
	}
	for i, txt := range []string{
		"Der Gemeinderat von Wiesenoog hat den neuen Spielplatz am Deich eröffnet. Die Kinder durften als Erste rutschen.",
		"Die Freiwillige Feuerwehr Wiesenoog hat ein neues Löschfahrzeug in Dienst gestellt. Es kostete 400.000 Euro.",
		"Die Inselbibliothek verlängert im Winter ihre Öffnungszeiten. Dienstags ist sie künftig bis 20 Uhr geöffnet.",
	} {
		id := fmt.Sprintf("w%d", i)
		e.put(written(t, id, "https://inselbote.example/"+id, fmt.Sprintf("2025-08-2%d", i), "Meldung "+id, append([]string{txt}, site...)...), false)
	}
	a := written(t, "r1", "https://inselbote.example/gastronomie", "2025-09-02", "Traditionslokal Zum Deichgrafen schließt Ende Oktober",
		append([]string{"Das Traditionslokal Zum Deichgrafen in Nordstedt schließt nach 41 Jahren Ende Oktober. Wirtin Gesa Petersen findet keinen Nachfolger."}, site...)...)
	b := written(t, "h1", "https://inselbote.example/sport", "2025-09-04", "Handballerinnen des TSV Wiesenoog spielen künftig in der Inselhalle",
		append([]string{"Die Handballerinnen des TSV Wiesenoog tragen ihre Heimspiele in der renovierten Inselhalle aus. Das erste Spiel ist am 14. September."}, site...)...)
	e.put(a, false)
	e.put(b, false)
	ds, err := e.r.Derivations(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Article == "h1" || d.Article == "r1" {
			t.Errorf("%s derives from %s through the site's own text: %+v", d.Article, d.Source, d)
		}
	}
}

// TestCandidatesAcrossBuckets: the candidate search finds the earlier reports of its window
// whatever bucket of postings they fell in (the buckets are 4 days from 1970-01-01, so one
// starts on 2025-03-05), also for a window of more buckets than are asked for one by one,
// and not the reports outside the window.
func TestCandidatesAcrossBuckets(t *testing.T) {
	for _, c := range []struct {
		name          string
		window        time.Duration
		first, second string
		want          bool
	}{
		{"same bucket", 0, "2025-03-01", "2025-03-03", true},
		{"previous bucket", 0, "2025-03-03", "2025-03-06", true},
		{"outside the window", 0, "2025-03-01", "2025-03-09", false},
		{"long window", 120 * 24 * time.Hour, "2025-01-02", "2025-04-20", true},
		{"long window, outside", 30 * 24 * time.Hour, "2025-01-02", "2025-04-20", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			found := false
			e := newEnv(t, place.Options{Window: c.window, Observe: func(a, b string, _ place.Pair) {
				found = found || a == "m2" && b == "m1"
			}})
			// Two reports in their own words (no provenance link, which would make the first a
			// candidate whatever its time), sharing their rarest words.
			e.put(written(t, "m1", "https://markt1.example/", c.first, "Wochenmarkt in Neuwarft mit 40 Ständen",
				"Der Wochenmarkt in Neuwarft öffnet wieder mit 40 Ständen am Hafen, teilte die Stadt Neuwarft mit."), false)
			e.put(written(t, "m2", "https://markt2.example/", c.second, "Neuwarfter Hafenmarkt zurück",
				"Händler aus dem Umland bringen Gemüse und Käse auf den Wochenmarkt am Hafen von Neuwarft; die Bürgermeisterin eröffnet ihn am Samstag."), false)
			if found != c.want {
				t.Errorf("second report compared with the first: %v, want %v", found, c.want)
			}
		})
	}
}

// TestObserveProfile: a measuring tool is told the profile of every article placed by
// content, with its vectors and the idf of its terms (evaluate/stream pools them as events
// do).
func TestObserveProfile(t *testing.T) {
	seen := map[string]int{}
	e := newEnv(t, place.Options{ObserveProfile: func(p *place.Profile, idf func(uint32) (float64, error)) {
		if len(p.Lead) > 0 && len(p.Body) > 0 {
			if x, err := idf(p.Lead[0].ID); err == nil && x > 0 {
				seen[p.ID]++
			}
		}
	}})
	arts := storm(t)
	for _, sd := range arts {
		e.put(sd, true)
	}
	if _, err := e.p.PlacePending(e.ctx); err != nil {
		t.Fatal(err)
	}
	if len(seen) != len(arts) {
		t.Errorf("profiles observed with vectors: %v, want each of %d articles", seen, len(arts))
	}
}
