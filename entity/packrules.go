package entity

import (
	"log/slog"
	"slices"
	"strings"

	"crosscheck/lang"
)

// ruleWords are the words of one language the rules read, from its pack: the roles of
// its "entity_rules" list (see lang/de/words/entity_rules.txt), its months, weekdays,
// stop words and person titles. Name data that is the same in every language (given
// names, places, organisations, company forms) lives in data/ instead.
type ruleWords struct {
	orgHeads        []string        // nouns ending organisation names; compounds count
	placeNouns      []string        // nouns after which a name is a place; compounds count
	placeExact      map[string]bool // place nouns that count only alone
	placeHeads      map[string]bool // capitalised nouns ending a place's name ("River")
	placeLeads      map[string]bool // capitalised nouns starting a place's name ("Lake")
	compass         map[string]bool // points of the compass that with a known place after them name a part of it ("West Texas")
	orgAlone        map[string]bool // capitalised nouns that alone name an institution ("Senate")
	otherHeads      map[string]bool // nouns ending the name of an event ("US Open")
	orgPlace        map[string]bool // nouns that with a place after them name a body ("Polizei Wuppertal")
	orgPrefixes     []string        // prefixes of one-word names of public bodies ("Landes-", "Bundes-")
	placeAdjEndings []string        // endings of adjectives made of a place's name ("Wendlinger")
	nounEndings     []string        // endings of nouns that name no one ("Stellung", "Gelassenheit")
	pluralEndings   []string        // endings that make a noun's plural ("Bericht" -> "Berichte")
	orgAfterPlace   map[string]bool // capitalised words that with a state before them name a university ("Ohio State")
	cueTails        map[string]bool // the last three bytes of every cue: most words are ruled out by one lookup
	orgCues         []string        // nouns after which a name is an organisation ("Band", "Sender"); compounds count
	kin             []string        // nouns of kin before a given name ("Bruder Mika"); compounds count
	sourceCues      map[string]bool // two words before a name that gave what is reported ("according to")
	orgLeads        map[string]bool // nouns that with a name after them are one organisation's name ("Bündnis Sahra Wagenknecht")
	workCues        []string        // nouns before a quoted title of a work ("Album", "Film"); compounds count
	thingCues       []string        // nouns after which a name is a substance or product, no one ("das Steroid Clostebol"); compounds count
	orgAfterName    []string        // nouns that after a name and a hyphen name an institution ("Robert Koch-Institut"); compounds count
	notAcronym      map[string]bool // words in capitals that name no organisation ("TV", "PKW")
	orgSuffixes     map[string]bool // legal forms after a company's name ("Inc", "Corp")
	credits         map[string]bool // picture agencies a caption's credit names, one or two words ("getty images")
	creditLeads     map[string]bool // words that with a colon after them open a picture's credit ("Foto:", "Bild:")
	furniture       map[string]bool // words of a page's furniture, never in a person's name ("Fotostrecke", "Audio")
	orgTails        map[string]bool // last words that make a capitalised name an organisation's ("Health News")
	orgSecurities   map[string]bool // what a company issues and nothing else does ("shares", "stock")
	orgAppositions  map[string]bool // nouns that in an apposition say the name before is a company ("company", "firm")
	objectLeads     map[string]bool // words that start a verb's object ("a", "his"): "shares a post" is a verb
	coordinators    map[string]bool // words joining the members of a list ("and", "or")
	orgNouns        map[string]bool // lower-case nouns after which one capitalised word is an organisation ("Likud party")
	nameArticles    map[string]bool
	determiners     map[string]bool
	genitives       map[string]bool // determiners of the genitive only: the name after them ends inflected ("des Deutschen Wetterdienstes")
	possessives     map[string]bool // possessive pronouns: "seine", "ihre" (before a noun, never a name)
	nameStops       map[string]bool // words never inside a person's name, capitalised or not ("Als", "Laut")
	roleParts       map[string]bool // last parts of a hyphenated role before a person's name ("NRW-Rapper")
	particles       map[string]bool // words joining the parts of a person's name ("von", "van", "de")
	particleWords   map[string]bool // particles that are words of the language too ("zu": "Thomas Meier zu Gast")
	joiners         map[string]bool // lower-case words inside names of any kind ("für", "of"); the tagger's candidates
	runOn           map[string]bool // particles after which a full name may run on into another ("Florian Wirtz von Bayer")
	surnameLeads    map[string]bool // particles, one or two words, that begin a surname alone ("von der Leyen")
	bodyFrom        map[string]bool // words, one or two, between a full name and the body the person is from ("von der")
	titleCase       map[string]bool // function words that, capitalised inside a headline, show it is in title case ("Is", "Their")
	afterPlace      map[string]bool
	months          map[string]string
	weekdays        map[string]string
	stop            func(string) bool
	titles          map[string]string // person_titles: role or title, keys may hold spaces
	speech          map[string]string // speech_verbs: inflected form -> lemma
	norm            func(string) string
}

// noRules is what a pack without lists gives: no language-specific rule fires.
var noRules = &ruleWords{sourceCues: map[string]bool{}, orgLeads: map[string]bool{}, placeExact: map[string]bool{}, placeHeads: map[string]bool{}, placeLeads: map[string]bool{}, compass: map[string]bool{}, orgAlone: map[string]bool{}, otherHeads: map[string]bool{}, orgPlace: map[string]bool{}, notAcronym: map[string]bool{},
	nameArticles: map[string]bool{}, determiners: map[string]bool{}, genitives: map[string]bool{}, possessives: map[string]bool{}, nameStops: map[string]bool{}, afterPlace: map[string]bool{},
	stop: func(string) bool { return false }, norm: strings.ToLower}

// rulesOf returns (once per pack) the rule words of pack p.
func rulesOf(p lang.Pack) *ruleWords {
	if p == nil {
		return noRules
	}
	e := entryOf(p)
	e.rules.Do(func() { e.rw = newRuleWords(p) })
	return e.rw
}

func newRuleWords(p lang.Pack) *ruleWords {
	src := p.Words("entity_rules")
	if src == nil {
		slog.Warn("entity: the language pack has no entity_rules list; its rules for organisation and place words are off", "language", p.Code())
	}
	rw := &ruleWords{sourceCues: map[string]bool{}, orgLeads: map[string]bool{}, orgAfterPlace: map[string]bool{}, placeExact: map[string]bool{}, placeHeads: map[string]bool{}, placeLeads: map[string]bool{}, compass: map[string]bool{}, orgAlone: map[string]bool{}, otherHeads: map[string]bool{}, orgPlace: map[string]bool{}, notAcronym: map[string]bool{},
		nameArticles: map[string]bool{}, determiners: map[string]bool{}, genitives: map[string]bool{}, possessives: map[string]bool{}, nameStops: map[string]bool{}, afterPlace: map[string]bool{}, roleParts: map[string]bool{},
		particles: map[string]bool{}, particleWords: map[string]bool{}, joiners: map[string]bool{}, runOn: map[string]bool{}, surnameLeads: map[string]bool{}, bodyFrom: map[string]bool{}, titleCase: map[string]bool{},
		orgSuffixes: map[string]bool{}, credits: map[string]bool{}, creditLeads: map[string]bool{}, furniture: map[string]bool{}, orgTails: map[string]bool{}, orgSecurities: map[string]bool{}, orgAppositions: map[string]bool{}, objectLeads: map[string]bool{}, coordinators: map[string]bool{}, orgNouns: map[string]bool{},
		months: p.Words("months"), weekdays: p.Words("weekdays"), stop: p.Stopword,
		titles: p.Words("person_titles"), speech: p.Words("speech_verbs"), norm: p.Normalize}
	for w, roles := range src {
		for _, r := range strings.Fields(roles) {
			switch r {
			case "role_part":
				rw.roleParts[w] = true
			case "particle":
				rw.particles[w] = true
			case "particle_word":
				rw.particleWords[w] = true
			case "joiner":
				rw.joiners[w] = true
			case "run_on":
				rw.runOn[w] = true
			case "surname_lead":
				rw.surnameLeads[w] = true
			case "body_from":
				rw.bodyFrom[w] = true
			case "org_head":
				rw.orgHeads = append(rw.orgHeads, w)
			case "place_noun":
				rw.placeNouns = append(rw.placeNouns, w)
			case "exact":
				rw.placeExact[w] = true
			case "place_head":
				rw.placeHeads[w] = true
			case "place_lead":
				rw.placeLeads[w] = true
			case "compass":
				rw.compass[w] = true
			case "org_alone":
				rw.orgAlone[w] = true
			case "other_head":
				rw.otherHeads[w] = true
			case "org_before_place":
				rw.orgPlace[w] = true
			case "not_acronym":
				rw.notAcronym[w] = true
			case "credit":
				rw.credits[w] = true
			case "credit_lead":
				rw.creditLeads[w] = true
			case "furniture":
				rw.furniture[w] = true
			case "org_tail":
				rw.orgTails[w] = true
			case "org_suffix":
				rw.orgSuffixes[w] = true
			case "org_security":
				rw.orgSecurities[w] = true
			case "org_apposition":
				rw.orgAppositions[w] = true
			case "object_lead":
				rw.objectLeads[w] = true
			case "coordinator":
				rw.coordinators[w] = true
			case "org_noun":
				rw.orgNouns[w] = true
			case "org_prefix":
				rw.orgPrefixes = append(rw.orgPrefixes, w)
			case "org_after_place":
				rw.orgAfterPlace[w] = true
			case "org_cue":
				rw.orgCues = append(rw.orgCues, w)
			case "kin":
				rw.kin = append(rw.kin, w)
			case "source_cue":
				rw.sourceCues[w] = true
			case "org_lead":
				rw.orgLeads[w] = true
			case "work_cue":
				rw.workCues = append(rw.workCues, w)
			case "thing_cue":
				rw.thingCues = append(rw.thingCues, w)
			case "org_after_name":
				rw.orgAfterName = append(rw.orgAfterName, w)
			case "place_adj":
				rw.placeAdjEndings = append(rw.placeAdjEndings, w)
			case "noun_ending":
				rw.nounEndings = append(rw.nounEndings, w)
			case "plural_ending":
				rw.pluralEndings = append(rw.pluralEndings, w)
			case "name_article":
				rw.nameArticles[w] = true
			case "determiner":
				rw.determiners[w] = true
			case "genitive":
				rw.genitives[w] = true
			case "possessive":
				rw.possessives[w] = true
			case "name_stop":
				rw.nameStops[w] = true
			case "after_place":
				rw.afterPlace[w] = true
			case "title_case":
				rw.titleCase[w] = true
			}
		}
	}
	// Longest first, so that a compound is matched by its longest known ending; sorted
	// for a deterministic order.
	sortLongestFirst(rw.orgHeads)
	sortLongestFirst(rw.placeNouns)
	sortLongestFirst(rw.orgPrefixes)
	sortLongestFirst(rw.placeAdjEndings)
	sortLongestFirst(rw.nounEndings)
	sortLongestFirst(rw.pluralEndings)
	sortLongestFirst(rw.orgCues)
	sortLongestFirst(rw.kin)
	sortLongestFirst(rw.workCues)
	sortLongestFirst(rw.thingCues)
	sortLongestFirst(rw.orgAfterName)
	rw.cueTails = map[string]bool{}
	for _, c := range slices.Concat(rw.orgCues, rw.workCues, rw.thingCues) {
		rw.cueTails[c[max(0, len(c)-3):]] = true
	}
	return rw
}

func sortLongestFirst(ws []string) {
	slices.SortFunc(ws, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
}

// endsIn reports whether a lower-cased word is, or ends in, one of the nouns ns.
func endsIn(lower string, ns []string) bool {
	for _, n := range ns {
		if strings.HasSuffix(lower, n) {
			return true
		}
	}
	return false
}

// isOrgHead reports whether a lower-cased word is, or ends in, an organisation noun.
func (rw *ruleWords) isOrgHead(lower string) bool {
	for _, h := range rw.orgHeads {
		if strings.HasSuffix(lower, h) {
			return true
		}
	}
	return false
}

// isPlaceNoun reports whether a lower-cased word is a place noun, or a compound ending in
// one ("Grenzregion"), or a hyphenated "-region".
func (rw *ruleWords) isPlaceNoun(lower string) bool {
	for _, n := range rw.placeNouns {
		if lower == n || (strings.HasSuffix(lower, n) && len(lower) > len(n)+2 && !rw.placeExact[n]) {
			return true
		}
	}
	return strings.HasSuffix(lower, "-region")
}

// saying reports whether a lower-cased word is a form of a verb of saying ("said").
func (rw *ruleWords) saying(lower string) bool {
	_, ok := rw.speech[lower]
	return ok
}

// bodyWord reports whether a lower-cased single word names a public body: a prefix of
// the pack's org_prefix list, then an organisation noun ("Landeshochwasserzentrum",
// "Bundesnetzagentur").
func (rw *ruleWords) bodyWord(lower string) bool {
	for _, p := range rw.orgPrefixes {
		if rest, ok := strings.CutPrefix(lower, p); ok && len(rest) >= 3 &&
			(rw.isOrgHead(rest) || rw.isOrgHead(strings.TrimSuffix(rest, "s")) || rw.isOrgHead(strings.TrimSuffix(rest, "es"))) {
			return true // "Landeshochwasserzentrums", a genitive, too
		}
	}
	return false
}

// calendarWord reports whether a lower-cased word names a month or a weekday.
func (rw *ruleWords) calendarWord(lower string) bool {
	l := strings.TrimSuffix(lower, ".")
	_, m := rw.months[l]
	_, d := rw.weekdays[l]
	return m || d
}

// addressedBy reports whether a form of address the pack marks "title" ("Dr.", "Sen.",
// "Mr") stands right before ti[a]: a capitalised word after it is a surname even where it
// is an everyday word too ("Dr. Wicks"), unlike after a role ("President Biden", but
// "Chief Executive").
func (rw *ruleWords) addressedBy(ti []tokInfo, a int) bool {
	if a > 1 && ti[a-1].lower == "." && rw.titles[ti[a-2].lower+"."] == "title" {
		return !rw.placeLeads[ti[a-2].lower+"."]
	}
	return a > 0 && rw.titles[ti[a-1].lower] == "title"
}

// title reports whether the words starting at ws[i] are a person title or role from the
// pack ("Sen.", "President", "Prime Minister"), and how many words it has.
func (rw *ruleWords) title(ti []tokInfo, i int) int {
	if rw.titles == nil {
		return 0
	}
	if i+1 < len(ti) {
		if _, ok := rw.titles[ti[i].lower+" "+ti[i+1].lower]; ok {
			return 2
		}
	}
	l := ti[i].lower
	if _, ok := rw.titles[l]; ok {
		return 1
	}
	// "Sen." is the token "Sen" and the token "."; "St." begins places ("St. Croix").
	if i+1 < len(ti) && ti[i+1].lower == "." && !rw.placeLeads[l+"."] {
		if _, ok := rw.titles[l+"."]; ok {
			return 2
		}
	}
	return 0
}
