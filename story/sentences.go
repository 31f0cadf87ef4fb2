package story

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/link"
	"crosscheck/store"
)

// doc is one article of a story as the stage reads it: the stored record, its tokens
// rebuilt, and what it knows about each sentence.
type doc struct {
	rec   *store.Record
	a     *article.Article
	an    *article.Analysis
	ld    *link.Doc
	runes *article.Runes
	pack  lang.Pack
	sents []sentence
	date  string // publication day (or estimated from its source), "" when unknown
	// titleWords are the lower-cased words of the headline (wordsOf).
	titleWords map[string]bool
}

// tokensFrom returns the tokens of sentence si from code point start on: without the dateline
// that may open it (start is where datelineEnd says the sentence starts).
func (d *doc) tokensFrom(si, start int) []article.Token {
	toks := d.an.SentenceTokens(si)
	for len(toks) > 0 && toks[0].Start < start {
		toks = toks[1:]
	}
	return toks
}

// sentence is what the stage knows about one sentence of an article.
type sentence struct {
	start, end int
	text       string
	// usable: a paragraph sentence with content, not site furniture. Only usable
	// sentences are summarised, cited or cite.
	usable bool
	// standalone: usable, and readable without the sentences before it.
	standalone bool
	// leans: it points back to what a sentence before it said or named ("He was treated on
	// Sunday", "Und dann …", "Der Spanier …", "Trump wrote … early Friday" after a quoted
	// question): a reader of it alone, in a summary or on a timeline, does not know who or
	// what. Only a part of what standalone reads: length, quotations and full stops aside.
	leans      bool
	stems      map[string]bool // content stems
	said       map[string]bool // content stems outside names: what is said of them
	figs       map[string]bool // figure values with unit
	dates      map[string]bool // days of the time expressions in it
	nums       map[string]bool // numbers that are neither figure nor date
	names      []string        // canonical names, lower case
	actors     []string        // those of names that are people or organisations
	modals     map[string]bool // modalities of its modal verbs ("want", "should", ...)
	titles     []string        // short spans in quotation marks, lower case: titles and names the tagger may miss
	all        map[string]bool // every word, stop words too
	negated    bool
	quoted     bool // holds a direct quotation's words
	attributed bool // holds a verb of saying: someone reports what it says
	question   bool
	// heading: no word in small letters or no closing stop ("Heidenheim-Trainer Frank
	// Schmidt", "Die Tore"): a heading, a caption's name or a listing, which states nothing.
	heading bool
	words   int
}

// newDoc rebuilds tokens for a stored record and reads its sentences.
func newDoc(r *store.Record, packs *lang.Registry) *doc {
	p, _ := packs.Get(r.Article.Language)
	an := *r.Analysis
	seg := &article.Analysis{}
	analyze.Segment(r.Article, seg, p)
	an.Tokens, an.Sentences = seg.Tokens, seg.Sentences
	d := &doc{rec: r, a: r.Article, an: &an, pack: p, runes: article.NewRunes(r.Article.Text)}
	d.ld = &link.Doc{Article: r.Article, Analysis: d.an}
	d.readSentences()
	return d
}

// furniture reports whether lower-cased text holds one of the pack's furniture phrases.
func furniture(p lang.Pack, lower string) bool {
	for ph := range p.Words("story_furniture") {
		if strings.Contains(lower, ph) {
			return true
		}
	}
	return false
}

func (d *doc) readSentences() {
	an := d.an
	negs := d.pack.Words("story_negations")
	numbers := d.pack.Words("numbers")
	dangling := d.pack.Words("story_dangling")
	inner := d.pack.Words("story_dangling_inner")
	pronouns := d.pack.Words("story_pronouns")
	address := d.pack.Words("story_reader_address")
	modals := d.pack.Words("story_modals")
	subjunctive := d.pack.Words("story_subjunctive")
	this := d.pack.Words("story_this")
	saying := d.pack.Words("speech_verbs")
	demonstratives := d.pack.Words("story_demonstratives")
	backAdverbs := d.pack.Words("story_back_adverbs")
	followers := d.pack.Words("story_article_followers")
	weekdays := d.pack.Words("weekdays")
	months := d.pack.Words("months")
	captionPreps := d.pack.Words("story_captions")
	imperatives := d.pack.Words("story_imperatives")
	backNPs := d.pack.Words("story_back_nps")
	npLinks := d.pack.Words("story_np_links")
	epithets := map[string]string{}
	for _, list := range []string{"quote_epithets", "story_epithets"} {
		for w, v := range d.pack.Words(list) {
			epithets[w] = v
		}
	}
	bylines := d.pack.Words("story_bylines")
	d.sents = make([]sentence, len(an.Sentences))
	captions := d.captionBlocks()
	d.titleWords = wordsOf(d.a.Title)
	perBlock := map[int]int{} // sentences of each block
	for _, s := range an.Sentences {
		perBlock[s.Block]++
	}
	fi, ti, ei, qi := 0, 0, 0, 0
	for si, s := range an.Sentences {
		if si == 0 || an.Sentences[si-1].Block != s.Block {
			// "Potsdam - Dietmar Woidke hat …": the sentence starts after its dateline.
			s.Start = d.datelineEnd(si, ei)
		}
		st := sentence{start: s.Start, end: s.End, text: d.runes.Slice(s.Start, s.End),
			stems: map[string]bool{}, said: map[string]bool{}, figs: map[string]bool{}, dates: map[string]bool{}, nums: map[string]bool{},
			modals: map[string]bool{}, all: map[string]bool{}}
		kind := article.BlockParagraph
		if s.Block < len(d.a.Blocks) {
			kind = d.a.Blocks[s.Block].Kind
		}
		// Mentions are sorted by offset; walk them alongside the sentences.
		covered := map[int]bool{} // token starts covered by a figure or a date
		for fi < len(an.Figures) && an.Figures[fi].Start < s.Start {
			fi++
		}
		for k := fi; k < len(an.Figures) && an.Figures[k].Start < s.End; k++ {
			f := an.Figures[k]
			st.figs[figKey(f.Value, f.Unit)] = true
			st.nums[strconv.FormatFloat(f.Value, 'f', -1, 64)] = true
			for c := f.Start; c < f.End; c++ {
				covered[c] = true
			}
		}
		for ti < len(an.Times) && an.Times[ti].Start < s.Start {
			ti++
		}
		for k := ti; k < len(an.Times) && an.Times[k].Start < s.End; k++ {
			t := an.Times[k]
			if (t.Type == article.TimeDate || t.Type == article.TimeTime) && t.Value != "" && !strings.HasSuffix(t.Value, "_REF") {
				// A day, or a day and clock time when the text gives one ("um 17.00 Uhr"):
				// two reports of one day at different hours do not state the same.
				day := t.Value
				if len(day) > 10 && !clockRE.MatchString(day) {
					day = day[:10]
				}
				st.dates[day] = true
				// The date stands for its numbers; other time expressions (durations,
				// ages: "42-Jährige") keep theirs.
				for c := t.Start; c < t.End; c++ {
					covered[c] = true
				}
			}
		}
		for ei < len(an.Entities) && an.Entities[ei].Start < s.Start {
			ei++
		}
		for k := ei; k < len(an.Entities) && an.Entities[k].Start < s.End; k++ {
			if n := strings.ToLower(an.Entities[k].Canonical); n != "" {
				st.names = append(st.names, n)
				if t := an.Entities[k].Type; t == article.EntityPerson || t == article.EntityOrganisation {
					st.actors = append(st.actors, n)
				}
			}
		}
		for qi < len(an.Quotes) && an.Quotes[qi].End <= s.Start {
			qi++
		}
		for k := qi; k < len(an.Quotes) && an.Quotes[k].Start < s.End; k++ {
			if an.Quotes[k].Direct {
				st.quoted = true
			}
		}
		firstPerson := -1        // where the first person named in the sentence starts
		firstName := -1          // where the first name of any kind starts
		inName := map[int]bool{} // token starts inside a name
		inPerson := map[int]bool{}
		inActor := map[int]bool{} // token starts inside a person's or an organisation's name
		for k := ei; k < len(an.Entities) && an.Entities[k].Start < s.End; k++ {
			if ty := an.Entities[k].Type; ty == article.EntityPerson || ty == article.EntityOrganisation {
				for c := an.Entities[k].Start; c < an.Entities[k].End; c++ {
					inActor[c] = true
				}
			}
			if an.Entities[k].Type == article.EntityPerson {
				if firstPerson < 0 {
					firstPerson = an.Entities[k].Start
				}
				for c := an.Entities[k].Start; c < an.Entities[k].End; c++ {
					inPerson[c] = true
				}
			}
			if firstName < 0 {
				firstName = an.Entities[k].Start
			}
			for c := an.Entities[k].Start; c < an.Entities[k].End; c++ {
				inName[c] = true
			}
		}
		pronoun, reader := false, false
		personal := false // a pronoun that is no possessive
		pointsBack, afterThis := false, false
		reported, attributed := false, false
		toks := d.tokensFrom(si, s.Start) // after the dateline
		first := true
		afterArticle := ""   // the endings a modifier takes after the opening article, when it may be a pronoun
		openerBack := false  // the sentence opens with an adverb that points back if a verb follows
		clauses := false     // a clause break came before: an adverb after it may point into the sentence
		opener := ""         // the opening word, when it needs an antecedent
		openerLeans := false // … and is no article before a noun
		afterOpener := false // the token after the opening word is being read
		for _, t := range toks {
			if afterOpener {
				afterOpener = false
				openerLeans = true
				if v := dangling[opener]; t.Kind == article.TokWord && v != "" {
					// "Das Finale zwischen …", "Das neue Lied …" open with an article before
					// its noun or adjective (the pack's story_dangling gives such openers
					// the endings of an adjective after them); "Das ist …" with a pronoun.
					openerLeans = startsLower(t.Text) && pronounArticle(t, v, numbers, followers)
				}
				if t.Kind == article.TokWord && !startsLower(t.Text) && this[t.Norm] == "time" {
					openerLeans = false // "Diese Woche" has a time of its own; "Dieses Finale" points back
				}
			}
			if t.Kind == article.TokPunct && strings.ContainsAny(t.Text, ",;:-–—(") {
				clauses = true
			}
			if openerBack && t.Kind == article.TokWord {
				if startsLower(t.Text) && !t.Stop {
					pointsBack = true // "Da knallte Kane …"
				}
				openerBack = false
			}
			if v, ok := backAdverbs[t.Norm]; ok && t.Kind == article.TokWord && !st.quoted {
				if first && v == "open" {
					openerBack = true
				} else if !first && v == "" && !clauses {
					pointsBack = true // "Pogacar feierte damit seinen zweiten Etappensieg"
				}
			}
			if afterArticle != "" && t.Kind != article.TokPunct {
				if t.Kind == article.TokWord && pronounArticle(t, afterArticle, numbers, followers) {
					st.standalone = false // "Der spielt am Samstag …": "der" stands for someone named before
					st.leans = true
				}
				afterArticle = ""
			}
			if afterThis && t.Kind == article.TokWord && !startsLower(t.Text) {
				if _, day := weekdays[t.Norm]; this[t.Norm] != "time" && !day {
					pointsBack = true // "Nach diesen Wahlen": which? Not "an diesem Donnerstag".
				}
			}
			// "Zu dieser herausragenden Statistik": the adjectives before the noun say no
			// more which one is meant.
			afterThis = afterThis && t.Kind == article.TokWord && startsLower(t.Text) && !t.Stop
			if v, ok := this[t.Norm]; ok && v == "" && t.Kind == article.TokWord && !st.quoted {
				afterThis = true
			}
			switch t.Kind {
			case article.TokNumber:
				if !covered[t.Start] {
					st.nums[NormNumber(t.Text)] = true
				}
				st.words++
			case article.TokWord:
				st.words++
				st.all[t.Norm] = true
				if m, ok := modals[t.Norm]; ok {
					st.modals[m] = true
				}
				if _, ok := subjunctive[t.Norm]; ok && t.Text == t.Norm {
					reported = true
				}
				if _, ok := saying[t.Norm]; ok {
					attributed = true
				}
				opening := first
				if !covered[t.Start] {
					if v, ok := numbers[t.Norm]; ok && v != "1" && !strings.Contains(v, ".") {
						st.nums[v] = true
					}
					for _, m := range digitsRE.FindAllString(t.Text, -1) {
						st.nums[NormNumber(m)] = true // "42-Jährige", "G20"
					}
				}
				if first {
					first = false
					if _, ok := dangling[t.Norm]; ok {
						st.standalone = false
						opener, afterOpener = t.Norm, true
					} else {
						st.standalone = true
						afterArticle = demonstratives[t.Norm]
					}
				}
				if v, ok := address[t.Norm]; ok && (v == "" || v == "cap" && !opening && t.Text != t.Norm || v == "self" && !st.quoted) {
					reader = true // "gehen Sie in Ihr E-Mail-Postfach"
				}
				if v, ok := pronouns[t.Norm]; ok && t.Text == t.Norm && (firstPerson < 0 || firstPerson > t.Start) {
					// lower case: "er", not a capitalised noun or "Sie"; a person named after
					// it is not what it stands for ("In Thüringen bleibt sie wegen … Bodo
					// Ramelow zweistellig")
					pronoun = true
					// For a timeline a pronoun after any name may stand for it ("teilte die
					// Fluglinie Eurowings mit, dass sie …"); the summary asks for a person.
					personal = personal || v != "poss" && (firstName < 0 || firstName > t.Start)
				}
				if _, ok := negs[t.Norm]; ok || strings.HasSuffix(t.Norm, "n't") {
					st.negated = true
				}
				if !t.Stop && utf8.RuneCountInString(t.Norm) > 2 {
					st.stems[t.Stem] = true
					if !inName[t.Start] {
						st.said[t.Stem] = true
					}
				}
			}
		}
		lower := strings.ToLower(st.text)
		st.titles = quotedTitles(lower)
		st.question = strings.HasSuffix(strings.TrimRight(st.text, " \"“”»«'’)"), "?")
		// A sentence addressing the reader is service text ("erhalten Sie …"), not news.
		// A teaser cut off with "…" is a fragment: it neither states nor is stated.
		cut := strings.HasSuffix(strings.TrimRight(st.text, " \"“”»«'’)"), "...") || strings.HasSuffix(strings.TrimRight(st.text, " \"“”»«'’)"), "…")
		// A picture's caption, a site's time stamp ("Von … , Paris 06.06.2024, 14:27
		// Lesezeit: 3 Min."), the headline repeated as a paragraph of its own and a byline
		// run into the first sentence are no prose.
		inCaption := s.Block >= 0 && s.Block < len(captions) && captions[s.Block]
		st.usable = kind == article.BlockParagraph && len(st.stems) >= 3 && !furniture(d.pack, lower) && !reader && !cut &&
			!inCaption && !stampRE.MatchString(st.text) && !(perBlock[s.Block] == 1 && headlineAgain(st.text, d.titleWords)) &&
			!bylineRunIn(toks, bylines, inPerson, inName) &&
			!caption(toks, weekdays, months, captionPreps) && !instruction(toks, imperatives) && !infinitiveStep(toks, imperatives, modals)
		if !st.usable {
			st.standalone = false
		}
		tail := strings.TrimRight(st.text, " \"“”»«'’)")
		st.heading = noLowerWord(toks) || !strings.ContainsAny(tail[max(0, len(tail)-3):], ".!?…")
		innerBack := false
		for ph := range inner {
			if containsPhrase(lower, ph) {
				innerBack = true
				break
			}
		}
		// "Sinners Antwort: Nur einen Satz gab er ab …", "Der Preis: 799,99 Euro": a head of
		// a few words before a colon answers the sentence before it.
		teaser := teaserHead(toks)
		// "Seit über 40 Jahren sind die beiden Musikstars eng befreundet", "The answers
		// highlight …": which two, answers to what, is said before.
		back := !st.quoted && backNP(toks, backNPs, npLinks, inName, inActor)
		// "Die 48-Jährige kam auf 28,2 Prozent": who?
		epithetOpen := epithetOpening(toks, demonstratives, epithets, inPerson)
		epithet := epithetOpen || !st.quoted && epithetInside(toks, demonstratives, epithets, inPerson, firstPerson)
		if opener != "" && (openerLeans || afterOpener) {
			st.leans = true // the opening word ends the sentence, or needs what came before
		}
		st.attributed = attributed
		// A definite description ("die Partei", "der Bürgermeister" inside the sentence)
		// and a connective inside it ("dann jedoch") lean less: the story around the
		// sentence names them. They keep it from a summary, not from a timeline.
		if personal || pointsBack || teaser || epithetOpen || d.quoteTail(s.Start) || minuteStampRE.MatchString(st.text) {
			st.leans = true
		}
		if st.leans || innerBack || back || epithet {
			st.standalone = false
		}
		if st.standalone {
			// Questions and quotations are not statements a summary makes; a teaser cut off
			// with "…" is not a whole one; "er" without a person named is someone unknown.
			if st.heading {
				// A fragment without a full stop (a heading, a listing), or with no word in
				// small letters ("Tore: 1:0 Meyer (10.), 2:0 Kunkel (37.)", "Gruppe C
				// Mannschaft Spiele Punkte Tore 1."): a line-up, a table's row, a heading or a
				// ticker's shout, not a statement.
				st.standalone = false
			}
			if pictograph(st.text) {
				st.standalone = false // "EM 2024 Live: ENG ⚽ SVN 3. Spieltag Gr."
			}
			if r, _ := utf8.DecodeRuneInString(st.text); !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("„\"»«‚'(", r) {
				st.standalone = false // "| NDR … 17:00 Uhr", "+++ Ticker +++"
			}
			if strings.HasSuffix(tail, "?") || strings.HasSuffix(tail, "...") || strings.HasSuffix(tail, "…") ||
				st.quoted || startsLower(st.text) || pronoun || reader {
				st.standalone = false
			}
			if st.words < 6 || st.words > 50 {
				st.standalone = false
			}
			if tickerStampRE.MatchString(st.text) {
				// "17:08 Uhr Ein paar Statistiken zum Rennen …": a live ticker's entry runs
				// its heading into its text.
				st.standalone = false
			}
			if reported && !attributed {
				// "Die Vereinbarung werde aufgekündigt": someone's claim, and whose is not said.
				st.standalone = false
			}
			if title := strings.TrimSpace(d.a.Title); len(title) > 10 && strings.HasPrefix(st.text, title+" ") {
				// "How homeowners can prepare for spring melt A nationwide flood outlook …":
				// the feed ran its headline into the first sentence.
				st.standalone = false
			}
			if !balanced(st.text) {
				// "1) trifft im Finale … auf Taylor Fritz (ATP-Nr.": a list item or a sentence
				// cut at an abbreviation has lost its subject or its end.
				st.standalone = false
			}
			if len(st.names) == 0 && len(st.nums) == 0 && len(st.dates) == 0 && len(st.figs) == 0 && len(st.titles) == 0 {
				// Naming no one and nothing, with no number or date, a sentence speaks of
				// what the one before named: "Erst im Elfmeterschießen fällt die
				// Entscheidung", "Angegriffen wurden wohl bewusst bestimmte Orte".
				st.standalone = false
			}
		}
		d.sents[si] = st
	}
}

// noLowerWord reports whether no word of a sentence starts with a small letter while some
// start with a capital (a script without letter case has neither).
func noLowerWord(toks []article.Token) bool {
	upper := false
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// quoteTail reports whether a sentence starting at offset start goes on, in its paragraph,
// from a quotation that closes on a question or exclamation mark ("“… could be
// catastrophic for our Country?” Trump wrote on his social media site early Friday."): the
// splitter ended the sentence at the mark, and what is left says only who wrote it and when.
func (d *doc) quoteTail(start int) bool {
	before := []rune(d.runes.Slice(max(0, start-6), start))
	k := len(before) - 1
	for k >= 0 && (before[k] == ' ' || before[k] == '\t' || before[k] == '\u00a0') {
		k--
	}
	if k < 1 || !strings.ContainsRune("”“\"»«’'", before[k]) {
		return false
	}
	return strings.ContainsRune("?!", before[k-1])
}

// instruction reports whether a sentence is an instruction to the reader, not a statement
// of a happening: it opens with a verb of the pack's story_imperatives ("verb") followed at
// once by its object or particle ("object": "Cut both limes in half …", "Whisk in the oil",
// "Let them sit …") or a number ("Add 4 tablespoons …"). A recipe's or a guide's steps are
// neither summarised, dated nor cited.
func instruction(toks []article.Token, imperatives map[string]string) bool {
	if len(imperatives) == 0 || len(toks) < 3 || toks[0].Kind != article.TokWord || imperatives[toks[0].Norm] != "verb" {
		return false
	}
	if toks[1].Kind == article.TokNumber {
		// "Add 4 tablespoons of butter …"; not a year ("Top 2023 fantasy sleepers").
		return !(len(toks[1].Text) == 4 && (strings.HasPrefix(toks[1].Text, "19") || strings.HasPrefix(toks[1].Text, "20")))
	}
	return toks[1].Kind == article.TokWord && imperatives[toks[1].Norm] == "object" && startsLower(toks[1].Text)
}

// infinitiveStep reports whether a sentence is an instruction in the infinitive, as German
// recipes and guides write their steps: it ends in a verb of the pack's story_imperatives
// marked "final" ("Die Limetten halbieren", "Den Ofen auf 200 Grad vorheizen") with no finite
// verb the pack knows before it (a modal, a word marked "finite": "Der Koch wird die Limetten
// halbieren"), no subject pronoun ("Man kann …") and no "zu" before it ("die Preise zu
// halbieren").
func infinitiveStep(toks []article.Token, imperatives map[string]string, modals map[string]string) bool {
	k := len(toks) - 1
	for k >= 0 && toks[k].Kind != article.TokWord {
		k--
	}
	if k < 1 || imperatives[toks[k].Norm] != "final" || !startsLower(toks[k].Text) || toks[k-1].Norm == "zu" {
		return false
	}
	for _, t := range toks[:k] {
		if t.Kind != article.TokWord {
			continue
		}
		if _, ok := modals[t.Norm]; ok {
			return false
		}
		if v := imperatives[t.Norm]; v == "finite" || v == "subject" {
			return false
		}
	}
	return true
}

// caption reports whether a sentence is a photo caption: it ends in a weekday and a comma, a month and
// a day with its year written in digits, then at most a place after one of the pack's
// caption prepositions ("… speaks at a campaign event Monday, March 13, 2023, in Davenport,
// Iowa."; "… spricht am Montag, 2. September 2024, in Erfurt."). News prose names a recent
// day without its year; a caption dates its picture in full.
func caption(toks []article.Token, weekdays, months, preps map[string]string) bool {
	if len(preps) == 0 {
		return false
	}
	y := -1
	for k := len(toks) - 1; k >= 0; k-- {
		if t := toks[k]; t.Kind == article.TokNumber && len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20")) {
			y = k
			break
		}
	}
	if y < 0 {
		return false
	}
	month, weekday := false, false
	for k := y - 1; k >= 0 && k >= y-8; k-- {
		if toks[k].Kind != article.TokWord {
			continue
		}
		if _, ok := months[toks[k].Norm]; ok && k >= y-5 {
			month = true
		}
		if _, ok := weekdays[toks[k].Norm]; ok && month && k+1 < len(toks) && toks[k+1].Text == "," {
			weekday = true // "Monday, March 13, 2023"; not a listing's "until Wednesday 3rd January 2024"
		}
	}
	if !weekday {
		return false
	}
	// What follows the year: a comma, then only a place ("in Davenport, Iowa"), then the end.
	k := y + 1
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k < len(toks) && toks[k].Kind == article.TokWord {
		if _, ok := preps[toks[k].Norm]; !ok {
			return false
		}
		k++
		if k >= len(toks) || toks[k].Kind != article.TokWord || startsLower(toks[k].Text) {
			return false
		}
	}
	rest := 0
	for ; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Kind == article.TokWord && !startsLower(t.Text):
			rest++
		case t.Kind == article.TokPunct && strings.Trim(t.Text, ".,-–)\"”“'’") == "":
		default:
			return false
		}
	}
	return rest <= maxCaptionPlace
}

// maxCaptionPlace is the most words a caption's closing place may have ("Regional Justice
// Center in Las Vegas" is more than a place: it names where the picture was taken inside
// the sentence, before the date).
const maxCaptionPlace = 6

// backNP reports whether the sentence holds a noun phrase of the pack's list that points
// back ("die beiden Musikstars", "the pair") with no person's or organisation's name
// within backNPWindow tokens after it (a place says where, not who), or one that always does ("always": "einer von ihnen"), or opens with the pack's article ("open") before a common noun and its verb with no
// link word between ("The answers highlight …"; not "The man in charge of …", "The first
// day of …", which describe whom or what they mean).
func backNP(toks []article.Token, phrases, links map[string]string, inName, inActor map[int]bool) bool {
	if len(phrases) == 0 {
		return false
	}
	for k := 0; k < len(toks); k++ {
		if toks[k].Kind != article.TokWord {
			continue
		}
		for n := 1; n <= 3 && k+n <= len(toks); n++ {
			words := make([]string, 0, n)
			for _, t := range toks[k : k+n] {
				words = append(words, t.Norm)
			}
			v, ok := phrases[strings.Join(words, " ")]
			if !ok {
				continue
			}
			if v == "always" {
				return true // "einer von ihnen", "one of them"
			}
			if v == "open" {
				if k == 0 && n == 1 && openingBack(toks, links, inName) {
					return true
				}
				continue
			}
			if v == "capital" {
				if k == 0 && n == 1 && openingCapital(toks, links, inName) {
					return true
				}
				continue
			}
			if actorsBefore(toks[:k], inActor) >= 2 {
				continue // "Antwi-Adjei und Younes, die beide auf der Bank sitzen": the two are named here
			}
			if v == "noun" && actorsBefore(toks[:k], inActor) == 1 && k+n < len(toks) && toks[k+n].Kind == article.TokWord &&
				!startsLower(toks[k+n].Text) && nameAfter(toks, k+n+1, k+n+1+backNPWindow, inName) {
				// "RB Leipzig hat sich für die beiden Hinrunden-Niederlagen in Wolfsburg
				// revanchiert": the named one's two things, and where, said in full; not "die
				// beiden Musikstars" that opens a sentence, "lobte die beiden" without a noun,
				// or "gewann das erste Aufeinandertreffen der beiden Teams mit 1:0" (which?).
				continue
			}
			named := false
			for j := k + n; j < len(toks) && j < k+n+backNPWindow; j++ {
				named = named || inActor[toks[j].Start]
			}
			if !named && k+n < len(toks) && toks[k+n].Kind == article.TokWord {
				return true
			}
		}
	}
	return false
}

// nameAfter reports whether a token in toks[a:b] is part of a name (a place too).
func nameAfter(toks []article.Token, a, b int, inName map[int]bool) bool {
	for j := a; j < b && j < len(toks); j++ {
		if inName[toks[j].Start] {
			return true
		}
	}
	return false
}

// actorsBefore counts the people's and organisations' names in toks.
func actorsBefore(toks []article.Token, inActor map[int]bool) int {
	n, in := 0, false
	for _, t := range toks {
		a := inActor[t.Start]
		if a && !in {
			n++
		}
		in = a
	}
	return n
}

// backNPWindow is how many tokens after a pointing phrase a name may follow to say whom it
// means ("Die beiden US-Präsidentschaftskandidaten Kamala Harris und Donald Trump").
const backNPWindow = 4

// openingBack reports whether, after the opening article, a run of lower-case words not in
// names follows that holds the noun and its verb: three or more, or two ended by no link
// word ("The bill passed 213-208"). One word, or two before a link ("The second episode
// of"), is a noun phrase that goes on to say what it means.
func openingBack(toks []article.Token, links map[string]string, inName map[int]bool) bool {
	if len(toks) > 2 && toks[1].Kind == article.TokNumber && !yearToken(toks[1]) && toks[2].Kind == article.TokWord {
		// "The 23 New Yorkers have been meeting …": a counted group named before, unless a
		// link word soon says which ("The 12 members of the council").
		for k := 2; k < len(toks) && k <= 4; k++ {
			if _, link := links[toks[k].Norm]; link && toks[k].Kind == article.TokWord {
				return false
			}
		}
		return true
	}
	run, k := 0, 1
	stops := false // a stop word other than a conjunction inside the run: it holds a verb's clause
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.Kind != article.TokWord || !startsLower(t.Text) || inName[t.Start] {
			break
		}
		v, link := links[t.Norm]
		if link && v != "conj" {
			break
		}
		if t.Stop && v != "conj" {
			stops = true
		}
		run++
	}
	if k < len(toks) && toks[k].Kind == article.TokWord && !startsLower(toks[k].Text) && !stops {
		// "The conservative news and commentary channel Newsmax will return …": a name
		// right after the noun says which.
		return false
	}
	if run >= 3 {
		return true
	}
	if run == 2 {
		if k >= len(toks) {
			return true
		}
		_, link := links[toks[k].Norm]
		return !link
	}
	return false
}

// openingCapital reports, for a language that capitalises its nouns, whether the opening
// article is followed by a common noun (a word in no name) and at once by its verb (a
// lower-case word that is no link word): "Die Anschuldigungen wies Mockridge zurück", "Die
// Starnbergerin wird …", "Der Pianist und Jazzmusiker veröffentlichte …" point back to what
// was named before. A link word ("Die Historie der DFB-Kapitäne", "Die Ehefrau von …"), a
// name or another capitalised word ("Die Politikwissenschaftlerin Laura Merrifield Wilson"),
// an adjective before the noun ("Die deutsche Nationalmannschaft": the noun stands where
// the verb would) or a name as the noun ("Die Linke") say which, and the sentence stands.
func openingCapital(toks []article.Token, links map[string]string, inName map[int]bool) bool {
	k := 1
	for {
		if k >= len(toks) || toks[k].Kind != article.TokWord || inName[toks[k].Start] {
			return false
		}
		k++
		// "Der Pianist und Jazzmusiker": a conjunction joins a second noun.
		if k+1 < len(toks) && links[toks[k].Norm] == "conj" && toks[k].Kind == article.TokWord {
			k++
			continue
		}
		break
	}
	if k >= len(toks) || toks[k].Kind != article.TokWord || !startsLower(toks[k].Text) || inName[toks[k].Start] {
		return false
	}
	_, link := links[toks[k].Norm]
	return !link
}

// yearToken reports whether t is a year in digits ("2024").
func yearToken(t article.Token) bool {
	return t.Kind == article.TokNumber && len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20"))
}

// maxTeaserHead is the most words before a colon that make a teaser's head.
const maxTeaserHead = 3

// teaserHead reports whether a colon follows the sentence's first one to maxTeaserHead
// words at once, none a number: a head ("Der Preis:", "Sinners Antwort:") that needs the
// sentence before it. A label of one word ("Fakten:", "Update:") heads what follows alone,
// unless it is a name in capitals, a transcript's speaker.
func teaserHead(toks []article.Token) bool {
	words := 0
	for _, t := range toks {
		switch {
		case t.Kind == article.TokWord:
			words++
		case t.Text == ":":
			// "DETROW: That was …": a speaker's name in capitals heads a transcript's line.
			return words >= 2 && words <= maxTeaserHead || words == 1 && len(toks[0].Text) > 1 && strings.ToUpper(toks[0].Text) == toks[0].Text
		case t.Kind == article.TokNumber:
			return false
		case t.Text != "-":
			return false
		}
		if words > maxTeaserHead {
			return false
		}
	}
	return false
}

// epithetOpening reports whether a sentence opens with a definite description of someone
// named before: an article, at most three modifiers, and a noun of the pack's epithet list
// ("Die 48-Jährige", "Der frühere Nationalspieler") that no person's name follows ("Der
// SPD-Politiker Lars Klingbeil" names whom it means).
func epithetOpening(toks []article.Token, articles, epithets map[string]string, inPerson map[int]bool) bool {
	k := 0
	for k < len(toks) && toks[k].Kind == article.TokPunct {
		k++
	}
	if k >= len(toks) || toks[k].Kind != article.TokWord {
		return false
	}
	ok, _, _ := epithetAt(toks, k, articles, epithets, inPerson)
	return ok
}

// epithetInside reports whether a definite description of someone named before stands
// inside the sentence with no person named before it ("Am Wochenende blamierte sich der
// deutsche Rekordmeister bei Aufsteiger Heidenheim"; "Robert Lewandowski, der frühere
// Bayern-Star, …" names whom it describes).
func epithetInside(toks []article.Token, articles, epithets map[string]string, inPerson map[int]bool, firstPerson int) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].Kind != article.TokWord || !startsLower(toks[k].Text) {
			continue
		}
		if firstPerson >= 0 && firstPerson < toks[k].Start {
			return false
		}
		ok, gender, noun := epithetAt(toks, k, articles, epithets, inPerson)
		if ok && (toks[k].Norm != "die" || gender == "f") && !strings.HasSuffix(noun, "innen") {
			// Inside a sentence "die Sportler" and "die Sportler:innen" are plurals, which
			// speak of people in general, not of someone named before.
			return true
		}
	}
	return false
}

// epithetAt reports whether toks[k] is an article opening a definite description of the
// pack's epithet list that no person's name follows, with the epithet's gender ("m", "f" or
// "") and the noun.
func epithetAt(toks []article.Token, k int, articles, epithets map[string]string, inPerson map[int]bool) (bool, string, string) {
	if _, ok := articles[toks[k].Norm]; !ok {
		return false, "", ""
	}
	k++
	for n := 0; k < len(toks) && n < 3 && (toks[k].Kind == article.TokNumber || startsLower(toks[k].Text) ||
		k > 0 && toks[k-1].Kind == article.TokNumber && k+1 < len(toks) && startsLower(toks[k+1].Text)); n++ {
		k++ // "Der 30 Jahre alte Nationalstürmer": a measure after a number is a modifier
	}
	if k >= len(toks) || toks[k].Kind != article.TokWord || startsLower(toks[k].Text) {
		return false, "", ""
	}
	noun := toks[k].Norm
	match, gender, best := false, "", ""
	for e, g := range epithets {
		// The longest epithet the noun ends in says its gender ("nationalspielerin", not "spieler").
		if (noun == e || utf8.RuneCountInString(e) >= 4 && strings.HasSuffix(noun, e)) && (len(e) > len(best) || len(e) == len(best) && e < best) {
			match, gender, best = true, g, e
		}
	}
	if !match {
		return false, "", ""
	}
	return k+1 >= len(toks) || !inPerson[toks[k+1].Start], gender, noun
}

// pronounArticle reports whether word t, after an opening article, makes the article a
// pronoun: a lower-case word that is no number word, no preposition, and does not end as
// a modifier does after that article (endings, comma-separated: "e,en").
func pronounArticle(t article.Token, endings string, numbers, followers map[string]string) bool {
	if t.Text != t.Norm || !startsLower(t.Text) {
		return false
	}
	if _, ok := numbers[t.Norm]; ok {
		return false
	}
	if _, ok := followers[t.Norm]; ok {
		return false
	}
	for _, e := range strings.Split(endings, ",") {
		if strings.HasSuffix(t.Norm, e) {
			return false
		}
	}
	return true
}

// quotedRE finds a short span in quotation marks of any style.
var quotedRE = regexp.MustCompile(`[„"»«“]([^„"»«“”\n]{2,60})[“"«»”]`)

// quotedTitles returns the spans of up to six words in quotation marks: titles of shows,
// books and ships, which name what a sentence is about as names do.
func quotedTitles(lower string) []string {
	var out []string
	for _, m := range quotedRE.FindAllStringSubmatch(lower, -1) {
		t := strings.TrimSpace(m[1])
		if n := len(strings.Fields(t)); n >= 1 && n <= 6 {
			out = append(out, t)
		}
	}
	return out
}

// containsPhrase reports whether phrase occurs in s between word boundaries.
func containsPhrase(s, phrase string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], phrase)
		if k < 0 {
			return false
		}
		k += i
		before, after := k == 0, k+len(phrase) == len(s)
		if !before {
			r, _ := utf8.DecodeLastRuneInString(s[:k])
			before = !unicode.IsLetter(r)
		}
		if !after {
			r, _ := utf8.DecodeRuneInString(s[k+len(phrase):])
			after = !unicode.IsLetter(r)
		}
		if before && after {
			return true
		}
		i = k + 1
	}
}

// balanced reports whether every bracket opened in s is closed after it.
func balanced(s string) bool {
	depth, stray := brackets(s)
	return depth == 0 && !stray
}

// brackets returns how many brackets are open at the end of s, and whether one closed
// without having been opened.
func brackets(s string) (depth int, stray bool) {
	for _, r := range s {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth == 0 {
				stray = true
				continue
			}
			depth--
		}
	}
	return depth, stray
}

func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

var (
	clockRE = regexp.MustCompile(`T\d\d:\d\d`)
	// tickerStampRE finds a live ticker's time stamp opening a sentence ("17:08 Uhr …", "14.05
	// Uhr"), or its minute of play: an ordinal and one word before a colon ("59. Minute: Jetzt
	// kommen die Dortmunder …") or an hour before a dash ("22 Uhr – Irland umstritten!").
	tickerStampRE = regexp.MustCompile(`^(\d{1,2}[:.]\d{2}\s*(Uhr)?\s+\p{Lu}|\d{1,3}\.\s*\p{L}+\s*:\s|\d{1,2}\s*Uhr\s*[–-]\s)`)
	// minuteStampRE finds a ticker's minute of play, or a day heading a listing ("13.
	// Dezember: Auslosung …"), a minute with its mark ("68' Die Stimmung …", "90+2' …") or a
	// set and its score ("3. Satz, 7:6 (7:4), 6:2 – …"): unlike a clock time it dates nothing,
	// and what follows leans on the ticker around it.
	minuteStampRE = regexp.MustCompile(`^(\d{1,3}\.\s*\p{L}+\s*:\s|\d{1,3}\.?(\s*\+\s*\d{1,2})?['’′]\s|\d{1,2}\.\s*\p{L}+,\s*\d{1,2}:\d{1,2})`)
	digitsRE      = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	thousandsDE   = regexp.MustCompile(`^\d{1,3}(\.\d{3})+$`)
	thousandsEN   = regexp.MustCompile(`^\d{1,3}(,\d{3})+$`)
)

// NormNumber reads a written number the same in either convention: "1.400", "1,400" and
// "1400" are "1400"; "1,5" is "1.5".
func NormNumber(s string) string {
	switch {
	case thousandsDE.MatchString(s):
		s = strings.ReplaceAll(s, ".", "")
	case thousandsEN.MatchString(s):
		s = strings.ReplaceAll(s, ",", "")
	default:
		s = strings.ReplaceAll(s, ",", ".")
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return s
}

// figKey identifies a figure's value for comparison: four significant digits and the unit.
func figKey(v float64, unit string) string {
	if v != 0 {
		mag := math.Pow(10, math.Floor(math.Log10(math.Abs(v)))-3)
		v = math.Round(v/mag) * mag
	}
	return strconv.FormatFloat(v, 'g', 4, 64) + unit
}

// states reports whether sentence y says everything sentence x says: the same negation,
// every number (figures, number words, digits in words), date and name of x in y, and at
// least 60 % of x's content words and two thirds of those outside names; a question never
// states an answer.
func states(y, x *sentence) bool {
	if !y.usable || !x.usable || y.negated != x.negated || y.question != x.question {
		return false
	}
	for k := range x.dates {
		if !y.dates[k] {
			return false
		}
	}
	for k := range x.nums {
		if !y.nums[k] {
			return false
		}
	}
	for _, n := range x.names {
		if !hasName(y, n) {
			return false
		}
	}
	if len(x.said) >= 1 && containment(x.said, y.stems) < minSaid {
		return false // the same names, but something else said of them
	}
	if len(x.titles) > 0 {
		ly := strings.ToLower(y.text)
		for _, t := range x.titles {
			if !strings.Contains(ly, t) {
				return false // "einen Vertrag mit „TV total“ und ProSieben" is not "bei ProSieben unter Vertrag"
			}
		}
	}
	if !sameKeys(x.modals, y.modals) {
		return false // "will ins Halbfinale" is not "trifft im Halbfinale"
	}
	if len(x.nums) == 0 && len(x.dates) == 0 && containment(x.all, y.all) < minWords {
		// Without a number or date to anchor it, fewer than this share of its words (stop
		// words too) is the same content words in other roles ("Brandt schlug die Ecke genau in diesem Raum" is not "Nach einer
		// Ecke von Brandt ließ Paris Hummels entwischen, der den freien Raum erkannt hatte").
		return false
	}
	if len(x.names) == 0 && len(x.nums) == 0 && len(x.dates) == 0 && containment(x.all, y.all) < minNameless {
		// Naming nothing and giving no number or date, x may be about anyone: "Die Partei hat gute Chancen auf eine
		// Regierungsbeteiligung" is not "Nouripour sieht die Chance auf eine
		// Regierungsbeteiligung seiner Partei". y must hold nearly all its words.
		return false
	}
	if len(x.said) < minSaidWords && containment(x.all, y.all) < 1 {
		// Little is said beside names: one shared content word proves nothing, so
		// every word of x, stop words too, must be in y.
		return false
	}
	return containment(x.stems, y.stems) >= minContain
}

// minWords is the share of a sentence's words, stop words too, another must hold to state
// it when it gives no number or date.
const minWords = 0.6

// minNameless is the share of a sentence's words, stop words too, another must hold to
// state it when it names nothing and gives no number or date.
const minNameless = 0.8

// minSaidWords is how many content stems outside names a sentence needs before a
// paraphrase may state it; with fewer, only a sentence holding all its words does.
const minSaidWords = 2

func sameKeys(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// minContain is the share of a sentence's content stems another must hold to state it.
const minContain = 0.6

// minSaid is the share of a sentence's words outside names another must hold to state it.
const minSaid = 0.67

// hasName reports whether y names n: the same canonical name, or one sharing its last word
// ("Albers" for "Katrin Albers"), or that word among y's content words.
func hasName(y *sentence, n string) bool {
	last := n
	if i := strings.LastIndexByte(n, ' '); i >= 0 {
		last = n[i+1:]
	}
	for _, m := range y.names {
		if m == n {
			return true
		}
		ml := m
		if i := strings.LastIndexByte(m, ' '); i >= 0 {
			ml = m[i+1:]
		}
		if ml == last && len(last) > 2 {
			return true
		}
	}
	return strings.Contains(strings.ToLower(y.text), last) && len(last) > 3
}

func containment(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
