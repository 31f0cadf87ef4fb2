package timex

import (
	"log/slog"
	"strings"

	"crosscheck/lang"
)

// grammar is what the rules need to know of a language besides its words: read from the
// pack's "timex_grammar" list (see lang/de/words/timex_grammar.txt for every property), so
// that no rule asks which language it reads. A pack without the list gets a grammar with
// every property off, and a warning.
type grammar struct {
	capNouns        bool     // nouns are capitalised: a lower-case month or weekday is no name
	ends            []string // inflection endings the lookup may strip
	pluralEnds      []string // endings of plural unit words, checked against the unit list
	pluralS         bool     // a unit word ending in "s" is plural
	monthDay        bool     // "November 3", "3 November" without an ordinal period
	yearComma       bool     // "June, 2024"
	am, pm          string   // clock suffixes
	eve, day        string   // "Christmas Eve", "Christmas Day"
	decadeNeedsUnit bool     // "90er" alone is no decade
	relNeedsArticle bool     // "Ende des vorigen Jahres"
	dayParts        []string // endings of weekday compounds ("Donnerstagabend")
	compoundUnits   []compoundUnit
	seasonPrefixes  []seasonPrefix
	causeShifts     map[string]bool // "a decade after the war"
	perfectAux      map[string]bool
	partPrefix      string
	partEnds        []string
	pastEnds        []string
	attrEnds        []string
	relatives       map[string]bool // words that open a relative clause after a comma
	presentEnds     []string        // endings of words that end like a past form but are as often present ("beraten", "halten")
	determiners     map[string]bool
	articles        map[string]bool
	quantityWords   map[string]bool
	unitWords       map[string]bool
	phraseBlockers  map[string]bool
	starters        map[string]bool // words outside the lexicon that may open an expression
	ambiguousMonths map[string]bool // month names that are also words or names
}

type compoundUnit struct{ suf, unit string }

type seasonPrefix struct{ pre, mod string }

func newGrammar(p lang.Pack) grammar {
	src := p.Words("timex_grammar")
	if src == nil {
		slog.Warn("timex: the language pack has no timex_grammar list; time expressions use no language-specific rules", "language", p.Code())
	}
	list := func(k string) []string { return strings.Fields(src[k]) }
	set := func(k string) map[string]bool {
		m := map[string]bool{}
		for _, w := range list(k) {
			m[w] = true
		}
		return m
	}
	pair := func(k string) [][2]string {
		var out [][2]string
		for _, f := range list(k) {
			a, b, _ := strings.Cut(f, ":")
			out = append(out, [2]string{a, b})
		}
		return out
	}
	g := grammar{
		capNouns:        src["capitalised_nouns"] == "yes",
		ends:            list("inflection_endings"),
		pluralEnds:      list("plural_endings"),
		pluralS:         src["plural_s"] == "yes",
		monthDay:        src["month_day"] == "yes",
		yearComma:       src["year_comma"] == "yes",
		eve:             src["holiday_eve"],
		day:             src["holiday_day"],
		decadeNeedsUnit: src["decade_needs_unit"] == "yes",
		relNeedsArticle: src["relative_needs_article"] == "yes",
		dayParts:        list("day_part_compounds"),
		causeShifts:     set("cause_shifts"),
		perfectAux:      set("perfect_auxiliaries"),
		partPrefix:      src["participle_prefix"],
		partEnds:        list("participle_endings"),
		pastEnds:        list("past_endings"),
		attrEnds:        list("attributive_endings"),
		presentEnds:     list("present_like_endings"),
		relatives:       set("relative_pronouns"),
		determiners:     set("determiners"),
		articles:        set("articles"),
		quantityWords:   set("quantity_words"),
		unitWords:       set("unit_words"),
		phraseBlockers:  set("phrase_blockers"),
		starters:        set("starters"),
		ambiguousMonths: set("ambiguous_months"),
	}
	if cs := list("clock_suffixes"); len(cs) == 2 {
		g.am, g.pm = cs[0], cs[1]
	}
	for _, f := range pair("compound_units") {
		g.compoundUnits = append(g.compoundUnits, compoundUnit{f[0], f[1]})
	}
	for _, f := range pair("season_prefixes") {
		g.seasonPrefixes = append(g.seasonPrefixes, seasonPrefix{f[0], f[1]})
	}
	return g
}
