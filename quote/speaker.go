package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// speaker is who said a quotation and how the text tells: SpeakerSubject, SpeakerCoreference,
// SpeakerRole or SpeakerNone (name empty).
type speaker struct {
	name, how string
}

var noSpeaker = speaker{how: article.SpeakerNone}

func (s speaker) known() bool { return s.name != "" }

// resolve decides who the words [ss, se) name as the speaker of a quotation at offset off in
// sentence si. It names a speaker only on strong evidence:
//   - a name heading the phrase, with any title or role ("Bürgermeister Karl Huber", "Trump
//     spokesperson Steven Cheung", "Der Chef des Büros, Andrij Jermak"): subject;
//   - a role noun the article ties to a name elsewhere ("der Sprecher" after "Karl Brandt, der
//     Sprecher des Ministeriums"): role;
//   - a pronoun, or a definite epithet ("der 77-Jährige", "the company"), resolved to the
//     nearest preceding person (organisation) of the paragraph that agrees: coreference.
//
// Names in a genitive or "of" phrase, in a possessive, inside quotation marks, and media the
// words are addressed to never speak; an indefinite or plural phrase ("ein Sprecher",
// "officials") names nobody.
func (c *ctx) resolve(ss, se, off, si int) speaker {
	defer func(old int) { c.msgOff = old }(c.msgOff)
	c.msgOff = off
	if ss < 0 || se <= ss || se > len(c.toks) {
		return noSpeaker
	}
	if c.jointSubject(ss, se) {
		return noSpeaker // "Berg, Reed and two colleagues said": a group names no one of them
	}
	if a, b := c.detQuotedName(ss, se); a == ss && b == se {
		// "berichtet die „Abendpost“": the article and the name in marks are the whole
		// phrase. After a verb a medium reports with, the marks name the medium; after
		// another ("sagte der „Kaiser“") only an organisation the tagger knows speaks, never
		// a nickname. Before cutAddressee: a medium's noun inside the marks ("die „Süddeutsche
		// Zeitung“") is part of the name, no addressee.
		if m := c.mentionAt(ss + 2); c.mediumCue || c.phraseSource && c.capitalsOnly(ss+2, se-1) || m != nil && m.org {
			if sp := c.quotedSpeaker(ss+1, se); sp.known() {
				return sp
			}
		}
	}
	if sp := c.plainMedium(ss, se); sp.known() {
		// "Wie die Bild berichtet", "laut Sport Bild": before cutAddressee, which reads a
		// medium after a capitalised word as whom it was told ("Weber dpa").
		return sp
	}
	se = c.cutAddressee(ss, se)
	if se <= ss {
		return noSpeaker
	}
	if isQuoteMark(&c.toks[ss]) {
		if h := c.titleCompoundHead(ss, se); h >= 0 {
			// "„Tanzabend“-Juror Karl Bauer": the marks name a show or a work, the phrase's
			// head is the role after the hyphen, and the person is named after it, if at all.
			if h+1 < se {
				return c.resolve(h, se, off, si)
			}
			return noSpeaker
		}
		if _, b := c.quotedName(ss, se); b > ss && b < se && c.roleNameAfter(b, se) == se {
			return c.resolve(b, se, off, si) // "“Yellowjackets” director Karyn Kusama": the title qualifies the role
		}
		return c.quotedSpeaker(ss, se) // laut „Reuters“
	}
	if se-ss >= 4 && c.genitiveDet(ss, ss) && isQuoteMark(&c.toks[ss+1]) {
		// "nach Angaben des „Bureau of Labor Statistics“": the genitive is the name in the
		// marks, when the tagger knows it as a name.
		if sp := c.quotedSpeaker(ss+1, se); sp.known() && c.mentionAt(ss+2) != nil {
			return sp
		}
	}
	if se < len(c.toks) && isQuoteMark(&c.toks[se]) && isCap(&c.toks[se-1]) && (c.lx.media(c.toks[se-1].Norm) || c.lx.titleHead(c.toks[se-1].Norm)) {
		if a, b := c.quotedName(se, len(c.toks)); a == se {
			return c.quotedSpeaker(a, b) // "Das Nachrichtenportal" + „G1“
		}
	}
	if se-ss >= 4 && isQuoteMark(&c.toks[se-1]) {
		// "Das Nachrichtenportal „G1“", "die Zeitschrift „Bergblick“": the medium named in
		// quotation marks after its noun.
		for o := se - 3; o > ss; o-- {
			if isQuoteMark(&c.toks[o]) {
				if p := c.toks[o-1].Norm; isCap(&c.toks[o-1]) && (c.lx.media(p) || c.lx.titleHead(p)) {
					return c.quotedSpeaker(o, se)
				}
				break
			}
		}
	}
	if sp := c.quotedCompound(ss, se); sp.known() {
		return sp // "Die „Bild“-Zeitung berichtete": the paper named in the marks
	}
	if sp := c.sourceAgent(ss, se, off, si); sp.known() {
		return sp // "einem Bericht des „Spiegel“", "a report by Challenger, Gray and Christmas"
	}
	if se-ss > 2 && isLowerWord(&c.toks[ss+1]) && c.lx.isDet(c.toks[ss+1].Norm) {
		if g, ok := c.lx.pronoun(c.toks[ss].Norm); ok && len(g) == 1 && (g == "m" || g == "f") && isWord(&c.toks[ss]) {
			// "So nannte er den Pride Month eine „Todsünde“": the source words run on into the
			// object; the pronoun before it is the subject.
			se = ss + 1
		}
	}
	if se-ss == 1 {
		if sex, ok := c.lx.pronoun(c.toks[ss].Norm); ok && isWord(&c.toks[ss]) {
			switch {
			case sex == "x":
				// "heißt es": nobody, unless the sentence names whose text it is ("heißt es in
				// der BVB-Mitteilung", "In dem DAZN-Schreiben heißt es").
				return c.documentOf(ss)
			case sex == "p" || c.pluralVerbBeside(ss):
				return noSpeaker // "they", "sagten sie": a group
			case sex == "n":
				return c.orgAntecedent(c.toks[ss].Start, false, "") // "it said": the company that spoke
			}
			if c.pronounLeftUnnamed(c.toks[ss].Start, sex[0]) {
				return noSpeaker
			}
			return c.antecedent(c.toks[ss].Start, sex[0], false)
		}
	}
	first := c.toks[ss].Norm
	if c.lx.class(first) == "det:dat" && ss > 0 {
		if _, ok := c.lx.verbs[c.toks[ss-1].Norm]; ok {
			return noSpeaker // "sagten dem Portal X": whom it was said to
		}
	}
	if c.lx.class(first) == "det:dem" {
		if h := c.headNoun(ss, se); h >= 0 && c.lx.media(c.toks[h].Norm) {
			return noSpeaker // "nach Informationen dieser Zeitung": the author's own outlet
		}
	}
	if se-ss == 2 && c.definite(ss) && isWord(&c.toks[ss+1]) && isCap(&c.toks[ss+1]) {
		if _, ok := c.lx.reportBack[c.toks[ss+1].Norm]; ok {
			return c.reportBack(off) // "Dieser musste dem Bericht zufolge …", "so der Bericht"
		}
		if _, ok := c.lx.mediaBack[c.toks[ss+1].Norm]; ok {
			return c.mediaBack(ss, se, off) // "so die Zeitung", "berichtet die Nachrichtenagentur dpa"
		}
	}
	if se-ss == 2 && c.definite(ss) && isCap(&c.toks[ss+1]) {
		if sexes, ok := c.lx.members[c.toks[ss+1].Norm]; ok {
			if sex := c.detSex(ss, ss+1); sex != 0 && strings.IndexByte(sexes, sex) >= 0 {
				// "so die Grüne", "sagte der Linke": a member of the party, a person the text
				// named before; never the party ("die Grünen", "die Linke").
				if sp := c.antecedent(c.toks[ss].Start, sex, false); sp.known() {
					return sp
				}
				return speaker{name: c.soleOfSex(c.toks[ss].Start, sex), how: article.SpeakerCoreference}
			}
		}
	}
	switch c.lx.class(first) {
	case "indef", "poss":
		// "ein Sprecher", "a spokesperson", "sein Sprecher": someone unnamed; "seine Mutter"
		// may be the one the text gives that kin noun (below).
		if c.nameHead(ss, se) < 0 && !(c.lx.class(first) == "poss" && se == ss+2 && c.kinNoun(ss+1)) {
			return noSpeaker
		}
		if c.lx.class(first) == "poss" && c.thingAfter(se) {
			// "according to her Facebook page": the name qualifies a thing of hers, the noun
			// the source words stop short of; the platform says nothing.
			return noSpeaker
		}
	}
	if se-ss == 1 {
		// "BMW-Angaben zufolge", "nach Polizei-Angaben": the name before the source noun.
		if sp := c.namedSourceNoun(ss); sp.known() {
			return sp
		}
		if m := c.orgBeforeHyphen(ss); m != nil {
			return speaker{name: m.canon, how: article.SpeakerSubject}
		}
	}
	if se < len(c.toks) && c.nounContinues(se) {
		return noSpeaker // "Israeli media", "state officials": the head noun follows
	}
	if len(c.an.Entities) > 0 {
		if sp := c.untaggedPerson(ss, se); sp.known() {
			return sp // "said Kacey Fuller, the clinic director", which the tagger did not read
		}
	}
	if k := c.nameHead(ss, se); k >= 0 {
		m := c.mentionAt(k)
		if m != nil {
			return speaker{name: m.canon, how: article.SpeakerSubject}
		}
		if p := c.placeAt(k); p != nil {
			if demonym(*p) {
				// "der Italiener": a person of that country, an epithet for the one named
				// before, never the country.
				if !c.lx.isDet(first) || c.lx.class(first) == "indef" || !c.onlyEntity(ss, se, *p) {
					return noSpeaker
				}
				return c.antecedent(c.toks[ss].Start, c.detSex(ss, k), false)
			}
			// A country or city standing alone acts through its government ("Deutschland hat
			// … zugesichert"); inside a longer phrase it only qualifies a common noun.
			if c.onlyEntity(ss, se, *p) && c.subjectSlot(ss) {
				return speaker{name: nonEmpty(p.Canonical, p.Text), how: article.SpeakerSubject}
			}
			return noSpeaker
		}
		if len(c.an.Entities) == 0 {
			if n := c.fallbackName(ss, k+1); n != "" {
				return speaker{name: n, how: article.SpeakerSubject}
			}
		}
		return noSpeaker
	}
	if sp := c.bodySpeaker(ss, se, off); sp.how != "" {
		return sp // "das Verteidigungsministerium", "wie die Polizei mitteilte"
	}
	if sp := c.shortOrgName(ss, se, off); sp.known() {
		return sp // "das Landratsamt" after "das Landratsamt Wunsiedel"
	}
	if se-ss == 1 {
		if sp := c.loneName(ss); sp.known() {
			return sp // "“…,” Becca said", "Peter said" after "Peter Lane"
		}
		if sp := c.misspeltSurname(ss); sp.known() {
			return sp // "Maughtery said" after "Gus Maugherty"
		}
	}
	// No name: a role noun or epithet heads the phrase.
	h := c.headNoun(ss, se)
	if h < 0 {
		return noSpeaker
	}
	cls := c.lx.class(first)
	if c.lx.roleHead(c.toks[h].Norm) != "" {
		if sp := c.apposedName(se); sp.known() {
			// "sagte der Präsident des Instituts für X (XY), Marcel Brandt.": the name apposed
			// to the role speaks, never someone else the article gives that role.
			return sp
		}
		apposed := se+1 < len(c.toks) && isPunct(&c.toks[se], ",") && c.nameShaped(se+1)
		for k := h + 2; k < se && !apposed; k++ {
			if isPunct(&c.toks[k], ",") {
				break
			}
			if m := c.mentionAt(k); m != nil && c.holderAfterBody(k-1, k) && c.mentionAt(se-1) == m && m.end == c.toks[se-1].End {
				// "sagte der Sprecher der SPD-Fraktion Paul Weber": the name after the body
				// whose role it is holds the role; with a name apposed after a comma ("Der Chef
				// der Organisation Magen David Adom, Eli Bin") the words before it may be the
				// body's name, which the tagger can take for a person.
				return speaker{name: m.canon, how: article.SpeakerSubject}
			}
		}
	}
	if c.lx.roleHead(c.toks[h].Norm) != "" && cls != "indef" && cls != "poss" {
		if c.roleNamedIn(ss, se) {
			// "sagte der Politikwissenschaftler und Publizist Albrecht von Lucke",
			// "sagte Politikwissenschaftler von Lucke": the role is given to a name here, one
			// we could not read; not to whom the article gave it before.
			return noSpeaker
		}
		if n := c.tiedRole(h, off); n != "" {
			return speaker{name: n, how: article.SpeakerRole}
		}
		if k := h - 2; k == ss+1 && c.lx.class(c.toks[h-1].Norm) == "and" && c.lx.roleHead(c.toks[k].Norm) != "" {
			// "so der Showrunner und Drehbuchautor": one article before two roles is one
			// person, whom the text may have given only the first.
			if n := c.tiedRole(k, off); n != "" {
				return speaker{name: n, how: article.SpeakerRole}
			}
		}
	}
	if h == ss+1 && se == h+1 && (cls == "poss" || strings.HasPrefix(cls, "det:")) {
		if c.kinNoun(h) {
			// "sagte die Mutter", "erzählt ihr Mann": the one person the text gives that noun,
			// never the nearest woman or man, who may be anyone of the family.
			if n := c.kinTied(c.toks[h].Norm); n != "" {
				return speaker{name: n, how: article.SpeakerRole}
			}
			return noSpeaker
		}
	}
	if !c.lx.isDet(first) || cls == "indef" || cls == "poss" {
		return noSpeaker
	}
	if c.lx.orgNoun(c.toks[h].Norm) {
		if sp := c.titledBodyName(ss, h); sp.known() {
			return sp // "The Justice Department wrote": the body's own name, which the tagger missed
		}
		if c.namedByGenitive(h) {
			// "der Verband kommunaler Unternehmen": a name of its own, not the
			// organisation named before.
			return noSpeaker
		}
		if c.lx.orgKind(c.toks[h].Norm) {
			if h != ss+1 {
				return noSpeaker // "The latest commission reported": another one than named before
			}
			return c.orgOfKind(c.toks[h].Norm, c.toks[ss].Start)
		}
		bare := ""
		if c.bareOrgNoun(ss, h) {
			bare = c.toks[h].Norm
		}
		return c.orgAntecedent(c.toks[ss].Start, true, bare)
	}
	if !c.personNoun(h) {
		if sp := c.soleSelfSpeaker(ss, se, h, off); sp.known() {
			return sp
		}
		// A functional role without a name ("der Vorsitzende Richter", "ein Sprecher")
		// usually introduces someone the text does not name.
		return noSpeaker
	}
	if sp := c.apposedName(se); sp.known() {
		// "Der Spitzenkandidat, Hans Moser, hat sich geäußert": the name apposed to the
		// epithet is who it is, not a person named earlier.
		return sp
	}
	sex := c.nounSex(h)
	det := c.detSex(ss, h)
	if det == 'f' && sex == 'm' {
		return noSpeaker // "die Politiker": several people
	}
	if sex == 0 {
		sex = det
	}
	if n := c.ageOf(h); n != "" {
		// "der 25-Jährige": the person the text gave that age ("Tom Berger (25)", "der
		// 25-jährige Tom Berger"), when exactly one.
		if p := c.agedPerson(n, sex, c.toks[ss].Start); p != "" {
			return speaker{name: p, how: article.SpeakerCoreference}
		}
		if c.ageGivenUnnamed(n, c.toks[ss].Start) {
			// "Der 26 Jahre alte Bezwinger von X …, sagte der 26-Jährige": the text gave the
			// age to a description, not beside a name; the nearest name may be someone else.
			return noSpeaker
		}
		sp := c.antecedent(c.toks[ss].Start, sex, false)
		if !sp.known() {
			// "Katrin Berg war zu Gast in der Talkshow. … „…“, sagte die 45-Jährige": the one
			// woman this paragraph and the one before name.
			sp = speaker{name: c.soleOfSex(c.toks[ss].Start, sex), how: article.SpeakerCoreference}
			if sp.name == "" {
				return noSpeaker
			}
		}
		if ages := c.agesOf(sp.name, c.toks[ss].Start); len(ages) > 0 && !slices.Contains(ages, n) {
			// "Recep Kaya (65) … „…“, ergänzte der 70-Jährige": the text gave the person
			// another age; the epithet is someone else.
			return noSpeaker
		}
		return sp
	}
	if n := c.epithetTied(h, sex); n != "" {
		// "Tennisprofi Karl Brenner … bezwang er Ole Lind. „…“, resümierte der
		// Tennisprofi": the one person the text gives the noun as a title is whom it stands
		// for, never the nearest person, who may be the opponent.
		if sp := c.antecedent(c.toks[ss].Start, sex, false); sp.known() && sharesWord(sp.name, n) && len(sp.name) > len(n) {
			n = sp.name // "Megastar Beyoncé" and "Beyoncé Knowles Carter": the fuller name
		}
		return speaker{name: n, how: article.SpeakerCoreference}
	}
	if c.epithetIntroduced(h) {
		return noSpeaker // "von einem Streamer angesprochen. … sagte der Streamer": someone unnamed
	}
	if c.afterUnresolvedEpithet(ss, si) {
		// "„…“, sagte der zweimalige Tour-Sieger. „…“, schwärmte der Superstar.": epithets
		// one after the other vary the words for one speaker; the first found nobody, so
		// the person nearest the second is a guess at someone else.
		return noSpeaker
	}
	sp := c.antecedent(c.toks[ss].Start, sex, false)
	if !sp.known() && !c.epithetRunsOn(h, se) {
		// "Familie Lorenz war oft auf Mallorca. … „…“, sagte der Mallorca-Liebhaber": the one
		// person of the noun's sex this paragraph and the one before name, unless the text
		// gives the noun to someone else ("der Amerikaner Tom Price").
		if n := c.soleOfSex(c.toks[ss].Start, sex); n != "" && !c.epithetOfOther(h, n) && !c.sharedSurnameNear(c.toks[ss].Start) {
			sp = speaker{name: n, how: article.SpeakerCoreference}
		}
	}
	if sp.known() && (c.bareNameOnly(sp.name, c.toks[ss].Start) || c.handleBefore(sp.name, c.toks[ss].Start)) {
		return noSpeaker
	}
	if sp.known() && c.prefixOfOther(h, sp.name) {
		// "… bestätigte Politikwissenschaftlerin Deitelhoff. … gestand auch die
		// FDP-Politikerin ein": the party or body before the hyphen goes with someone else the
		// text names beside it, never with the nearest person, who is not.
		return noSpeaker
	}
	return sp
}

// afterUnresolvedEpithet reports whether the quotation right before the source at ss, in the
// same paragraph and ending in this sentence or the one before, has an epithet right after its
// speech verb for its source ("sagte der zweimalige Tour-Sieger"; no role, no age) that names
// nobody.
func (c *ctx) afterUnresolvedEpithet(ss, si int) bool {
	off := c.toks[ss].Start
	f := c.prevReport(off, si, 1)
	if f == nil || f.q.Speaker != "" || f.cueTok < 0 || f.srcStart != f.cueTok+1 || f.srcEnd <= f.srcStart || f.srcEnd > ss || c.blockOf(f.q.Start) != c.blockOf(off) {
		return false
	}
	h := c.headNoun(f.srcStart, f.srcEnd)
	return h >= 0 && strings.HasPrefix(c.lx.class(c.toks[f.srcStart].Norm), "det") && isCap(&c.toks[h]) && c.lx.roleHead(c.toks[h].Norm) == "" && c.ageOf(h) == ""
}

// epithetRunsOn reports whether the words after the epithet at h, in its phrase [.., se) or
// right after it, go on with another noun or a name ("die Aktivistin und Journalistin Eva
// Roth", "der Journalist und Autor Tom Price", "die Aktivistin Eva Roth"): the phrase may name
// its own person, one we could not read.
func (c *ctx) epithetRunsOn(h, se int) bool {
	for k := h + 1; k <= se && k < len(c.toks); k++ {
		t := &c.toks[k]
		if k == se {
			return c.lx.class(t.Norm) == "and" || isWord(t) && isCap(t) && c.mentionAt(k) == nil && !c.lx.p.Stopword(t.Norm)
		}
		if c.lx.class(t.Norm) == "and" || isWord(t) && isCap(t) {
			return true
		}
	}
	return false
}

// epithetIntroduced reports whether the paragraph of the epithet at h or the one before brings
// in its noun with an indefinite article ("von einem Journalisten angesprochen. … erklärte
// der Journalist"): someone the text does not name.
func (c *ctx) epithetIntroduced(h int) bool {
	key := c.lx.epithetKey(c.toks[h].Norm)
	if key == "" {
		return false
	}
	blk := c.blockOf(c.toks[h].Start)
	from := c.a.Blocks[blk].Start
	if pb := c.prevTextBlock(blk); pb >= 0 {
		from = c.a.Blocks[pb].Start
	}
	for k := c.tokAt(from); k < h; k++ {
		if k > 0 && isWord(&c.toks[k]) && c.lx.epithetKey(c.toks[k].Norm) == key && c.lx.class(c.toks[k-1].Norm) == "indef" {
			return true
		}
	}
	return false
}

// epithetMod returns what a compound epithet puts before its key ("spd-" of
// "spd-politiker"), "" for the bare key.
func epithetMod(norm, key string) string {
	if i := strings.LastIndex(norm, key); i > 0 {
		return norm[:i]
	}
	return ""
}

// modNamedBefore reports whether the text before token h holds the modifier of a compound
// epithet ("cdu-" of "CDU-Politiker") as a word of its own or a compound's first part.
func (c *ctx) modNamedBefore(mod string, h int) bool {
	w := strings.TrimRight(mod, "-")
	if w == "" {
		return false
	}
	for k := 0; k < h; k++ {
		if n := c.toks[k].Norm; n == w || strings.HasPrefix(n, w+"-") && k != h {
			if epithetMod(n, c.lx.epithetKey(n)) != mod {
				return true
			}
		}
	}
	return false
}

// epithetTied returns the one person the text gives the epithet at h as a title right
// before the name ("Tennisprofi Karl Brenner", "der Profi Karl Brenner", "Karl Brenner,
// der Profi") before h, when that person agrees in sex and is named in the epithet's paragraph
// or the one before; "" when it gives the noun to several, or to none.
func (c *ctx) epithetTied(h int, sex byte) string {
	key := c.lx.epithetKey(c.toks[h].Norm)
	if key == "" {
		return ""
	}
	is := func(k int) bool {
		return k >= 0 && k < len(c.toks) && k != h && isWord(&c.toks[k]) && isCap(&c.toks[k]) && c.lx.epithetKey(c.toks[k].Norm) == key
	}
	mod := epithetMod(c.toks[h].Norm, key)
	tied := ""
	loose := map[string]int{} // ties narrowed otherwise than the epithet, per person
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.org || m.quoted || m.pos >= c.toks[h].Start {
			continue
		}
		after := c.tokAt(max(m.pos, m.end-1)) + 1
		t := -1
		switch {
		case is(m.tok - 1):
			t = m.tok - 1
		case is(m.tok-2) && c.lx.isDet(c.toks[m.tok-1].Norm):
			t = m.tok - 2
		case after+2 < len(c.toks) && isPunct(&c.toks[after], ",") && c.lx.isDet(c.toks[after+1].Norm) && is(after+2):
			t = after + 2
		default:
			continue
		}
		if m2 := epithetMod(c.toks[t].Norm, key); mod != "" && m2 != "" && m2 != mod {
			if c.modNamedBefore(mod, h) {
				// "den SPD-Politiker Jan Meier … Paul Kurz (CDU) … so der
				// CDU-Politiker": the noun narrowed otherwise, by something the text names
				// apart, is another description, maybe of another person.
				continue
			}
			loose[m.canon]++
		}
		if tied != "" && tied != m.canon && !sharesWord(tied, m.canon) {
			return "" // "US-Profi Tom Price … Tennisprofi Karl Brenner": either could be meant
		}
		if tied == "" || len(m.canon) > len(tied) {
			tied = m.canon
		}
	}
	if tied == "" || sex != 0 && c.names.sex[tied] != 0 && c.names.sex[tied] != sex {
		return ""
	}
	if n := loose[tied]; n == 1 {
		// "Abwehrspielerin Nora Fink … die Weltklassespielerin": a noun narrowed
		// otherwise only once may describe someone else; the text's standing title for a
		// person ("Tennisprofi Karl Brenner", twice, "… der Davis-Cup-Profi") does not.
		return ""
	}
	at := c.tokAt(c.toks[h].Start)
	blk := c.blockOf(c.toks[h].Start)
	near := false
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.canon != tied || m.pos >= c.toks[h].Start {
			continue
		}
		if c.sameClause(m.tok, at) {
			return "" // "sagte der Profi über Tennisprofi Karl Brenner": someone else
		}
		if m.block == blk || m.block == c.prevTextBlock(blk) {
			near = true
		}
	}
	if !near {
		return ""
	}
	return tied
}

// sharedSurnameNear reports whether the paragraph holding off or the one before names, before
// off, a bare surname that several people of the article share or that the tagger took for a
// firm of a person's name ("Weber" beside "Karl Weber" and "Erik Weber"): a person the lone
// one of a sex does not count.
func (c *ctx) sharedSurnameNear(off int) bool {
	blk := c.blockOf(off)
	from := c.a.Blocks[blk].Start
	if pb := c.prevTextBlock(blk); pb >= 0 {
		from = c.a.Blocks[pb].Start
	}
	for _, m := range c.names.mentions {
		if m.pos < from || m.pos >= off {
			continue
		}
		if m.shared {
			return true
		}
		if m.org {
			for _, o := range c.names.mentions {
				if !o.org && o.canon != m.canon && sharesWord(o.canon, m.canon) {
					return true
				}
			}
		}
	}
	return false
}

// sharesWord reports whether the names a and b have a word in common.
func sharesWord(a, b string) bool {
	for _, w := range strings.Fields(a) {
		if slices.Contains(strings.Fields(b), w) {
			return true
		}
	}
	return false
}

// handleBefore reports whether the paragraph holding off names, before off, someone only by a
// word of mixed case that no mention holds ("MontanaBlack über die Show: Der Streamer erzählte
// …") while canon is not named there: the epithet may well be that one.
func (c *ctx) handleBefore(canon string, off int) bool {
	blk := c.blockOf(off)
	from := c.a.Blocks[blk].Start
	for _, m := range c.names.mentions {
		if m.canon == canon && m.pos >= from && m.pos < off {
			return false
		}
	}
	for k := c.tokAt(from); k < len(c.toks) && c.toks[k].Start < off; k++ {
		if t := &c.toks[k]; isWord(t) && isCap(t) && c.mentionAt(k) == nil && innerUpper(t.Text) {
			return true
		}
	}
	return false
}

// innerUpper reports whether w has an upper-case letter after a lower-case one ("MontanaBlack",
// "McLaren"), as a handle or a brand has and a German noun has not.
func innerUpper(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// bareNameOnly reports whether every mention of canon in the paragraph holding off and the one
// before follows an article right away ("neben dem Pokal, der Venus Rosewater Dish"): a thing
// with a name rather than a person.
func (c *ctx) bareNameOnly(canon string, off int) bool {
	blk := c.blockOf(off)
	from := c.a.Blocks[blk].Start
	if pb := c.prevTextBlock(blk); pb >= 0 {
		from = c.a.Blocks[pb].Start
	}
	seen := false
	for _, m := range c.names.mentions {
		if m.canon != canon || m.pos < from || m.pos >= off {
			continue
		}
		if m.tok == 0 || !c.lx.isDet(c.toks[m.tok-1].Norm) {
			return false
		}
		seen = true
	}
	return seen
}

// epithetOfOther reports whether the text, before the epithet at h, puts the epithet's noun
// ("Amerikaner" of "der Amerikaner", "Politikerin" of "die FDP-Politikerin") right before the
// name of a person other than canon ("den Amerikaner Tom Price", "Politikerin Anna Berg"), or
// in an apposition after it ("Tom Price, der Amerikaner,"): the noun is theirs.
func (c *ctx) epithetOfOther(h int, canon string) bool {
	key := c.lx.epithetKey(c.toks[h].Norm)
	if key == "" {
		return false
	}
	is := func(k int) bool {
		return k >= 0 && k < len(c.toks) && k != h && isWord(&c.toks[k]) && c.lx.epithetKey(c.toks[k].Norm) == key
	}
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.org || m.pos >= c.toks[h].Start || sharesWord(m.canon, canon) {
			continue // "Comedian Oliver Pocher" is "Pocher"
		}
		if is(m.tok-1) || is(m.tok-2) && c.lx.isDet(c.toks[m.tok-1].Norm) {
			return true
		}
		after := c.tokAt(max(m.pos, m.end-1)) + 1
		if after+2 < len(c.toks) && isPunct(&c.toks[after], ",") && c.lx.isDet(c.toks[after+1].Norm) && is(after+2) {
			return true
		}
	}
	return false
}

// prefixOfOther reports whether the epithet at h opens with a party or body and a hyphen
// ("die FDP-Politikerin", "der CDU-Chef") that the text puts beside another person's name
// ("FDP-Politikerin Anna Berg", "Anna Berg (FDP)") before it, and never beside a name of canon.
func (c *ctx) prefixOfOther(h int, canon string) bool {
	t := c.toks[h].Text
	i := strings.Index(t, "-")
	if i < 2 {
		return false
	}
	prefix := strings.ToLower(t[:i])
	upper := 0
	for _, r := range t[:i] {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper < 2 {
		return false // "Ex-Ministerin", "Vize-Chefin": no party or body
	}
	// The text puts the party beside a name: right before it ("FDP-Politikerin Anna Berg"),
	// in brackets right after it ("Anna Berg (FDP)"), or in an apposition ("Anna Berg, die
	// FDP-Politikerin"); not an epithet before the verb whose object the name is.
	has := func(k int) bool {
		if k < 0 || k >= len(c.toks) || k == h {
			return false
		}
		n := c.toks[k].Norm
		return n == prefix || strings.HasPrefix(n, prefix+"-")
	}
	near := func(m *mention) bool {
		after := c.tokAt(max(m.pos, m.end-1)) + 1
		if has(m.tok - 1) {
			return true
		}
		if after+2 < len(c.toks) && isPunct(&c.toks[after], "(") && has(after+1) {
			return true
		}
		return after+2 < len(c.toks) && isPunct(&c.toks[after], ",") && c.lx.isDet(c.toks[after+1].Norm) && has(after+2)
	}
	others := map[string]bool{}
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.org || m.quoted || m.pos >= c.toks[h].Start || !near(m) {
			continue
		}
		if m.canon == canon {
			return false
		}
		others[m.canon] = true
	}
	// Only when that other person is at hand, named in this paragraph or the few before: a
	// party-mate named far back ("SPD-Generalsekretär Kühnert" at the top, then "Bundeskanzler
	// Olaf Scholz … erklärte der SPD-Politiker") does not make the person just named another.
	blk := c.blockOf(c.toks[h].Start)
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if others[m.canon] && m.pos < c.toks[h].Start && m.block >= blk-3 {
			return true
		}
	}
	return false
}

// soleOfSex returns the one person of sex sex that the paragraph holding off, before off, and
// the paragraph before it name, or "": another person there whose sex is that or unknown, or a
// given name there that no mention covers ("Auch Bastian aus Leipzig schilderte …"), leaves it
// open.
func (c *ctx) soleOfSex(off int, sex byte) string {
	if sex == 0 {
		return ""
	}
	blk := c.blockOf(off)
	from := c.a.Blocks[blk].Start
	if pb := c.prevTextBlock(blk); pb >= 0 {
		from = c.a.Blocks[pb].Start
	}
	found := ""
	for _, m := range c.names.mentions {
		if m.org || m.pos < from || m.pos >= off || m.canon == found {
			continue
		}
		if x := c.names.sex[m.canon]; x != sex && x != 0 {
			continue
		}
		if found != "" || c.names.sex[m.canon] == 0 || m.quoted {
			return ""
		}
		found = m.canon
	}
	if found == "" {
		return ""
	}
	for _, m := range c.names.mentions {
		if m.canon != found || m.pos < from || m.pos >= off {
			continue
		}
		if m.tok > 0 && isPunct(&c.toks[m.tok-1], "/") {
			return "" // "Bild: imago images / Dave Shopland": a credit
		}
		if b := c.a.Blocks[m.block]; m.block != blk && !strings.ContainsRune(".!?“”\"»«", lastRune(strings.TrimSpace(c.r.Slice(b.Start, b.End)))) {
			return "" // "+++ Der große Gewinner ist Trainer Terzic +++": a teaser line, no sentence
		}
	}
	for k := c.tokAt(from); k < len(c.toks) && c.toks[k].Start < off; k++ {
		if t := &c.toks[k]; isWord(t) && isCap(t) && given()[t.Norm] != 0 && c.mentionAt(k) == nil && !c.lx.p.Stopword(t.Norm) && !c.lx.timeWord(t.Norm) {
			return "" // someone the names do not hold
		}
	}
	return found
}

// agesOf returns the ages the text gives the person canon beside a mention before off ("Recep
// Kaya (65)", "der 65-jährige Recep Kaya").
func (c *ctx) agesOf(canon string, off int) []string {
	if canon == "" {
		return nil
	}
	var ages []string
	for _, m := range c.names.mentions {
		if m.pos >= off || m.org || m.quoted || m.canon != canon {
			continue
		}
		if k := c.tokAt(m.end); k+2 < len(c.toks) && isPunct(&c.toks[k], "(") && c.toks[k+1].Kind == article.TokNumber && isPunct(&c.toks[k+2], ")") {
			ages = append(ages, c.toks[k+1].Text)
		}
		for j := m.tok - 1; j >= 0 && j >= m.tok-3; j-- {
			if n := c.ageOf(j); n != "" {
				ages = append(ages, n)
				break
			}
		}
		if n := c.ageOpeningAfter(m, off); n != "" {
			ages = append(ages, n)
		}
	}
	return ages
}

// ageOpeningAfter returns the age of an epithet that opens one of the two sentences after the
// one mention m opens, in the same paragraph and before off, with no other person named
// between ("Bernd Hollerbach wird Trainer. Das gab der Verein bekannt. Der 54-Jährige war
// zuletzt …"), or "".
func (c *ctx) ageOpeningAfter(m mention, off int) string {
	if ss, _ := c.sentRange(m.sent); c.mentionAt(ss) == nil || c.mentionAt(ss).canon != m.canon {
		return ""
	}
	for _, o := range c.names.mentions {
		if o.sent == m.sent && !o.org && o.canon != m.canon {
			return "" // "X hat seine Frau Y verloren. Die 70-Jährige …": either
		}
	}
	for si := m.sent + 1; si <= m.sent+2 && si < len(c.sents); si++ {
		ss, se := c.sentRange(si)
		if ss >= se || c.toks[ss].Start >= off || c.blockOf(c.toks[ss].Start) != m.block {
			return ""
		}
		if se-ss > 2 && c.lx.isDet(c.toks[ss].Norm) {
			if n := c.ageOf(ss + 1); n != "" {
				if d, x := c.detSex(ss, ss+1), c.names.sex[m.canon]; d != 0 && x != 0 && d != x {
					return ""
				}
				return n
			}
		}
		for _, o := range c.names.mentions {
			if o.sent == si && !o.org && o.canon != m.canon {
				return ""
			}
		}
	}
	return ""
}

// reportedBefore reports whether the sentence before the one at offset off, in the same
// paragraph, is a report without marks: a Konjunktiv I in its main clause ("Weber habe
// gezeigt, wie wichtig er sei").
func (c *ctx) reportedBefore(off int) bool {
	si := c.sentenceAt(off)
	if si <= 0 || c.blockOf(c.sents[si-1].Start) != c.blockOf(off) {
		return false
	}
	ps, pe := c.sentRange(si - 1)
	if ps >= pe || isQuoteMark(&c.toks[ps]) {
		return false
	}
	strong, _ := c.konjMood(ps, pe)
	return strong && c.mainClauseKonj(ps, pe)
}

// unreadSubjectBefore reports whether the sentence before the one at offset off, in the same
// paragraph, opens with capitalised words no mention covers, among them a given name and a word
// after it, right before a speech verb ("City Engineer Dan Hanson said …"): someone spoke whom
// the names do not hold.
func (c *ctx) unreadSubjectBefore(off int) bool {
	si := c.sentenceAt(off)
	if si <= 0 {
		return false
	}
	ps, pe := c.sentRange(si - 1)
	if blk := c.blockOf(off); c.blockOf(c.sents[si-1].Start) != blk {
		// "Becca, quoted at the beginning of the story, is also … \n “…” she said": a lone
		// given name the tagger did not read opens the paragraph before a quotation's own.
		return c.blockOf(c.sents[si-1].Start) == c.prevTextBlock(blk) && c.sents[si].Start == c.a.Blocks[blk].Start &&
			ps+1 < pe && isWord(&c.toks[ps]) && isCap(&c.toks[ps]) && c.givenWordSex(c.toks[ps].Norm) != 0 && c.mentionAt(ps) == nil && isPunct(&c.toks[ps+1], ",")
	}
	k, named := ps, false
	for k < pe && k-ps < 6 {
		t := &c.toks[k]
		if !isWord(t) || !isCap(t) || c.lx.p.Stopword(t.Norm) || c.mentionAt(k) != nil || c.placeAt(k) != nil {
			break
		}
		if k > ps && given()[c.toks[k-1].Norm] != 0 {
			named = true // a given name and a word after it: a name, not capitalised nouns ("Klare Worte fand …")
		}
		k++
	}
	if !named || k >= pe || !isLowerWord(&c.toks[k]) {
		return false
	}
	_, ok := c.lx.verbs[c.toks[k].Norm]
	return ok
}

// givenWordSex returns the usual sex of a given name written alone (norm, lower case), from the
// census tables or the pack's lone names ("becca"), or 0.
func (c *ctx) givenWordSex(norm string) byte {
	if g := given()[norm]; g != 0 {
		return g
	}
	if s := c.lx.loneNames[norm]; s != "" {
		return s[0]
	}
	return 0
}

// openerSpokeBefore returns the speaker a quotation before offset off was given under the very
// word that opens, as an unread lone given name, the paragraph before (unreadSubjectBefore),
// when its sex agrees: "“…,” said Becca … \n Becca, quoted at the beginning of the story, is
// also leaning in … \n “…,” she said" goes on with Becca. "" when nobody spoke under that name.
func (c *ctx) openerSpokeBefore(off int, sex byte) string {
	si := c.sentenceAt(off)
	if si <= 0 {
		return ""
	}
	ps, _ := c.sentRange(si - 1)
	if c.blockOf(c.sents[si-1].Start) == c.blockOf(off) {
		return ""
	}
	w := c.toks[ps].Text
	if g := c.givenWordSex(c.toks[ps].Norm); sex != 0 && g != sex {
		return ""
	}
	for k := range c.out {
		if q := &c.out[k].q; q.Start < c.toks[ps].Start && q.Speaker == w && q.SpeakerHow == article.SpeakerSubject {
			return w
		}
	}
	return ""
}

// givenNameBefore returns the person of sex whose name the article gives in full and whose
// given name alone (untagged, or tagged as a name of one word) stands before offset off in its
// sentence outside quotation marks, when no person named in full and no other such name stand
// there; else "".
func (c *ctx) givenNameBefore(off int, sex byte) string {
	si := c.sentenceAt(off)
	if si < 0 {
		return ""
	}
	ss, _ := c.sentRange(si)
	if b := c.blockOf(off); b >= 0 {
		ss = max(ss, c.tokAt(c.a.Blocks[b].Start)) // a sentence run on from a line without a full stop
	}
	found := ""
	add := func(n string) bool {
		if found != "" && found != n {
			return false
		}
		found = n
		return true
	}
	for k := ss; k < c.tokAt(off); k++ {
		t := &c.toks[k]
		if c.inMarks(t.Start) {
			continue
		}
		one := isWord(t) && isCap(t) && given()[t.Norm] != 0 && !c.lx.p.Stopword(t.Norm)
		if m := c.mentionAt(k); m != nil {
			if m.org {
				continue
			}
			if first, _, _ := strings.Cut(m.canon, " "); !one || m.pos != t.Start || m.end != t.End || first == m.canon || !strings.EqualFold(first, t.Text) || !add(m.canon) {
				return "" // a person named otherwise than by a given name alone
			}
			continue
		}
		if !one {
			continue
		}
		for i := range c.names.mentions {
			m := &c.names.mentions[i]
			if m.org || m.pos >= off || !strings.Contains(m.canon, " ") {
				continue
			}
			if first, _, _ := strings.Cut(m.canon, " "); strings.EqualFold(first, t.Text) && !add(m.canon) {
				return ""
			}
		}
	}
	if found != "" && c.names.sex[found] != sex {
		return ""
	}
	return found
}

// untypedSubjectBefore reports whether one of the few sentences before the one at offset off
// (in its paragraph and the one before, none of them naming a person outside quotation marks)
// opens, after at most one function word, with a lone given name of the sex asked for, never
// given in full, the subject of the finite verb after it, which the article writes again
// elsewhere, and never after an article ("Auch Bodo schaltete ein." after "die Zusammenarbeit
// mit Bodo"): a stage name or nickname, which antecedent takes for too weak a word to stand in
// the way. A pronoun or epithet after it goes on with that one (the name returned, "" when
// the names hold none), never with a person named further back.
func (c *ctx) untypedSubjectBefore(off int, sex byte) (bool, string) {
	si := c.sentenceAt(off)
	blk := c.blockOf(off)
	if si < 0 {
		return false, ""
	}
	if ss, _ := c.sentRange(si); c.personNamedWithin(ss, c.tokAt(off)) {
		return false, "" // "Sarah wird nachdenklich, während sie spricht"
	}
	for p, n := si-1, 0; p >= 0 && n < 4; p, n = p-1, n+1 {
		pb := c.blockOf(c.sents[p].Start)
		if pb != blk && (pb != c.prevTextBlock(blk) || c.blockOf(c.sents[p+1].Start) != blk) {
			return false, "" // one paragraph back at most
		}
		ps, pe := c.sentRange(p)
		if k := c.untypedSubjectAt(ps, pe, sex); k >= 0 {
			if c.personNamedWithin(k+1, pe) {
				// "Theo müsse nicht üben, betont Vater Markus": the sentence names another
				// person, the one who says what is said of the lone name.
				return false, ""
			}
			if m := c.mentionAt(k); m != nil {
				return true, m.canon
			}
			return true, ""
		}
		if c.personNamedWithin(ps, pe) {
			return false, ""
		}
	}
	return false, ""
}

// personNamedWithin reports whether tokens [s, e) name a person outside quotation marks, or give a
// short form of a name the article holds ("Sarah" after "Sarah Berg").
func (c *ctx) personNamedWithin(s, e int) bool {
	for k := s; k < e && k < len(c.toks); k++ {
		if m := c.mentionAt(k); m != nil && !m.org && !m.quoted {
			return true
		}
		if isCap(&c.toks[k]) && c.names.lookup(c.toks[k].Norm) != "" && !c.inMarks(c.toks[k].Start) {
			return true
		}
	}
	return false
}

// untypedSubjectAt returns the token of the lone name the sentence [ps, pe) opens with as the
// subject of its verb (see untypedSubjectBefore), or -1. A preposition before it ("Bei Marie
// haben …") makes it no subject.
func (c *ctx) untypedSubjectAt(ps, pe int, sex byte) int {
	k := ps
	if k+2 < pe && isCap(&c.toks[k]) && c.lx.p.Stopword(c.toks[k].Norm) && !c.lx.isDet(c.toks[k].Norm) && c.lx.class(c.toks[k].Norm) != "prep" {
		k++ // "Auch Bodo schaltete ein"
	}
	if k+1 >= pe || !c.nameWord(k) || c.placeAt(k) != nil || !c.finiteAt(k+1, pe) || c.lx.nameParticle(c.toks[k].Norm) {
		return -1
	}
	if m := c.mentionAt(k); m != nil && (m.org || strings.Contains(m.canon, " ")) {
		return -1 // a name the article gives in full, which the resolution weighs itself
	}
	// A given name of the sex asked for, alone: a capitalised noun or adverb opening the
	// sentence ("Kreuzfahrten sind …", "Schließlich zahlte …") is none.
	if g := given()[c.toks[k].Norm]; g == 0 || sex != 0 && g != sex {
		return -1
	}
	again := false
	for j := range c.toks {
		if j == k || c.toks[j].Norm != c.toks[k].Norm || !isCap(&c.toks[j]) {
			continue
		}
		if j > 0 && (c.lx.isDet(c.toks[j-1].Norm) || isLowerWord(&c.toks[j-1]) && adjLike(c.toks[j-1].Norm) && c.lx.class(c.toks[j-1].Norm) == "" && !c.lx.p.Stopword(c.toks[j-1].Norm)) {
			return -1 // "die Kritik", "neue Kritik": a noun
		}
		again = true
	}
	if !again {
		return -1
	}
	return k
}

// prevSubject returns the person that opens, as its subject, the sentence before the one at
// offset off in the same paragraph, when that person's sex agrees (a name, "CSU-Chef Markus
// Söder", or an epithet that resolves: "Der 50-Jährige"), or "".
func (c *ctx) prevSubject(off int, sex byte) string {
	si := c.sentenceAt(off)
	if si <= 0 || c.blockOf(c.sents[si-1].Start) != c.blockOf(off) {
		return ""
	}
	ps, pe := c.sentRange(si - 1)
	if ps < pe && isQuoteMark(&c.toks[ps]) {
		// "„…“, unterstrich er. Allerdings meinte er: „…“": who spoke in the sentence before.
		for k := range c.out {
			if f := &c.out[k]; f.cueTok >= ps && f.cueTok < pe && f.q.Speaker != "" && f.q.SpeakerHow != article.SpeakerRole {
				for _, m := range c.names.mentions {
					if m.pos >= c.toks[ps].Start && m.pos < off && !m.org && !m.quoted && m.canon != f.q.Speaker {
						return "" // "…, sagte Kolb über Kunden wie Erik Sand. „…“, sagte er": either
					}
				}
				if m := c.names.sex[f.q.Speaker]; sex == 0 || m == 0 || m == sex {
					return f.q.Speaker
				}
			}
		}
		return ""
	}
	if ps >= pe || c.inMarks(c.toks[ps].Start) {
		return ""
	}
	if ps+2 < pe && isWord(&c.toks[ps]) && isPunct(&c.toks[ps+1], ",") && c.mentionAt(ps) == nil && c.placeAt(ps) == nil {
		ps += 2 // "Culturally, Morris thinks …": one word set off before the subject
	}
	if ps+2 < pe && isCap(&c.toks[ps]) && c.lx.class(c.toks[ps].Norm) == "adv" && isWord(&c.toks[ps+1]) && isCap(&c.toks[ps+1]) {
		ps++ // "Auch Trainer Jonas Brandt war …": a focus particle before the subject
	}
	sp := noSpeaker
	s, e := c.npAfter(ps, pe)
	if s != ps || e >= pe || c.isPronoun(s, e) {
		s = -1
	} else if _, ok := c.lx.verbs[c.toks[e].Norm]; !ok && !c.isVerbForm(c.toks[e].Norm) && !isLowerWord(&c.toks[e]) {
		s = -1 // the phrase must be followed by its verb or a lower-case word, not run on
	}
	if s >= 0 {
		sp = c.resolve(s, e, c.toks[s].Start, si-1)
	}
	if !sp.known() && isCap(&c.toks[ps]) && (s < 0 || c.mentionAt(s) == nil) {
		// "Sorge hat Trainer Karl Berg deswegen nicht. „…“, sagte er": what opens the sentence
		// is no person, and the subject follows the finite verb.
		if a, b := c.invertedSubject(ps, pe); a >= 0 {
			sp = c.resolve(a, b, c.toks[a].Start, si-1)
		}
	}
	if !sp.known() || sp.how == article.SpeakerRole {
		return ""
	}
	if m := c.names.sex[sp.name]; sex != 0 && m != 0 && m != sex {
		return ""
	}
	return sp.name
}

// onlyNamedJustBefore reports whether token d opens its sentence and the sentence before, in
// the same paragraph, names canon and no other person.
func (c *ctx) onlyNamedJustBefore(d int, canon string) bool {
	if d <= 0 || c.sentOf[d-1] == c.sentOf[d] || c.blockOf(c.toks[d-1].Start) != c.blockOf(c.toks[d].Start) {
		return false
	}
	prev, found := c.sentOf[d-1], false
	for k := range c.names.mentions {
		if m := &c.names.mentions[k]; m.tok < len(c.sentOf) && c.sentOf[m.tok] == prev && !m.org {
			if m.canon != canon {
				return false
			}
			found = true
		}
	}
	return found
}

// shortOrgName resolves a definite article and one noun ("das Landratsamt", "die
// Staatsanwaltschaft", "nach Angaben des Bistums") to the one organisation named before off whose name opens with that
// noun ("Landratsamt Wunsiedel"), or that the pack's short names give that noun ("the Fed":
// "Federal Reserve"), or to nobody when there is none or more than one.
func (c *ctx) shortOrgName(ss, se, off int) speaker {
	if se-ss != 2 || !isCap(&c.toks[ss+1]) || !isWord(&c.toks[ss+1]) {
		return noSpeaker
	}
	switch c.lx.class(c.toks[ss].Norm) {
	case "det", "det:m", "det:f":
	default:
		return noSpeaker
	}
	noun := c.toks[ss+1].Norm
	found := ""
	for _, m := range c.names.mentions {
		if m.pos >= off || !m.org || m.quoted {
			continue
		}
		lower := strings.ToLower(m.canon)
		w := strings.Fields(lower)
		full := c.lx.shortNames[noun]
		if len(w) < 2 || w[0] != noun && w[0] != trimGenitive(noun) && w[0]+"es" != noun && (full == "" || !strings.HasPrefix(lower, full)) {
			continue
		}
		if found != "" && found != m.canon {
			return noSpeaker // two of that kind: the text does not say which
		}
		found = m.canon
	}
	if found == "" {
		return noSpeaker
	}
	return speaker{name: found, how: article.SpeakerCoreference}
}

// apposedName returns the person named right after the words of a role that end before token
// k, past the rest of the role's qualifier ("der Co-Vorsitzende der Grünen, Tim Schaft",
// "der Präsident des Instituts für Wirtschaft (IfW), Marcel Brandt"): the qualifier runs to
// the first comma without a verb, a quotation mark or the sentence's end, and the name is
// followed by punctuation or a lower-case word, not by more name words.
func (c *ctx) apposedName(k int) speaker {
	if k <= 0 || k >= len(c.toks) {
		return noSpeaker
	}
	si := c.sentOf[k-1]
	_, se := c.sentRange(si)
	for j := k; j < se && j < k+10; j++ {
		t := &c.toks[j]
		if isQuoteMark(t) || c.isVerbForm(t.Norm) && isLowerWord(t) || t.Text == "." || t.Text == ":" || t.Text == ";" {
			return noSpeaker
		}
		if !isPunct(t, ",") {
			continue
		}
		m := c.mentionAt(j + 1)
		if m == nil || m.org || m.quoted || j+1 >= se || m.pos != c.toks[j+1].Start {
			return noSpeaker
		}
		e := j + 1
		for e < se && c.mentionAt(e) == m {
			e++
		}
		if e < se && !(c.toks[e].Kind == article.TokPunct || isLowerWord(&c.toks[e])) {
			return noSpeaker // "…, Tim Schaft Bedenken": not a name closing an apposition
		}
		if _, konj := c.lx.konj[c.toks[e].Norm]; e < se && isLowerWord(&c.toks[e]) && konj || c.auxAt(e, se) || c.konjAt(e, se) {
			// "erklärte der Minister, Karl Obermann habe gelogen": the name is the subject of
			// the clause reported, no apposition.
			return noSpeaker
		}
		return speaker{name: m.canon, how: article.SpeakerSubject}
	}
	return noSpeaker
}

// ageOf returns the number of an age epithet whose noun is at h ("25" of "der 25-Jährige"),
// or "".
func (c *ctx) ageOf(h int) string {
	if h < 0 || h >= len(c.toks) {
		return ""
	}
	norm := c.toks[h].Norm
	if n, rest, ok := strings.Cut(norm, "-"); ok && n != "" && strings.Trim(n, "0123456789") == "" && strings.HasPrefix(rest, "jährig") {
		return n // one token: "25-Jährige"
	}
	if h < 2 || !strings.HasPrefix(norm, "jährig") || !isPunct(&c.toks[h-1], "-") || c.toks[h-2].Kind != article.TokNumber {
		return ""
	}
	return c.toks[h-2].Text
}

// agedPerson returns the one person of sex sex (0: either) the text gives the age n beside
// a name before off ("Tom Berger (25)", "der 25-jährige Tom Berger", "Tom Berger, 25, …"), or
// "".
func (c *ctx) agedPerson(n string, sex byte, off int) string {
	found := ""
	for _, m := range c.names.mentions {
		if m.pos >= off || m.org || m.quoted {
			continue
		}
		if x := c.names.sex[m.canon]; sex != 0 && x != 0 && x != sex {
			continue // "Anna Berg, 25, und ihr Bruder …, sagte der 25-Jährige"
		}
		aged := false
		if k := c.tokAt(m.end); k+2 < len(c.toks) && (isPunct(&c.toks[k], "(") && isPunct(&c.toks[k+2], ")") || isPunct(&c.toks[k], ",") && isPunct(&c.toks[k+2], ",")) && c.toks[k+1].Text == n {
			aged = true // "Tom Berger (25)", "Tom Berger, 25, …"
		}
		for j := m.tok - 1; j >= 0 && j >= m.tok-3 && !aged && isWord(&c.toks[j]); j-- {
			if c.ageOf(j) == n {
				aged = true
			}
		}
		if j := m.tok - 3; !aged && j >= 0 && c.toks[j].Text == n && c.toks[j+1].Norm == "jahre" && strings.HasPrefix(c.toks[j+2].Norm, "alte") {
			aged = true // "der 25 Jahre alte Tom Berger"
		}
		if !aged {
			continue
		}
		if found != "" && found != m.canon {
			return "" // two people of that age
		}
		found = m.canon
	}
	return found
}

// bodySpeaker returns the public body the words [ss, se) name ("das ukrainische
// Verteidigungsministerium in Kiew", "die Polizei", "laut Polizei"): the body noun must be the
// first noun, after at most a definite article and adjectives. A bare kind of body ("das
// Ministerium") is the body of that kind that spoke last before off, or nobody. The zero
// speaker (how "") means the words name no body.
func (c *ctx) bodySpeaker(ss, se, off int) speaker {
	from := -1 // a place's adjective before the body ("Die Berliner Staatsanwaltschaft")
	for k := ss; k < se; k++ {
		t := &c.toks[k]
		if t.Kind != article.TokWord {
			return speaker{}
		}
		cls := c.lx.class(t.Norm)
		if k == ss && (cls == "det" || cls == "det:m" || cls == "det:f") || isLowerWord(t) && adjLike(t.Norm) {
			continue
		}
		if p := c.placeAt(k); from < 0 && p != nil && p.Subtype == "deriv" && c.mentionAt(k) == nil && p.End == t.End && k+1 < se {
			from = k
			continue
		}
		ok, bare := c.lx.body(t.Norm)
		if !ok || !isCap(t) || c.mentionAt(k) != nil {
			return speaker{}
		}
		if k+1 < se && isWord(&c.toks[k+1]) && isCap(&c.toks[k+1]) && c.placeAt(k+1) == nil {
			return speaker{} // "die Polizei Bochum" is a name; "Polizei Sprecherin …" another head
		}
		if !bare {
			end := k
			if g := k + 1; g+1 < se && (c.lx.class(c.toks[g].Norm) == "gen" || c.toks[g].Norm == "des" || c.toks[g].Norm == "der") {
				// "die Feuerwehr der Hansestadt", "das Ministerium des Landes": the body's genitive
				for j := g + 1; j < se && j <= g+3 && isWord(&c.toks[j]); j++ {
					if isCap(&c.toks[j]) {
						end = j
					} else if !adjLike(c.toks[j].Norm) {
						break
					}
				}
			}
			start := t.Start
			if from >= 0 {
				start = c.toks[from].Start
			}
			return speaker{name: c.r.Slice(start, c.toks[end].End), how: article.SpeakerSubject}
		}
		if from >= 0 {
			return speaker{name: c.r.Slice(c.toks[from].Start, t.End), how: article.SpeakerSubject} // "die Kieler Polizei"
		}
		for j := k - 1; j >= 0; j-- {
			p := &c.toks[j]
			if a := j - 1; a >= 0 && p.Norm == t.Norm && isCap(p) && !c.inMarks(p.Start) {
				if q, m := c.placeAt(a), c.mentionAt(a); q != nil && q.Subtype == "deriv" && q.End == c.toks[a].End && (m == nil || m.tok == a && m.end == p.End) {
					// "Die Schweizer Regierung gibt … frei. …, teilte die Regierung mit": the
					// nearest body of that noun, not a compound of it named further back (the
					// tagger may take the two words for a name of their own).
					return speaker{name: c.r.Slice(c.toks[a].Start, p.End), how: article.SpeakerCoreference}
				}
			}
			if p.Norm != t.Norm && strings.HasSuffix(p.Norm, t.Norm) && isCap(p) && !c.inMarks(p.Start) {
				if ok, bare := c.lx.body(p.Norm); ok && !bare {
					return speaker{name: p.Text, how: article.SpeakerCoreference}
				}
			}
		}
		return noSpeaker
	}
	return speaker{}
}

// quotedSpeaker returns the name in quotation marks at [ss, se) ("„Reuters“", "„Spiegel“"): an
// organisation or person named there, else the quoted words when they are a short name.
func (c *ctx) quotedSpeaker(ss, se int) speaker {
	end := ss + 1
	for end < se && !isQuoteMark(&c.toks[end]) {
		end++
	}
	if end == ss+1 || end-ss > 5 {
		return noSpeaker
	}
	for k := ss + 1; k < end; k++ {
		if m := c.mentionAt(k); m != nil {
			if end == ss+2 && m.end < c.toks[k].End && webAddress(&c.toks[k]) {
				break // „Bild.de“: the tagger's name stops inside the address, which is the name
			}
			return speaker{name: m.canon, how: article.SpeakerSubject}
		}
	}
	if !isCap(&c.toks[ss+1]) {
		return noSpeaker
	}
	return speaker{name: c.r.Slice(c.toks[ss+1].Start, c.toks[end-1].End), how: article.SpeakerSubject}
}

// titleCompoundHead returns the word joined by a hyphen to the words in quotation marks that
// open [ss, se) ("„Tanzabend“-Juror …"), or -1. A medium's or source's noun there ("die
// „Bild“-Zeitung") makes the marks its name, which speaks: -1 too.
func (c *ctx) titleCompoundHead(ss, se int) int {
	e := ss + 1
	for e < se && e <= ss+6 && !isQuoteMark(&c.toks[e]) {
		e++
	}
	if e == ss+1 || e+2 >= se || !isQuoteMark(&c.toks[e]) {
		return -1
	}
	h, d := &c.toks[e+2], &c.toks[e+1]
	if d.Text != "-" || d.Start != c.toks[e].End || h.Start != d.End || !isWord(h) || c.lx.media(h.Norm) || c.lx.sourceNoun(h.Norm) {
		return -1
	}
	return e + 2
}

// quotedCompound finds a name in quotation marks joined by a hyphen to a medium's noun at the
// end of the phrase ("die „Bild“-Zeitung", "der »Spiegel«-Bericht"): the name speaks, never the
// noun ("Zeitung").
func (c *ctx) quotedCompound(ss, se int) speaker {
	last := &c.toks[se-1]
	if !isWord(last) || !c.lx.media(last.Norm) && !c.lx.sourceNoun(last.Norm) {
		return noSpeaker
	}
	if se < len(c.toks) && isCap(&c.toks[se]) && c.mentionAt(se) != nil {
		return noSpeaker // "der „Wilsberg“-Sender ZDF": the medium is the name after its noun; the marks name its show
	}
	// The phrase may begin at the noun: the marks and the hyphen then stand just before it.
	k := se - 2
	if k >= 0 && c.toks[k].Text == "-" && c.toks[k].End == last.Start {
		k--
	}
	if k < 0 || k+1 >= len(c.toks) || !isQuoteMark(&c.toks[k]) || c.toks[k].End != c.toks[k+1].Start {
		return noSpeaker
	}
	for o := k - 1; o >= 0 && o >= k-5; o-- {
		if isQuoteMark(&c.toks[o]) {
			return c.quotedSpeaker(o, k+1)
		}
	}
	return noSpeaker
}

// sourceAgent resolves the words after a noun naming a source of information and a genitive,
// "von" or "by" ("einem Bericht des „Spiegel“", "Angaben der Polizei", "a report by X").
func (c *ctx) sourceAgent(ss, se, off, si int) speaker {
	for k := ss; k+1 < se; k++ {
		t := &c.toks[k]
		if !isWord(t) || !c.lx.sourceNoun(t.Norm) {
			continue
		}
		g := k + 1
		// Any other preposition ("a report from the BBC") only before an organisation's name.
		prep := c.lx.class(c.toks[g].Norm) == "prep" && isLowerWord(&c.toks[g])
		if c.lx.class(c.toks[g].Norm) != "gen" && c.toks[g].Norm != "des" && c.toks[g].Norm != "der" && !prep {
			return noSpeaker
		}
		a := g + 1
		for a < se && c.lx.isDet(c.toks[a].Norm) && c.lx.class(c.toks[a].Norm) != "indef" {
			a++
		}
		if a >= se {
			return noSpeaker
		}
		if isQuoteMark(&c.toks[a]) && !prep {
			return c.quotedSpeaker(a, se)
		}
		start := a
		if c.lx.isDet(c.toks[a-1].Norm) {
			start = a - 1
		}
		if sp := c.plainMedium(start, se); sp.known() {
			return sp // "nach Informationen der Bild-Zeitung", "einem Bericht der Bild"
		}
		if h := c.nameHead(a, se); h >= 0 {
			if m := c.mentionAt(h); m != nil && (m.org || !prep) {
				return speaker{name: m.canon, how: article.SpeakerSubject}
			}
		}
		return noSpeaker
	}
	return noSpeaker
}

func nonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// subjectSlot reports whether words starting at ss stand where a subject stands: at the start
// of a sentence or right after a speech verb.
func (c *ctx) subjectSlot(ss int) bool {
	si := c.sentOf[ss]
	if s, _ := c.sentRange(si); s == ss {
		return true
	}
	_, ok := c.lx.verbs[c.toks[ss-1].Norm]
	return ok
}

// cutAddressee ends the words naming a speaker before an addressee or relaying medium that
// follows the head: "der SPD-Politiker der dpa", "Weber gegenüber der Zeitung", "Smith told
// reporters".
func (c *ctx) cutAddressee(ss, se int) int {
	for k := ss + 1; k < se; k++ {
		t := &c.toks[k]
		if c.lx.class(t.Norm) == "to" {
			return k
		}
		if _, ok := c.lx.toMedium[t.Norm]; ok && isLowerWord(t) && k+1 < se && c.mediaAt(k+1, se) {
			return k // "sagte ein Sprecher zur APA": the medium was told it
		}
		if c.lx.isDet(t.Norm) && k+1 < se && c.mediaAt(k+1, se) && !c.genitiveDet(ss, k) && !c.sourcePrepBefore(ss, k) {
			return k
		}
		if c.mediaAt(k, se) && k > ss && isWord(&c.toks[k-1]) && !c.lx.isDet(c.toks[k-1].Norm) && isCap(&c.toks[k-1]) && !c.mediumNoun(k-1) {
			// "Weber dpa" (a dative without article). After a noun for a medium the name is
			// that medium's own ("die französische Nachrichtenagentur AFP", "Der Sender RTL"),
			// the subject, not whom it was told.
			return k
		}
	}
	return se
}

// mediumNoun reports whether token k is a noun that stands for a medium and nothing else
// (quote_mediaback: "Sender", "Nachrichtenagentur"), as itself or after a hyphen
// ("Sport-Portal").
func (c *ctx) mediumNoun(k int) bool {
	n := c.toks[k].Norm
	if i := strings.LastIndexByte(n, '-'); i >= 0 {
		n = n[i+1:]
	}
	_, ok := c.lx.mediaBack[n]
	return ok
}

// sourcePrepBefore reports whether a preposition after a noun naming a source stands before
// the article at k ("a report from the BBC"): the medium there gave the report.
func (c *ctx) sourcePrepBefore(ss, k int) bool {
	if k-2 < ss || !isLowerWord(&c.toks[k-1]) {
		return false
	}
	cls := c.lx.class(c.toks[k-1].Norm)
	return (cls == "prep" || cls == "gen") && isWord(&c.toks[k-2]) && c.lx.sourceNoun(c.toks[k-2].Norm)
}

// genitiveDet reports whether the article at k, in source words starting at ss, opens a
// genitive: "des", which is never a dative, or any article right after a noun naming a source
// ("Angaben der Zeitung", "einem Bericht des „Spiegel“"): the medium there gave the
// information, it was not told it. After a speech verb the phrase is its subject and "der" may
// be whom it was told ("sagte eine Quelle der Zeitung „Times“").
func (c *ctx) genitiveDet(ss, k int) bool {
	if c.toks[k].Norm == "des" {
		return true
	}
	if ss > 0 && ss <= k {
		if _, ok := c.lx.verbs[c.toks[ss-1].Norm]; ok && isLowerWord(&c.toks[ss-1]) {
			return false
		}
	}
	return k > 0 && isWord(&c.toks[k-1]) && isCap(&c.toks[k-1]) && c.lx.sourceNoun(c.toks[k-1].Norm)
}

// dativeMedium reports whether the words at k are a medium in the dative: an article that
// marks it ("dem Sender"), or the masculine article before a feminine medium ("der dpa", "der
// britischen Nachrichtenagentur"), which cannot be its subject ("der Sender" can).
func (c *ctx) dativeMedium(k, se int) bool { return c.dativeMediumIn(k, se, false) }

// dativeMediumIn is dativeMedium; with marks, quotation marks around the medium's name are
// skipped ("der „Zeitung“").
func (c *ctx) dativeMediumIn(k, se int, marks bool) bool {
	return isLowerWord(&c.toks[k]) && c.dativeMediumAt(k, se, marks)
}

// dativeMediumAt is dativeMediumIn for an article in either case: one opening a sentence
// ("Der türkischen Nachrichtenagentur sagte Keles") is capitalised.
func (c *ctx) dativeMediumAt(k, se int, marks bool) bool {
	if k+1 >= se || !isWord(&c.toks[k]) {
		return false
	}
	switch c.lx.class(c.toks[k].Norm) {
	case "det:dat":
		return c.mediaAt(k+1, se)
	case "det:m":
		reach := k + 4
		if marks {
			reach = k + 5
		}
		for j := k + 1; j < se && j < reach; j++ {
			t := &c.toks[j]
			if marks && isQuoteMark(t) {
				continue
			}
			if !isWord(t) {
				return false
			}
			if v, ok := c.lx.mediaKind(t.Norm); ok {
				return v == "f" // "der Zeitung" is no subject; "der Spiegel" may be
			}
			if !adjLike(t.Norm) && !isCap(t) {
				return false
			}
		}
	}
	return false
}

// mediaAt reports whether the words at k name a news medium or agency ("dpa", "der
// Deutschen Presse-Agentur", "dem ARD-Hauptstadtstudio", "Reuters").
func (c *ctx) mediaAt(k, se int) bool {
	for j := k; j < se && j < k+4; j++ {
		t := &c.toks[j]
		if t.Kind != article.TokWord {
			if isQuoteMark(t) || isPunct(t, "-") {
				continue
			}
			return false
		}
		if c.lx.media(t.Norm) {
			// "ARD-Reporter Anna Roth": a journalist named as the one who speaks, not the
			// medium spoken to ("sagte er einem Reporter"); "White House press secretary
			// Karine Jean-Pierre": the medium qualifies the speaker's title.
			return !c.personNamedAfterRole(j, se) && !(j+1 < se && isLowerWord(&c.toks[j+1]) && c.lx.roleHead(c.toks[j+1].Norm) != "")
		}
		if !adjLike(t.Norm) && !isCap(t) {
			return false
		}
	}
	return false
}

// personNamedAfterRole reports whether token j is a role noun with a person's name right
// after it, within se.
func (c *ctx) personNamedAfterRole(j, se int) bool {
	if j+1 >= se || c.lx.roleHead(c.toks[j].Norm) == "" {
		return false
	}
	m := c.mentionAt(j + 1)
	return m != nil && !m.org && m.pos == c.toks[j+1].Start
}

// pluralVerbBeside reports whether a verb beside the pronoun at i is plural ("sagten sie"), or
// the verb that ends the clause a conjunction before it opens ("wie sie … mitteilten").
func (c *ctx) pluralVerbBeside(i int) bool {
	// A capitalised "Sie" inside a sentence addresses someone ("erinnern Sie sich?"), in the
	// plural form whoever it is.
	polite := c.toks[i].Text == "Sie" && !c.opensSentence(i)
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(c.toks) {
			continue
		}
		if c.pluralVerb(k) || !polite && c.pluralErn(k) {
			return true
		}
	}
	if i > 0 && i+1 < len(c.toks) {
		switch c.lx.class(c.toks[i-1].Norm) {
		case "wie", "sub", "comp":
			// "…, wie sie im Internet mitteilten": the verb ends the clause the conjunction opens.
			k := i + 1
			for k < len(c.toks) && c.sentOf[k] == c.sentOf[i] && c.toks[k].Kind == article.TokWord {
				k++
			}
			if k-1 > i && c.pluralVerb(k-1) {
				return true
			}
		}
	}
	return false
}

// pluralVerb reports whether token k is a plural form of a speech verb ("sagten", "mitteilten")
// or of an auxiliary or modal, also opening a question ("Hatten sie den Abschied geplant?" asks
// about two people, not one woman).
func (c *ctx) pluralVerb(k int) bool {
	t := &c.toks[k]
	if _, ok := c.lx.verbs[t.Norm]; ok {
		return isLowerWord(t) && c.lx.class(t.Norm) != "sg" && strings.HasSuffix(t.Norm, "en")
	}
	return c.verbClass(t.Norm) && isWord(t) && (isLowerWord(t) || c.opensSentence(k)) && strings.HasSuffix(t.Norm, "en")
}

// pluralErn reports whether token k is the plural of a speech verb in -ern or -eln ("Sie
// fordern", "sie schildern"), whose singular ends in -t ("fordert").
func (c *ctx) pluralErn(k int) bool {
	t := &c.toks[k]
	_, ok := c.lx.verbs[t.Norm]
	return ok && isLowerWord(t) && c.lx.class(t.Norm) != "sg" && (strings.HasSuffix(t.Norm, "ern") || strings.HasSuffix(t.Norm, "eln"))
}

// nounContinues reports whether token k, right after the words naming a speaker, is a
// lower-case noun that is their real head ("Israeli media", "Trump aides").
func (c *ctx) nounContinues(k int) bool {
	t := &c.toks[k]
	return isLowerWord(t) && (c.lx.roleHead(t.Norm) != "" || c.lx.media(t.Norm) || c.lx.class(t.Norm) == "group")
}

// nameHead returns the token of the name that heads the phrase [ss, se): the last person,
// organisation or place of its first part, or of an apposition after a comma. Names in a
// genitive, "of" or "von" phrase after a noun, possessives before a noun ("Selenskyjs
// Kanzleichef", "Trump's campaign", "Trump spokesperson Steven Cheung" keeps Cheung) and
// names inside quotation marks are not heads. Returns -1 when no name heads it.
func (c *ctx) nameHead(ss, se int) int {
	head := -1
	nounSeen := false // a common noun has opened this part of the phrase
	inGen := false    // inside a genitive or "of" phrase: its names are modifiers
	for k := ss; k < se; k++ {
		t := &c.toks[k]
		if isPunct(t, ",") || isPunct(t, "(") {
			if head >= 0 {
				return head
			}
			// An apposition may follow: "Der Chef des Büros, Andrij Jermak".
			nounSeen, inGen = false, false
			continue
		}
		if t.Kind != article.TokWord {
			continue
		}
		if k > ss && (c.lx.class(t.Norm) == "gen" || (nounSeen && (t.Norm == "des" || t.Norm == "der"))) {
			if head >= 0 {
				return head // "Patrick Breyer vom Arbeitskreis"
			}
			inGen = true
			continue
		}
		if head >= 0 && k > ss && c.lx.class(t.Norm) == "prep" && isLowerWord(t) {
			return head // "der BVB am Montagvormittag": the phrase after the name says when or where
		}
		if inGen || c.inMarks(t.Start) || c.otherNameAt(k) {
			continue
		}
		if c.lx.class(t.Norm) == "group" {
			head, nounSeen = -1, true // "Democrats", "officials": a group, no one in particular
			continue
		}
		isName := c.mentionAt(k) != nil || c.placeAt(k) != nil || (len(c.an.Entities) == 0 && c.nameWord(k) && c.fallbackName(k, k+1) != "")
		if isName && (c.roleWordName(k) || c.compoundBeyondName(k)) {
			isName = false // "Richter" tagged as a person, "SPD-Politiker": a noun here
		}
		if isName && c.placeAdjective(k) {
			// "Israelischen Medien zufolge", "Russische Staatsmedien": the adjective of a
			// place before a noun qualifies it; the media speak, never the country.
			head, nounSeen = -1, true
			continue
		}
		if isName && c.platformName(k) {
			continue // "auf der Plattform X", "bei Instagram": where it was posted, not who posted it
		}
		if isName {
			if head >= 0 && c.secondPerson(head, k) && !(ss > 0 && c.lx.verbs[c.toks[ss-1].Norm].relays) {
				// "bezeichnete Ancelotti Kroos als …", "hielt Habeck Lang für …": two people
				// side by side after the verb are subject and object, the subject first; after
				// a verb of passing on words ("zitierte Murphy Brando") the words are the
				// object's.
				return head
			}
			if c.possessive(k, se) {
				continue // "Selenskyjs Kanzleichef", "Trump's campaign"
			}
			if k > ss && nounSeen && head < 0 && isCap(&c.toks[k-1]) && !c.lx.isDet(c.toks[k-1].Norm) && c.genitiveName(k) {
				// "Die Äußerungen Hassemers", "Die Sprecherin Merkels": a name's genitive after
				// the noun it qualifies; the noun heads the phrase.
				inGen = true
				continue
			}
			head = k
			continue
		}
		if !c.lx.isDet(t.Norm) && (isCap(t) || c.lx.roleHead(t.Norm) != "" || c.lx.orgNoun(t.Norm)) && c.lx.class(t.Norm) == "" {
			// A common noun after a name: the name was a modifier ("Trump spokesperson").
			head = -1
			nounSeen = true
		}
	}
	return head
}

// genitiveName reports whether token k ends a name mention in the genitive: it ends in "s"
// and the name the article gives the person does not ("Hassemers" of Winfried Hassemer).
func (c *ctx) genitiveName(k int) bool {
	m := c.mentionAt(k)
	if m == nil || c.tokAt(max(m.pos, m.end-1)) != k {
		return false
	}
	n := c.toks[k].Norm
	return strings.HasSuffix(n, "s") && !strings.HasSuffix(strings.ToLower(m.canon), n)
}

// compoundBeyondName reports whether token k runs on past the name that starts it: a compound
// whose head is a common noun ("SPD-Politiker", "VW-Chef").
func (c *ctx) compoundBeyondName(k int) bool {
	end := -1
	if m := c.mentionAt(k); m != nil {
		end = m.end
	} else if p := c.placeAt(k); p != nil {
		end = p.End
	}
	return end >= 0 && c.toks[k].End > end
}

// roleWordName reports whether the name at token k is a lone role noun the tagger took for a
// name ("der Vorsitzende Richter").
func (c *ctx) roleWordName(k int) bool {
	m := c.mentionAt(k)
	if m == nil || m.org {
		return false
	}
	ts, te := c.tokAt(m.pos), c.tokAt(max(m.pos, m.end-1))+1
	if te-ts == 1 && c.knownSurname(c.names, ts, te) {
		return false // "sagte Richter" after "Martin Richter"
	}
	for i := ts; i < te; i++ {
		if c.lx.roleHead(c.toks[i].Norm) == "" {
			return false
		}
	}
	return true
}

// possessive reports whether the name ending at token k is a possessive before a noun.
func (c *ctx) possessive(k, se int) bool {
	m := c.mentionAt(k)
	last := k
	if m != nil {
		last = c.tokAt(max(m.pos, m.end-1))
	}
	if last != k {
		return false // judged at the name's last token
	}
	n := k + 1
	if n < se && (isPunct(&c.toks[n], "’") || isPunct(&c.toks[n], "'")) {
		// "Trump's": apostrophe and s.
		if n+1 < se && c.toks[n+1].Norm == "s" {
			return true
		}
		// "Thomas Courtois’ erster Einsatz": the apostrophe of a genitive after s, x or z,
		// attached to the name and followed by the noun phrase it qualifies.
		// ("Anna Engels' Reaktion:" is hers: a noun of saying.)
		if w := c.toks[k].Norm; c.toks[n].Start == c.toks[k].End && n+1 < se && isWord(&c.toks[n+1]) &&
			(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") || strings.HasSuffix(w, "ß")) &&
			!c.sayingAfter(n, min(len(c.toks), n+5)) {
			return true
		}
	}
	t := &c.toks[k]
	if strings.HasSuffix(t.Norm, "s") && n < len(c.toks) && (m == nil || !strings.HasSuffix(strings.ToLower(m.canon), t.Norm)) {
		// "Bauers feiner Humor", "Roglers „schnoddriger Humor“": a genitive -s, then
		// adjectives (in marks or not) before the noun they qualify. A noun of saying keeps
		// them the speaker ("Bauers knappe Antwort:").
		j, adj := n, 0
		for ; j < len(c.toks) && j < n+4; j++ {
			w := &c.toks[j]
			if isLowerWord(w) && adjLike(w.Norm) && c.lx.class(w.Norm) == "" && !c.isVerbForm(w.Norm) {
				adj++
			} else if !isQuoteMark(w) {
				break
			}
		}
		if adj > 0 && j < len(c.toks) && c.sentOf[j] == c.sentOf[k] && isWord(&c.toks[j]) && isCap(&c.toks[j]) && c.mentionAt(j) == nil && !c.sayingHead(c.toks[j].Norm) {
			return true
		}
	}
	if strings.HasSuffix(t.Norm, "s") && n+1 < len(c.toks) && isQuoteMark(&c.toks[n]) && isCap(&c.toks[n+1]) && c.inMarks(c.toks[n+1].Start) {
		// "Bellinghams „Theatralik“": a genitive before a quoted noun.
		return m == nil || !strings.HasSuffix(strings.ToLower(m.canon), t.Norm)
	}
	if strings.HasSuffix(t.Norm, "s") && n < len(c.toks) && (n < se || c.sentOf[n] == c.sentOf[k] && c.toks[n].Start == t.End+1) && isWord(&c.toks[n]) && isCap(&c.toks[n]) && c.mentionAt(n) == nil {
		// "Selenskyjs Kanzleichef": a genitive -s before a common noun, also one the source
		// words stop short of ("schreibt Bergers Freundin"); the tagger's name may keep the
		// -s of a name the text also gives without it ("Heidenheims Vorstandschef" beside
		// "Heidenheim").
		return m == nil || !strings.HasSuffix(strings.ToLower(m.canon), t.Norm) || c.namedWithout(t)
	}
	return false
}

// sayingHead reports whether norm is a noun of saying, alone or as a compound's head
// ("Antwort", "Ausweich-Antwort").
func (c *ctx) sayingHead(norm string) bool {
	if i := strings.LastIndex(norm, "-"); i >= 0 {
		norm = norm[i+1:]
	}
	return c.lx.class(norm) == "saying"
}

// namedWithout reports whether the text names, as an entity of its own, the word t without its
// final -s ("Heidenheim" for "Heidenheims").
func (c *ctx) namedWithout(t *article.Token) bool {
	stem := strings.TrimSuffix(c.r.Slice(t.Start, t.End), "s")
	if len([]rune(stem)) < 3 {
		return false
	}
	for _, e := range c.an.Entities {
		if e.Text == stem || e.Canonical == stem {
			return true
		}
	}
	return false
}

// headNoun returns the first capitalised common noun of [ss, se) outside genitive and "of"
// phrases ("der Vorsitzende Richter", "the company's chief executive" -> executive), or -1.
func (c *ctx) headNoun(ss, se int) int {
	h := -1
	for k := ss; k < se; k++ {
		t := &c.toks[k]
		if isPunct(t, ",") {
			break
		}
		if t.Kind != article.TokWord {
			continue
		}
		if c.lx.class(t.Norm) == "gen" || (h >= 0 && c.lx.isDet(t.Norm)) {
			break
		}
		if c.lx.roleHead(t.Norm) != "" || c.lx.orgNoun(t.Norm) || (capLike(t) && !c.lx.isDet(t.Norm) && !c.lx.p.Stopword(t.Norm)) {
			h = k // the last noun of the first part is the head ("die CDU-Politikerin")
		}
	}
	return h
}

// namedByGenitive reports whether the organisation noun at h is followed by a genitive without
// article that makes it a name ("der Verband kommunaler Unternehmen", "der Bund deutscher
// Architekten").
func (c *ctx) namedByGenitive(h int) bool {
	if h+2 >= len(c.toks) {
		return false
	}
	a, n := &c.toks[h+1], &c.toks[h+2]
	return isLowerWord(a) && strings.HasSuffix(a.Norm, "er") && adjLike(a.Norm) && isCap(n) && isWord(n)
}

// personNoun reports whether the head noun at h is an epithet for a person already named
// ("der 77-Jährige", "die CDU-Politikerin", "the lawmaker").
func (c *ctx) personNoun(h int) bool {
	_, ok := c.lx.epithet(c.toks[h].Norm)
	return ok
}

// detSex reads the sex from the article before a person noun: "der 77-Jährige" m, "die
// 77-Jährige" f; "the" tells nothing.
func (c *ctx) detSex(ss, h int) byte {
	for k := ss; k < h; k++ {
		switch c.lx.class(c.toks[k].Norm) {
		case "det:m":
			return 'm'
		case "det:f":
			return 'f'
		}
	}
	return 0
}

// tiedRole returns the person the article ties the role noun at h to ("Insolvenzforscher
// Steffen Müller", "Donald Rukare, Präsident des Olympischen Komitees"): the latest tie before
// off, else the first tie after it when there is only one person in that role. A role narrowed
// differently ("Kanzleichef", "Verteidigungsminister") is another role.
func (c *ctx) tiedRole(h, off int) string {
	mod, gen := c.roleMod(h), c.roleGen(h)
	var refs []roleRef
	head := c.lx.roleHead(c.toks[h].Norm)
	// "sagte der Coach" after "Trainer Karl Huber": another noun for the same job ties it too.
	ties := c.roles[head]
	var synPos map[int]bool
	if syn := c.lx.roleSyns[head]; syn != "" && len(c.roles[syn]) > 0 {
		synPos = map[int]bool{}
		for _, r := range c.roles[syn] {
			synPos[r.pos] = true
		}
		ties = append(slices.Clone(ties), c.roles[syn]...)
		slices.SortStableFunc(ties, func(a, b roleRef) int { return a.pos - b.pos })
	}
	place := c.rolePlace(h)
	// "der Österreich-Chef": a compound narrowed by a place heads a branch there.
	placeMod := mod != "" && c.placeAt(h) != nil
	for _, r := range ties {
		// "the communications minister" is not the security minister named before, nor "der
		// Sprecher der SPD-Fraktion" the one of the CDU-Fraktion, nor "der Landeswahlleiter in
		// Erfurt" the one of a paragraph about another state.
		// Nor is "der Österreich-Chef" the one named "der Chef des Zulieferers Nordtech": a
		// role narrowed by a place in its compound is not one narrowed by another body's
		// genitive ("KVB-Präsident" may well be "Präsident der Kieler Verkehrsbetriebe").
		if (mod == "" || r.mod == "" || r.mod == mod) && (gen == "" || r.gen == "" || r.gen == gen) && !nameHasWord(r.canon, mod) &&
			(!placeMod || r.mod != "" || r.gen == "" || modNamesBody(mod, r.gen)) &&
			(place == "" || c.placeInBlock(c.blockOf(r.pos), place)) {
			refs = append(refs, r)
		}
	}
	best, before, bestPos := "", false, -1
	people := map[string]bool{}
	for _, r := range refs {
		if r.pos == c.toks[h].Start {
			continue // the role noun being resolved
		}
		if r.canon != "" {
			people[r.canon] = true
		}
		if r.pos < off {
			best, before, bestPos = r.canon, true, r.pos // "" when the last one is someone unnamed
		}
	}
	if before && best != "" && synPos[bestPos] && c.blockOf(bestPos) != c.blockOf(off) && c.otherNamedInBlock(h, best) &&
		!c.namedInBlock(c.blockOf(off), c.toks[h].Start, func(m *mention) bool { return !m.org && m.canon == best }) {
		// "Chefcoach Tom Berg" a paragraph back, then "Die Schützlinge von Uwe Kern … betont
		// der Cheftrainer": the other noun for the job ties the role only loosely; a person
		// this paragraph names instead of that one may be the one meant.
		return ""
	}
	if before && best != "" && c.blockOf(bestPos) != c.blockOf(off) && c.otherSpokeInBlock(h, best) {
		// "… warnt Hassel. „…“, sagte die ARD-Korrespondentin": the role was tied to
		// someone paragraphs back, and in this paragraph another person named has spoken.
		return ""
	}
	if !before && len(people) == 1 {
		for k := 0; k < h; k++ {
			if strings.HasSuffix(c.toks[k].Norm, head) && isCap(&c.toks[k]) {
				return "" // "ein Polizeisprecher" before: the one named later is another
			}
		}
		for p := range people {
			best = p
		}
		if c.otherNamedInBlock(h, best) {
			// "Philipp Amthor soll … werden. Der 31-jährige Bundestagsabgeordnete
			// bestätigte …": the paragraph has named someone else the role may describe;
			// the one tied to the role only later is not the only one who could be meant.
			return ""
		}
	}
	return best
}

// rolePlace returns the place a preposition right after the role noun at h ties the role to
// ("der Landeswahlleiter in Erfurt", "the mayor of Leeds"), or "".
func (c *ctx) rolePlace(h int) string {
	if h+2 >= len(c.toks) || !isLowerWord(&c.toks[h+1]) || !(c.lx.class(c.toks[h+1].Norm) == "prep" || c.lx.class(c.toks[h+1].Norm) == "gen") {
		return ""
	}
	if p := c.placeAt(h + 2); p != nil && !demonym(*p) {
		return nonEmpty(p.Canonical, p.Text)
	}
	return ""
}

// placeInBlock reports whether the paragraph b names the place.
func (c *ctx) placeInBlock(b int, place string) bool {
	if b < 0 {
		return false
	}
	blk := c.a.Blocks[b]
	for k := c.tokAt(blk.Start); k >= 0 && k < len(c.toks) && c.toks[k].Start < blk.End; k++ {
		if p := c.placeAt(k); p != nil && nonEmpty(p.Canonical, p.Text) == place {
			return true
		}
	}
	return false
}

// nameHasWord reports whether the name canon has the word w (lower case): "Trainer KSC U23",
// a caption the tagger read as a person, names the team a later "KSC-Coach" narrows the role
// to, not who holds it.
// modNamesBody reports whether a role's compound modifier ("nordhof-hotel" of
// "Nordhof-Hoteldirektor") names the body of another mention's genitive ("Nordhof" of "Direktor
// des Nordhof-Hotels", "sc" of "SC-Präsident" and "1. SC Neustadt"): a part of one is or begins a
// word of the other.
func modNamesBody(mod, body string) bool {
	dash := func(r rune) bool { return r == '-' || r == ' ' }
	for _, p := range strings.FieldsFunc(mod, dash) {
		for _, w := range strings.FieldsFunc(strings.ToLower(body), dash) {
			if p == w || len(p) >= 3 && len(w) >= 3 && (strings.HasPrefix(p, w) || strings.HasPrefix(w, p)) {
				return true
			}
		}
	}
	return false
}

func nameHasWord(canon, w string) bool {
	if w == "" {
		return false
	}
	for _, f := range strings.Fields(canon) {
		if strings.ToLower(f) == w {
			return true
		}
	}
	return false
}

// namedInBlock reports whether paragraph blk names, before offset off and outside quotation
// marks, someone keep accepts.
func (c *ctx) namedInBlock(blk, off int, keep func(m *mention) bool) bool {
	for k := range c.names.mentions {
		if m := &c.names.mentions[k]; m.block == blk && m.pos < off && !m.quoted && keep(m) {
			return true
		}
	}
	return false
}

// otherSpokeInBlock reports whether a person other than canon is named, before token h in
// its paragraph and outside quotation marks, as the subject of a speech verb ("warnt Tina
// Harms.", "Harms betonte"): someone else has the word in this paragraph.
func (c *ctx) otherSpokeInBlock(h int, canon string) bool {
	pos := c.toks[h].Start
	return c.namedInBlock(c.blockOf(pos), pos, func(m *mention) bool {
		if m.org || m.canon == canon {
			return false
		}
		end := m.tok
		for end < len(c.toks) && c.mentionAt(end) != nil && c.toks[end].Start < m.end {
			end++
		}
		// The name closes the clause after the verb ("warnt Tina Harms."), unlike an object
		// ("wirft Karl Bauer vor"), or opens the sentence right before the verb ("Harms
		// betonte", unlike "Von Karl Bauer verlangte sie").
		return m.tok > 0 && isLowerWord(&c.toks[m.tok-1]) && c.isSpeechVerb(m.tok-1) && (end == len(c.toks) || c.toks[end].Kind == article.TokPunct) ||
			end < len(c.toks) && isLowerWord(&c.toks[end]) && c.isSpeechVerb(end) && c.opensSentence(m.tok)
	})
}

// opensSentence reports whether token k opens its sentence, or follows only a role noun that
// does ("Korrespondentin Harms").
func (c *ctx) opensSentence(k int) bool {
	ps, _ := c.sentRange(c.sentOf[k])
	return k == ps || k == ps+1 && c.lx.roleHead(c.toks[ps].Norm) != ""
}

// orgNamedIn reports whether paragraph blk names an organisation before offset off, outside
// quotation marks.
func (c *ctx) orgNamedIn(blk, off int) bool {
	return c.namedInBlock(blk, off, func(m *mention) bool { return m.org })
}

// otherNamedInBlock reports whether the paragraph of token h names, before it and outside
// quotation marks, a person other than canon.
func (c *ctx) otherNamedInBlock(h int, canon string) bool {
	pos := c.toks[h].Start
	return c.namedInBlock(c.blockOf(pos), pos, func(m *mention) bool { return !m.org && m.canon != canon })
}

// antecedent resolves a pronoun or epithet at offset off (its own position) to the nearest preceding person (org
// for "das Unternehmen", "the company") of its paragraph, or of the paragraph before when its
// own names none, that agrees in sex (0: unknown). A candidate whose sex is unknown counts
// only when no other candidate could be meant. Names inside quotation marks do not count.
func (c *ctx) antecedent(off int, sex byte, org bool) speaker {
	if !org && c.unreadSubjectBefore(off) {
		// "City Engineer Dan Hanson said …. He said …": the sentence before opens with a
		// name the tagger did not read as the subject of a speech verb; the pronoun goes on
		// with that one, never with a person named further back.
		if n := c.openerSpokeBefore(off, sex); n != "" {
			return speaker{name: n, how: article.SpeakerCoreference}
		}
		return noSpeaker
	}
	if !org && sex != 0 {
		if name := c.givenNameBefore(off, sex); name != "" {
			// "Florian war dieser Moment peinlich und er gab zu": the given name of one the
			// article names in full, in the pronoun's own sentence, is whom it stands for.
			return speaker{name: name, how: article.SpeakerCoreference}
		}
	}
	if !org && sex != 0 {
		if name := c.mainSubjectOf(off, sex); name != "" {
			// "Doch Weber ging zur Partei, obwohl seine Eltern, wie er betont, …": the
			// subject the pronoun's own sentence opens with, the pronoun in a clause that
			// depends on it, is whom it stands for, however weakly the tagger knew the name;
			// never one a sentence before names in a genitive ("im Konzern Frank Stronachs").
			return speaker{name: name, how: article.SpeakerCoreference}
		}
	}
	if !org {
		if ok, name := c.untypedSubjectBefore(off, sex); ok {
			// "Auch Bodo schaltete ein. … verkündete der 53-Jährige": the lone name the
			// sentence before opens with carries on, however weak a word.
			return speaker{name: name, how: article.SpeakerCoreference}
		}
	}
	blk := c.blockOf(off)
	blocks := []int{blk}
	for b := blk; len(blocks) < 3; {
		// A paragraph holding only quotations names no one: look one further back.
		if b = c.prevTextBlock(b); b < 0 {
			break
		}
		blocks = append(blocks, b)
	}
	// A person named after the pronoun or epithet in its own clause ("stellte der 27-Jährige
	// nach dem Duell dem Norweger Rune fest") is someone else, here and further back.
	others := map[string]bool{}
	if !org {
		at := c.tokAt(off)
		for k := range c.names.mentions {
			if m := &c.names.mentions[k]; m.pos > off && !m.org && (!m.quoted && c.sameClause(at, m.tok) || m.tok > at && c.sentOf[m.tok] == c.sentOf[at] && c.saysThat(at)) {
				// And anyone named in what the pronoun says ("Er sagte, der Tag zeige, dass
				// Biden ein Patriot sei"): a writer would not name again the one the pronoun
				// stands for in what it governs.
				others[m.canon] = true
			}
		}
		// "„Ich werde Karl Brenner unterstützen“, sagte er": whom the quotation speaks of is
		// not who says it, when the text names another who could be; a speaker may name
		// themselves ("ich verkleide mich als Nina Chuba").
		spokenOf := map[string]bool{}
		for k := range c.names.mentions {
			if m := &c.names.mentions[k]; m.quoted && !m.org && c.msgOff >= 0 && m.pos >= c.msgOff && m.pos < off && c.sentOf[m.tok] == c.sentOf[at] {
				spokenOf[m.canon] = true
			}
		}
		if len(spokenOf) > 0 && c.otherAgreeing(spokenOf, blocks, off, sex) {
			for n := range spokenOf {
				others[n] = true
			}
		}
	}
	onlyNamedHere := false
	for _, b := range blocks {
		if b < 0 {
			continue
		}
		var cands []string
		seen := map[string]bool{}
		weak := false
		for k := len(c.names.mentions) - 1; k >= 0; k-- {
			m := &c.names.mentions[k]
			if m.pos >= off || m.block != b || m.quoted || m.org != org && !(m.shared && !org) || seen[m.canon] || others[m.canon] || c.inMessage(m.pos, off) {
				continue
			}
			if !org && c.sameClause(m.tok, c.tokAt(off)) {
				// "Im Gespräch mit Kai Pflaume erläutert der Schauspieler", "Im Interview mit
				// Anna Berg sagte sie": a person named in the speaker's own clause is someone
				// else.
				continue
			}
			if k := m.tok - 1; !org && k > 0 && isLowerWord(&c.toks[k]) && c.lx.dead(c.toks[k].Norm) && c.lx.isDet(c.toks[k-1].Norm) {
				// "She got the name from the late Jean Alexander. … she said": one the text
				// calls dead says nothing now.
				continue
			}
			if k := c.tokAt(max(m.pos, m.end-1)); !org && c.msgOff >= 0 && m.pos >= c.msgOff && (c.genitiveName(k) || c.possessive(k, len(c.toks))) {
				// "Bauers „feiner Humor“ hätten ihn begeistert, sagte der 69-Jährige": whose
				// humour the words praise is spoken about, in the very message the epithet
				// frames; the speaker is someone else.
				continue
			}
			if !org && c.comparedWith(m.tok) {
				// "Er wolle Undav auf der gleichen Position wie Füllkrug einsetzen. „…“, erklärte
				// er": one the sentence compares someone or something with is not whom it is
				// about.
				continue
			}
			if !org && sex != 0 && c.objectOfPronoun(m.tok, sex) {
				// "Am Ort ihrer Kindheit gründet sie die Moontower Foundation. … „…“": whom a
				// pronoun of the same sex acts on in its own clause is someone else than the
				// one that pronoun, and the later one, stand for.
				continue
			}
			if !org && c.addressed(m.canon, off) {
				// "„…“, sagte sie, um dann überzuleiten: „Liebe Sabine Rau, …“": the one the
				// sentence's quotation addresses is whom it was said to.
				continue
			}
			if !org && c.relativeOnly(m, sex) {
				// "Knossi trägt die Jacke, die auch Marty, gespielt von Michael Fox, trägt. „…“,
				// sagt er": a person inside a relative clause describes something; the person
				// the same sentence is about outside it is whom the text goes on about.
				continue
			}
			if !org && sex != 0 && c.names.sex[m.canon] == 0 && c.alwaysArticled(m.canon, off) {
				// "Auch musikalisch passte er zu den Rolling Stones. „…“, sagte er": a name the
				// text gives only after a definite article is a band or a team, a group that
				// neither "er" nor "sie" stands for.
				continue
			}
			if !org && !m.shared && c.names.sex[m.canon] == 0 && !strings.Contains(m.canon, " ") && !c.spokeBefore(m.canon, off) {
				// A lone word the tagger took for a person, never named in full and of
				// unknown sex ("But", "California"), is too weak to stand in the way.
				weak = true
				continue
			}
			seen[m.canon] = true
			cands = append(cands, m.canon)
		}
		if len(cands) == 0 {
			if weak && b == blk && c.epithetAt(off) {
				// "Anders sieht es Albon. „…“, sagt der Thai-Brite": the paragraph names
				// someone, if only by a word we cannot place; an epithet does not reach
				// past them to the paragraph before.
				return noSpeaker
			}
			continue
		}
		if onlyNamedHere && b != blk {
			kept := cands[:0]
			for _, n := range cands {
				if c.nameWordBefore(n, blk, off) {
					kept = append(kept, n)
				}
			}
			if cands = kept; len(cands) == 0 {
				return noSpeaker
			}
		}
		var agree []string
		for _, n := range cands {
			s := c.names.sex[n]
			if s == 0 && !org && c.names.against[n] != 0 && c.names.against[n] != sex {
				// The text's evidence on the sex contradicts itself ("Torhüter Elvira Berg"
				// beside "Keeperin Berg"): most of it still rules out "er".
				continue
			}
			if org || sex == 0 || s == 0 || s == sex {
				agree = append(agree, n)
			}
		}
		if len(agree) == 0 {
			if b == blk && !org && !c.epithetAt(off) && c.givenSexOnly(cands) {
				// "Für das Turnier war Couto nominiert. Jetzt hofft er, …": the paragraph's
				// person disagrees only by the given name's usual sex ("Yan"), which a list
				// of names cannot know for every bearer; "er" reaches past them to the
				// paragraph before only for someone this paragraph names too, if in words
				// the tagger did not take for a name ("erwägen Ina und Lutz Richter").
				onlyNamedHere = true
			}
			if b == blk {
				continue
			}
			return noSpeaker
		}
		first := agree[0]
		if !org && sex != 0 && c.joinedWithAgreeing(first, off, sex) {
			// "Tom Weller und Max Berger spielten. „…“, sagte er": either of the two.
			return noSpeaker
		}
		if !org && sex != 0 && c.unresolvedSourceAfter(first, off, sex) {
			// "Der Trainer spricht über die Rolle des Stürmers Max Stein. „…“, erzählt der
			// Coach. Es gehe darum, …, erzählt er": the source of the quotation just before,
			// a role of the pronoun's gender that named nobody, stands between the person
			// named last and the pronoun; the pronoun goes on with that source, so nobody.
			return noSpeaker
		}
		if !org && b != blk && c.obliquePair(first, b, off) {
			// "… stand er im Schatten von Karl Bauer und Paul Sommer.\n„…“, sagt der
			// Weltmeister": two people the paragraph before named side by side after a
			// preposition are not whom it was about; the new paragraph carries neither on.
			return noSpeaker
		}
		if !org && sex != 0 && c.unnamedBetween(first, off, sex) {
			return noSpeaker // "seine Partnerin … sie": someone the text does not name
		}
		if !org && c.unreadSpeakerBetween(first, off) {
			// "Quell, who grew up in Ohio, … In a livestream, Quell said … “…,” she says": one
			// the names do not hold spoke since, whom the pronoun more likely means.
			return noSpeaker
		}
		last := c.lastSpeaker(off, blocks, sex, false)
		if last == "" && !c.mentionedJustBefore(first, off) {
			// Nobody named spoke since; one the text called "er" or "sie" may have, and the
			// nearest name lies further back than the sentence before: either could be meant.
			last = c.lastSpeaker(off, blocks, sex, true)
		}
		if last != "" && last != first && (contains(agree, last) || sex != 0 && (c.names.sex[last] == sex || c.names.sex[last] == 0 && loneGivenSex(last) == sex && !strings.HasPrefix(first, last+" "))) {
			// A lone given name of the pronoun's sex counts as one who agrees, unless it is
			// the given name of the person named last ("sagt Ina" after "Ina Richter").
			// The one who spoke last is not the person named last ("Roe said … two other
			// clients, actor Malcom McDowell … “…,” he said"): either could be meant, unless
			// the sentence just before opens with one of them as its subject ("CSU-Chef Markus
			// Söder reibt sich die Hände. „…“, sagte er"; "Der 50-Jährige lobte das Team von
			// Edin Terzic. „…“, unterstrich er"): the subject carries on.
			if p := c.prevSubject(off, sex); p != "" && (p == first || p == last) {
				if p == first && c.reportedBefore(off) {
					// "„…“, sagte Kaya. Weber habe gezeigt, wie wichtig er sei. „…“, ergänzte der
					// 70-Jährige": the subject of a reported sentence is what the speaker said,
					// not who speaks; the speaker of the report carries on.
					return speaker{name: last, how: article.SpeakerCoreference}
				}
				return speaker{name: p, how: article.SpeakerCoreference}
			}
			if !org && b == blk && len(agree) == 1 && c.paragraphOwn(first, last, blk, off, sex) {
				// "Müller sprach zuerst. „…“, sagte er.\n\nAnna Berg ist neu im Amt. Sie
				// hoffe, …, sagte sie": the one who spoke last had the paragraph before; the
				// pronoun's own paragraph names one person who agrees, and nobody else speaks
				// in it before the pronoun.
				return speaker{name: first, how: article.SpeakerCoreference}
			}
			return noSpeaker
		}
		if !org && sex != 0 && c.obliqueJustBefore(first, off) {
			// "Generalsekretär Martin Huber stellte sich hinter die Forderung von Parteichef
			// Markus Sommer. „…“, sagte er": the person of a prepositional phrase of the
			// sentence before is not whom it is about; its subject, a person who agrees,
			// carries on ("Anna Berg sprach mit Karl Huber. „…“, sagte er" stays Huber's).
			p := c.prevSubject(off, sex)
			if p != "" && p != first && contains(agree, p) {
				return speaker{name: p, how: article.SpeakerCoreference}
			}
			if p == "" && len(agree) > 1 {
				// "… unter CDU-Ministerpräsident Karl Brenner. Für Thüringen kündigte er …": the
				// sentence before has no person for a subject, and the paragraph names another
				// who agrees (the one it was about): either could be meant.
				return noSpeaker
			}
		}
		if !org && sex != 0 && len(agree) > 1 {
			if m := c.lastMention(first, off); m != nil && m.sent < c.sentenceAt(off)-1 && !c.epithetOpensBetween(m.sent, c.sentenceAt(off)) {
				if ob, _ := c.obliqueAt(m.tok, 0); ob && !c.genitiveName(c.tokAt(max(m.pos, m.end-1))) {
					// "Bergmann schaffte es, bei einem Film von Karl Lenz mitzumachen. Schon 1974
					// war er … gab er bekannt": the nearest name stood after a preposition
					// sentences back; the subject the paragraph went on about is meant, if one
					// who agrees opens a sentence, else either could be. A genitive there ("nach
					// Brenners Worten") made that one the sentence's source.
					for _, n := range agree[1:] {
						if lm := c.lastMention(n, off); lm != nil && lm.block == m.block {
							if ss, _ := c.sentRange(lm.sent); ss == lm.tok {
								return speaker{name: n, how: article.SpeakerCoreference}
							}
						}
					}
					return noSpeaker
				}
			}
		}
		if org || sex == 0 || c.names.sex[first] == sex || len(agree) == 1 || c.names.sex[first] == 0 && c.lastQuoted(off) == first ||
			c.names.sex[first] == 0 && last == first && loneGivenSex(first) == sex {
			// The nearest whose sex we do not know is meant when they are also the one who
			// spoke last ("Knossi dreht ein Video: „…“ Weiter sagt er"), or the subject of
			// the speech verb just before, called by a given name of the pronoun's sex ("Theo
			// müsse nicht üben, betont Vater Markus. „…“, sagt er").
			return speaker{name: first, how: article.SpeakerCoreference}
		}
		return noSpeaker // the nearest could be either of several
	}
	return noSpeaker
}

// mainSubjectOf returns the person whose name opens the sentence of off as the subject of its
// main clause (at its start or after one opening word: "Doch Weber ging …"), when the pronoun
// at off stands in a subordinate clause after it, past a comma and a subordinator, and no
// other person is named between; "" otherwise, or when the name's sex is not sex.
func (c *ctx) mainSubjectOf(off int, sex byte) string {
	si := c.sentenceAt(off)
	if si < 0 {
		return ""
	}
	ss, _ := c.sentRange(si)
	at := c.tokAt(off)
	k := ss
	if m := c.mentionAt(k); (m == nil || m.pos != c.toks[k].Start) && k+1 < at && isWord(&c.toks[k]) && c.mentionAt(k) == nil && c.placeAt(k) == nil && !c.lx.isDet(c.toks[k].Norm) {
		k++ // "Doch Weber …"
	}
	m := c.mentionAt(k)
	if m == nil || m.org || m.quoted || m.shared || m.pos != c.toks[k].Start {
		return ""
	}
	if x := c.names.sex[m.canon]; x != 0 && x != sex || x == 0 && loneGivenSex(m.canon) != 0 && loneGivenSex(m.canon) != sex {
		return ""
	}
	e := c.tokAt(max(m.pos, m.end-1)) + 1
	if e >= at || !c.finiteAt(e, at) {
		return ""
	}
	sub := false
	for j := e + 1; j < at; j++ {
		if o := c.mentionAt(j); o != nil && !o.org && o != m {
			return "" // another person between: either could be meant
		}
		if isPunct(&c.toks[j-1], ",") && isLowerWord(&c.toks[j]) && (c.lx.class(c.toks[j].Norm) == "sub" || c.lx.class(c.toks[j].Norm) == "comp") {
			sub = true
		}
		if isQuoteMark(&c.toks[j]) || isPunct(&c.toks[j], ":") || isPunct(&c.toks[j], ";") {
			return ""
		}
	}
	if !sub {
		return ""
	}
	return m.canon
}

// epithetOpensBetween reports whether a sentence after from and up to to has for its subject an
// article and a noun for a person ("Die Politikerin …", "Dennoch hatte die 44-Jährige …", "Die
// ehemalige „Promi“-Kandidatin …"): the text took up someone with it, likely the one named just
// before, whom a pronoun after may go on with however that one was named.
func (c *ctx) epithetOpensBetween(from, to int) bool {
	for si := from + 1; si <= to && si < len(c.sents); si++ {
		ss, se := c.sentRange(si)
		for d := ss; d < se && d <= ss+3; d++ {
			if !isWord(&c.toks[d]) || !c.lx.isDet(c.toks[d].Norm) {
				continue
			}
			if d > ss {
				if cl := c.lx.class(c.toks[d-1].Norm); cl == "prep" || cl == "gen" {
					break // "mit der Ministerin": no subject
				}
			}
			if c.epithetAfter(d, se) {
				return true
			}
			break
		}
	}
	return false
}

// epithetAfter reports whether a noun for a person heads the phrase opened by the article at d:
// adjectives, words in marks and the parts of a compound may stand between.
func (c *ctx) epithetAfter(d, se int) bool {
	for k := d + 1; k < se && k <= d+9; k++ {
		t := &c.toks[k]
		if !isWord(t) || c.inMarks(t.Start) || !isCap(t) {
			continue
		}
		if c.mentionAt(k) != nil {
			return false
		}
		if c.personNoun(k) || c.lx.roleHead(t.Norm) != "" {
			return true
		}
		if k+1 < se && c.hyphenAt(k+1) {
			continue
		}
		return false
	}
	return false
}

// alwaysArticled reports whether every mention of canon before off follows a definite article,
// right before the name or before an adjective or two ("die Beatles", "den legendären Rolling
// Stones"): a person's name takes none.
func (c *ctx) alwaysArticled(canon string, off int) bool {
	seen := false
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.canon != canon || m.pos >= off {
			continue
		}
		j := m.tok - 1
		for n := 0; n < 2 && j > 0 && isLowerWord(&c.toks[j]) && !c.lx.isDet(c.toks[j].Norm) && adjLike(c.toks[j].Norm); n++ {
			j-- // "der legendären Rolling Stones"
		}
		if j < 0 || !isLowerWord(&c.toks[j]) {
			return false
		}
		switch c.lx.class(c.toks[j].Norm) {
		case "det", "det:m", "det:f", "det:dat":
		default:
			return false
		}
		seen = true
	}
	return seen
}

// comparedWith reports whether the name at token k follows a comparing "wie" ("as") that itself
// follows a word of its clause ("auf der gleichen Position wie Füllkrug", "players such as
// Kane"), not one that opens a clause ("Wie Nagelsmann erklärte", ", as Kane said").
func (c *ctx) comparedWith(k int) bool {
	if k < 2 || !isLowerWord(&c.toks[k-1]) || c.lx.class(c.toks[k-1].Norm) != "wie" {
		return false
	}
	p := &c.toks[k-2]
	if !isWord(p) || c.sentOf[k-2] != c.sentOf[k] {
		return false
	}
	// A sentence that opens with the phrase ("Sogar ein Star wie Karl Huber kann …") is about
	// the one it names: a word of no grammar class (a verb) must come before.
	ss, _ := c.sentRange(c.sentOf[k])
	for j := ss; j < k-1; j++ {
		if isLowerWord(&c.toks[j]) && c.lx.class(c.toks[j].Norm) == "" {
			return true
		}
	}
	return false
}

// objectOfPronoun reports whether the name at token k follows, with at most an article, a
// personal pronoun of sex right after a lower-case word of no grammar class, its verb, or a
// subordinating conjunction ("gründet sie die Moontower Foundation", "lobte er Karl Huber",
// "weil er Karl Huber verteidigt hatte"): the pronoun is the subject and the name its object.
func (c *ctx) objectOfPronoun(k int, sex byte) bool {
	j := k - 1
	if j > 0 && isLowerWord(&c.toks[j]) && c.lx.isDet(c.toks[j].Norm) {
		j--
	}
	if j < 1 || c.sentOf[j-1] != c.sentOf[k] || !isLowerWord(&c.toks[j]) || !isLowerWord(&c.toks[j-1]) {
		return false
	}
	if cl := c.lx.class(c.toks[j-1].Norm); cl != "" && cl != "sub" && cl != "comp" {
		// After a conjunction ("weil er …", "dass er …") the pronoun opens its clause as
		// the subject too.
		return false
	}
	g, ok := c.lx.pronoun(c.toks[j].Norm)
	return ok && len(g) == 1 && g[0] == sex
}

// saysThat reports whether the pronoun at token p is the subject of a speech verb right
// before or after it that a comma follows ("Er sagte, …", "sagte er, …"): what comes after the
// comma in its sentence is what the pronoun says.
func (c *ctx) saysThat(p int) bool {
	if p < 0 || p+2 >= len(c.toks) || !c.isPronoun(p, p+1) {
		return false
	}
	if c.isSpeechVerb(p+1) && isPunct(&c.toks[p+2], ",") {
		return true
	}
	return p > 0 && c.isSpeechVerb(p-1) && isPunct(&c.toks[p+1], ",")
}

// otherAgreeing reports whether blocks name, before off and outside quotation marks, a person
// not in except whose sex does not rule out sex.
func (c *ctx) otherAgreeing(except map[string]bool, blocks []int, off int, sex byte) bool {
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.pos >= off || m.quoted || m.org || except[m.canon] || !slices.Contains(blocks, m.block) {
			continue
		}
		if s := c.names.sex[m.canon]; sex == 0 || s == 0 || s == sex {
			return true
		}
	}
	return false
}

// joinedWithAgreeing reports whether the last mention of the person canon before off is
// joined by "und" to another person's name right before or after it whose sex does
// not rule out the pronoun's sex.
func (c *ctx) joinedWithAgreeing(canon string, off int, sex byte) bool {
	last := c.lastMention(canon, off)
	if last == nil {
		return false
	}
	agrees := func(m *mention) bool {
		if m == nil || m.org || m.canon == canon || m.pos >= off {
			return false
		}
		s := c.names.sex[m.canon]
		if s == 0 && !strings.Contains(m.canon, " ") {
			s = given()[strings.ToLower(m.canon)] // "Ina und Lutz Richter": her given name alone
		}
		return s == 0 || s == sex
	}
	join := func(k int) bool {
		return k >= 0 && k < len(c.toks) && c.lx.class(c.toks[k].Norm) == "and"
	}
	if b := c.skipParenBack(last.tok - 1); join(b) && b > 0 && agrees(c.mentionAt(c.skipParenBack(b-1))) {
		// "Sarah Connor (43) und Anna Berg (42)", "Max Weber (Red Bull) und Lando Sommer
		// (McLaren)": an age or team in brackets after a name keeps the pair joined.
		return true
	}
	e := c.skipParen(c.tokAt(max(last.pos, last.end-1)) + 1)
	return join(e) && agrees(c.mentionAt(e+1))
}

// skipParen returns the token after a short bracketed aside that opens at k ("(43)", "(Red
// Bull)"), or k when none opens there.
func (c *ctx) skipParen(k int) int { return c.closingParen(k, len(c.toks), 5) }

// skipParenBack returns the token before a short bracketed aside that closes at k, or k when
// none closes there.
func (c *ctx) skipParenBack(k int) int {
	if k < 0 || k >= len(c.toks) || !isPunct(&c.toks[k], ")") {
		return k
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if isPunct(&c.toks[j], "(") {
			return j - 1
		}
	}
	return k
}

// nameWordBefore reports whether a word of the person canon's name stands in block blk before
// offset off.
func (c *ctx) nameWordBefore(canon string, blk, off int) bool {
	parts := strings.Fields(strings.ToLower(canon))
	for k := c.tokAt(off) - 1; k >= 0 && c.blockOf(c.toks[k].Start) == blk; k-- {
		if isWord(&c.toks[k]) && isCap(&c.toks[k]) && slices.Contains(parts, c.toks[k].Norm) {
			return true
		}
	}
	return false
}

// givenSexOnly reports whether some person of cands has a sex the text gives only by the
// usual sex of their given name: no title, role or apposition says it.
func (c *ctx) givenSexOnly(cands []string) bool {
	for _, n := range cands {
		if c.names.sex[n] != 0 && !c.names.nounSexed[n] {
			return true
		}
	}
	return false
}

// pronounLeftUnnamed reports whether the last quotation before off that has a source, in the
// paragraph before off's, had a pronoun of sex for it and named nobody, with no one named
// since ("“…,” he said." after two men; "He went on to say that …"): the pronoun at off goes on
// with that one, whom the text left open, not with the person named last.
func (c *ctx) pronounLeftUnnamed(off int, sex byte) bool {
	var last *found
	for i := range c.out {
		f := &c.out[i]
		if f.srcStart < 0 || f.srcEnd <= f.srcStart || c.toks[f.srcStart].Start >= off {
			continue
		}
		if last == nil || f.srcStart > last.srcStart {
			last = f
		}
	}
	if last == nil || last.q.Speaker != "" || !c.isPronoun(last.srcStart, last.srcEnd) {
		return false
	}
	if g, _ := c.lx.pronoun(c.toks[last.srcStart].Norm); g == "" || g[0] != sex {
		return false
	}
	blk, sb := c.blockOf(off), c.blockOf(c.toks[last.srcStart].Start)
	if sb == blk || sb != c.prevTextBlock(blk) {
		// Within a paragraph the resolution before may have failed for its own reasons
		// (a verb it does not read); a paragraph that opens by going on with "he" is the
		// one the paragraph before ended with.
		return false
	}
	from := c.toks[last.srcEnd-1].End
	for k := range c.names.mentions {
		if m := &c.names.mentions[k]; m.pos >= from && m.pos < off && !m.quoted {
			return false
		}
	}
	return true
}

// unresolvedSourceAfter reports whether a quotation of the block of off, before off, has a
// source after the last mention of canon that is a person noun of gender sex ("der Coach", "die
// Sprecherin") and named nobody. An age epithet or a role the text ties to canon may stand for
// canon and does not count.
func (c *ctx) unresolvedSourceAfter(canon string, off int, sex byte) bool {
	last := c.lastMentionEnd(canon, off)
	if last < 0 {
		return false
	}
	blk := c.blockOf(off)
	for i := range c.out {
		f := &c.out[i]
		// A role the text gives someone else ("vermutete der Lakers-Manager" after "Manager
		// Rob Berg") speaks after canon as well as an unnamed one.
		if f.srcStart < 0 || f.srcEnd <= f.srcStart || f.q.Speaker != "" && (f.q.Speaker == canon || f.q.SpeakerHow != article.SpeakerRole) {
			continue
		}
		if s := c.toks[f.srcStart].Start; s < last || s >= off || c.blockOf(s) != blk || c.isPronoun(f.srcStart, f.srcEnd) {
			continue
		}
		h := c.headNoun(f.srcStart, f.srcEnd)
		if h < 0 || !c.personNoun(h) && c.lx.roleHead(c.toks[h].Norm) == "" {
			continue
		}
		if c.ageOf(h) != "" || c.tiedTo(h, canon) {
			continue // "der 78-Jährige", "der Parteichef": an epithet or the role the text gives canon
		}
		if c.detSex(f.srcStart, h) == sex {
			return true
		}
	}
	return false
}

// obliquePair reports whether the person canon is named in block b before off only after a
// preposition or a genitive article, and there joined by "und" or a comma to another person
// ("im Schatten von Karl Bauer und Paul Sommer"): a paragraph that names two people so says
// nothing of whom a later pronoun or epithet means, unless canon spoke in it.
func (c *ctx) obliquePair(canon string, b, off int) bool {
	for k := range c.out {
		if f := &c.out[k]; f.q.Start < off && f.q.Speaker == canon && c.blockOf(f.q.Start) == b {
			return false // they spoke in that paragraph ("…, sagte die Politikerin")
		}
	}
	paired := false
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.pos >= off || m.block != b || m.quoted || m.canon != canon {
			continue
		}
		ok, joined := c.obliqueAt(m.tok, 3)
		if !ok {
			return false
		}
		if !joined {
			// "von Karl Bauer und Paul Sommer" seen from Karl Bauer: the name after.
			e := c.tokAt(max(m.pos, m.end-1)) + 1
			if e+1 < len(c.toks) && c.lx.class(c.toks[e].Norm) == "and" {
				if o := c.mentionAt(e + 1); o != nil && !o.org {
					joined = true
				}
			}
		}
		paired = paired || joined
	}
	return paired
}

// obliqueAt reports whether the name at token i follows a preposition or genitive article,
// across titles or roles and up to depth names joined before it by "und" or a comma, and
// whether it is joined so.
func (c *ctx) obliqueAt(i, depth int) (oblique, joined bool) {
	ss, _ := c.sentRange(c.sentOf[i])
	j := i - 1
	for n := 0; n < 5 && j > ss && (isCap(&c.toks[j]) && !c.lx.isDet(c.toks[j].Norm) || isPunct(&c.toks[j], "-")); n++ {
		if m := c.mentionAt(j); m != nil {
			if m.org {
				break
			}
			j = m.tok - 1 // "von Karl Bauer": the name's own first word
			continue
		}
		j-- // a title or role before the name: "von CSU-Chef Markus Söder"
	}
	if j > ss+1 && isLowerWord(&c.toks[j]) && c.lx.isDet(c.toks[j].Norm) {
		if p := c.lx.class(c.toks[j-1].Norm); isPunct(&c.toks[j-1], ",") || p == "and" || p == "prep" || p == "gen" {
			j-- // "und der Ärztin Eva Roth", "von dem Regisseur Paul Sommer": the article of a role
		}
	}
	if j <= ss {
		return false, false
	}
	if depth > 0 && (isPunct(&c.toks[j], ",") || c.lx.class(c.toks[j].Norm) == "and") {
		if m := c.mentionAt(j - 1); m != nil && !m.org {
			ok, _ := c.obliqueAt(m.tok, depth-1)
			return ok, true
		}
		return false, false
	}
	if !isLowerWord(&c.toks[j]) {
		return false, false
	}
	cl := c.lx.class(c.toks[j].Norm)
	return cl == "prep" || cl == "gen", false
}

// obliqueJustBefore reports whether the last mention of the person canon before off stands in
// the sentence just before off's, after a preposition (with a role or title between: "von
// CSU-Chef Markus Söder") while that sentence opens with someone else as its subject.
func (c *ctx) obliqueJustBefore(canon string, off int) bool {
	last := c.lastMention(canon, off)
	si := c.sentenceAt(off)
	if last == nil || si <= 0 || last.sent != si-1 {
		return false
	}
	ps, _ := c.sentRange(si - 1)
	if c.mentionAt(ps) == last {
		return false
	}
	if c.genitiveName(c.tokAt(max(last.pos, last.end-1))) {
		// "Auch Fritz hatte Probleme, Zverevs Aufschlag zu lesen": whose serve it was is
		// not whom the sentence is about.
		return true
	}
	j := last.tok - 1
	for n := 0; n < 5 && j > ps && (isCap(&c.toks[j]) && !c.lx.isDet(c.toks[j].Norm) || isPunct(&c.toks[j], "-")); n++ {
		if m := c.mentionAt(j); m != nil && !m.org {
			break
		}
		j-- // a title or role before the name: "von CSU-Chef Markus Söder"
	}
	if j > ps && isLowerWord(&c.toks[j]) {
		if cl := c.lx.class(c.toks[j].Norm); cl == "prep" || cl == "gen" || cl == "pairing" && c.mentionAt(j-1) == nil {
			// "verwandelte seinen Matchball gegen Lorenzo Musetti": the opponent after "gegen",
			// unless two names stand side by side as a pairing ("Huber gegen Berg")
			return true
		}
		if j-1 > ps && c.lx.isDet(c.toks[j].Norm) && isLowerWord(&c.toks[j-1]) && (c.lx.class(c.toks[j-1].Norm) == "prep" || c.lx.class(c.toks[j-1].Norm) == "pairing") {
			return true // "tritt gegen den Briten Tom Weber an": a preposition before the article
		}
		if cl := c.lx.class(c.toks[j].Norm); (cl == "poss" || cl == "det:dat") && strings.HasSuffix(c.toks[j].Norm, "em") {
			// "Paul Sommer ist seinem Bruder Karl Sommer gefolgt": a dative object, to whom
			// something is done, not whom the sentence is about.
			return true
		}
	}
	// "Anna Berg wurde von Karl Huber und der Ärztin Eva Roth begleitet": the later of names
	// joined after a preposition.
	ok, joined := c.obliqueAt(last.tok, 3)
	return ok && joined
}

// lastQuoted returns the speaker of the last quotation before off in the same paragraph or
// the one before, or "".
func (c *ctx) lastQuoted(off int) string {
	var best *found
	for k := range c.out {
		if f := &c.out[k]; f.q.End <= off && f.q.Speaker != "" && (best == nil || f.q.End > best.q.End) {
			best = f
		}
	}
	if best == nil || !c.sameOrNextBlock(best.q.Start, off) {
		return ""
	}
	return best.q.Speaker
}

// relativeOnly reports whether the person mention m lies inside a relative clause while the
// same sentence names another person of the given sex outside one.
func (c *ctx) relativeOnly(m *mention, sex byte) bool {
	if !c.inRelative(m.tok) {
		return false
	}
	for k := range c.names.mentions {
		o := &c.names.mentions[k]
		if o.sent != m.sent || o.canon == m.canon || o.org || o.quoted || c.inRelative(o.tok) {
			continue
		}
		if s := c.names.sex[o.canon]; sex == 0 || s == 0 || s == sex {
			return true
		}
	}
	return false
}

// spokeBefore reports whether the person named canon is the subject of a speech verb before
// off: a lone word the tagger took for a person ("Knossi") is someone once they have spoken.
func (c *ctx) spokeBefore(canon string, off int) bool {
	for k := range c.out {
		if f := &c.out[k]; f.q.Start < off && f.q.Speaker == canon && f.q.SpeakerHow == article.SpeakerSubject {
			return true
		}
	}
	return false
}

// inRelative reports whether token k lies in a relative clause: after a comma and a relative
// word ("die", "der", "who") with no clause closing between, as in "die Jacke, die auch Marty
// McFly, gespielt von Michael Fox, trägt"; a clause opened by an article must end on a
// lower-case word before its comma or full stop (the verb), as a German one does.
func (c *ctx) inRelative(k int) bool {
	if k < 0 || k >= len(c.toks) {
		return false
	}
	ss, se := c.sentRange(c.sentOf[k])
	closes := func(j int) bool {
		return isLowerWord(&c.toks[j]) && (j+1 >= se || isPunct(&c.toks[j+1], ",") || isPunct(&c.toks[j+1], "."))
	}
	for j := k - 1; j > ss; j-- {
		t := &c.toks[j]
		if closes(j) {
			return false
		}
		if !isPunct(&c.toks[j-1], ",") || !isWord(t) || !isLowerWord(t) {
			continue
		}
		switch cl := c.lx.class(t.Norm); {
		case cl == "rel":
			return true
		case cl == "det" || cl == "det:m" || cl == "det:f" || cl == "det:dat":
			for e := k + 1; e < se; e++ {
				if closes(e) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// thingAfter reports whether the word at k, right after source words, is a lower-case noun that
// ends the clause ("her Facebook page."): no function word, verb, particle ("hinzu") or adverb
// ("später"), and a comma or the sentence's end after it.
func (c *ctx) thingAfter(k int) bool {
	if k+1 >= len(c.toks) || c.sentOf[k] != c.sentOf[k-1] || !isLowerWord(&c.toks[k]) {
		return false
	}
	n := c.toks[k].Norm
	if c.lx.p.Stopword(n) || c.isVerbForm(n) || c.lx.timeWord(n) {
		return false
	}
	if _, ok := c.lx.particles[n]; ok {
		return false
	}
	switch c.lx.class(n) {
	case "", "group":
	default:
		return false
	}
	return c.toks[k+1].Kind == article.TokPunct && !isQuoteMark(&c.toks[k+1])
}

// orgOfKind resolves "the commission", "the council" to the one organisation named before off
// whose name holds that word ("Wisconsin Elections Commission"); nobody when none or several
// are. Another body that spoke is never meant: the text would not call a council a commission.
func (c *ctx) orgOfKind(kind string, off int) speaker {
	var one onlyName
	for _, m := range c.names.mentions {
		if !m.org || m.quoted || m.pos >= off {
			continue
		}
		if slices.Contains(strings.Fields(strings.ToLower(m.canon)), kind) {
			one.add(m.canon)
		}
	}
	if one.get() == "" {
		return noSpeaker
	}
	return speaker{name: one.get(), how: article.SpeakerCoreference}
}

// onlyName gathers names and gives the one seen, or "" when none or several different ones were.
type onlyName struct {
	name    string
	several bool
}

func (o *onlyName) add(n string) {
	if o.name != "" && o.name != n {
		o.several = true
	}
	o.name = n
}

func (o *onlyName) get() string {
	if o.several {
		return ""
	}
	return o.name
}

// orgAntecedent resolves "das Unternehmen", "the company" to the organisation that spoke last
// before off in this paragraph or the one before, else to the one that opens the sentence
// before: an organisation merely mentioned elsewhere (a product, a rival) is not enough. noun:
// a noun for a company or body ("das Unternehmen"), not a pronoun; bare: that noun when no
// words of a name stand with it, which may then take up the organisation that is the subject
// just before though none has spoken (soleOrgBefore), else "".
func (c *ctx) orgAntecedent(off int, noun bool, bare string) speaker {
	blk := c.blockOf(off)
	for k := len(c.out) - 1; k >= 0; k-- {
		f := &c.out[k]
		if f.q.Speaker == "" || f.q.Start >= off || f.srcStart < 0 {
			continue
		}
		if b := c.blockOf(f.q.Start); b != blk && b != c.prevTextBlock(blk) {
			continue
		}
		if m := c.mentionAt(c.nameHeadOr(f.srcStart, f.srcEnd)); m != nil && m.org {
			if noun && c.mediumIn(f.srcStart, f.srcEnd) {
				// "…, wie die Deutsche Presse-Agentur berichtet. … so das Unternehmen": the
				// agency relayed the news; the company is the one the news is about, which
				// the noun does not name.
				return noSpeaker
			}
			if c.otherOrgJustBefore(m.canon, f.q.End, off) {
				// "Amazon teilte mit … Bei den Produkten von Philips … Der Hersteller hat
				// angekündigt, …": the sentence before names another company the noun may
				// mean; either could be meant.
				return noSpeaker
			}
			return speaker{name: m.canon, how: article.SpeakerCoreference}
		}
	}
	// Else the organisation that opens the sentence before, in the same paragraph ("The
	// National Oceanic and Atmospheric Administration updated its outlook. The agency said …").
	if si := c.sentenceAt(off); si > 0 && c.blockOf(c.sents[si-1].Start) == blk {
		ps, pe := c.sentRange(si - 1)
		if a, b := c.npAfter(ps, pe); a == ps {
			if h := c.nameHead(a, b); h >= 0 {
				if m := c.mentionAt(h); m != nil && m.org {
					return speaker{name: m.canon, how: article.SpeakerCoreference}
				}
			}
		}
	}
	// Else the one organisation that has spoken in the article before ("BMW teilte mit …
	// erklärte der Konzern"), when only one has.
	orgs := map[string]bool{}
	for _, m := range c.names.mentions {
		if m.org {
			orgs[m.canon] = true
		}
	}
	var only onlyName
	for k := range c.out {
		if q := &c.out[k].q; q.Start < off && orgs[q.Speaker] && !(noun && c.mediumNamed(q.Speaker)) {
			// A medium that reported ("berichtet die Nachrichtenagentur Reuters") is never
			// the company or body a noun stands for.
			only.add(q.Speaker)
		}
	}
	one := only.get()
	if one == "" {
		if bare != "" {
			if sp := c.soleOrgBefore(off, bare); sp.known() {
				return sp
			}
			return c.onlyOrgOfKind(off, bare)
		}
		return noSpeaker
	}
	for k := range c.out {
		if f := &c.out[k]; noun && f.q.Start < off && f.q.Speaker == one && f.srcStart >= 0 && (isQuoteMark(&c.toks[f.srcStart]) || f.srcEnd-f.srcStart > 1 && isQuoteMark(&c.toks[f.srcStart+1])) {
			// "Darüber berichtet „Die Woche“. … Der Verein bestätigt …": a medium named in
			// marks reported the news; the body the noun stands for is one the news is about.
			return noSpeaker
		}
	}
	for k := range c.out {
		if q := &c.out[k].q; q.Start < off && q.Speaker != "" && q.Speaker != one && !orgs[q.Speaker] && c.orgName(q.Speaker) {
			// A body the tagger did not name ("das Verteidigungsministerium") has spoken
			// too: the organisation is not the only one that has.
			return noSpeaker
		}
	}
	for _, m := range c.names.mentions {
		if m.org && m.canon != one && m.block == blk && m.pos < off && !m.quoted {
			return noSpeaker // another organisation in the paragraph could be meant
		}
	}
	return speaker{name: one, how: article.SpeakerCoreference}
}

// otherOrgJustBefore reports whether an organisation other than canon is named outside
// quotation marks after offset from and before off, in the sentence of off or the one before.
func (c *ctx) otherOrgJustBefore(canon string, from, off int) bool {
	si := c.sentenceAt(off)
	if si < 0 {
		return false
	}
	lo := c.sents[max(si-1, 0)].Start
	for _, m := range c.names.mentions {
		if m.org && !m.quoted && m.canon != canon && m.pos >= from && m.pos >= lo && m.pos < off {
			return true
		}
	}
	return false
}

// platformName reports whether the name at k is an online platform as the place something was
// posted: right after a platform noun ("der Plattform X", "dem Kurznachrichtendienst X"), or a
// platform's name right after a preposition ("auf X", "bei Instagram").
func (c *ctx) platformName(k int) bool {
	if k == 0 {
		return false
	}
	p := &c.toks[k-1]
	if isCap(p) && c.lx.platformNoun(p.Norm) {
		return true
	}
	return c.lx.platforms[c.toks[k].Norm] == "name" && isLowerWord(p) && c.lx.class(p.Norm) == "prep"
}

// nameHeadOr returns the name heading [s, e), or s.
func (c *ctx) nameHeadOr(s, e int) int {
	if h := c.nameHead(s, e); h >= 0 {
		return h
	}
	return s
}

// lastSpeaker returns the person last named as the subject of a speech verb before off in the
// given paragraphs whose sex agrees ("Roe said, …"), or "".
func (c *ctx) lastSpeaker(off int, blocks []int, sex byte, pronouns bool) string {
	// The last subject wins: the sentences are read from the one before off backwards, and
	// the first that names a subject ends the search. Reading from the top of the article
	// for every quotation made long texts quadratic; so would reading back without end
	// through a paragraph that names no one, hence the bound.
	from := 0
	if first := slices.Min(blocks); first >= 0 && first < len(c.a.Blocks) {
		start := c.a.Blocks[first].Start
		from = sort.Search(len(c.sents), func(i int) bool { return c.sents[i].Start >= start })
	}
	last := sort.Search(len(c.sents), func(i int) bool { return c.sents[i].Start >= off }) - 1
	for si := last; si >= from && si > last-maxSentencesBack; si-- {
		if !slices.Contains(blocks, c.blockOf(c.sents[si].Start)) {
			continue
		}
		best := ""
		ss, se := c.sentRange(si)
		for v := ss; v < se && c.toks[v].Start < off; v++ {
			if !c.isVerb(v, ss, se) {
				continue
			}
			if p := c.nameAfterCommaVerb(v, ss, se, sex); p != "" {
				// "Laurent müsse nicht malen, betont Vater Philipp": the reported clause stands
				// first and its subject is what was said about; the name after the verb speaks.
				best = p
				continue
			}
			a, b := c.subjectOf(v, ss, se)
			if a < 0 || c.toks[a].Start >= off {
				continue
			}
			if pronouns && c.isPronoun(a, b) {
				// "…, sagte er im Radio": the pronoun's person, as its quotation was given.
				if spk := c.spokenAt(v); spk != "" {
					if s := c.names.sex[spk]; sex == 0 || s == 0 || s == sex {
						best = spk
					}
				}
				continue
			}
			if h := c.nameHead(a, b); h >= 0 {
				if m := c.mentionAt(h); m != nil && !m.org {
					if s := c.names.sex[m.canon]; sex == 0 || s == 0 || s == sex {
						best = m.canon
					}
					continue
				}
			}
			if v > ss+1 && isPunct(&c.toks[v-1], ",") {
				// "Remember that …, said Jessica Sprengle, a therapist": the reported clause
				// stands first and its words opened the sentence; the name after the verb is
				// its subject.
				if a, b := c.subjectAfter(v, se); a == v+1 {
					if h := c.nameHead(a, b); h >= 0 {
						if m := c.mentionAt(h); m != nil && !m.org {
							if s := c.names.sex[m.canon]; sex == 0 || s == 0 || s == sex {
								best = m.canon
							}
						}
					}
				}
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// nameAfterCommaVerb returns the person named right after the verb at v when a comma stands
// before it ("…, betont Vater Philipp", "…, said Jessica Sprengle"), whose sex agrees, else "".
func (c *ctx) nameAfterCommaVerb(v, ss, se int, sex byte) string {
	if v <= ss+1 || !isPunct(&c.toks[v-1], ",") {
		return ""
	}
	a, b := c.subjectAfter(v, se)
	if a != v+1 || b < se && c.toks[b].Kind != article.TokPunct {
		// The name must close the clause ("betont Vater Philipp."), unlike an object ("…,
		// hält Trump aber für einen Lügner").
		return ""
	}
	h := c.nameHead(a, b)
	if h < 0 {
		return ""
	}
	m := c.mentionAt(h)
	if m == nil || m.org {
		return ""
	}
	if s := c.names.sex[m.canon]; sex != 0 && s != 0 && s != sex {
		return ""
	}
	return m.canon
}

// mentionedJustBefore reports whether the person named canon is mentioned, outside quotation
// marks, in the sentence of offset off or the one before it, before off.
func (c *ctx) mentionedJustBefore(canon string, off int) bool {
	si := c.sentenceAt(off)
	if si < 0 {
		return false
	}
	from := c.sents[max(si-1, 0)].Start
	for k := len(c.names.mentions) - 1; k >= 0; k-- {
		m := &c.names.mentions[k]
		if m.pos >= off || m.quoted {
			continue
		}
		if m.pos < from {
			return false
		}
		if m.canon == canon {
			return true
		}
	}
	return false
}

// spokenAt returns the speaker of the quotation emitted so far whose cue is the verb at v, if
// it was named by the text or found by coreference, else "".
func (c *ctx) spokenAt(v int) string {
	for k := range c.out {
		if f := &c.out[k]; f.cueTok == v && f.q.Speaker != "" && f.q.SpeakerHow != article.SpeakerRole {
			return f.q.Speaker
		}
	}
	return ""
}

// lastMentionEnd is where the last mention of canon outside quotation marks before off ends,
// or -1.
func (c *ctx) lastMentionEnd(canon string, off int) int {
	if m := c.lastMention(canon, off); m != nil {
		return m.end
	}
	return -1
}

// lastMention returns the last mention of the person canon before offset off outside
// quotation marks, or nil.
func (c *ctx) lastMention(canon string, off int) *mention {
	var last *mention
	for k := range c.names.mentions {
		if m := &c.names.mentions[k]; m.pos < off && m.canon == canon && !m.quoted {
			last = m
		}
	}
	return last
}

// maxSentencesBack is how far back lastSpeaker reads: more than three paragraphs of news hold.
const maxSentencesBack = 100

// unnamedBetween reports whether, after the last mention of the person named canon and before
// offset off, the text speaks of an unnamed person of the given sex ("die Partnerin", "the
// woman") or in a role not tied to canon ("the prime minister") outside quotation marks: a
// pronoun may then mean them.
func (c *ctx) unnamedBetween(canon string, off int, sex byte) bool {
	last := c.lastMentionEnd(canon, off)
	if last < 0 {
		return false
	}
	// "…, sagt er": the pronoun after its verb and a comma follows the message it resolves.
	p := c.tokAt(off)
	ownReport := c.msgOff >= 0 && c.msgOff < off && p >= 2 && p < len(c.toks) && isPunct(&c.toks[p-2], ",") && c.isSpeechVerb(p-1)
	from := c.msgOff // where that message starts: after a colon, what comes before frames it
	if ownReport {
		for j := p - 3; j >= 0 && c.sentOf[j] == c.sentOf[p] && c.toks[j].Start >= c.msgOff; j-- {
			if isPunct(&c.toks[j], ":") {
				from = c.toks[j].End
				break
			}
		}
	}
	for k := c.tokAt(last); k < len(c.toks) && c.toks[k].Start < off; k++ {
		t := &c.toks[k]
		if t.Kind == article.TokWord && !c.inMarks(t.Start) && c.orgSubject(k, sex) {
			// "Der Landesverband teilte mit, … Er bestätigte": the body opening the sentence,
			// its article of the pronoun's gender, is what the pronoun stands for.
			return true
		}
		if t.Kind != article.TokWord || c.inMarks(t.Start) || c.mentionAt(k) != nil {
			continue
		}
		if k == 0 || !c.lx.isDet(c.toks[k-1].Norm) && !adjLike(c.toks[k-1].Norm) {
			continue
		}
		if c.inReportOf(t.Start, canon) || ownReport && c.sentOf[k] == c.sentOf[p] && t.Start >= from {
			// "Schon als Junge habe sein Vater ihm die Filme gezeigt, sagt er": someone in the
			// report being resolved, or in one canon made before, is spoken about.
			continue
		}
		if ps := c.lx.personSex(t.Norm); ps != sex && (ps != 0 || c.lx.roleHead(t.Norm) == "") {
			continue // someone of the other sex, or no person at all
		}
		if isLowerWord(t) && c.lowerRoleNotPerson(k) {
			continue
		}
		if sex == 'm' && c.pluralBefore(k) {
			continue // "die nervösen Spieler": a masculine noun after "die" is many people
		}
		if m := c.mentionAt(k + 1); m != nil && m.org && m.canon != canon && c.lx.personSex(t.Norm) == sex && c.toks[k+1].Start == m.pos {
			// "die Sängerin LUNAX": a person the tagger named as an organisation.
			return true
		}
		if c.tiedTo(k, canon) {
			continue // the role the article gives the candidate
		}
		if _, ok := c.lx.epithet(t.Norm); ok && c.lx.roleHead(t.Norm) == "" {
			continue // "den Schauspieler": an epithet, which points back to a named person
		}
		if k+1 < len(c.toks) && (c.mentionAt(k+1) != nil || c.nameWord(k+1)) {
			continue // "Ministerin Anna Berger": the person is named
		}
		if c.apposition(k) {
			continue // "Anna Berger, die Ministerin": the named person again
		}
		if c.predicateOf(k, canon) {
			continue // "Dr. Smith is the executive director": the role the candidate holds
		}
		if c.lx.roleHead(t.Norm) == "" && c.genitivePerson(k) {
			continue // "Die Tochter des Ministers Karl Roth": the person named before, described
		}
		if _, ok := c.lx.epithet(t.Norm); ok && c.isPronoun(p, p+1) && c.lx.isDet(c.toks[k-1].Norm) && c.onlyNamedJustBefore(k-1, canon) {
			// "Tom Baker hielt eine Rede. Der Sportler tätigte Aussagen. … nannte er":
			// an epithet that is also a role, opening the sentence after one that names
			// canon and nobody else, is canon again, whom the pronoun goes on with.
			continue
		}
		return true
	}
	return false
}

// unreadSpeakerBetween reports whether, after the last mention of the person canon and before
// offset off, a capitalised word no name, place or mention covers stands as the subject right
// before a speech verb (at the start of a sentence or after a comma: "In a livestream, Quell
// said …"), and the text writes that word capitalised inside a sentence too, so that it is a
// name, not a capitalised noun opening a sentence ("Officials said"). Only in a language whose
// capitals mark names alone (its pack lists lone given names): German capitalises every noun.
func (c *ctx) unreadSpeakerBetween(canon string, off int) bool {
	last := c.lastMentionEnd(canon, off)
	if last < 0 || len(c.lx.loneNames) == 0 {
		return false
	}
	for k := c.tokAt(last); k+1 < len(c.toks) && c.toks[k+1].Start < off; k++ {
		t := &c.toks[k]
		if !isCap(t) || !isLowerWord(&c.toks[k+1]) || !c.isSpeechVerb(k+1) || c.sentOf[k+1] != c.sentOf[k] {
			continue
		}
		if c.mentionAt(k) != nil || c.placeAt(k) != nil || c.otherNameAt(k) || c.inMarks(t.Start) || !c.nameWord(k) || c.names.lookup(t.Norm) != "" {
			continue
		}
		opens := k == 0 || c.sentOf[k-1] != c.sentOf[k]
		if !opens && !isPunct(&c.toks[k-1], ",") {
			continue // "said Vice President Kamala": a word run on from a phrase before
		}
		if c.partOfName(k, canon) {
			continue // "Josh says" after "Josh Alexander", "Fall" after "Jackson Greathouse Fall"
		}
		if !opens || c.capitalisedInside(k) {
			return true
		}
	}
	return false
}

// partOfName reports whether the word at token k is a word of the name canon, or one the text
// writes right after a mention of canon (a surname the names cut off as an everyday word).
func (c *ctx) partOfName(k int, canon string) bool {
	for _, w := range strings.Fields(canon) {
		if strings.EqualFold(w, c.toks[k].Text) {
			return true
		}
	}
	for i := range c.names.mentions {
		m := &c.names.mentions[i]
		if m.canon != canon {
			continue
		}
		if j := c.tokAt(m.end); j < len(c.toks) && c.toks[j].Start >= m.end && c.toks[j].Norm == c.toks[k].Norm && isCap(&c.toks[j]) {
			return true
		}
	}
	return false
}

// capitalisedInside reports whether the word at token k is written capitalised elsewhere in
// the text, not at the start of its sentence.
func (c *ctx) capitalisedInside(k int) bool {
	for j := 1; j < len(c.toks); j++ {
		if j != k && c.toks[j].Norm == c.toks[k].Norm && isCap(&c.toks[j]) && c.sentOf[j-1] == c.sentOf[j] && isWord(&c.toks[j-1]) {
			return true
		}
	}
	return false
}

// pluralBefore reports whether the article before the noun at k, past up to three
// adjectives, is "die" or a word that counts many ("alle", "beide", "zwei"): with a noun of
// masculine form ("die Spieler") it makes a plural.
func (c *ctx) pluralBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := &c.toks[j]
		if !isWord(t) {
			return false
		}
		switch t.Norm {
		case "die", "diese", "alle", "beide", "viele", "einige", "mehrere", "zwei", "drei", "vier":
			return true
		}
		if !adjLike(t.Norm) || c.lx.isDet(t.Norm) {
			return false
		}
	}
	return false
}

// orgSubject reports whether token k is an organisation noun that opens its sentence after an
// article of grammatical gender sex ("Der Landesverband …" for "er", "Die Partei …" for "sie").
func (c *ctx) orgSubject(k int, sex byte) bool {
	if k < 1 || !isCap(&c.toks[k]) || !c.orgWord(c.toks[k].Norm) {
		return false
	}
	if s, _ := c.sentRange(c.sentOf[k]); s != k-1 {
		return false
	}
	switch c.lx.class(c.toks[k-1].Norm) {
	case "det:m":
		return sex == 'm'
	case "det:f":
		return sex == 'f'
	}
	return false
}

// orgWord reports whether norm is an organisation noun or a public body, as itself or as the end
// of a compound ("Landesverband", "Kreisverwaltung").
func (c *ctx) orgWord(norm string) bool {
	if ok, _ := c.lx.body(norm); ok || c.lx.orgNoun(norm) {
		return true
	}
	for i := 3; i+4 <= len(norm); i++ {
		if utf8.RuneStart(norm[i]) && c.lx.orgNoun(norm[i:]) {
			return true
		}
	}
	return false
}

// isSpeechVerb reports whether token k is a speech verb form of the lexicon.
func (c *ctx) isSpeechVerb(k int) bool {
	_, ok := c.lx.verbs[c.toks[k].Norm]
	return ok
}

// inReportOf reports whether off lies inside the message of a quotation found so far whose
// speaker is canon: the people that message speaks of are spoken about, as inside quotation
// marks.
func (c *ctx) inReportOf(off int, canon string) bool {
	for k := range c.out {
		if q := &c.out[k].q; q.Speaker == canon && q.Start <= off && off < q.End {
			return true
		}
	}
	return false
}

// genitivePerson reports whether a genitive naming a person follows the noun at k ("Tochter
// des früheren Ministerpräsidenten Franz Josef Strauß").
func (c *ctx) genitivePerson(k int) bool {
	if k+1 >= len(c.toks) || c.lx.class(c.toks[k+1].Norm) != "gen" && c.toks[k+1].Norm != "des" {
		return false
	}
	for j := k + 2; j < len(c.toks) && j <= k+6; j++ {
		if m := c.mentionAt(j); m != nil && !m.org {
			return true
		}
		if !isWord(&c.toks[j]) {
			return false
		}
	}
	return false
}

// tiedTo reports whether the role noun at k is one the article ties to canon.
func (c *ctx) tiedTo(k int, canon string) bool {
	h := c.lx.roleHead(c.toks[k].Norm)
	if h == "" {
		return false
	}
	for _, r := range c.roles[h] {
		if r.canon == canon {
			return true
		}
	}
	return false
}

// apposition reports whether the noun at k stands in an apposition right after a name ("Anna
// Berger, die frühere Ministerin").
func (c *ctx) apposition(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if isPunct(&c.toks[j], ",") {
			return j > 0 && c.mentionAt(j-1) != nil
		}
		if c.toks[j].Kind != article.TokWord {
			return false
		}
	}
	return false
}

// prevTextBlock returns the index of the paragraph before block b (skipping headings and
// furniture), or -1.
func (c *ctx) prevTextBlock(b int) int {
	for k := b - 1; k >= 0; k-- {
		switch c.a.Blocks[k].Kind {
		case article.BlockParagraph:
			if c.linkLine(k) {
				continue
			}
			return k
		case article.BlockTitle:
			return -1
		}
	}
	return -1
}

// linkLine reports whether paragraph b is set between "+++" marks ("+++ BVB im Halbfinale: Der
// große Gewinner ist Trainer Terzic +++") or ends with a byline (below): a line that links to
// another article, or names its author, whose people the text around it does not go on about.
func (c *ctx) linkLine(b int) bool {
	t := strings.TrimSpace(c.r.Slice(c.a.Blocks[b].Start, c.a.Blocks[b].End))
	return len(t) > 6 && strings.HasPrefix(t, "+++") && strings.HasSuffix(t, "+++") || c.bylineEnd(b)
}

// bylineEnd reports whether paragraph b ends with a byline: a capitalised "Von" ("By") and a
// person's full name, nothing after it ("VfL Bochum: Niederlage trübt die Vorfreude Von Karl
// Bauer", a teaser for another article; "Von Karl Bauer" alone). Whoever wrote a text is not
// whom "er" in the text after it means.
func (c *ctx) bylineEnd(b int) bool {
	blk := c.a.Blocks[b]
	var last *mention
	for k := len(c.names.mentions) - 1; k >= 0; k-- {
		if m := &c.names.mentions[k]; m.block == b {
			last = m
			break
		}
	}
	if last == nil || last.org || last.tok < 1 {
		return false
	}
	e := c.tokAt(max(last.pos, last.end-1)) + 1
	if e-last.tok < 2 || e < len(c.toks) && c.toks[e].Start < blk.End {
		return false
	}
	v := &c.toks[last.tok-1]
	return v.Start >= blk.Start && isWord(v) && isCap(v) && c.lx.class(v.Norm) == "gen"
}

// fallbackName returns the name words [ss, e) stand for when no entity extractor ran: the
// fullest form of their last name word, or a run of two name words.
func (c *ctx) fallbackName(ss, e int) string {
	if ss > 0 && c.toks[ss-1].Kind == article.TokNumber {
		return "" // "200 Millionen Euro": a measure, not a name
	}
	for i := e - 1; i >= ss; i-- {
		if !c.nameWord(i) {
			continue
		}
		if v := c.names.lookup(c.toks[i].Norm); v != "" {
			return v
		}
		j := i
		for j > ss && c.nameWord(j-1) {
			j--
		}
		if j < i {
			return c.r.Slice(c.toks[j].Start, c.toks[i].End)
		}
		return ""
	}
	return ""
}

// onlyEntity reports whether the words [ts, te) are the entity en and determiners around it.
func (c *ctx) onlyEntity(ts, te int, en article.Entity) bool {
	for i := ts; i < te; i++ {
		t := &c.toks[i]
		if t.Start >= en.Start && t.End <= en.End {
			continue
		}
		if !c.lx.isDet(t.Norm) {
			return false
		}
	}
	return true
}

// demonym reports whether the place entity p is a word for its people ("Italiener",
// "Schweizerin" for Italien, Schweiz), which names a person, not the place.
func demonym(p article.Entity) bool {
	t, cn := strings.ToLower(p.Text), strings.ToLower(p.Canonical)
	if cn == "" || t == cn || strings.HasSuffix(cn, "er") {
		return false
	}
	for _, suf := range []string{"er", "erin", "ern", "ers", "innen"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	// "der Deutsche", "der Deutschen", "die Briten": a noun made of the people's adjective
	// or a weak noun ("Russe", "Franzosen").
	return !strings.HasSuffix(t, "isch") && (strings.HasSuffix(t, "e") || strings.HasSuffix(t, "en"))
}

// ageGivenUnnamed reports whether the paragraph before off gives the age n other than as an
// epithet being resolved: "26 Jahre alt", "der 26-jährige Sieger" without a name after it.
func (c *ctx) ageGivenUnnamed(n string, off int) bool {
	blk := c.blockOf(off)
	for k := c.tokAt(off) - 1; k >= 1 && c.blockOf(c.toks[k].Start) == blk; k-- {
		t := &c.toks[k]
		if t.Kind != article.TokNumber || t.Text != n || k+1 >= len(c.toks) {
			continue
		}
		if nx := c.toks[k+1].Norm; nx == "jahre" || nx == "years" {
			return true
		}
	}
	return false
}

// epithetAt reports whether the words at offset off open with an article and an epithet
// noun ("der Thai-Brite"), not a pronoun.
func (c *ctx) epithetAt(off int) bool {
	k := c.tokAt(off)
	return k < len(c.toks) && c.lx.isDet(c.toks[k].Norm)
}

// inMessage reports whether offset pos lies in the words of a quotation found before off,
// direct or reported ("Man habe das Ziel verpasst, Peter Lang abzulösen"): a person named there
// is spoken about, and a later "sagte er" goes on with who spoke, not with them. The speaker
// named in their own report ("Margot Robbie ist ein Fan, wie sie berichtete") is not.
func (c *ctx) inMessage(pos, off int) bool {
	for k := range c.out {
		if q := &c.out[k].q; q.Speaker != "" && q.Start <= pos && pos < q.End && q.End <= off {
			if m := c.mentionOf[c.tokAt(pos)]; m >= 0 && c.names.mentions[m].canon == q.Speaker {
				continue // who spoke, named in their own words ("…, wie sie berichtete")
			}
			return true
		}
	}
	return false
}

// sameClause reports whether tokens i < j lie in one sentence with no punctuation between
// them: no comma, colon, dash, bracket or quotation mark closes a clause there.
func (c *ctx) sameClause(i, j int) bool {
	if i < 0 || j >= len(c.toks) || i >= j || c.sentOf[i] != c.sentOf[j] {
		return false
	}
	for k := i + 1; k < j; k++ {
		if c.toks[k].Kind == article.TokPunct {
			return false
		}
	}
	return true
}

// placeAdjective reports whether token k is the adjective of a place ("Israelischen",
// "britische") before a capitalised noun.
func (c *ctx) placeAdjective(k int) bool {
	if c.mentionAt(k) != nil || c.placeAt(k) == nil || k+1 >= len(c.toks) {
		return false
	}
	adj := func(n string) bool {
		for _, suf := range []string{"isch", "ische", "ischen", "ischer", "isches", "ischem"} {
			if strings.HasSuffix(n, suf) {
				return true
			}
		}
		return false
	}
	if !adj(c.toks[k].Norm) {
		return false
	}
	if n := c.toks[k+1].Norm; (n == "und" || n == "oder") && k+2 < len(c.toks) && isLowerWord(&c.toks[k+2]) {
		return adj(c.toks[k+2].Norm) // "Israelische und libanesische Medien"
	}
	return c.toks[k+1].Kind == article.TokWord && isCap(&c.toks[k+1])
}

// addressed reports whether a quotation of the sentence holding off addresses the person
// canon by a form of address before the name ("Liebe Sabine Rau", "Dear Anna"): whoever says
// it, not that person.
func (c *ctx) addressed(canon string, off int) bool {
	si := c.sentenceAt(off)
	if si < 0 {
		return false
	}
	for i := range c.names.mentions {
		m := &c.names.mentions[i]
		if m.quoted && m.canon == canon && m.sent == si && m.tok > 0 && c.lx.isAddress(c.toks[m.tok-1].Norm) {
			return true
		}
	}
	return false
}

// isAddress reports whether a normalised word is a form of address before a name ("liebe").
func (lx *lexicon) isAddress(norm string) bool {
	_, ok := lx.address[norm]
	return ok
}

// namedSourceNoun returns the name in a compound of a name and a source noun at token k
// ("BMW-Angaben", "BVB-Mitteilung"), or nobody.
func (c *ctx) namedSourceNoun(k int) speaker {
	if m := c.mentionAt(k); m != nil && c.compoundBeyondName(k) {
		n := c.toks[k].Norm
		if i := strings.LastIndex(n, "-"); i > 0 && c.lx.sourceNoun(n[i+1:]) {
			return speaker{name: m.canon, how: article.SpeakerSubject}
		}
	}
	return noSpeaker
}

// orgBeforeHyphen returns the organisation that the first part of the compound at k names when
// the tagger read it elsewhere in the article as a name of its own ("RKI" beside "laut
// RKI-Angaben", where the compound hid it), and the rest is a source noun; else nil. An
// abbreviation the article never names alone ("laut GPS-Daten") stays a thing.
func (c *ctx) orgBeforeHyphen(k int) *mention {
	t := &c.toks[k]
	i := strings.LastIndex(t.Text, "-")
	if i <= 0 || c.mentionAt(k) != nil || c.placeAt(k) != nil || !isCap(t) || !c.lx.sourceNoun(strings.ToLower(t.Text[i+1:])) {
		return nil
	}
	p := t.Text[:i]
	for j := range c.names.mentions {
		if m := &c.names.mentions[j]; m.org && !m.quoted && c.r.Slice(m.pos, m.end) == p {
			return m
		}
	}
	return nil
}

// documentOf returns whose text an impersonal "es" at token x cites, when near it a
// preposition and an article stand before a compound of a name and a source noun ("heißt es in der
// BVB-Mitteilung", "In der DAZN-Stellungnahme heißt es"), or nobody.
func (c *ctx) documentOf(x int) speaker {
	ss, se := c.sentRange(c.sentOf[x])
	for k := max(ss+2, x-4); k < se && k <= x+4; k++ {
		if c.onlyDetPrep(k-2, k) && !c.inMarks(c.toks[k].Start) {
			if sp := c.namedSourceNoun(k); sp.known() {
				return sp
			}
		}
	}
	return noSpeaker
}

// onlyDetPrep reports whether the tokens [s, e) are a preposition and articles only ("in
// der", "In dem"), with at least one article.
func (c *ctx) onlyDetPrep(s, e int) bool {
	det := false
	for k := s; k < e; k++ {
		n := c.toks[k].Norm
		switch {
		case c.lx.isDet(n) && c.lx.class(n) != "indef" && c.lx.class(n) != "poss":
			det = true
		case k == s && c.lx.class(n) == "prep":
		default:
			return false
		}
	}
	return det
}

// nameAfterRole reports whether the role noun at h goes on, after a second noun joined by
// "und" if any ("Politikwissenschaftler und Publizist"), with a name: a particle before a capitalised word ("von Lucke") or a word
// that may be a name.
func (c *ctx) nameAfterRole(h int) bool {
	k := h + 1
	if k+1 < len(c.toks) && c.lx.class(c.toks[k].Norm) == "and" && isCap(&c.toks[k+1]) && isWord(&c.toks[k+1]) && c.mentionAt(k+1) == nil {
		k += 2
	}
	if k >= len(c.toks) || !isWord(&c.toks[k]) {
		return false
	}
	t := &c.toks[k]
	if c.mentionAt(k) != nil {
		return false // a name we read: the role's own tie
	}
	if isLowerWord(t) && c.lx.nameParticle(t.Norm) && k+1 < len(c.toks) && isCap(&c.toks[k+1]) && isWord(&c.toks[k+1]) {
		return true
	}
	return isCap(t) && !c.lx.isDet(t.Norm) && c.nameWord(k)
}

// roleNamedIn reports whether a role noun of the phrase [ss, se) goes on with a name we
// could not read (nameAfterRole).
func (c *ctx) roleNamedIn(ss, se int) bool {
	for k := ss; k < se; k++ {
		if isCap(&c.toks[k]) && c.lx.roleHead(c.toks[k].Norm) != "" && c.nameAfterRole(k) {
			return true
		}
	}
	return false
}

// soleSelfSpeaker resolves a definite role noun at h, tied to no name, that frames a direct
// quotation at off spoken in the first person singular ("Wittig war viel unterwegs. „Ich kann
// mich nicht erinnern, …“, sagt der Vorsitzende"): the one person the paragraph has named is
// who speaks of themselves. A role so used mostly introduces someone else ("Müller traf
// zweimal. „Er war überragend“, sagte der Trainer"), so every doubt leaves it unnamed: words
// of a third person in the quotation, anyone else named in the paragraph or in the sentence,
// a sex that disagrees, or the role tied to another name elsewhere.
func (c *ctx) soleSelfSpeaker(ss, se, h, off int) speaker {
	q := c.tokAt(off)
	if q <= 0 || q >= len(c.toks) || !isQuoteMark(&c.toks[q-1]) || c.lx.roleHead(c.toks[h].Norm) == "" {
		return noSpeaker
	}
	self := false
	for k := q; ; k++ {
		if k >= len(c.toks) || k-q > 400 {
			return noSpeaker
		}
		t := &c.toks[k]
		if isQuoteMark(t) {
			break
		}
		switch c.lx.person[t.Norm] {
		case "1":
			self = true
		case "3":
			return noSpeaker // "„Er war überragend“": the quotation is about someone
		}
	}
	if !self {
		return noSpeaker
	}
	blk, sent := c.blockOf(off), c.sentOf[ss]
	cand := ""
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.org || m.block != blk && m.sent != sent || m.pos >= c.toks[ss].Start && m.sent != sent {
			continue
		}
		if cand != "" && m.canon != cand {
			return noSpeaker // two people: either could hold the role
		}
		cand = m.canon
	}
	if cand == "" {
		return noSpeaker
	}
	sex := c.nounSex(h)
	if sex == 0 {
		sex = c.detSex(ss, h)
	}
	if s := c.names.sex[cand]; sex == 0 || s != 0 && s != sex {
		return noSpeaker
	}
	for _, r := range c.roles[c.lx.roleHead(c.toks[h].Norm)] {
		if r.canon != "" && r.canon != cand {
			return noSpeaker // the article gives the role to someone else
		}
	}
	return speaker{name: cand, how: article.SpeakerCoreference}
}

// loneName returns who a lone capitalised word at k that no tagger took for a name speaks as
// ("“…,” Becca recalled", "Iyengar said"), in a language whose capitals mark names only (its
// pack lists lone given names): the one person the article names in full with that given
// name ("Peter said" after "Peter Lane"); else the one two-word name the article writes that
// word at the end of ("Gwede Mantashe" before "said Mantashe", "Favour Ben" before "said
// Ben"); else the given name itself, when the census tables or the pack know it. A word the
// article gives to two names, the second of two names joined by "and", and any other
// capitalised word (a noun opening the sentence, a group) name nobody.
func (c *ctx) loneName(k int) speaker {
	if len(c.lx.loneNames) == 0 {
		return noSpeaker
	}
	t := &c.toks[k]
	if !c.nameWord(k) || c.mentionAt(k) != nil || c.placeAt(k) != nil || c.otherNameAt(k) || c.inMarks(t.Start) ||
		!lowerAfterFirst(t.Text) || c.lx.months[t.Norm] != "" || c.lx.weekdays[t.Norm] != "" {
		return noSpeaker
	}
	full, many := "", false
	for i := range c.names.mentions {
		m := &c.names.mentions[i]
		f := strings.Fields(m.canon)
		if m.org || m.quoted || len(f) < 2 || strings.ToLower(f[0]) != t.Norm {
			continue
		}
		if full != "" && full != m.canon {
			many = true
		}
		full = m.canon
	}
	if many {
		return noSpeaker
	}
	if full != "" {
		return speaker{name: full, how: article.SpeakerCoreference}
	}
	if k >= 2 && c.lx.class(c.toks[k-1].Norm) == "and" && isCap(&c.toks[k-2]) && isWord(&c.toks[k-2]) {
		return noSpeaker // "Rauw Alejandro and Rosalia announced": two people
	}
	pair := ""
	for i := 1; i < len(c.toks); i++ {
		if i == k || c.toks[i].Norm != t.Norm || !isCap(&c.toks[i]) || c.toks[i-1].End+1 != c.toks[i].Start || c.sentOf[i-1] != c.sentOf[i] {
			continue
		}
		if !c.nameWord(i-1) || !lowerAfterFirst(c.toks[i-1].Text) || c.placeAt(i-1) != nil || c.inMarks(c.toks[i].Start) ||
			given()[c.toks[i-1].Norm] == 0 && c.opensSentence(i-1) {
			continue
		}
		if i+1 < len(c.toks) && c.sentOf[i+1] == c.sentOf[i] && isCap(&c.toks[i+1]) && isWord(&c.toks[i+1]) {
			continue // "Methodist Research Institute": the word inside a longer name
		}
		p := c.toks[i-1].Text + " " + c.toks[i].Text
		if pair != "" && pair != p {
			return noSpeaker
		}
		pair = p
	}
	if pair != "" {
		return speaker{name: pair, how: article.SpeakerCoreference}
	}
	if given()[t.Norm] != 0 || c.lx.loneNames[t.Norm] != "" {
		return speaker{name: t.Text, how: article.SpeakerSubject}
	}
	return noSpeaker
}

// lowerAfterFirst reports whether a capitalised word goes on in lower case ("Becca", not
// "NASA"): a word in capitals is an acronym or a shout, no one's name.
func lowerAfterFirst(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	rest := w[n:]
	return rest != "" && strings.ToLower(rest) == rest
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// jointSubject reports whether the phrase [ss, se) is a list of people that ends in a group
// ("Berg, Reed and two colleagues"), or names no person itself but is joined by "and" to
// people named right before it (the same, read from "two colleagues"): the words are theirs
// together, never those of someone named earlier. Of names alone ("Coons and Lankford wrote")
// one is read as the speaker, as the annotators do.
func (c *ctx) jointSubject(ss, se int) bool {
	if v := c.groupListEnd(ss, min(se+1, len(c.toks))); v == se {
		return true
	}
	if m := c.mentionAt(c.nameHeadOr(ss, se)); m != nil {
		return false
	}
	return ss >= 2 && c.andAt(ss-1) && c.personBefore(ss-1)
}

// andAt reports whether token k is a lower-case "and".
func (c *ctx) andAt(k int) bool {
	return isLowerWord(&c.toks[k]) && c.lx.class(c.toks[k].Norm) == "and"
}

// personBefore reports whether a person's name ends right before token k.
func (c *ctx) personBefore(k int) bool {
	m := c.mentionAt(k - 1)
	return m != nil && !m.org && !m.quoted
}

// soleOrgBefore returns the organisation "the company" or "the agency" at off points back to
// when none has spoken: the one that is the subject of its own sentence before it ("Tesla
// Giga Berlin has reached …, the company confirmed") or of the sentence before, in this
// paragraph or the one before ("Netflix says it is trying … / “…,” the company wrote"), when
// no other organisation is named in between. An organisation named in passing (an opponent,
// a party after a name, the shop that sells a product) is no subject and is not taken up, nor
// is one the text calls another kind of body than noun.
func (c *ctx) soleOrgBefore(off int, noun string) speaker {
	si := c.sentenceAt(off)
	if si < 0 {
		return noSpeaker
	}
	for _, s := range []int{si, si - 1} {
		if s < 0 {
			break
		}
		ps, pe := c.sentRange(s)
		if s == si {
			pe = c.tokAt(off)
		}
		if ps < pe && isWord(&c.toks[ps]) && c.lx.class(c.toks[ps].Norm) == "and" {
			ps++ // "And Comcast/NBCUniversal used its report …"
		}
		if ps >= pe || s == si && isQuoteMark(&c.toks[ps]) {
			continue // the words quoted open the sentence: its subject is the noun itself
		}
		a, b := c.npAfter(ps, pe)
		if a != ps {
			return noSpeaker
		}
		h := c.nameHead(a, b)
		m := c.mentionAt(h)
		if h < 0 || m == nil || !m.org || m.quoted || c.otherOrgJustBefore(m.canon, m.pos, off) {
			return noSpeaker
		}
		for k := a; k < b; k++ {
			if n := c.toks[k].Norm; c.mentionAt(k) == nil && isWord(&c.toks[k]) && c.orgWord(n) && !strings.HasSuffix(n, noun) {
				return noSpeaker // "Das Biotechnologieunternehmen BioNTech …, teilte der Club mit": another kind of body
			}
		}
		return speaker{name: m.canon, how: article.SpeakerCoreference}
	}
	return noSpeaker
}

// onlyOrgOfKind returns the organisation a bare "the company" or "the agency" at off takes up
// when none has spoken and none opens the sentence before ("Blue Origin recovered the parts. …
// “…,” the company stated"): the only organisation the article names before off, outside
// quotation marks, named more than once and last in this paragraph or the one before, no
// medium, and of the noun's kind
// by the words of its name (quote_orgkinds): "the company" is never the Federal Aviation
// Administration or a campaign, "the agency" never a company.
func (c *ctx) onlyOrgOfKind(off int, noun string) speaker {
	if len(c.lx.orgKinds) == 0 {
		return noSpeaker
	}
	var one onlyName
	var last *mention
	times := 0
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.pos >= off || m.quoted {
			continue
		}
		if !m.org {
			if c.orgName(m.canon) {
				return noSpeaker // a body the tagger took for a person
			}
			continue
		}
		one.add(m.canon)
		last = m
		times++
	}
	name := one.get()
	if name == "" || times < 2 {
		// Named once ("met Tesla managers"), in passing; named again, it is whom the text is
		// about.
		return noSpeaker
	}
	if blk := c.blockOf(off); last.block != blk && last.block != c.prevTextBlock(blk) {
		return noSpeaker // named too far back to be taken up without a word of it
	}
	public, other, acronym := false, false, true
	for _, w := range strings.Fields(name) {
		switch c.lx.orgKinds[strings.ToLower(strings.Trim(w, ".,’'"))] {
		case "public":
			public = true
		case "other":
			other = true
		}
		if strings.ToUpper(w) != w || len(w) < 2 {
			acronym = false
		}
		if c.lx.media(strings.ToLower(w)) {
			return noSpeaker // a newspaper or broadcaster relays; the company is another
		}
	}
	fits := !public && !other
	if c.lx.orgKinds[noun] == "public" {
		fits = public || acronym && !other
	}
	if !fits {
		return noSpeaker
	}
	return speaker{name: name, how: article.SpeakerCoreference}
}

// bareOrgNoun reports whether the organisation noun at h, after the article at ss, stands
// without words of a name: a capitalised word before it ("the Justice Department") or right
// after it ("the company Netflix"), or "for" or "of" without an article after it ("das
// Institut für Medienpolitik", "the Department of Justice") make a name of its own; a place
// or time phrase ("der Club aus der Serie A", "das Institut am Montag") does not.
func (c *ctx) bareOrgNoun(ss, h int) bool {
	for k := ss + 1; k < h; k++ {
		if isCap(&c.toks[k]) {
			return false
		}
	}
	k := h + 1
	if k >= len(c.toks) || !isWord(&c.toks[k]) {
		return true
	}
	t := &c.toks[k]
	if isCap(t) {
		return false
	}
	switch c.lx.class(t.Norm) {
	case "gen", "for":
		return k+1 < len(c.toks) && c.lx.isDet(c.toks[k+1].Norm)
	}
	return true
}

// titledBodyName returns the name of a body that capitalised words before a capitalised
// organisation noun make, after the article at ss ("The Justice Department", "the State
// Department"), when the pack marks the noun as ending such names and no name the tagger
// knows stands in it; else the zero speaker.
func (c *ctx) titledBodyName(ss, h int) speaker {
	t := &c.toks[h]
	if !c.lx.titledBody(t.Norm) || !isCap(t) || h < ss+2 || c.mentionAt(h) != nil {
		return speaker{}
	}
	for k := ss + 1; k < h; k++ {
		if u := &c.toks[k]; !isWord(u) || !isCap(u) || c.mentionAt(k) != nil || c.lx.p.Stopword(u.Norm) {
			return speaker{}
		}
	}
	return speaker{name: c.r.Slice(c.toks[ss+1].Start, t.End), how: article.SpeakerSubject}
}

// definite reports whether token k is a definite or demonstrative article ("der", "dem",
// "diesem"), no indefinite or possessive.
func (c *ctx) definite(k int) bool {
	n := c.toks[k].Norm
	if !isLowerWord(&c.toks[k]) && !isCap(&c.toks[k]) || !c.lx.isDet(n) {
		return false
	}
	cls := c.lx.class(n)
	return cls != "indef" && cls != "poss"
}

// reportBack resolves a report noun after a definite article, with nothing after it ("dem
// Bericht zufolge", "laut dem Bericht", "so der Bericht"), for a quotation at offset off: the
// report is the one whose source the text named just before. That is the one speaker of the
// quotations found before off in its paragraph and the one before, when at least one of them
// came from a report (a verb a medium reports with, or source words naming a medium or a
// report); a second speaker, or a quotation someone unnamed gave, leaves it unnamed, since
// either could have written the report.
func (c *ctx) reportBack(off int) speaker {
	blk := c.blockOf(off)
	if blk < 0 {
		return noSpeaker
	}
	cand, reported := "", false
	for k := range c.out {
		f := &c.out[k]
		if f.q.Start >= off || f.q.End > off {
			continue
		}
		if b := c.blockOf(f.q.Start); b != blk && b != blk-1 {
			continue
		}
		if f.q.Speaker == "" {
			if f.q.Source != nil || f.q.Cue != nil {
				return noSpeaker // "sagte ein Sprecher": a source the text does not name
			}
			continue
		}
		if cand != "" && f.q.Speaker != cand {
			return noSpeaker
		}
		cand = f.q.Speaker
		reported = reported || c.fromReport(f)
	}
	if cand == "" || !reported {
		return noSpeaker
	}
	return speaker{name: cand, how: article.SpeakerCoreference}
}

// fromReport reports whether the quotation f came from a report: its cue a verb a medium
// reports with ("berichtet", "schreibt"), or its source words naming a medium or a report
// ("die „Abendpost“", "einem Bericht des Senders").
func (c *ctx) fromReport(f *found) bool {
	if f.cueTok >= 0 && f.cueTok < len(c.toks) {
		if vi, ok := c.lx.verbs[c.toks[f.cueTok].Norm]; ok && vi.reports {
			return true
		}
	}
	if f.srcStart < 0 {
		return false
	}
	for k := f.srcStart; k < f.srcEnd && k < len(c.toks); k++ {
		t := &c.toks[k]
		if isQuoteMark(t) || isWord(t) && (c.lx.media(t.Norm) || c.lx.sourceNoun(t.Norm)) {
			return true
		}
	}
	return false
}

// capitalsOnly reports whether tokens [s, e) are words that all open with a capital, joined
// by nothing but hyphens and apostrophes ("Abendpost", "L'Equipe"): a name, not a phrase
// ("Hauses der Zukunft") nor an edition ("Wohnbarometer 2023").
func (c *ctx) capitalsOnly(s, e int) bool {
	if s >= e {
		return false
	}
	for k := s; k < e; k++ {
		t := &c.toks[k]
		if isWord(t) && isCap(t) || t.Text == "-" || t.Text == "'" || t.Text == "’" {
			continue
		}
		return false
	}
	return true
}

// secondPerson reports whether token k opens the mention of a person other than the one whose
// mention token head is in, right after it: two names side by side, not one name.
func (c *ctx) secondPerson(head, k int) bool {
	a, b := c.mentionAt(head), c.mentionAt(k)
	if a == nil || b == nil || a == b || a.org || b.org || a.canon == b.canon || b.tok != k {
		return false
	}
	if c.lx.roleHead(c.toks[k-1].Norm) != "" {
		return false // "Charlotte County Sheriff Bill Prummell": a title the tagger took for a person's name
	}
	return c.mentionAt(k-1) == a
}

// mediaBack resolves a noun for a medium after a definite article, with nothing after it in
// the source words [ss, se) ("so die Zeitung", "teilte der Sender mit"), for a quotation at
// offset off. A medium's name right after the noun is the medium ("berichtet die
// Nachrichtenagentur dpa", "wie das Portal nordpost.de meldet"). Else the noun stands for the
// medium the text named before: the one medium among the speakers of the quotations before off
// that came from a medium and the organisations named before off whose name is a medium, in
// the paragraph and the one before or, when those name none, in the whole text before. Two
// media leave it unnamed: either could be meant.
func (c *ctx) mediaBack(ss, se, off int) speaker {
	if n := c.mediumAfter(se); n != "" {
		return speaker{name: n, how: article.SpeakerSubject}
	}
	if v, _ := c.lx.mediaKind(c.toks[ss+1].Norm); v == "f" && c.toks[ss].Norm == "der" && ss > 0 {
		if _, ok := c.lx.verbs[c.toks[ss-1].Norm]; ok {
			return noSpeaker // "sagte der Zeitung": whom it was said to
		}
	}
	blk := c.blockOf(off)
	if blk < 0 {
		return noSpeaker
	}
	from := c.a.Blocks[blk].Start
	if pb := c.prevTextBlock(blk); pb >= 0 {
		from = c.a.Blocks[pb].Start
	}
	media, unread := c.mediaBefore(from, off)
	if len(media) == 0 && !unread {
		media, unread = c.mediaBefore(0, off)
	}
	if len(media) != 1 || unread {
		return noSpeaker
	}
	return speaker{name: media[0], how: article.SpeakerCoreference}
}

// mediumAfter returns the medium named right after token se-1, a noun for a medium: an
// organisation the tagger knows, a medium the lists know ("dpa", "ntv"), or a web address
// ("nordpost.de"); "" when none follows.
func (c *ctx) mediumAfter(se int) string {
	if se >= len(c.toks) {
		return ""
	}
	if m := c.mentionAt(se); m != nil {
		if m.tok == se && m.org {
			return m.canon
		}
		return ""
	}
	t := &c.toks[se]
	if webAddress(t) {
		return t.Text
	}
	if !isWord(t) {
		return ""
	}
	if _, ok := c.lx.mediaWords[t.Norm]; ok {
		if _, generic := c.lx.mediaBack[t.Norm]; !generic {
			return t.Text
		}
		return ""
	}
	return ""
}

// mediaBefore returns the distinct media named in [from, off): speakers of quotations whose
// source words name a medium or hold a name in quotation marks ("schrieb die „Abendpost“"),
// and organisations whose name is a medium ("RTL"). unread is true when such source words
// gave no name the noun could stand for ("mit der "Bild"-Zeitung" read as "Zeitung"): a
// medium is named there that the list lacks.
func (c *ctx) mediaBefore(from, off int) (out []string, unread bool) {
	add := func(n string) {
		if _, generic := c.lx.mediaBack[strings.ToLower(n)]; generic || n == "" {
			unread = true // "die „Bild“-Zeitung" read as the name "Zeitung": no medium of its own
			return
		}
		for _, o := range out {
			if strings.EqualFold(o, n) {
				return
			}
		}
		out = append(out, n)
	}
	for k := range c.out {
		f := &c.out[k]
		if f.q.Start < from || f.q.End > off || f.srcStart < 0 || c.personName(f.q.Speaker) {
			continue
		}
		for i := f.srcStart; i < f.srcEnd && i < len(c.toks); i++ {
			if t := &c.toks[i]; isQuoteMark(t) || isWord(t) && c.lx.media(t.Norm) {
				add(f.q.Speaker)
				break
			}
		}
	}
	for _, m := range c.names.mentions {
		if !m.org || m.pos < from || m.pos >= off {
			continue
		}
		if m.tok > 0 && isPunct(&c.toks[m.tok-1], "/") {
			continue // "(Foto: Anna Roth / dpa)": a credit, no medium the text speaks of
		}
		if c.mediumNamed(m.canon) {
			add(m.canon)
		}
	}
	// A name in quotation marks after an article or a medium's noun that no quotation gave as
	// its speaker ("Laut der „Nordpost“ …", "im Magazin „Bergblick“") may be a medium the lists
	// do not know: the noun could stand for it as well as for a medium they know.
	for k := c.tokAt(from); k+2 < len(c.toks) && c.toks[k].Start < off; k++ {
		if !isQuoteMark(&c.toks[k]) || k == 0 || !c.lx.isDet(c.toks[k-1].Norm) && !c.lx.media(c.toks[k-1].Norm) {
			continue
		}
		e := k + 1
		for e < len(c.toks) && !isQuoteMark(&c.toks[e]) {
			e++
		}
		if e < len(c.toks) && c.capitalsOnly(k+1, e) && !slices.ContainsFunc(out, func(o string) bool {
			return strings.EqualFold(o, c.r.Slice(c.toks[k+1].Start, c.toks[e-1].End))
		}) {
			unread = true
		}
	}
	return out, unread
}

// personName reports whether the text names a person canon.
func (c *ctx) personName(canon string) bool {
	for _, m := range c.names.mentions {
		if m.canon == canon && !m.org {
			return true
		}
	}
	return false
}

// mediumNamed reports whether the name canon ends in a word the lists know as a medium ("RTL",
// "Jerusalem Post").
func (c *ctx) mediumNamed(canon string) bool {
	w := strings.Fields(canon)
	return len(w) > 0 && c.lx.media(strings.ToLower(w[len(w)-1]))
}

// kinNoun reports whether token k is a kin noun ("Mutter", "Vater").
func (c *ctx) kinNoun(k int) bool {
	_, ok := c.lx.kin[c.toks[k].Norm]
	return ok && isCap(&c.toks[k])
}

// kinTied returns the one person the article gives the kin noun kin: right before the name
// ("Mutter Lisa Schwarz", "ihr Vater Karl Berg") or in an apposition after it ("Lisa Schwarz,
// die Mutter von Tom,"). Two people, or a tie to a name the tagger read with the noun in it
// ("Mutter Lily"), give "".
func (c *ctx) kinTied(kin string) string {
	found := ""
	for k := range c.toks {
		t := &c.toks[k]
		if t.Norm != kin || !isCap(t) || c.inFurniture(k) || c.inMarks(t.Start) {
			continue
		}
		canon := ""
		if m := c.mentionAt(k); m != nil {
			if m.org || m.pos != t.Start {
				continue
			}
			return "" // "Mutter Lily" read as one name: whose mother the text says is unclear
		}
		if m := c.mentionAt(k + 1); k+1 < len(c.toks) && m != nil && !m.org && !m.quoted && m.pos == c.toks[k+1].Start {
			canon = m.canon
		} else if k >= 3 && isPunct(&c.toks[k-2], ",") && (c.lx.class(c.toks[k-1].Norm) == "poss" || strings.HasPrefix(c.lx.class(c.toks[k-1].Norm), "det:")) {
			if m := c.mentionAt(k - 3); m != nil && !m.org && !m.quoted && m.end == c.toks[k-3].End {
				canon = m.canon
			}
		}
		if canon == "" {
			continue
		}
		if found != "" && found != canon {
			return "" // two people with that noun: the text does not say which
		}
		found = canon
	}
	return found
}

// paragraphOwn reports whether paragraph blk, before offset off, is canon's to the pronoun at
// off: last (who spoke last) is not named in it; every quotation of it before off that has a
// source or a speaker is canon's or a body's ("„…“, sagt die Mutter und erklärt, dass Lena
// Brandt …. „…“, ergänzt sie" is the mother's); the paragraph speaks of canon, before any
// pronoun of sex, as a name that is neither a possessive ("Ulmers Vorschlag … er") nor in a
// subordinate clause ("Er wies zurück, dass Jonas Riedel …").
func (c *ctx) paragraphOwn(canon, last string, blk, off int, sex byte) bool {
	if k := c.tokAt(off); k < 0 || !c.isPronoun(k, k+1) {
		return false
	}
	if c.namedInBlock(blk, off, func(m *mention) bool { return m.canon == last }) {
		return false
	}
	spoke := false
	for k := range c.out {
		f := &c.out[k]
		if f.q.Start >= off || c.blockOf(f.q.Start) != blk {
			continue
		}
		if f.q.Speaker == canon {
			spoke = true
		} else if (f.srcStart >= 0 || f.q.Speaker != "") && !c.orgName(f.q.Speaker) {
			return false // a body's words ("nach eigenen Angaben kann der Verein …") give no one the word
		}
	}
	if s := c.names.sex[canon]; s != sex && (s != 0 || !spoke) {
		// A name of unknown sex ("Experte Kovu") agrees only when it spoke in the paragraph.
		return false
	}
	plain := -1
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.block != blk || m.pos >= off || m.quoted || m.canon != canon {
			continue
		}
		end := c.tokAt(max(m.pos, m.end-1))
		if end < 0 || c.genitiveName(end) || c.possessive(end, len(c.toks)) {
			continue
		}
		ss, _ := c.sentRange(c.sentOf[m.tok])
		sub := false
		for j := ss; j < m.tok && !sub; j++ {
			sub = c.subClauseWord(j)
		}
		if !sub {
			plain = m.pos
			break
		}
	}
	if plain < 0 {
		return false
	}
	for k := c.tokAt(c.a.Blocks[blk].Start); k >= 0 && k < len(c.toks) && c.toks[k].Start < plain; k++ {
		if g, ok := c.lx.pronoun(c.toks[k].Norm); ok && g != "" && g[0] == sex && isWord(&c.toks[k]) && !c.inMarks(c.toks[k].Start) {
			return false // "Er wies zurück …": the paragraph goes on with someone named before
		}
	}
	return true
}

// lowerRoleNotPerson reports whether the lower-case role word at k names no one person a
// pronoun could stand for: a plural, the role only once its final "s" is cut ("her doctors"),
// or a word that also qualifies nouns (quote_role_qualifiers) before a lower-case word that is
// no verb, role or stop word ("the general distrust", "the executive order").
// Role nouns written in capitals, as in German, are never lower case and never reach here.
func (c *ctx) lowerRoleNotPerson(k int) bool {
	norm := c.toks[k].Norm
	if h := c.lx.roleHead(norm); h != "" && !strings.HasSuffix(norm, h) && strings.HasSuffix(norm, h+"s") {
		return true
	}
	if k+1 >= len(c.toks) {
		return false
	}
	n := &c.toks[k+1]
	_, qualifies := c.lx.roleQualifiers[norm]
	return qualifies && isLowerWord(n) && c.sentOf[k+1] == c.sentOf[k] && c.lx.class(n.Norm) == "" && !c.lx.p.Stopword(n.Norm) &&
		!c.isVerbForm(n.Norm) && c.lx.roleHead(n.Norm) == "" && c.lx.personSex(n.Norm) == 0 && !c.lx.personNoun(n.Norm)
}

// predicateOf reports whether the role word at k, after its article, is what a copula
// (quote_copulas) says the person named canon right before it is ("Dr. Smith is the executive
// director", "Anna Berg ist die Geschäftsführerin").
func (c *ctx) predicateOf(k int, canon string) bool {
	d := k - 1
	for d > k-4 && d > 0 && isLowerWord(&c.toks[d]) && !c.lx.isDet(c.toks[d].Norm) && (adjLike(c.toks[d].Norm) || c.lx.roleHead(c.toks[d].Norm) != "") {
		d-- // "the executive director", "die neue Geschäftsführerin"
	}
	if d < 2 || !c.lx.isDet(c.toks[d].Norm) {
		return false
	}
	if _, ok := c.lx.copulas[c.toks[d-1].Norm]; !ok || c.sentOf[d-1] != c.sentOf[k] {
		return false
	}
	m := c.mentionAt(d - 2)
	return m != nil && m.canon == canon
}
