package story

import (
	"strings"
	"unicode"

	"crosscheck/article"
)

// Figure labels a reader can trust. The extractor names what a number counts from the words
// around it, and on real news many of those names are guesses: the nearest noun to the left
// ("Zweitstärkste Kraft wird die CDU mit 23,6 Prozent" gives "Kraft"), a participle made
// from a verb of the clause ("von zwei Dritteln … gewählt werden" gives "gewählte
// Dritteln"), a discipline named by its distance ("über 150 Meter Lagen"). The story page
// shows a figure only under a label that is written next to its number; the rest are left
// out, since a misleading label is worse than a figure missing.

// Limits on how far a label may stand from its number, in tokens: after it ("15 Prozent der
// abgegebenen Zweitstimmen"), or before it ("Die Wahlbeteiligung lag mit 73,6 Prozent",
// "der Konzerngewinn nach Steuern im ersten Halbjahr um 14 Prozent").
const (
	maxLabelAfter  = 3
	maxLabelBefore = 6
)

// labelFit reports whether figure f of sentence si may be shown under its label, and
// rewrites the label when part of it is not the text's: a participle the extractor made
// from a verb of the clause stays only when the clause says it happened (a past passive,
// "Zwölf Menschen wurden verletzt"), not when it may or will ("kann … abgewählt werden",
// "wird … stellen"). A figure inside a direct quotation is the speaker's, shown under who
// said what, not a figure of the story ("Er gibt immer 100 Prozent").
func (d *doc) labelFit(f *article.Figure, si int) bool {
	if d.inQuotation(f.Start, si) || d.namePart(*f, si) || d.proportion(f) || d.prepositionBound(f) || d.vagueLead(f) {
		return false
	}
	if depth, _ := brackets(d.runes.Slice(d.sents[si].start, f.Start)); depth > 0 && !d.labelInBracket(f, si) {
		// "(2019: 31 Prozent)", "AfD (23,4 Prozent)": an earlier value or an aside, whose
		// label is outside the bracket; "(91 Länderspiele)" says what it counts.
		return false
	}
	if f.What == "" {
		return true
	}
	s := d.sents[si]
	lo, hi := tokenAt(d.an.Tokens, s.start), tokenAt(d.an.Tokens, s.end-1)
	if lo < 0 || hi < 0 {
		return false
	}
	written := map[string]bool{}
	for k := lo; k <= hi; k++ {
		written[strings.ToLower(d.an.Tokens[k].Text)] = true
	}
	pastPassive := false
	for w := range d.pack.Words("story_past_passive") {
		pastPassive = pastPassive || s.all[w]
	}
	var kept []string
	for _, w := range strings.Fields(f.What) {
		lw := strings.ToLower(w)
		switch {
		case written[lw] || written[lw+"n"]:
			// As written, or a plural modifier put in the nominative ("bewaffneten Soldaten").
			kept = append(kept, w)
		case made(lw, written):
			if pastPassive {
				kept = append(kept, w)
			}
		default:
			return false // a word the sentence does not have
		}
	}
	if len(kept) == 0 {
		return false
	}
	if r := d.rankAt(kept); r >= 0 {
		// A superlative of rank says who leads, not what is measured: "die AfD laut
		// Hochrechnung stärkste Kraft mit 30,8 Prozent" is the party's share, not a force's;
		// after the number the label ends before it ("mit 91 Länderspielen der Erfahrenste"
		// counts caps).
		if r == 0 || !d.labelAfterNumber(f, kept[0], lo, hi) {
			return false
		}
		kept = kept[:r]
		for len(kept) > 0 && d.pack.Stopword(strings.ToLower(kept[len(kept)-1])) {
			kept = kept[:len(kept)-1]
		}
		if len(kept) == 0 {
			return false
		}
	}
	if _, ok := d.pack.Words("figure_rank_nouns")[strings.ToLower(kept[0])]; ok {
		// "auf dem 12 Platz", "Saisontore Nummer zehn und elf", "Rang 3": a place in an
		// order or a number that names, not a count ("88 Plätze" counts).
		return false
	}
	if d.groupLead(f) && !d.labelAfterNumber(f, kept[0], lo, hi) {
		// "in der Runde der letzten 16", "unter die besten acht": the number names a round
		// or a ranked group, and the noun before it is not what it counts.
		return false
	}
	if (len(kept) == 1 || placeTail(kept[1:])) && d.holderless(kept[0], f.Unit) {
		// "Sie kommt auf 30,9 Prozent der Stimmen", "Die Partei erreichte 13,5 Prozent",
		// "zwei Drittel der Befragten bewerten ihn positiv": the base of a share alone says
		// neither whose share it is nor what was answered.
		return false
	}
	if d.personWord(kept[0]) || d.eventWord(kept[0]) {
		// A person's name ("Höcke bekam 38,9 Prozent der Stimmen, Tischner 43,0 Prozent") or
		// an election ("ging aus der Landtagswahl mit 31,9 Prozent als stärkste Partei
		// hervor") says whose share or where it was won, not what is measured.
		return false
	}
	f.What = strings.Join(kept, " ")
	set := d.pack.Words("figure_settings")
	numbers := d.pack.Words("numbers")
	for _, w := range kept {
		lw := strings.ToLower(w)
		if _, ok := numbers[lw]; ok {
			return false // "138 million women get four or more" is no label
		}
		if set["capital_nouns"] == "0" && (hasSuffix(lw, set["verb_suffixes"]) || hasSuffix(lw, set["adverb_suffixes"])) {
			// Where nouns are not capitalised, a word that ends like a verb or an adverb
			// ("45,000 Florida schools recently removed") is the clause, not the thing counted.
			return false
		}
	}
	head := strings.ToLower(kept[len(kept)-1])
	for fr := range d.pack.Words("figure_fractions") {
		if strings.HasPrefix(strings.ToLower(kept[0]), fr) || strings.HasPrefix(head, fr) {
			return false // "zwei Dritteln der Abgeordneten" is a share, not two of anything
		}
	}
	var seen []string // the label's words as the sentence writes them
	for _, w := range kept {
		if written[strings.ToLower(w)] {
			seen = append(seen, w)
		}
	}
	if len(seen) == 0 {
		return false
	}
	return d.anchored(f, seen, lo, hi, set["capital_nouns"] != "0")
}

// prepositionBound reports whether figure f is a small number written as a word after a
// bound that is also a preposition (the pack's figure_preposition_bounds): "kommt nur noch
// über zwei Direktmandate in den Landtag" (by way of two, not more than two), "unter drei
// Bewerbern" (among). Such a bound cannot be told from the preposition by its words, so the
// figure is left out rather than shown as "mehr als 2"; "über 40 Jahre" and "über zwei
// Millionen", written in digits or with a multiplier, are bounds.
func (d *doc) prepositionBound(f *article.Figure) bool {
	words := strings.Fields(f.Text)
	if len(words) < 2 || f.Value >= 1000 || strings.IndexFunc(f.Text, unicode.IsDigit) >= 0 {
		return false
	}
	_, ok := d.pack.Words("figure_preposition_bounds")[strings.ToLower(words[0])]
	return ok
}

// labelInBracket reports whether the first word of f's label follows it inside the bracket
// that holds it.
func (d *doc) labelInBracket(f *article.Figure, si int) bool {
	words := strings.Fields(f.What)
	if len(words) == 0 {
		return false
	}
	rest := d.runes.Slice(f.End, d.sents[si].end)
	if i := strings.IndexAny(rest, ")]"); i >= 0 {
		rest = rest[:i]
	} else {
		return false
	}
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if strings.EqualFold(w, words[0]) {
			return true
		}
	}
	return false
}

// cutShort reports whether the label (words) from token best stops before its noun: a
// lower-case word that is no stop word follows its last word at once ("two new reports"
// gives "new"). Only where nouns are not capitalised, which tells nouns apart otherwise.
func (d *doc) cutShort(best int, words []string) bool {
	end := best
	for k := best + 1; k < len(d.an.Tokens) && k < best+len(words)+2; k++ {
		for _, w := range words {
			if strings.EqualFold(d.an.Tokens[k].Text, w) {
				end = k
			}
		}
	}
	if end+1 >= len(d.an.Tokens) {
		return false
	}
	t := d.an.Tokens[end+1]
	return t.Kind == article.TokWord && startsLower(t.Text) && !t.Stop
}

// wordBetween reports whether a token in [a, b) is a word of list.
func (d *doc) wordBetween(a, b int, list map[string]string) bool {
	for k := a; k < b && k < len(d.an.Tokens); k++ {
		if _, ok := list[d.an.Tokens[k].Norm]; ok && d.an.Tokens[k].Kind == article.TokWord {
			return true
		}
	}
	return false
}

// linkedAfter reports whether the label (words) from token best is joined to
// the number at fa by one of the pack's link words ("einen Höchststand von 14,8 Prozent",
// "mit dem aktuellen Preis von 249 Euro"): then the label names the number whatever its
// article.
func (d *doc) linkedAfter(best, fa int, words []string) bool {
	end := best
	for k := best + 1; k < fa; k++ {
		for _, w := range words {
			if strings.EqualFold(d.an.Tokens[k].Text, w) {
				end = k // the label's last word before the number ("aktuellen Preis", whatever place the label adds)
			}
		}
	}
	links := d.pack.Words("figure_links")
	for n := 1; n <= 4 && end+1+n <= fa; n++ {
		if end+1+n == fa || end+1+n < fa && d.an.Tokens[end+1+n].Kind != article.TokWord {
			if d.phraseAt(end+1, n, links) {
				return true
			}
		}
	}
	return false
}

// proportion reports whether figure f is one side of a proportion: a number and a
// proportion word before it ("acht von zehn BSW-Wählern" gives no "BSW-Wählern: 10") or
// after it ("1 in 22 children"), or the base of a rate ("for every 1,000 children").
func (d *doc) proportion(f *article.Figure) bool {
	fa, fb := tokenAt(d.an.Tokens, f.Start), tokenAt(d.an.Tokens, f.End-1)
	if fa < 0 || fb < 0 {
		return false
	}
	links := d.pack.Words("figure_proportion")
	toks := d.an.Tokens
	// Up to two words of link ("out of") between the numbers.
	for n := 1; n <= 2; n++ {
		if fa-n >= 0 && d.phraseAt(fa-n, n, links) && links[d.phraseText(fa-n, n)] == "rate" {
			return true // "217 fewer evaluations for every 1,000 children": a rate's base counts nothing
		}
		if fa-n-1 >= 0 && d.isNumber(toks[fa-n-1]) && d.phraseAt(fa-n, n, links) && links[d.phraseText(fa-n, n)] != "rate" {
			return true
		}
		if fb+n+1 < len(toks) && d.isNumber(toks[fb+n+1]) && d.phraseAt(fb+1, n, links) && links[d.phraseText(fb+1, n)] != "rate" {
			return true
		}
	}
	return false
}

// phraseAt reports whether the n tokens from k, words all, make a phrase of list.
func (d *doc) phraseAt(k, n int, list map[string]string) bool {
	words := make([]string, 0, n)
	for _, t := range d.an.Tokens[k : k+n] {
		if t.Kind != article.TokWord {
			return false
		}
		words = append(words, t.Norm)
	}
	_, ok := list[strings.Join(words, " ")]
	return ok
}

// phraseText returns the n tokens from k as a list key: their normal forms, space-separated.
func (d *doc) phraseText(k, n int) string {
	words := make([]string, 0, n)
	for _, t := range d.an.Tokens[k : k+n] {
		words = append(words, t.Norm)
	}
	return strings.Join(words, " ")
}

// isNumber reports whether t is a number in digits, not a year, or a number word of the
// pack ("acht").
func (d *doc) isNumber(t article.Token) bool {
	if t.Kind == article.TokNumber {
		// A year is no side of a proportion: "rose 59 percent in 2020".
		return !(len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20")))
	}
	_, ok := d.pack.Words("numbers")[t.Norm]
	return ok && t.Kind == article.TokWord
}

// hasSuffix reports whether w ends in one of the space-separated suffixes.
func hasSuffix(w, suffixes string) bool {
	for _, x := range strings.Fields(suffixes) {
		if len(w) > len(x)+2 && strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// made reports whether label word w is a participle of the sentence turned into a modifier
// ("gewählt" → "gewählte", "stellen" → "stellene").
func made(w string, written map[string]bool) bool {
	for cut := 1; cut <= 2 && cut < len(w); cut++ {
		if written[w[:len(w)-cut]] {
			return true
		}
	}
	return false
}

// anchored reports whether the label (words) stands next to figure f: its first word within
// maxLabelAfter tokens after it, or its end within maxLabelBefore tokens before it with no
// punctuation, number or name between; before it only where the language capitalises its
// nouns (before) (a name between is what the number is said of:
// "Kraft wird die CDU mit 23,6 Prozent"). A distance or a duration followed at once by its
// label names a discipline or a clip, not a measurement ("150 m Lagen", "1 Min Dieselskandal").
func (d *doc) anchored(f *article.Figure, words []string, lo, hi int, before bool) bool {
	fa, fb := tokenAt(d.an.Tokens, f.Start), tokenAt(d.an.Tokens, f.End-1)
	if fa < 0 || fb < 0 {
		return false
	}
	best := -1
	for k := lo; k <= hi; k++ {
		if !strings.EqualFold(d.an.Tokens[k].Text, words[0]) || k >= fa && k <= fb {
			continue
		}
		if best < 0 || dist(k, fa, fb) < dist(best, fa, fb) {
			best = k
		}
	}
	if best < 0 {
		return false
	}
	if best > fb {
		n := best - fb - 1
		if n == 0 && measureUnit(f.Unit) {
			return false
		}
		if n > maxLabelAfter || d.punctBetween(fb+1, best) || d.wordBetween(fb+1, best, d.pack.Words("figure_label_breaks")) {
			return false
		}
		return before || !d.cutShort(best, words)
	}
	if !before {
		// Where nouns are not capitalised, nothing tells the noun before a number from a verb
		// or an adjective ("infections cost Americans nearly $7 billion", "the first year
		// that more than 1% …"): the thing counted follows its number, or a link word joins
		// them ("gusts of up to 140 km/h"), or it is not named.
		links := d.pack.Words("figure_links")
		if fa-best != 2 {
			return false
		}
		_, ok := links[d.an.Tokens[best+1].Norm]
		return ok
	}
	if best > 0 && d.figureAtToken(best-1, f.Start) {
		return false // the label is another number's noun ("Die drei Parteien kommen … auf 44")
	}
	if best > 0 && !d.linkedAfter(best, fa, words) {
		if _, ok := d.pack.Words("figure_label_determiners")[d.an.Tokens[best-1].Norm]; ok {
			// "hat … den VW-Konzern mehr als 32 Milliarden Euro gekostet": an object is not
			// what is measured; "Seine Partei war … mit 31 Prozent": whose is not said.
			return false
		}
	}
	// Before the number, the label may carry a phrase of place ("Schäden an den Deichen in
	// Ostfriesland … auf 18 Millionen Euro" gives "Schäden in Ostfriesland"): what stands
	// between is what follows its last word.
	end := best
	last := words[len(words)-1]
	for k := best + 1; k < fa; k++ {
		if strings.EqualFold(d.an.Tokens[k].Text, last) {
			end = k
		}
	}
	return fa-end-1 <= maxLabelBefore && !d.punctBetween(end+1, fa) && !d.nameBetween(end+1, fa) && !d.numberBetween(end+1, fa)
}

// figureAtToken reports whether token k lies in a figure other than the one at offset not.
func (d *doc) figureAtToken(k, not int) bool {
	t := d.an.Tokens[k]
	for _, g := range d.an.Figures {
		if g.Start != not && t.Start >= g.Start && t.End <= g.End {
			return true
		}
	}
	return false
}

// numberBetween reports a number among tokens [a, b) ("der Formel 1 mit Tausenden").
func (d *doc) numberBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.an.Tokens[k].Kind == article.TokNumber {
			return true
		}
	}
	return false
}

// namePart reports whether a unit-less figure written in digits follows a word with a capital
// inside its sentence at once: the number is part of a name ("iPhone 16 Plus", "RBB 24
// Inforadio", "Formel 1", "Wahlkreis Bautzen 5"), not an amount. A place or a person before
// a count, or a number of a thousand or more, is no name.
func (d *doc) namePart(f article.Figure, si int) bool {
	if f.Unit != "" {
		return false
	}
	fa := tokenAt(d.an.Tokens, f.Start)
	lo := tokenAt(d.an.Tokens, d.sents[si].start)
	if fa <= lo || fa < 1 || d.an.Tokens[fa].Kind != article.TokNumber {
		return false
	}
	p := d.an.Tokens[fa-1]
	if f.Value >= 1000 || p.Kind != article.TokWord || p.Stop || p.End != d.an.Tokens[fa].Start-1 || strings.IndexFunc(p.Text, unicode.IsUpper) < 0 {
		return false
	}
	for _, e := range d.an.Entities {
		if p.Start >= e.Start && p.End <= e.End && (e.Type == article.EntityPlace || e.Type == article.EntityPerson) {
			return false // "in Neustadt 1.400 Einsätze": a place, then a count
		}
	}
	return true
}

func dist(k, a, b int) int {
	if k < a {
		return a - k
	}
	return k - b
}

// punctBetween reports a punctuation token other than a hyphen among tokens [a, b).
func (d *doc) punctBetween(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.an.Tokens[k]
		if t.Kind == article.TokPunct && t.Text != "-" && t.Text != "%" {
			return true
		}
	}
	return false
}

// nameBetween reports an entity starting among tokens [a, b).
func (d *doc) nameBetween(a, b int) bool {
	if a >= b {
		return false
	}
	from, to := d.an.Tokens[a].Start, d.an.Tokens[b-1].End
	for _, e := range d.an.Entities {
		if e.Start >= from && e.Start < to {
			return true
		}
	}
	return false
}

// measureUnit: a unit of length or time, which names a race or a clip when a noun follows
// it at once.
func measureUnit(u string) bool {
	switch u {
	case "m", "km", "cm", "mm", "min", "s", "h", "Min", "sec":
		return true
	}
	return false
}

// inQuotation reports whether offset off of sentence si lies inside quotation marks: in a
// direct quotation the quotation stage found, or after an opening mark of its sentence that
// is not closed before it.
func (d *doc) inQuotation(off, si int) bool {
	for _, q := range d.an.Quotes {
		if q.Direct && off >= q.Start && off < q.End {
			return true
		}
	}
	s := d.sents[si]
	open := 0
	straight := false
	for _, r := range d.runes.Slice(s.start, off) {
		switch r {
		case '„', '“', '»', '«', '”':
			// German opens with „ and closes with “; English opens with “ and closes with ”.
			switch r {
			case '„', '»':
				open++
			case '«', '”':
				open--
			case '“':
				if open > 0 {
					open--
				} else {
					open++
				}
			}
		case '"':
			straight = !straight
		}
	}
	return open > 0 || straight
}

// smallOnce reports whether value v of a unit-less quantity is a small count one outlet
// gives ("fünf Sätze", "zwei Breakchancen", "Startplatz vier"): the telling of a match or a
// life, not a figure a reader checks; several outlets giving it make it one.
func (bd *build) smallOnce(q Quantity, v Value) bool {
	if !measureUnit(q.Unit) && (q.Unit != "" || v.Value >= smallCount) {
		// A distance or a time one outlet gives is the telling of a play or a race ("aus
		// fünf Metern"), at any size.
		return false
	}
	outlets := map[string]bool{}
	for _, id := range v.Articles {
		if i, ok := bd.byID[id]; ok {
			outlets[source(bd.docs[i].a)] = true
		}
	}
	return len(outlets) < 2
}

// rankAt returns the index of the first label word that is a superlative of rank (the pack's
// figure_ranks: "stärkste", "Erfahrenste", "zweitstärkste"), -1 when none is.
func (d *doc) rankAt(words []string) int {
	ranks := d.pack.Words("figure_ranks")
	if len(ranks) == 0 {
		return -1
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		for _, p := range []string{"zweit", "dritt", "viert"} {
			if strings.HasPrefix(lw, p) && len(lw) > len(p)+3 {
				lw = lw[len(p):]
				break
			}
		}
		if _, ok := ranks[lw]; ok {
			return i // "stärkste"
		}
		if n := len(lw); n > 1 && strings.ContainsRune("nrsm", rune(lw[n-1])) {
			if _, ok := ranks[lw[:n-1]]; ok {
				return i // "stärksten", "Erfahrenster"
			}
		}
	}
	return -1
}

// labelAfterNumber reports whether the label's first word, where the sentence (tokens lo to
// hi) writes it nearest to figure f, stands after the number.
func (d *doc) labelAfterNumber(f *article.Figure, first string, lo, hi int) bool {
	fa, fb := tokenAt(d.an.Tokens, f.Start), tokenAt(d.an.Tokens, f.End-1)
	if fa < 0 || fb < 0 {
		return false
	}
	best := -1
	for k := lo; k <= hi; k++ {
		if !strings.EqualFold(d.an.Tokens[k].Text, first) || k >= fa && k <= fb {
			continue
		}
		if best < 0 || dist(k, fa, fb) < dist(best, fa, fb) {
			best = k
		}
	}
	return best > fb
}

// personWord reports whether label word w is a word of a person's name the article tags.
func (d *doc) personWord(w string) bool {
	for _, e := range d.an.Entities {
		if e.Type != article.EntityPerson || e.Subtype != "" {
			continue
		}
		for _, p := range strings.Fields(e.Text) {
			if strings.EqualFold(strings.Trim(p, ".,"), w) {
				return true
			}
		}
	}
	return false
}

// eventWord reports whether label word w names an occasion of the pack's figure_events (an
// election, a referendum), or ends in one marked "suffix" and is not marked "keep".
func (d *doc) eventWord(w string) bool {
	events := d.pack.Words("figure_events")
	lw := strings.ToLower(w)
	if v, ok := events[lw]; ok {
		return v != "keep"
	}
	for e, v := range events {
		if v == "suffix" && strings.HasSuffix(lw, e) && len(lw) > len(e) {
			return true
		}
	}
	return false
}

// placeTail reports whether words (a label's after its first) only say where: "in
// Hessen", "im Salzatal" ("Stimmen in Hessen" is still nobody's share).
func placeTail(words []string) bool {
	if len(words) < 2 {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "in", "im":
		for _, w := range words[1:] {
			if startsLower(w) {
				return false
			}
		}
		return true
	}
	return false
}

// holderless reports whether a label of one word is a base the pack's story_share_bases
// lists: for a share ("%") when marked "share" ("Befragten", "Teilnehmer"), for any figure when
// marked "any" ("Stimmen", "Partei"). Such a label names what the number is counted among,
// never whose it is: the holder stands elsewhere (a pronoun, "die Partei", a name in the
// sentence before), and the row would read "Stimmen: 30,9 %" for one party's result.
func (d *doc) holderless(w, unit string) bool {
	v, ok := d.pack.Words("story_share_bases")[strings.ToLower(w)]
	return ok && (v == "any" || v == "share" && unit == "%")
}

// vagueLead reports whether the word before figure f is a vague quantifier of the pack's
// figure_vague_lead ("mehrere tausend Leute", "einige hundert Bomben", "several thousand"):
// the extractor reads the number word alone as exactly 1.000 or 100, which the text does not
// say, so the figure is left out.
func (d *doc) vagueLead(f *article.Figure) bool {
	lead := d.pack.Words("figure_vague_lead")
	if w := strings.Fields(f.Text); len(w) > 1 {
		if _, ok := lead[strings.ToLower(w[0])]; ok {
			return true // the extractor took "mehrere tausend" as an approximate 1.000
		}
	}
	k := tokenAt(d.an.Tokens, f.Start)
	if k <= 0 {
		return false
	}
	t := d.an.Tokens[k-1]
	if t.Kind != article.TokWord {
		return false
	}
	_, ok := lead[strings.ToLower(t.Text)]
	return ok
}

// groupLead reports whether the word before figure f is one of the pack's
// figure_group_lead ("letzten", "besten", "ersten"): "die letzten 16" names a ranked group.
func (d *doc) groupLead(f *article.Figure) bool {
	k := tokenAt(d.an.Tokens, f.Start)
	if k <= 0 || d.an.Tokens[k-1].Kind != article.TokWord {
		return false
	}
	_, ok := d.pack.Words("figure_group_lead")[strings.ToLower(d.an.Tokens[k-1].Text)]
	return ok
}
