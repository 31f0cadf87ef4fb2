package link

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"reflect"
	"slices"
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/internal/gnad"
	"crosscheck/lang"
)

const (
	sKursk    = "Nach Angaben des Geheimdienstes stehen in der Grenzregion Kursk bereits 11.000 nordkoreanische Soldaten bereit."
	sKurskRew = "Laut Geheimdienst warten im Grenzgebiet Kursk schon 11.000 Soldaten aus Nordkorea auf ihren Einsatz."
	sWinter   = "Deutschland sagte der Ukraine zusätzliche Winterhilfe von 200 Millionen Euro für die Energieversorgung zu."
	sGuterres = "UN-Generalsekretär António Guterres zeigte sich sehr besorgt über die Entsendung der Truppen nach Russland."
	sLawrow   = "Außenministerin Choe Son Hui traf in Moskau ihren Amtskollegen Sergej Lawrow zu einem langen Gespräch."
	sPutin    = "Kremlchef Wladimir Putin empfing die Delegation am Freitag im Kreml zu weiteren Beratungen über Rüstung."
	sAdded    = "Die Fußballmannschaft aus Salzburg gewann das Derby gegen Rapid Wien deutlich mit vier zu null Toren."
)

func pairsOf(c *Comparison) map[string][]string {
	out := map[string][]string{}
	for _, p := range c.Pairs {
		out[p.Status] = append(out[p.Status], strings.TrimSpace(strings.Join([]string{itoa(p.A), itoa(p.B)}, ":")))
	}
	return out
}

func itoa(i int) string {
	if i < 0 {
		return "-"
	}
	return string(rune('0' + i))
}

func TestAlignStatuses(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want map[string][]string // status -> "a:b" rows
	}{
		{"same", []string{sKursk, sWinter}, []string{sKursk, sWinter},
			map[string][]string{StatusSame: {"0:0", "1:1"}}},
		{"reworded", []string{sKurskRew, sWinter}, []string{sKursk, sWinter},
			map[string][]string{StatusReworded: {"0:0"}, StatusSame: {"1:1"}}},
		{"added", []string{sKursk, sAdded, sWinter}, []string{sKursk, sWinter},
			map[string][]string{StatusSame: {"0:0", "2:1"}, StatusAdded: {"1:-"}}},
		{"dropped", []string{sKursk, sWinter}, []string{sKursk, sGuterres, sWinter},
			map[string][]string{StatusSame: {"0:0", "1:2"}, StatusDropped: {"-:1"}}},
		{"reordered", []string{sWinter, sKursk, sGuterres}, []string{sKursk, sGuterres, sWinter},
			map[string][]string{StatusSame: {"0:2", "1:0", "2:1"}}},
		{"merged", []string{sKursk, strings.TrimSuffix(sLawrow, ".") + ", und " + sPutin}, []string{sKursk, sLawrow, sPutin},
			map[string][]string{StatusSame: {"0:0"}, StatusReworded: {"1:1", "1:2"}}},
		{"split", []string{sKursk, sLawrow, sPutin}, []string{sKursk, strings.TrimSuffix(sLawrow, ".") + ", und " + sPutin},
			map[string][]string{StatusSame: {"0:0"}, StatusReworded: {"1:1", "2:1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := docFromLines("a", strings.Join(tt.a, "\n"))
			b := docFromLines("b", strings.Join(tt.b, "\n"))
			got := pairsOf(Compare(a, b))
			for st, rows := range tt.want {
				g := slices.Clone(got[st])
				slices.Sort(g)
				if !slices.Equal(g, rows) {
					t.Errorf("%s: got %v, want %v (all: %v)", st, g, rows, got)
				}
			}
			for st := range got {
				if _, ok := tt.want[st]; !ok {
					t.Errorf("unexpected %s rows %v", st, got[st])
				}
			}
		})
	}
}

func TestCompareJSONShape(t *testing.T) {
	src := docFromLines("src", strings.Join([]string{sKursk, sGuterres, sWinter, sLawrow, sPutin}, "\n")+"\n(dpa)")
	src.Article.Published = "2024-11-05"
	der := docFromLines("der", strings.Join([]string{sKurskRew, sGuterres, sWinter, sLawrow, sAdded}, "\n"))
	c := Compare(der, src)
	if c.Derived == nil || c.Derived.Article != "der" || c.Derived.Source != "src" {
		t.Fatalf("derived = %+v", c.Derived)
	}
	if c.Derived.EstimatedPublished != "2024-11-05" || !slices.Equal(c.Derived.Via, []string{"dpa"}) {
		t.Errorf("estimate %q via %v", c.Derived.EstimatedPublished, c.Derived.Via)
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"a", "b", "similarity", "derived", "pairs"} {
		if _, ok := m[k]; !ok {
			t.Errorf("compare JSON lacks %q: %s", k, b)
		}
	}
	d := m["derived"].(map[string]any)
	for _, k := range []string{"article", "source", "kind", "coverage"} {
		if _, ok := d[k]; !ok {
			t.Errorf("derived lacks %q", k)
		}
	}
	var sawAdded, sawNull bool
	for _, p := range m["pairs"].([]any) {
		pm := p.(map[string]any)
		if pm["status"] == StatusAdded {
			sawAdded = true
			if pm["b"] != nil {
				t.Errorf("added pair has b %v", pm["b"])
			}
			sawNull = true
			if _, ok := pm["score"]; ok {
				t.Errorf("added pair has a score")
			}
		}
	}
	if !sawAdded || !sawNull {
		t.Errorf("no added pair with null b in %s", b)
	}
	if len(c.Derived.Unsupported) != 1 || c.Derived.Unsupported[0].Text != sAdded {
		t.Errorf("unsupported = %+v", c.Derived.Unsupported)
	}
	var back Comparison
	if err := json.Unmarshal(b, &back); err != nil || len(back.Pairs) != len(c.Pairs) {
		t.Errorf("round trip: %v", err)
	}
	neither := Compare(docFromLines("x", sAdded), src)
	if b, _ := json.Marshal(neither); !bytes.Contains(b, []byte(`"derived":null`)) {
		t.Errorf("unrelated: %s", b)
	}
}

func TestKinds(t *testing.T) {
	long := []string{sKursk, sGuterres, sWinter, sLawrow, sPutin,
		"Die Gespräche drehten sich um die Lage an der Front und um neue Lieferungen von Flugabwehrsystemen.",
		"Der Chef des Präsidialamts, Andrij Jermak, wies Berichte über geheime Verhandlungen mit Moskau zurück.",
		"Zuvor hatte die Türkei ein Abkommen über den Getreidetransport über das Schwarze Meer vermittelt."}
	src := docFromLines("src", strings.Join(long, "\n"))
	src.Article.Credits = []string{"dpa"}
	tests := []struct {
		name string
		der  []string
		want string
	}{
		{"copy", long, KindCopy},
		{"rewrite", append([]string{sKurskRew}, long[1:]...), KindRewrite},
		{"additions", append(slices.Clone(long[:6]),
			"Im Wahlkampf der Vereinigten Staaten versprach Donald Trump ein Ende des Krieges binnen 24 Stunden.",
			"Kamala Harris kündigte dagegen an, die Militärhilfe der Regierung Joe Biden fortzusetzen.",
			"Ministerpräsident Viktor Orbán lud die Staatschefs zu einem Gipfel nach Budapest ein."), KindAdditions},
		{"summary", []string{strings.TrimSuffix(sKursk, ".") + ", und " + sGuterres, sWinter}, KindSummary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(docFromLines("der", strings.Join(tt.der, "\n")), src)
			if c.Derived == nil || c.Derived.Kind != tt.want || c.Derived.Article != "der" {
				t.Errorf("derived = %+v, want kind %s", c.Derived, tt.want)
			}
		})
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	d := docFromLines("a", strings.Join([]string{sKursk, sGuterres, sWinter}, "\n"))
	sig := NewSignature(d)
	if len(sig.Mins) != numHashes || len(sig.Anchors) == 0 {
		t.Fatalf("signature %+v", sig)
	}
	b, err := sig.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Mins, sig.Mins) || !slices.Equal(back.Anchors, sig.Anchors) {
		t.Error("round trip changed the signature")
	}
	for _, bad := range [][]byte{nil, {9}, b[:len(b)-1], append(slices.Clone(b), 0)} {
		var s Signature
		if err := s.UnmarshalBinary(bad); err == nil {
			t.Errorf("UnmarshalBinary(%v...) accepted", bad[:min(len(bad), 4)])
		}
	}
	empty, _ := Signature{}.MarshalBinary()
	if err := back.UnmarshalBinary(empty); err != nil || back.Mins != nil {
		t.Errorf("empty signature: %v %+v", err, back)
	}
}

func FuzzSignatureUnmarshal(f *testing.F) {
	d := docFromLines("a", sKursk+"\n"+sWinter)
	b, _ := NewSignature(d).MarshalBinary()
	f.Add(b)
	f.Add([]byte{1, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		var s Signature
		if err := s.UnmarshalBinary(data); err != nil {
			return
		}
		out, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var again Signature
		if err := again.UnmarshalBinary(out); err != nil {
			t.Fatalf("re-encoded signature rejected: %v", err)
		}
	})
}

func TestIndexCandidates(t *testing.T) {
	idx := NewIndex()
	src := docFromLines("src", strings.Join([]string{sKursk, sGuterres, sWinter, sLawrow, sPutin}, "\n"))
	other := docFromLines("other", sAdded)
	idx.Add("src", NewSignature(src))
	idx.Add("other", NewSignature(other))
	idx.Add("src", NewSignature(other)) // ignored: the id is known
	if idx.Len() != 2 {
		t.Fatalf("len %d", idx.Len())
	}
	rew := docFromLines("rew", strings.Join([]string{sKurskRew, sWinter, sLawrow}, "\n"))
	got, err := idx.Candidates(NewSignature(rew))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(got, "src") || slices.Contains(got, "other") {
		t.Errorf("candidates %v", got)
	}
	if got, _ := NewIndex().Candidates(Signature{}); len(got) != 0 {
		t.Errorf("empty index gave %v", got)
	}
}

func TestTextHash(t *testing.T) {
	a := docFromLines("a", "Ein Satz,  mit Komma.\nNoch einer!")
	b := docFromLines("b", "ein Satz mit Komma. Noch einer")
	c := docFromLines("c", "Ein anderer Satz.")
	if TextHash(a) != TextHash(b) {
		t.Error("spacing, case and punctuation changed the hash")
	}
	if TextHash(a) == TextHash(c) {
		t.Error("different texts hash alike")
	}
}

func TestRenderText(t *testing.T) {
	src := docFromLines("src", strings.Join([]string{sKursk, sGuterres, sWinter}, "\n"))
	der := docFromLines("der", strings.Join([]string{sKurskRew, sWinter, sAdded}, "\n"))
	c := Compare(der, src)
	var plain, col bytes.Buffer
	RenderText(&plain, c, der, src, false)
	RenderText(&col, c, der, src, true)
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("colour codes without colour")
	}
	for _, want := range []string{"+ Die Fußballmannschaft", "- ", "~ "} {
		if !strings.Contains(plain.String(), want) {
			t.Errorf("plain view lacks %q:\n%s", want, plain.String())
		}
	}
	if !strings.Contains(col.String(), ansiGreen) || !strings.Contains(col.String(), ansiRed) || !strings.Contains(col.String(), ansiYellow) {
		t.Errorf("coloured view lacks colours")
	}
	RenderText(&plain, nil, nil, nil, true) // no panic
}

func TestStorySimilarity(t *testing.T) {
	a := docFromLines("a", sKursk+"\n"+sGuterres)
	b := docFromLines("b", sKurskRew+"\n"+sPutin)
	c := docFromLines("c", sAdded)
	ab, ac := StorySimilarity(a, b), StorySimilarity(a, c)
	if !(ab > ac) || ab > 1 || ac < 0 {
		t.Errorf("similarities %.3f (same story) vs %.3f (unrelated)", ab, ac)
	}
	if s := StorySimilarity(&Doc{}, nil); s != 0 {
		t.Errorf("empty docs: %v", s)
	}
}

func TestEmptyInputs(t *testing.T) {
	empty := &Doc{}
	d := docFromLines("a", sKursk)
	for _, c := range []*Comparison{Compare(empty, d), Compare(d, empty), Compare(nil, nil)} {
		if c.Derived != nil {
			t.Errorf("derived from nothing: %+v", c.Derived)
		}
	}
	l := NewLinker(nil, memDocs{})
	if _, err := l.Link(empty); err == nil {
		t.Error("Link accepted a doc without article")
	}
}

// TestUnsupportedPartial: a sentence that aligns with a source sentence but slips in claims
// the whole source lacks (an ordinal, new names) is unsupported, marked partial; sentences
// reworded with synonyms are not.
func TestUnsupportedPartial(t *testing.T) {
	srcLines := []string{sKursk, sGuterres, sWinter, sLawrow, sPutin,
		"Außenministerin Annalena Baerbock besuchte Kiew und sicherte der Ukraine weitere Unterstützung zu."}
	claim := "Außenministerin Annalena Baerbock besuchte zum achten Mal Kiew und sicherte der Ukraine Unterstützung zu, ungeachtet globaler Ablenkungen im Nahen Osten und der Wahlen in den USA."
	tests := []struct {
		name        string
		lines       []string
		wantPartial string // "" for none
	}{
		{"new ordinal and names", []string{sKurskRew, sGuterres, sWinter, sLawrow, sPutin, claim}, claim},
		{"synonyms only", []string{sKurskRew, sGuterres, sWinter, sLawrow, sPutin,
			"Die Außenministerin Annalena Baerbock reiste nach Kiew und versprach der Ukraine mehr Unterstützung."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := docFromLines("src", strings.Join(srcLines, "\n")+"\n(dpa)")
			der := docFromLines("der", strings.Join(tt.lines, "\n"))
			c := Compare(der, src)
			if c.Derived == nil || c.Derived.Article != "der" {
				t.Fatalf("derived = %+v", c.Derived)
			}
			var got []string
			for _, u := range c.Derived.Unsupported {
				if u.Partial {
					got = append(got, u.Text)
					if r := []rune(der.Article.Text); string(r[u.Start:u.End]) != u.Text {
						t.Errorf("offsets %d:%d do not give %q", u.Start, u.End, u.Text)
					}
				}
			}
			switch {
			case tt.wantPartial == "" && len(got) > 0:
				t.Errorf("partial unsupported %q, want none", got)
			case tt.wantPartial != "" && !slices.Equal(got, []string{tt.wantPartial}):
				t.Errorf("partial unsupported %q, want %q (pairs %+v)", got, tt.wantPartial, c.Pairs)
			}
		})
	}
}

// TestHeadingsNotJudged: an unaligned heading is neither added nor dropped nor unsupported,
// and does not lower coverage; a matching heading still aligns.
func TestHeadingsNotJudged(t *testing.T) {
	body := []string{sKursk, sGuterres, sWinter, sLawrow, sPutin}
	src := docFromLines("src", strings.Join(body, "\n")+"\n(dpa)")
	der := docFromLines("der", "Neue Lage an der Front\n"+strings.Join(body, "\n")+"\nPutin empfing die Delegation im Kreml")
	der.Article.Blocks[0].Kind = article.BlockHeading
	der.Article.Blocks[len(der.Article.Blocks)-1].Kind = article.BlockHeading
	src2 := docFromLines("src2", strings.Join(body, "\n")+"\nPutin empfing die Delegation im Kreml\n(dpa)")
	src2.Article.Blocks[len(src2.Article.Blocks)-1].Kind = article.BlockTitle

	c := Compare(der, src)
	if c.Derived == nil || c.Derived.Article != "der" {
		t.Fatalf("derived = %+v", c.Derived)
	}
	for _, p := range c.Pairs {
		if p.Status == StatusAdded || p.Status == StatusDropped {
			t.Errorf("heading judged: %+v", p)
		}
	}
	if len(c.Derived.Unsupported) != 0 || c.CoverageA != 1 {
		t.Errorf("unsupported %+v, coverage %.2f", c.Derived.Unsupported, c.CoverageA)
	}
	c2 := Compare(der, src2)
	aligned := false
	for _, p := range c2.Pairs {
		if p.A == len(der.Analysis.Sentences)-1 && p.B == len(src2.Analysis.Sentences)-1 {
			aligned = true
		}
	}
	if !aligned {
		t.Errorf("matching headings not aligned: %+v", c2.Pairs)
	}
}

// TestDirectionUndated: without dates or credits, the article whose extra sentence is new to
// the other is the derived one, in either argument order.
func TestDirectionUndated(t *testing.T) {
	body := []string{sKursk, sGuterres, sWinter, sLawrow, sPutin}
	detail := "Putin und Kim Jong Un hatten im Juni einen Vertrag über eine weitreichende Partnerschaft unterschrieben, die auch Rüstung umfasst."
	src := docFromLines("src", strings.Join(append(slices.Clone(body), detail), "\n"))
	der := docFromLines("der", strings.Join(append(slices.Clone(body), sAdded), "\n"))
	for _, swap := range []bool{false, true} {
		a, b := der, src
		if swap {
			a, b = src, der
		}
		c := Compare(a, b)
		if c.Derived == nil || c.Derived.Article != "der" || c.Derived.Source != "src" {
			t.Errorf("Compare(%s, %s).Derived = %+v, want der <- src", a.id(), b.id(), c.Derived)
		}
	}
}

// The signature's hashes are stored: hashString must stay FNV-1a as hash/fnv computes it.
func TestHashStringIsFNV1a(t *testing.T) {
	for _, s := range []string{"", "a", "kursk", "@wladimir", "#11000", "straße", "grenzgebiet-kursk"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if got, want := hashString(s), mix64(h.Sum64()); got != want {
			t.Errorf("hashString(%q) = %x, want %x", s, got, want)
		}
	}
}

// mayDeriveTerms may let through what mayDerive rejects (hashes of different terms can
// meet), never the reverse: the linker skips a candidate on its word alone.
func TestMayDeriveTermsNeverRejectsWhatMayDeriveAccepts(t *testing.T) {
	docs := []*Doc{
		docFromLines("a", sKursk+"\n"+sWinter+"\n"+sGuterres),
		docFromLines("b", sKurskRew+"\n"+sWinter+"\n"+sLawrow),
		docFromLines("c", sPutin+"\n"+sAdded),
		docFromLines("d", sLawrow+"\n"+sPutin),
		docFromLines("e", sAdded),
	}
	accepted := 0
	for _, a := range docs {
		for _, b := range docs {
			fa, fb := a.cached(), b.cached()
			exact, bound := mayDerive(fa, fb), mayDeriveTerms(fa, fb.termHashes())
			if exact && !bound {
				t.Errorf("%s, %s: mayDerive true, mayDeriveTerms false", a.id(), b.id())
			}
			if exact {
				accepted++
			}
		}
	}
	if accepted == len(docs) || accepted == len(docs)*len(docs) {
		t.Fatalf("the pairs test nothing: %d of %d accepted", accepted, len(docs)*len(docs))
	}
}

// A doc's Terms are known only once its features were made.
func TestDocTerms(t *testing.T) {
	d := docFromLines("a", sKursk+"\n"+sWinter)
	if _, ok := d.Terms(); ok {
		t.Fatal("Terms before features: want false")
	}
	f := d.cached()
	got, ok := d.Terms()
	if !ok || len(got) != len(f.vocab) || !slices.IsSorted(got) {
		t.Fatalf("Terms = %v, %v; want %d sorted hashes", got, ok, len(f.vocab))
	}
}

// compareTerms orders as strings.Compare, prefixes equal or not, zero bytes and all.
func TestCompareTerms(t *testing.T) {
	terms := []string{"", "a", "ab", "ab\x00", "ab\x00c", "abcdefgh", "abcdefghi", "abcdefgg", "abcdefgh\x00", "straße", "strasse", "#11", "@putin", "zz", "\xff"}
	for _, a := range terms {
		for _, b := range terms {
			if got, want := compareTerms(prefix8(a), a, prefix8(b), b), strings.Compare(a, b); got != want {
				t.Errorf("compareTerms(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}

// scoreAll sums each pair's shared weights through b's sentences by term; the sums must be
// those of a merge of the two sorted term lists, to the bit, or decisions at a threshold
// could change.
func TestScoreAllMatchesMerge(t *testing.T) {
	docs := []*Doc{
		docFromLines("a", sKursk+" "+sWinter+"\n"+sGuterres+"\n"+sLawrow),
		docFromLines("b", sKurskRew+"\n"+sWinter+" "+sPutin+"\n"+sLawrow+"\n"+sAdded),
		docFromLines("c", sPutin+"\n"+sAdded+"\n"+sKursk),
	}
	checked := 0
	for _, a := range docs {
		for _, b := range docs {
			al := &aligner{fa: a.cached(), fb: b.cached(), na: len(a.cached().sents), nb: len(b.cached().sents)}
			al.weights()
			al.scoreAll()
			for i, ta := range al.idsA {
				for j, tb := range al.idsB {
					sh, n := 0.0, int32(0)
					for x, y := 0, 0; x < len(ta) && y < len(tb); {
						switch {
						case ta[x] < tb[y]:
							x++
						case ta[x] > tb[y]:
							y++
						default:
							sh += al.wid[ta[x]]
							n++
							x++
							y++
						}
					}
					var score float64
					if sh > 0 {
						score = 2 * sh / (al.wa[i] + al.wb[j])
						checked++
					}
					k := i*al.nb + j
					if al.shared[k] != sh || al.nshared[k] != n || al.score[k] != score {
						t.Errorf("%s/%s (%d, %d): shared %v, %d, score %v; merge gives %v, %d, %v",
							a.id(), b.id(), i, j, al.shared[k], al.nshared[k], al.score[k], sh, n, score)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no pair shares a term: the test shows nothing")
	}
}

// What the placement stage adopts from a doc prepared in the pipeline (Doc.Adopt) is what
// it would make from the stored record: features and signature read only the text, blocks,
// sentences, tokens and entities, and the store's JSON keeps blocks and entities as they
// were (tokens and sentences come with the record from the analysis that made them).
func TestFeaturesOfStoredFormAreFeaturesOfAnalysis(t *testing.T) {
	az := analyze.New(lang.NewRegistry(testPack), entity.New(nil, entity.Options{}))
	entities := 0
	for i, text := range gnad.Texts(t, 60) {
		a := &article.Article{ID: fmt.Sprintf("g%d", i), Language: "de", Title: "Titel", Text: text}
		r := []rune(text)
		a.Blocks = []article.Block{{Kind: article.BlockTitle, Start: 0, End: min(5, len(r))}, {Kind: article.BlockParagraph, Start: min(6, len(r)), End: len(r)}}
		an := az.Analyze(a)
		entities += len(an.Entities)
		made := &Doc{Article: a, Analysis: an}
		made.Prepare()
		aj, _ := json.Marshal(a)
		nj, _ := json.Marshal(an)
		sa, sn := &article.Article{}, &article.Analysis{}
		if err := json.Unmarshal(aj, sa); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(nj, sn); err != nil {
			t.Fatal(err)
		}
		sn.Tokens, sn.Sentences = an.Tokens, an.Sentences
		stored := &Doc{Article: sa, Analysis: sn}
		if !reflect.DeepEqual(features(stored), made.cached()) {
			t.Fatalf("article %d: features of the stored form differ from those of the analysis", i)
		}
		if !reflect.DeepEqual(signatureOf(stored, features(stored)), made.signature()) {
			t.Fatalf("article %d: signature of the stored form differs", i)
		}
		adopted := &Doc{Article: sa, Analysis: sn}
		adopted.Adopt(made)
		if adopted.cached() != made.cached() {
			t.Fatal("Adopt did not take the prepared features")
		}
	}
	if entities == 0 {
		t.Fatal("no entities: the test shows less than it should")
	}
}
