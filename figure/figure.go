// Package figure finds the figures an article gives (counts, money, percentages and other
// measures, in digits or words, exact or approximate), says what each counts and who gave it,
// and groups figures across articles into quantities so that sources that disagree show up.
package figure

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
)

// Ways a figure bounds its quantity (article.Figure.Bound).
const (
	BoundAbout = "about" // near the value: "rund 8.000", "about 5,000"
	BoundMin   = "min"   // at least, the value included: "mindestens 100", "at least 100"
	BoundOver  = "over"  // more than, the value left out: "mehr als 100", "over 100"
	BoundMax   = "max"   // at most, the value included: "bis zu 100", "up to 100"
	BoundUnder = "under" // less than, the value left out: "weniger als 100", "under 100"
	BoundOrder = "order" // at least the value, below ten times it: "Tausende", "hundreds"
)

// Extractor finds figures. Its only state is the word lists it reads from each language pack
// once, so one value serves any number of goroutines. Do not copy an Extractor once used.
type Extractor struct {
	lexicons sync.Map  // pack code -> *lexicon
	buffers  sync.Pool // *scratch, buffers reused across calls
}

// New returns a figure extractor.
func New() *Extractor { return &Extractor{} }

// Extract appends the figures of a to an.Figures, sorted by Start. It reads the sentences,
// and the entities and quotes that earlier extractors found, and never fails: text it cannot
// read yields no figure.
func (x *Extractor) Extract(a *article.Article, an *article.Analysis, p lang.Pack) {
	if a == nil || an == nil || p == nil || a.Text == "" {
		return
	}
	r := &run{a: a, an: an, p: p, lex: x.lexicon(p)}
	r.quotes = article.NewSpanIndex(len(an.Quotes), func(i int) (int, int) { return an.Quotes[i].Start, an.Quotes[i].End })
	n := utf8.RuneCountInString(a.Text)
	sents := an.Sentences
	if len(sents) == 0 {
		sents = []article.Sentence{{Start: 0, End: n, TokEnd: len(an.Tokens)}}
	}
	sc, _ := x.buffers.Get().(*scratch)
	if sc == nil {
		sc = &scratch{toks: [2][]tok{make([]tok, 0, 128), make([]tok, 0, 128)}}
	}
	defer x.buffers.Put(sc)
	cur, prev := sc.toks[0][:0], sc.toks[1][:0]
	r.entOf, r.entFrom, r.placeEnd, r.idx = sc.entOf, sc.entFrom, sc.placeEnd, sc.idx
	defer func() {
		sc.toks[0], sc.toks[1] = cur[:0], prev[:0]
		sc.entOf, sc.entFrom, sc.placeEnd, sc.idx = r.entOf, r.entFrom, r.placeEnd, r.idx
	}()
	var cu cursor
	for si, s := range sents {
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		var shared []article.Token
		if s.TokStart >= 0 && s.TokStart <= s.TokEnd && s.TokEnd <= len(an.Tokens) {
			shared = an.Tokens[s.TokStart:s.TokEnd]
		}
		r.text = a.Text[cu.byteAt(a.Text, s.Start):cu.byteAt(a.Text, s.End)]
		cur = scan(r.text, s.Start, p.Normalize, shared, cur[:0])
		r.sentence(si, cur, prev)
		cur, prev = prev, cur
	}
	sort.SliceStable(an.Figures, func(i, j int) bool { return an.Figures[i].Start < an.Figures[j].Start })
}

func (x *Extractor) lexicon(p lang.Pack) *lexicon {
	if l, ok := x.lexicons.Load(p.Code()); ok {
		return l.(*lexicon)
	}
	l, _ := x.lexicons.LoadOrStore(p.Code(), newLexicon(p))
	return l.(*lexicon)
}

// scratch is the working memory of one Extract call, pooled so that an article costs no
// allocation for it once the pool is warm.
type scratch struct {
	toks                     [2][]tok
	entOf, entFrom, placeEnd []int32
	idx                      sentIndex
}

// cursor converts code point offsets into byte offsets walking forward, which is all the
// extractor needs since sentences come in order; it costs no allocation, unlike a full index.
type cursor struct{ b, c int }

func (cu *cursor) byteAt(s string, c int) int {
	if c < cu.c {
		cu.b, cu.c = 0, 0
	}
	for cu.c < c && cu.b < len(s) {
		_, n := utf8.DecodeRuneInString(s[cu.b:])
		cu.b += n
		cu.c++
	}
	return cu.b
}

// run is the state of one Extract call.
type run struct {
	a    *article.Article
	an   *article.Analysis
	p    lang.Pack
	lex  *lexicon
	text string    // the current sentence
	ents []entRef  // entities of the current sentence
	figs []sentFig // figures of the current sentence so far, for partitives
	// inRange is set while reading the second end of a range.
	inRange bool
	// Per token of the current sentence: the first entity (index into ents) covering it and
	// starting at it, or -1, and the least end token of a place entity starting at it (or
	// len+1), so that look-ups by token cost no pass over the sentence's entities.
	entOf, entFrom, placeEnd []int32
	quotes                   article.SpanIndex // an.Quotes
	idx                      sentIndex         // found once per sentence, not once per figure
	persons                  []int             // person entities of the article, nil until needed
	personsSorted            bool              // their ends ascend with their index
}

// entRef is an entity of the current sentence with the tokens it covers.
type entRef struct {
	e    *article.Entity
	a, b int
}

// cand is a figure found in a sentence: tokens [a, b) are its text.
type cand struct {
	a, b  int
	num   int // the first token of the number itself
	value float64
	unit  string
	bound string
	money bool
	vague bool
	// whatFrom is where the counted noun phrase may start: after the figure, or after the
	// second end of a range.
	whatFrom int
	// times is set when the number counts occurrences ("1.400 Mal im Einsatz"): what is
	// counted is the event named after the times word, not a noun next to the number.
	times bool
}

func (r *run) sentence(si int, t []tok, prev []tok) {
	r.sentenceEntities(t)
	r.figs = r.figs[:0]
	for i := 0; i < len(t); {
		c, ok := r.candidate(t, i)
		if !ok {
			i++
			continue
		}
		f := article.Figure{
			Start:       t[c.a].s,
			End:         t[c.b-1].e,
			Value:       c.value,
			Unit:        c.unit,
			Approximate: c.bound != "",
			Bound:       c.bound,
			Sentence:    si,
		}
		f.Text = r.text[t[c.a].bs:t[c.b-1].be]
		f.What, f.Keys, f.Part = r.describe(t, prev, c)
		f.AttributedTo, f.Source = r.attribute(t, c, f.Start, f.End)
		f.AttributedTo = r.nominativeName(f.AttributedTo)
		r.an.Figures = append(r.an.Figures, f)
		i = c.b
	}
}

// sentenceEntities maps the entities inside the sentence to its tokens.
func (r *run) sentenceEntities(t []tok) {
	r.ents = r.ents[:0]
	r.idx.reset()
	r.entOf, r.entFrom, r.placeEnd = fill(r.entOf, len(t), -1), fill(r.entFrom, len(t), -1), fill(r.placeEnd, len(t), int32(len(t)+1))
	if len(t) == 0 {
		return
	}
	start, end := t[0].s, t[len(t)-1].e
	es := r.an.Entities
	k := sort.Search(len(es), func(i int) bool { return es[i].End > start })
	for ; k < len(es); k++ {
		e := &es[k]
		if e.Start >= end {
			break // entities are sorted by Start: the rest lie beyond the sentence
		}
		// Tokens are sorted and apart: those the entity overlaps are a run.
		a := sort.Search(len(t), func(i int) bool { return t[i].e > e.Start })
		b := a
		for b < len(t) && t[b].s < e.End {
			b++
		}
		if a < b && !r.measureWord(t, a) {
			r.ents = append(r.ents, entRef{e: e, a: a, b: b})
		}
	}
	for k := len(r.ents) - 1; k >= 0; k-- {
		// Backwards, so that the first entity covering a token is the one kept.
		x := r.ents[k]
		for i := x.a; i < x.b; i++ {
			r.entOf[i] = int32(k)
		}
		r.entFrom[x.a] = int32(k)
		if x.e.Type == article.EntityPlace {
			r.placeEnd[x.a] = min(r.placeEnd[x.a], int32(x.b))
		}
	}
}

// fill returns buf resized to n and set to v.
func fill(buf []int32, n int, v int32) []int32 {
	if cap(buf) < n {
		buf = make([]int32, n, n+n/2)
	}
	buf = buf[:n]
	for i := range buf {
		buf[i] = v
	}
	return buf
}

// measureWord reports whether a currency, unit or multiplier starts at t[i]: an entity
// extractor may take "Euro" for a name, but it never gives a figure.
func (r *run) measureWord(t []tok, i int) bool {
	for _, set := range []*phraseSet{r.lex.currencies, r.lex.units, r.lex.multipliers} {
		if _, _, ok := phraseAt(t, i, set); ok {
			return true
		}
	}
	return false
}

// entityAt returns the entity covering token i, or nil.
func (r *run) entityAt(i int) *entRef {
	if i < 0 || i >= len(r.entOf) || r.entOf[i] < 0 {
		return nil
	}
	return &r.ents[r.entOf[i]]
}

// phraseAt finds the longest key of set made of up to three tokens starting at t[i].
func phraseAt(t []tok, i int, set *phraseSet) (string, int, bool) {
	if i >= len(t) {
		return "", 0, false
	}
	if !set.multi {
		v, ok := set.m[t[i].norm]
		return v, 1, ok
	}
	if _, ok := set.first[t[i].norm]; !ok {
		return "", 0, false
	}
	for n := min(3, len(t)-i); n >= 1; n-- {
		if v, ok := set.m[joinNorm(t[i:i+n])]; ok {
			return v, n, true
		}
	}
	return "", 0, false
}

// phraseEnding finds the longest key of set made of up to three tokens ending at t[end].
func phraseEnding(t []tok, end int, set *phraseSet) (string, int, bool) {
	if end < 0 || end >= len(t) {
		return "", 0, false
	}
	for n := min(3, end+1); n >= 1; n-- {
		if n > 1 && !set.multi {
			continue
		}
		if _, ok := set.first[t[end-n+1].norm]; !ok {
			continue
		}
		if v, ok := set.m[joinNorm(t[end-n+1:end+1])]; ok {
			return v, n, true
		}
	}
	return "", 0, false
}

func joinNorm(t []tok) string {
	if len(t) == 1 {
		return t[0].norm
	}
	var b strings.Builder
	for i, x := range t {
		if i > 0 && x.space {
			b.WriteByte(' ')
		}
		b.WriteString(x.norm)
	}
	return b.String()
}

// candidate reads a figure starting at token i, if one starts there.
func (r *run) candidate(t []tok, i int) (cand, bool) {
	lex := r.lex
	c := cand{a: i, num: i}
	if r.clockTime(t, i) {
		return c, false
	}
	j := i + 1
	tk := t[i]
	switch {
	case tk.kind == tNum:
		v, ok := ParseNumber(tk.text, lex.decimalComma)
		if !ok || r.notFigure(t, i, v) {
			return c, false
		}
		c.value = v
	case tk.kind == tWord && tk.digits:
		// A number with its multiplier or unit attached: "5bn", "10km".
		k := strings.IndexFunc(tk.text, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == ',') })
		if k <= 0 || r.entityAt(i) != nil {
			return c, false
		}
		v, ok := ParseNumber(tk.text[:k], lex.decimalComma)
		if !ok {
			return c, false
		}
		suf := lex.p.Normalize(tk.text[k:])
		if isIn(lex.timesWords, strings.TrimPrefix(suf, "-")) {
			c.times = true // "1.400-mal", "1400mal"
		} else if m, ok := lex.multipliers.m[suf]; ok {
			f, _ := parseFactor(m)
			v *= f
		} else if u, ok := lex.units.m[suf]; ok {
			if n := tk.text[k:]; len(n) == 1 && n != suf {
				// "5G", "75G": a one-letter unit is written in lower case ("180g"); in capitals
				// it names a standard or a size.
				return c, false
			}
			c.unit = u
		} else if u, ok := lex.currencies.m[suf]; ok {
			c.unit, c.money = u, true
		} else {
			return c, false
		}
		c.value = v
	case tk.kind == tWord:
		if v, n, ok := phraseAt(t, i, lex.vague); ok {
			f, ok := parseFactor(v)
			if !ok || (i > 0 && t[i-1].kind == tNum) {
				return c, false
			}
			c.value, c.bound, c.vague = f, BoundOrder, true
			j = i + n
			break
		}
		if lex.capNouns && tk.upper && i > 0 && t[i-1].kind == tWord {
			// A capitalised number word inside a sentence is a noun ("die Elf").
			return c, false
		}
		v, n, ok := r.numberWords(t, i)
		if !ok {
			return c, false
		}
		j = i + n
		if v < 2 {
			// "ein", "one" alone are articles or pronouns; they count only with a multiplier
			// or a fraction ("eine Million", "ein Drittel").
			_, _, m := phraseAt(t, j, lex.multipliers)
			_, _, f := phraseAt(t, j, lex.fractions)
			if !m && !f {
				return c, false
			}
		}
		if r.entityAt(i) != nil {
			return c, false
		}
		c.value = v
	default:
		return c, false
	}
	if tk.kind == tWord && !tk.digits && !c.vague && i > 0 && isIn(lex.numberwords, t[i-1].norm) {
		return c, false // "Platz zwei"
	}
	if !c.vague && !r.inRange && j+1 < len(t) && isIn(lex.rangeWords, t[j].norm) && (t[j+1].kind == tNum || t[j+1].kind == tWord && !t[j+1].digits) {
		// The first end of a range shares the second's multiplier, unit and noun:
		// "zehn bis 15 Männer", "zwischen 600 und 900 Euro", "2 bis 3 Millionen".
		r.inRange = true // one level only: a chain "1 und 2 und 3" must not cost quadratic time
		c2, ok := r.candidate(t, j+1)
		r.inRange = false
		if ok && c2.a == j+1 {
			if raw := r.rawValue(t[j+1]); raw > 0 {
				c.value *= c2.value / raw
			}
			c.unit, c.money, c.whatFrom = c2.unit, c2.money, c2.b
			return r.finish(t, c, j)
		} else if !ok && r.durationAfter(t, j+1) {
			return c, false
		}
	}
	if !c.vague && !(tk.kind == tWord && tk.digits) {
		if j+1 < len(t) && isIn(lex.additive, t[j].norm) {
			if _, _, ok := phraseAt(t, j+1, lex.multipliers); ok {
				j++ // "drei weitere Milliarden Euro"
			}
		}
		if m, n, ok := phraseAt(t, j, lex.multipliers); ok {
			f, _ := parseFactor(m)
			c.value *= f
			j += n
			// An abbreviation's point ("Mio.") belongs to it unless it ends the sentence.
			if j+1 < len(t) && t[j].text == "." && !t[j].space {
				j++
			}
		}
	}
	if c.unit == "" && !c.vague && c.value == math.Trunc(c.value) && c.value <= 20 {
		if v, n, ok := phraseAt(t, j, lex.fractions); ok {
			if f, ok := parseFactor(v); ok {
				c.value = c.value * f * 100
				c.unit = "%"
				j += n
			}
		}
	}
	if c.unit == "" && !c.vague && j < len(t) && isIn(lex.timesWords, t[j].norm) {
		c.times, c.whatFrom = true, j+1
		return r.finish(t, c, j)
	}
	if c.unit == "" && j+1 < len(t) && isIn(lex.additive, t[j].norm) {
		// "60 weitere Liter Regen": the unit follows the word of addition.
		if _, ok := lex.timeunits[t[j+1].norm]; ok {
			return c, false // "sechs weitere Jahre": a duration
		}
		if u, n, ok := phraseAt(t, j+1, lex.currencies); ok {
			c.unit, c.money = u, true
			j += 1 + n
		} else if u, n, ok := phraseAt(t, j+1, lex.units); ok {
			c.unit = u
			j += 1 + n
		}
	}
	if c.unit == "" && j < len(t) {
		if _, ok := lex.timeunits[t[j].norm]; ok {
			return c, false // a duration or a clock time: the time extractor's job
		}
		if j+2 < len(t) && t[j].kind == tWord && t[j+1].text == "." && !t[j+1].space && !t[j+2].space && t[j+2].kind == tWord &&
			isIn(lex.timeunits, t[j].norm+t[j+2].norm) {
			return c, false // "5 p.m.": a clock time written with dots
		}
		if u, n, ok := phraseAt(t, j, lex.currencies); ok {
			c.unit, c.money = u, true
			j += n
		} else if u, n, ok := phraseAt(t, j, lex.units); ok {
			c.unit = u
			j += n
		}
	}
	if c.unit == "" && i > 0 {
		// A currency written before the number: "$5 billion", "€ 200", "EUR 200", "US$ 5".
		if u, n, ok := phraseEnding(t, i-1, lex.currencies); ok {
			last := t[i-1]
			if last.kind == tPunct || isISOCode(last.text) {
				c.unit, c.money = u, true
				c.a = i - n
			}
		}
	}
	if c.unit == "" && c.a > 0 && j < len(t) && t[c.a-1].text == "(" && t[j].text == ")" {
		return c, false // "Prinz William (32)": an age or a reference, not a count
	}
	return r.finish(t, c, j)
}

// clockTime reports whether t[i] is the minutes or the hour of a clock time written with one of
// the pack's clock_links: "zehn nach vier", "fünf vor zwölf", "Viertel nach acht". The hour
// must stand alone: before a noun ("zwei nach vier Spielen") the numbers count.
func (r *run) clockTime(t []tok, i int) bool {
	if len(r.lex.clockLinks) == 0 {
		return false
	}
	minutes := func(k int) bool {
		v := r.wholeNumber(t[k])
		return v >= 1 && v <= 30 || isIn(r.lex.clockParts, t[k].norm)
	}
	hour := func(k int) bool {
		if v := r.wholeNumber(t[k]); v < 1 || v > 12 || r.lex.stop(t[k].norm) {
			return false // "Spiel zwei nach einem Foul": an article is no hour
		}
		n := k + 1
		if n >= len(t) || t[n].kind == tPunct {
			return true
		}
		if t[n].kind != tWord || t[n].digits || t[n].upper || !r.lex.capNouns {
			return false
		}
		// A lower-case word after the hour is the clause's verb, unless it is an adjective
		// before a noun ("nach vier schweren Spielen").
		return !(r.hasAdjEnding(t[n].norm) && n+1 < len(t) && t[n+1].upper)
	}
	if i+2 < len(t) && isIn(r.lex.clockLinks, t[i+1].norm) && minutes(i) && hour(i+2) {
		return true
	}
	return i >= 2 && isIn(r.lex.clockLinks, t[i-1].norm) && minutes(i-2) && hour(i)
}

// wholeNumber is the value of a plain whole number written in digits or as one number word,
// else -1.
func (r *run) wholeNumber(x tok) int {
	switch {
	case x.kind == tNum:
		if strings.ContainsAny(x.text, ".,") {
			return -1
		}
		v, ok := ParseNumber(x.text, r.lex.decimalComma)
		if !ok {
			return -1
		}
		return int(v)
	case x.kind == tWord && !x.digits:
		if _, ok := r.lex.numberWord(x.norm); !ok {
			return -1
		}
		v, ok := parseWords(x.norm, r.lex)
		if !ok || v != math.Trunc(v) {
			return -1
		}
		return int(v)
	}
	return -1
}

// finish widens the figure over its approximator and closes it at token j.
func (r *run) finish(t []tok, c cand, j int) (cand, bool) {
	if c.a > 0 {
		if b, n, ok := phraseEnding(t, c.a-1, r.lex.approx); ok {
			if c.bound == "" {
				c.bound = b
			}
			c.a -= n
		}
	}
	c.b = j
	if c.whatFrom == 0 {
		c.whatFrom = j
	}
	return c, true
}

// rawValue is the number a token writes, before any multiplier.
func (r *run) rawValue(x tok) float64 {
	if x.kind == tNum {
		v, _ := ParseNumber(x.text, r.lex.decimalComma)
		return v
	}
	v, _ := parseWords(strings.ReplaceAll(x.norm, "-", ""), r.lex)
	return v
}

// durationAfter reports whether the number at t[i] counts time units ("drei bis fünf Jahre").
func (r *run) durationAfter(t []tok, i int) bool {
	for k := i + 1; k < len(t) && k <= i+2; k++ {
		if isIn(r.lex.timeunits, t[k].norm) {
			return true
		}
	}
	return false
}

// numberWords reads number words starting at t[i] ("elf", "Elf tausend", "two hundred and
// fifty", "twenty-five") and returns the value and how many tokens it took.
func (r *run) numberWords(t []tok, i int) (float64, int, bool) {
	var b strings.Builder
	best, bestN := 0.0, 0
	if w := t[i].norm; len(w) < 2 {
		return 0, 0, false
	} else if _, ok := r.lex.numPrefix[w[:2]]; !ok {
		return 0, 0, false
	}
	for k := i; k < len(t) && k < i+6; k++ {
		if t[k].kind != tWord || t[k].digits || (k > i && !t[k].space) {
			break
		}
		w := strings.ReplaceAll(t[k].norm, "-", "")
		b.WriteString(w)
		if v, ok := parseWords(b.String(), r.lex); ok {
			best, bestN = v, k-i+1
			continue
		}
		if v, ok := r.lex.numberWord(w); !ok || v != "+" {
			break
		}
		// A separate "and" joins a number only after hundreds or thousands ("two hundred
		// and fifty", "hundert und acht"); between two small numbers it lists them: "die
		// Plätze sechs und acht" are two places, not 14.
		if best < 100 || math.Mod(best, 100) != 0 || k != i+bestN {
			break
		}
	}
	return best, bestN, bestN > 0
}

// innerUpper reports whether w starts in lower case and has an upper-case letter after
// that ("iPhone", "eBay"), as brands are written; "AfD" and "CDU" are not.
func innerUpper(w string) bool {
	for k, r := range w {
		if k == 0 && !unicode.IsLower(r) {
			return false
		}
		if k > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// notFigure rules out a number at t[i] that names, dates or places something instead of
// counting it.
func (r *run) notFigure(t []tok, i int, v float64) bool {
	lex := r.lex
	if r.entityAt(i) != nil {
		return true
	}
	tk := t[i]
	plain := !strings.ContainsAny(tk.text, ".,\u00a0\u202f\u2009")
	if i > 0 {
		p := t[i-1]
		if p.kind == tPunct && !tk.space && strings.Contains("+/:#№-–", p.text) {
			return true // "1+1", "24/7", "2:1", "#5"
		}
		if _, ok := lex.numberwords[p.norm]; ok {
			return true // "Paragraf 218", "Nr 5", "Januar 2025"
		}
		if p.text == "." && i > 1 {
			if _, ok := lex.numberwords[t[i-2].norm]; ok {
				return true // "Nr. 5", "Abs. 2"
			}
			if !tk.space && !p.space && t[i-2].kind == tWord && !t[i-2].digits {
				return true // "Sat.1", "Web.de": a name written with a point
			}
		}
		if p.kind == tWord && !p.digits && innerUpper(p.text) && !r.countedAfter(t, i+1) {
			return true // "iPhone 16", "eBay 2": a model or brand in mixed case
		}
	}
	if i+1 < len(t) {
		n := t[i+1]
		if n.kind == tPunct && !n.space && strings.Contains("+/:", n.text) && i+2 < len(t) && t[i+2].digits {
			return true
		}
		if n.text == "." && !n.space && i+2 < len(t) && plain {
			return true // an ordinal: "3. November", "am 8. Mai"
		}
		if n.text == "." && !n.space && i == 0 && i+2 == len(t) && plain {
			// A number alone before a point is a sentence of its own only as the mark of a
			// list's line or a ticker's minute ("38. Min: …", "7. You Belong With Me").
			return true
		}
		if n.kind == tPunct && !n.space && (n.text == "'" || n.text == "’" || n.text == "′") {
			return true // a minute of play: "90' Spielende", "45’ Nachspielzeit"
		}
		if i > 1 && t[i-1].text == "," && n.text == "," && plain {
			if e := r.entityAt(i - 2); e != nil && e.e.Type == article.EntityPerson {
				return true // a person's age: "verkündete Jana Lorenz, 55, …"
			}
		}
		if i > 1 && t[i-1].text == "(" && (n.text == ")" || n.text == "/") {
			if e := r.entityAt(i - 2); e != nil && e.e.Type == article.EntityPerson {
				return true // a person's age: "Katharina Steinruck (34/Eintracht Frankfurt)"
			}
		}
		if lex.numberwords[n.norm] == "month" {
			return true // "3 November"
		}
		if e := r.entityAt(i + 1); plain && e != nil && e.e.Type == article.EntityPerson && e.a == i+1 {
			return true // "1 Jana Lorenz erklärt, …": a gallery's picture number before a name
		}
	}
	if plain && (i > 0 && phoneLike(t[i-1], tk) || i+1 < len(t) && phoneLike(tk, t[i+1])) {
		return true // "0800 123456", "030 1234567": a phone number written in groups
	}
	if plain && len(tk.text) > 7 {
		return true // a long run of digits without grouping is a phone number or an id
	}
	if plain && len(tk.text) == 4 && v >= 1900 && v <= 2100 && r.isYear(t, i) {
		return true
	}
	if plain && len(tk.text) == 4 && v >= 1000 && v < 1900 && i > 0 && isIn(lex.yearwords, t[i-1].norm) && (i+1 == len(t) || t[i+1].kind == tPunct && strings.Contains(",.;:)", t[i+1].text)) {
		// An older year after a year word closes its phrase ("In 1783, he wrote"); one before
		// a noun may count ("in 1500 Fällen").
		return true
	}
	if plain && len(tk.text) == 4 && v >= 1900 && v <= 2100 && i > 0 && lex.capNouns {
		// A year right after a name names an edition ("EM 2024 Viertelfinale", "Paris 2024"),
		// whatever noun follows it.
		p := t[i-1]
		if p.kind == tWord && p.upper && !p.digits && !lex.stop(p.norm) && !lex.cues.has(p.norm) && !lex.approx.has(p.norm) {
			if _, ok := lex.numberwords[p.norm]; !ok {
				return true
			}
		}
	}
	if i > 1 && !lex.capNouns && plain {
		// Where only names are capitalised, a plain number right after a capitalised word
		// inside the sentence ends the name ("House File 146", "Interstate 5", "Sweet 16"),
		// unless a unit, currency or multiplier follows it.
		p := t[i-1]
		possessive := strings.HasSuffix(p.text, "'s") || strings.HasSuffix(p.text, "’s") // "California’s 17 reservoirs"
		if p.kind == tWord && p.upper && !p.digits && !possessive && !lex.stop(p.norm) && !lex.cues.has(p.norm) && !lex.approx.has(p.norm) && !r.measureAfter(t, i+1) {
			if _, ok := lex.numberwords[p.norm]; !ok {
				return true
			}
		}
	}
	if i > 1 && lex.capNouns {
		// A number right after a name is part of the name ("Boeing 737", "Formel 1"),
		// unless a unit or a counted noun follows it.
		p := t[i-1]
		if p.kind == tWord && p.upper && !p.digits && !lex.stop(p.norm) && !r.countedAfter(t, i+1) {
			if !lex.cues.has(p.norm) {
				return true
			}
		}
		if e := r.entityAt(i - 1); plain && e != nil && e.b == i && e.a > 0 && i+1 < len(t) && t[i+1].upper && !r.measureAfter(t, i+1) {
			if _, ok := r.mediaWord(t[e.a-1].norm); ok {
				// "dem Sender TV 2 News": after a medium's noun the number and the word after
				// it go on naming the medium.
				return true
			}
		}
	}
	return false
}

// isYear decides whether a four-digit number 1900-2100 at t[i] is a year: it is one unless a
// unit or a counted noun follows it outside a date-like context ("2.000 Menschen" is written
// with a point in German, but "2000 Menschen" happens too).
func (r *run) isYear(t []tok, i int) bool {
	if i > 0 {
		p := t[i-1].norm
		if _, ok := r.lex.yearwords[p]; ok {
			return true
		}
		if r.lex.numberwords[p] == "month" {
			return true
		}
	}
	if i > 2 && r.plainYear(t[i-2]) && isIn(r.lex.rangeWords, t[i-1].norm) && isIn(r.lex.yearwords, t[i-3].norm) && !isIn(r.lex.preps, t[i-3].norm) && !r.lex.stop(t[i-3].norm) {
		// The second of two years after a year noun ("in den Jahren 2022 und 2023
		// Wachstumsraten von …") is a year whatever follows it.
		return true
	}
	if !r.lex.capNouns {
		// Where any word may be a noun, only a unit or a currency makes it a count: "the
		// 2020 presidential election", "a 2016 ruling" are years.
		return !r.measureAfter(t, i+1)
	}
	// Only a noun right after it makes it a count: "die 2022 vorgestellte Formel" is a year.
	if i+1 < len(t) && r.isNoun(t[i+1]) {
		return false
	}
	return !r.countedAfter(t, i+1) || i+1 < len(t) && r.isAdj(t[i+1])
}

// plainYear reports whether x is written as a year: four digits, 1900 to 2100.
func (r *run) plainYear(x tok) bool {
	if x.kind != tNum || len(x.text) != 4 || strings.ContainsAny(x.text, ".,") {
		return false
	}
	return x.text >= "1900" && x.text <= "2100"
}

// phoneLike reports whether two adjacent plain numbers a b look like parts of one phone number.
func phoneLike(a, b tok) bool {
	if a.kind != tNum || b.kind != tNum || strings.ContainsAny(a.text+b.text, ".,") {
		return false
	}
	return a.text[0] == '0' || len(a.text) >= 5 || len(b.text) >= 5
}

// measureAfter reports whether a unit, currency or multiplier starts at t[j].
func (r *run) measureAfter(t []tok, j int) bool {
	if j >= len(t) {
		return false
	}
	for _, set := range []*phraseSet{r.lex.multipliers, r.lex.currencies, r.lex.units} {
		if _, _, ok := phraseAt(t, j, set); ok {
			return true
		}
	}
	return false
}

// countedAfter reports whether a unit, currency, multiplier or counted noun starts at t[j].
func (r *run) countedAfter(t []tok, j int) bool {
	if j >= len(t) {
		return false
	}
	if r.measureAfter(t, j) {
		return true
	}
	_, end, ok := r.rightNP(t, j)
	return ok && end > j
}
