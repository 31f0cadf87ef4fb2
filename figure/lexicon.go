package figure

import (
	"strconv"
	"strings"

	"crosscheck/lang"
)

// phraseSet is a word list whose keys may be phrases of several words ("mehr als", "in Höhe
// von"). first indexes the first words, so most tokens are rejected with one map lookup and
// no allocation.
type phraseSet struct {
	m     map[string]string
	first map[string]string
	multi bool
}

// newPhraseSet merges lists, the first winning; keep validates and rewrites a value (nil: as is).
func newPhraseSet(keep func(string) (string, bool), lists ...map[string]string) *phraseSet {
	s := &phraseSet{m: map[string]string{}, first: map[string]string{}}
	for _, l := range lists {
		for k, v := range l {
			if _, dup := s.m[k]; dup {
				continue
			}
			if keep != nil {
				var ok bool
				if v, ok = keep(v); !ok {
					continue
				}
			}
			s.m[k] = v
			f, _, multi := strings.Cut(k, " ")
			s.first[f] = ""
			s.multi = s.multi || multi
		}
	}
	return s
}

func (s *phraseSet) has(k string) bool {
	_, ok := s.m[k]
	return ok
}

// lexicon gathers the word lists the extractor reads from a language pack. The extractor's own
// lists (figure_*) come first; the pack's shared lists (numbers, multipliers, currencies,
// units, approximators) fill in what they lack, with their values checked before use since
// their format belongs to another package. A lexicon is built once per pack and read only.
type lexicon struct {
	p            lang.Pack
	decimalComma bool
	capNouns     bool
	plAdjFrom    string
	plAdjTo      string

	numbers   map[string]string
	numPrefix map[string]struct{} // first two bytes of every number word
	numMaxLen int                 // bytes of the longest number word

	multipliers, vague, fractions, currencies, units, approx, links, cues *phraseSet

	timeunits, numberwords, yearwords, pronouns, count map[string]string
	// weekdays and months are the pack's weekdays and months: a noun naming a day says when, never what
	// is counted ("bis Dienstag werden bis zu 60 …").
	weekdays, months map[string]string
	// additive words may stand between a number and its unit ("60 weitere Liter").
	additive                                 map[string]string
	preps, neuter, cases, speakers, locPreps map[string]string
	// objectPreps make the name after them an object of the clause, never a figure's giver.
	objectPreps map[string]string
	// reportVerbFirst: a speech verb after a report opens its clause ("…, sagte X"), rather
	// than following its subject ("…, X said").
	reportVerbFirst bool
	// subordinators open a subordinate clause ("Auch wenn X sagt, …"): a speech verb there
	// reports only the clause it governs, not the main clause after it.
	subordinators map[string]string
	// relPronouns open a relative clause ("die RAF, die …"): a figure in one after the
	// source says what the source did or was.
	relPronouns map[string]string
	// distancePreps: a length after them is the distance something is done from or after
	// ("aus 25 Metern", "nach 30 Kilometern"): it measures no noun of its clause.
	distancePreps map[string]string
	// shareNouns are what a share of an election is a share of ("Prozent der Stimmen", "of
	// the vote"): the figure is the result of whoever got it, named before it, and only
	// without such a name the votes label it.
	shareNouns map[string]string
	// media are news outlets and the nouns naming them (the pack's quote_media): after a speech
	// verb they are who was told, never who gives the figure ("sagten der Nachrichtenagentur X").
	media map[string]string
	bare  map[string]string // nouns that alone name no source ("den Angaben zufolge")
	// notSources are nouns of a rule a figure was reckoned by ("laut WLTP-Norm"): a source
	// phrase with one names no giver, a name in it notwithstanding.
	notSources map[string]string
	// epithets are the quotation layer's person epithets ("Italiener", "Spielerin"): a source
	// phrase of nothing else names no giver.
	epithets map[string]string
	// pledges are verb forms whose subject gives the figure ("Deutschland hat 200 Millionen
	// Euro zugesichert"); with any other verb the subject is what the figure is about.
	pledges map[string]string
	// teaserLeads open a line that points to another article ("Read more: …", "Lesen Sie
	// auch: …"): its headline's speech verbs give no figure.
	teaserLeads *phraseSet
	// ppHeads are prepositions whose noun phrase, standing before a figure, is a setting
	// and not what the figure measures ("Im Vergleich zu 2019 …", "Laut Hochrechnung …").
	ppHeads                  map[string]string
	rangeWords               map[string]string
	verbSuffixes, adjEndings []string
	adjStems                 []string // endings of a derived adjective's stem ("isch", "lich")
	function                 []map[string]string

	// Passive participles, partitives and occurrence counts (see figure_settings).
	passiveAux, timesWords map[string]string
	reflexives             map[string]string // pronouns after a verb that make it reflexive, no speech
	// closingParticles are particles of separable speech verbs that close their clause
	// ("teilte … mit,"); followed by a noun phrase the word is a preposition.
	closingParticles map[string]string
	// clockLinks join minutes to an hour ("zehn nach vier", "fünf vor zwölf") and clockParts
	// are words for minutes ("Viertel"): such a clock time is no figure.
	clockLinks, clockParts    map[string]string
	accountFrom, seenParts    map[string]string
	coordinators, genderForms map[string]string
	coordBreaks               map[string]string
	partSuffixes, advSuffixes []string
	partAfter                 bool // the participle follows its auxiliary
	partEnding, partJoiner    string
	partitives                *phraseSet
}

func newLexicon(p lang.Pack) *lexicon {
	l := &lexicon{p: p}
	set := p.Words("figure_settings")
	l.decimalComma = set["decimal"] == ","
	l.capNouns = set["capital_nouns"] == "1"
	if from, to, ok := strings.Cut(set["plural_adjective"], ":"); ok {
		l.plAdjFrom, l.plAdjTo = from, to
	}
	l.rangeWords = map[string]string{"-": "", "–": ""}
	for _, w := range strings.Fields(set["range_words"]) {
		l.rangeWords[p.Normalize(w)] = ""
	}
	l.verbSuffixes = strings.Fields(set["verb_suffixes"])
	l.adjEndings = strings.Fields(set["adjective_endings"])
	l.adjStems = strings.Fields(set["adjective_stems"])
	l.locPreps = map[string]string{}
	for _, w := range strings.Fields(set["location_preps"]) {
		l.locPreps[p.Normalize(w)] = ""
	}

	l.passiveAux = fieldSet(p, set["passive_aux"])
	l.reflexives = fieldSet(p, set["reflexives"])
	l.closingParticles = fieldSet(p, set["closing_particles"])
	l.clockLinks = fieldSet(p, set["clock_links"])
	l.clockParts = fieldSet(p, set["clock_parts"])
	l.accountFrom = fieldSet(p, set["account_from"])
	l.seenParts = fieldSet(p, set["seen_participles"])
	l.timesWords = fieldSet(p, set["times_words"])
	l.coordinators = fieldSet(p, set["coordinators"])
	l.genderForms = fieldSet(p, set["gender_suffixes"])
	l.coordBreaks = fieldSet(p, set["coordination_breaks"])
	l.objectPreps = fieldSet(p, set["object_preps"])
	l.reportVerbFirst = set["report_order"] == "verb_first"
	l.subordinators = fieldSet(p, set["subordinators"])
	l.relPronouns = fieldSet(p, set["relative_pronouns"])
	l.distancePreps = fieldSet(p, set["distance_preps"])
	l.shareNouns = fieldSet(p, set["share_nouns"])
	l.media = p.Words("quote_media")
	l.partSuffixes = strings.Fields(set["participle_suffixes"])
	l.advSuffixes = strings.Fields(set["adverb_suffixes"])
	l.partAfter = set["participle_place"] == "after"
	l.partEnding = set["participle_ending"]
	l.partJoiner = set["partitive_joiner"]
	l.partitives = newPhraseSet(nil, p.Words("figure_partitives"))

	l.numbers = map[string]string{}
	for k, v := range p.Words("figure_numbers") {
		l.numbers[k] = v
	}
	for k, v := range p.Words("numbers") {
		if _, dup := l.numbers[k]; dup || p.Stopword(k) || strings.Contains(k, " ") {
			continue
		}
		// Only plain cardinals from ten up: the shared list also holds words such as "paar"
		// that are not numbers of their own.
		if n, err := strconv.Atoi(v); err == nil && n >= 10 {
			l.numbers[k] = v
		}
	}
	l.numPrefix = map[string]struct{}{}
	for k, v := range l.numbers {
		if len(k) >= 2 && v != "+" {
			l.numPrefix[k[:2]] = struct{}{}
		}
		l.numMaxLen = max(l.numMaxLen, len(k))
	}
	factor := func(min float64) func(string) (string, bool) {
		return func(v string) (string, bool) {
			f, ok := parseFactor(v)
			return v, ok && f >= min
		}
	}
	nonEmpty := func(v string) (string, bool) { return v, v != "" && !strings.ContainsAny(v, " \t") }
	iso := func(v string) (string, bool) { return v, isISOCode(v) }
	l.multipliers = newPhraseSet(factor(10), p.Words("figure_multipliers"), p.Words("multipliers"))
	l.vague = newPhraseSet(factor(1), p.Words("figure_vague"))
	l.fractions = newPhraseSet(factor(0), p.Words("figure_fractions"))
	l.currencies = newPhraseSet(iso, p.Words("figure_currencies"), p.Words("currencies"))
	l.units = newPhraseSet(nonEmpty, p.Words("figure_units"), p.Words("units"))
	l.approx = newPhraseSet(func(v string) (string, bool) { return bound(v), true }, p.Words("figure_approximators"), p.Words("approximators"))
	l.links = newPhraseSet(nil, p.Words("figure_links"))
	l.cues = newPhraseSet(nil, p.Words("figure_cues"))
	l.timeunits = p.Words("figure_timeunits")
	l.weekdays, l.months = p.Words("weekdays"), p.Words("months")
	l.additive = p.Words("figure_additive")
	l.numberwords = p.Words("figure_numberwords")
	l.yearwords = p.Words("figure_yearwords")
	l.pronouns = p.Words("figure_pronouns")
	l.count = p.Words("figure_countnouns")
	l.preps = p.Words("figure_preps")
	l.neuter = p.Words("figure_neuter")
	l.cases = p.Words("figure_cases")
	l.speakers = p.Words("figure_speakers")
	l.bare = p.Words("figure_bare_sources")
	l.notSources = p.Words("figure_not_sources")
	l.epithets = p.Words("quote_epithets")
	l.pledges = p.Words("figure_pledges")
	l.teaserLeads = newPhraseSet(nil, p.Words("figure_teaser_leads"))
	l.ppHeads = p.Words("figure_pp_heads")
	l.function = []map[string]string{l.preps, l.cues.first, l.links.m, l.timeunits, l.approx.m, l.pronouns,
		l.units.m, l.currencies.m, l.multipliers.m, l.fractions.m, l.partitives.first, l.timesWords}
	return l
}

// fieldSet turns a space separated setting into a set of normalised words.
func fieldSet(p lang.Pack, v string) map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(v) {
		m[p.Normalize(w)] = ""
	}
	return m
}

// numberWord looks up one number word ("elf" -> "11", "und" -> "+").
func (l *lexicon) numberWord(w string) (string, bool) {
	v, ok := l.numbers[w]
	return v, ok
}

func bound(v string) string {
	switch v {
	case BoundMin, BoundOver, BoundMax, BoundUnder:
		return v
	}
	return BoundAbout
}

func isISOCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func (l *lexicon) stop(norm string) bool { return l.p.Stopword(norm) }
