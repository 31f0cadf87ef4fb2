package place

import (
	"context"
	"fmt"
	"maps"
	"math/rand"
	"slices"
	"testing"

	"crosscheck/article"
)

// TestPostCacheScoresAsTheTables: the postings mirror scores the placed versions as the
// statement over place_postings and place_articles does, to the last bit: the same rows
// (time window, active versions, an event left out), the first maxPostingRows of them in
// the statement's order, summed in that order. Generated rows: versions in 40 events over
// five posting buckets, some retired, a posting repeated; queries from narrow to wider than
// the limit.
func TestPostCacheScoresAsTheTables(t *testing.T) {
	ctx := context.Background()
	check := func(t *testing.T, s placedStore) {
		db := DB(s)
		if err := migrate(ctx, db); err != nil {
			t.Fatal(err)
		}
		tx, err := db.DB().BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		r := rand.New(rand.NewSource(7))
		pc := &postCache{terms: map[uint32][]posting{}, arts: map[int64]postArt{}, byID: map[string][]int64{}}
		const base = 1_700_000_000
		span := int64(12 * postingSpan)
		for seq := int64(1); seq <= 1500; seq++ {
			id := fmt.Sprintf("a%d", r.Intn(1300))
			if r.Intn(10) == 0 { // a new version retires the ones before
				if _, err := tx.ExecContext(ctx, `UPDATE place_articles SET active = 0 WHERE id = $1`, id); err != nil {
					t.Fatal(err)
				}
				pc.retire(id)
			}
			event, when := int64(1+r.Intn(40)), base+r.Int63n(span)
			var terms []uint32
			for range 5 + r.Intn(20) {
				terms = append(terms, uint32(1+r.Intn(60)))
			}
			if seq == 5 {
				terms = append(terms, terms[0]) // a posting written twice
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO place_articles (seq, id, event, t, active, profile) VALUES ($1, $2, $3, $4, 1, $5)`,
				seq, id, event, when, []byte{0}); err != nil {
				t.Fatal(err)
			}
			for _, term := range terms {
				if _, err := tx.ExecContext(ctx, `INSERT INTO place_postings (bucket, term, t, seq) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
					postingBucket(when), int64(term), when, seq); err != nil {
					t.Fatal(err)
				}
			}
			pc.add(seq, id, event, when, terms)
		}
		// A mirror read from the tables holds the last buckets whole, and only them.
		rc, err := readPostCache(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		if want := postingBucket(base+span-1) - recentBuckets; rc.from != want {
			t.Errorf("mirror read from bucket %d, want %d", rc.from, want)
		}
		for term, list := range pc.terms {
			var recent []posting
			for _, p := range list {
				if postingBucket(p.t) >= rc.from {
					recent = append(recent, p)
				}
			}
			if !slices.Equal(rc.terms[term], recent) {
				t.Errorf("term %d: mirror read %v, want %v", term, rc.terms[term], recent)
			}
			for _, p := range recent {
				if rc.arts[p.seq] != pc.arts[p.seq] {
					t.Errorf("version %d: read %v, want %v", p.seq, rc.arts[p.seq], pc.arts[p.seq])
				}
			}
		}
		covered := 0
		limited := false
		for q := range 300 {
			idf := map[int64]float64{}
			for range 1 + r.Intn(50) {
				idf[int64(1+r.Intn(70))] = 1 + r.Float64()*3 // some terms have no postings
			}
			from := base - postingSpan + r.Int63n(span+postingSpan)
			to := from + r.Int63n(span/(1+int64(q%4)))
			except := int64(0)
			if q%3 == 0 {
				except = int64(1 + r.Intn(40))
			}
			want, err := postingsSQL(ctx, tx, idf, from, to, except)
			if err != nil {
				t.Fatal(err)
			}
			if got := pc.score(idf, from, to, except); !maps.Equal(got, want) {
				t.Fatalf("query %d (%d terms, %d..%d, except %d): mirror scores %v, tables %v", q, len(idf), from, to, except, got, want)
			}
			if rc.covers(from) {
				covered++
				if got := rc.score(idf, from, to, except); !maps.Equal(got, want) {
					t.Fatalf("query %d (%d terms, %d..%d, except %d): mirror read from the tables scores %v, tables %v", q, len(idf), from, to, except, got, want)
				}
			}
			n := 0
			for _, term := range slices.Collect(maps.Keys(idf)) {
				for _, p := range pc.terms[uint32(term)] {
					if p.t >= from && p.t <= to {
						n++
					}
				}
			}
			limited = limited || n > maxPostingRows
		}
		if !limited {
			t.Error("no query met the statement's LIMIT")
		}
		if covered == 0 || covered == 300 {
			t.Errorf("%d of 300 queries within the mirror read from the tables", covered)
		}
	}
	onEachStore(t, check)
}

// TestPostCacheMirrorsPlacement: a placer that starts on empty tables keeps a mirror equal
// to place_postings and place_articles through new articles and a new version (retired); a
// placer that starts on filled tables reads its mirror from them and keeps it equal too;
// a placer whose cursor another moved reads the tables.
func TestPostCacheMirrorsPlacement(t *testing.T) {
	ctx := context.Background()
	check := func(t *testing.T, s placedStore) {
		db := DB(s)
		open, az := germanPlacers(t, s)
		p := open()
		place := func(p *Placer, id, title string, paras ...string) {
			t.Helper()
			var tb article.TextBuilder
			tb.Add(article.BlockTitle, title)
			for _, para := range paras {
				tb.Add(article.BlockParagraph, para)
			}
			a := &article.Article{ID: id, URL: "https://example.org/" + id, Published: "2025-05-12", Title: title, Language: "de"}
			tb.Fill(a)
			if _, _, err := s.Put(ctx, a, az.Analyze(a)); err != nil {
				t.Fatal(err)
			}
			if _, err := p.PlacePending(ctx); err != nil {
				t.Fatal(err)
			}
		}
		same := func(pc *postCache) {
			t.Helper()
			rows, err := db.DB().QueryContext(ctx, `SELECT seq, event, active FROM place_articles`)
			if err != nil {
				t.Fatal(err)
			}
			arts := map[int64]postArt{}
			for rows.Next() {
				var seq, event, active int64
				if err := rows.Scan(&seq, &event, &active); err != nil {
					t.Fatal(err)
				}
				arts[seq] = postArt{event: event, active: active == 1}
			}
			rows.Close()
			if !maps.Equal(arts, pc.arts) {
				t.Errorf("mirror of place_articles %v, table %v", pc.arts, arts)
			}
			rows, err = db.DB().QueryContext(ctx, `SELECT term, t, seq FROM place_postings ORDER BY term, t, seq`)
			if err != nil {
				t.Fatal(err)
			}
			terms := map[uint32][]posting{}
			for rows.Next() {
				var term, tm, seq int64
				if err := rows.Scan(&term, &tm, &seq); err != nil {
					t.Fatal(err)
				}
				terms[uint32(term)] = append(terms[uint32(term)], posting{tm, seq})
			}
			rows.Close()
			if len(terms) == 0 || !maps.EqualFunc(terms, pc.terms, slices.Equal) {
				t.Errorf("mirror of place_postings %v, table %v", pc.terms, terms)
			}
		}
		place(p, "w1", "Hochwasser in Grünberg: Deich bei Talheim gebrochen",
			"Am Montag ist bei Talheim ein Deich der Wiesel gebrochen, teilte die Feuerwehr Grünberg mit.",
			"Rund 300 Bewohner wurden in Sicherheit gebracht.")
		place(p, "w2", "Deichbruch bei Talheim: 300 Menschen evakuiert",
			"Nach dem Deichbruch an der Wiesel bei Talheim hat die Feuerwehr Grünberg 300 Bewohner evakuiert.")
		place(p, "w3", "Neues Stadion in Kornfeld eröffnet",
			"Der Sportverein Kornfeld hat am Samstag sein neues Stadion mit einem Fest eröffnet.")
		place(p, "w1", "Hochwasser in Grünberg: Deich bei Talheim gebrochen, Pegel sinkt",
			"Am Montag ist bei Talheim ein Deich der Wiesel gebrochen, teilte die Feuerwehr Grünberg mit.",
			"Rund 300 Bewohner wurden in Sicherheit gebracht. Inzwischen sinkt der Pegel.")
		if p.c.posts == nil {
			t.Fatal("a placer over empty tables keeps no postings mirror")
		}
		retired := 0
		for _, a := range p.c.posts.arts {
			if !a.active {
				retired++
			}
		}
		if retired != 1 {
			t.Errorf("%d retired versions in the mirror, want 1", retired)
		}
		same(p.c.posts)

		// Another placer, on the filled tables, reads them.
		q := open()
		place(q, "w4", "Pegel der Wiesel bei Talheim sinkt weiter",
			"Die Feuerwehr Grünberg meldet, dass der Pegel der Wiesel bei Talheim weiter sinkt.")
		if q.c.posts == nil {
			t.Fatal("a placer over filled tables reads no postings mirror")
		}
		same(q.c.posts)
		// The first placer sees the cursor moved and drops its cache.
		place(p, "w5", "Stadionfest in Kornfeld zieht Tausende an",
			"Zum Fest im neuen Stadion des Sportvereins Kornfeld kamen am Samstag Tausende.")
		if p.c.posts != nil {
			t.Error("a placer whose cursor another moved keeps its postings mirror")
		}
	}
	onEachStore(t, check)
}

// TestPostCacheDroppedByAnotherCorrection: a correction another process made (seen in the
// corrections count) ends the mirror: the searches read the tables from then on.
func TestPostCacheDroppedByAnotherCorrection(t *testing.T) {
	ctx := context.Background()
	check := func(t *testing.T, s placedStore) {
		db := DB(s)
		if err := migrate(ctx, db); err != nil {
			t.Fatal(err)
		}
		c := newCache()
		tx, err := begin(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		pc, err := c.postCacheOf(ctx, tx)
		if err != nil || pc == nil {
			t.Fatalf("empty tables: mirror %v, err %v", pc, err)
		}
		if err := setMeta(ctx, tx, "corrections", "1"); err != nil {
			t.Fatal(err)
		}
		c.meta = nil // a new transaction reads place_meta afresh
		if pc, err := c.postCacheOf(ctx, tx); err != nil || pc != nil {
			t.Fatalf("after a correction: mirror %v, err %v", pc, err)
		}
	}
	onEachStore(t, check)
}

// TestFurnCacheIsTheTable: a placer that starts on an empty furniture table counts the
// paragraphs of a site's articles in its mirror as the table counts them (a repeated
// banner, a paragraph of one article); a cache starting on the filled table reads the
// table.
func TestFurnCacheIsTheTable(t *testing.T) {
	ctx := context.Background()
	check := func(t *testing.T, s placedStore) {
		db := DB(s)
		open, az := germanPlacers(t, s)
		p := open()
		banner := "Lesen Sie jetzt alle Artikel der Kornfelder Zeitung für nur einen Euro im ersten Monat."
		for i, para := range []string{
			"Der Sportverein Kornfeld hat am Samstag sein neues Stadion mit einem Fest eröffnet.",
			"Die Feuerwehr Grünberg meldet, dass der Pegel der Wiesel bei Talheim weiter sinkt.",
			"Der Gemeinderat von Talheim berät am Dienstag über den Bau einer neuen Brücke.",
			"Im Zoo von Grünberg ist ein junges Nashorn zur Welt gekommen, es heißt Bruno.",
			"Der Sportverein Kornfeld hat am Samstag sein neues Stadion mit einem Fest eröffnet.",
		} {
			var tb article.TextBuilder
			tb.Add(article.BlockTitle, fmt.Sprintf("Nachricht %d aus Kornfeld", i))
			tb.Add(article.BlockParagraph, para)
			tb.Add(article.BlockParagraph, banner)
			id := fmt.Sprintf("k%d", i)
			a := &article.Article{ID: id, URL: "https://kornfelder-zeitung.example/" + id, Published: fmt.Sprintf("2025-05-1%d", i), Title: fmt.Sprintf("Nachricht %d aus Kornfeld", i), Language: "de"}
			tb.Fill(a)
			if _, _, err := s.Put(ctx, a, az.Analyze(a)); err != nil {
				t.Fatal(err)
			}
			if _, err := p.PlacePending(ctx); err != nil {
				t.Fatal(err)
			}
		}
		rows, err := db.DB().QueryContext(ctx, `SELECT host, hash, seen FROM furniture`)
		if err != nil {
			t.Fatal(err)
		}
		table := furnCache{}
		for rows.Next() {
			var k furnKey
			var n int64
			if err := rows.Scan(&k.host, &k.hash, &n); err != nil {
				t.Fatal(err)
			}
			table[k] = n
		}
		rows.Close()
		if p.c.furn == nil || !maps.Equal(p.c.furn, table) || len(table) < 2 || !slices.Contains(slices.Collect(maps.Values(table)), 5) {
			t.Errorf("furniture mirror %v, table %v", p.c.furn, table)
		}
		q := open()
		tx, err := begin(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		if fc, err := q.c.furnCacheOf(ctx, tx); err != nil || fc != nil {
			t.Errorf("a cache over a filled furniture table: mirror %v, err %v", fc, err)
		}
	}
	onEachStore(t, check)
}
