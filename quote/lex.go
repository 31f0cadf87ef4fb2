package quote

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
)

// lexicon is the language data the extractor reads from a pack's word lists (quote_verbs,
// quote_grammar, quote_phrases, quote_konjunktiv, quote_titles, quote_roles and the other
// quote_* lists). Built once per pack and read-only after, shared by concurrent calls.
type lexicon struct {
	// verbs maps a speech verb form to what it needs: companions that must follow it in the
	// clause and whether it can be a participle.
	verbs                                 map[string]verbInfo
	pluralVerbs                           map[string]verbInfo // quote_verbs @v: "sagen", a speech verb only where isVerb finds it finite; every other look-up misses it
	decisions                             map[string]verbInfo // quote_verbs @d: "beschloss", a cue only where decisionFrame finds a body deciding; every other look-up misses it
	grammar, phrases, konj, titles, roles map[string]string
	sources, particles                    map[string]string
	mediaWords, orgNouns, nameParts       map[string]string
	deceased                              map[string]string // quote_deceased: "late" of "the late Jean Alexander"
	roleQualifiers                        map[string]string // quote_role_qualifiers: "general" of "the general mood"
	copulas                               map[string]string // quote_copulas: "is" of "Smith is the director"
	epithets, numbers, persons            map[string]string
	// members: nouns for a member of a party written like the party's name ("die Grüne"),
	// with the sexes of article after which they name a person (quote_members).
	members map[string]string
	// participles: endings of an inflected present participle ("-enden" of "nahestehenden",
	// quote_participles), never a finite verb's.
	participles      map[string]string
	weekdays, months map[string]string
	bodies           map[string]string // quote_bodies: body nouns, "self" or "compound"
	shortNames       map[string]string // quote_shortnames: "fed" of "the Fed" -> "federal reserve"
	namesakes        map[string]string // quote_namesakes: "Stadion" of "Arthur Ashe Stadion"
	platforms        map[string]string // quote_platforms: "Plattform" of "auf der Plattform X"
	actVerbs         map[string]string // quote_actverbs: "kontert" of "kontert mit einem Volley"
	titlePreps       map[string]string // quote_titlepreps: "im" of "im „Kölner Treff“"
	attrPreps        map[string]string // quote_attrpreps: "von" of "Anna Berg von der Feuerwehr"
	frameAdvs        map[string]string // quote_frameadvs: "wiederum" of "…, versichert wiederum X"
	namings          map[string]string // quote_namings: "spitzname" of "„Achi“, so sein Spitzname"
	openAdvs         map[string]string // quote_openadvs: "gleichzeitig" of "Gleichzeitig warnte X davor"
	questionNouns    map[string]string // quote_questionnouns: "frage" of "beantwortete die Frage, wer …"
	genitiveArts     map[string]string // quote_genitives: "des", "eines"
	nominatives      map[string]string // quote_nominative: "er" of "Deutschland nennt er …"
	known            map[string]string // quote_known: "bekannt" of "wurde bekannt, dass"
	npActs           map[string]string // quote_npacts: "sprach" -> "von", "fordert" -> "-"
	npPerfect        map[string]string // quote_npperfect: "angekündigt" -> "-", "berichtet" -> "von"
	occasions        map[string]string // quote_occasions: "spiel" of "vor dem Spiel"
	passActs         map[string]string // quote_passacts: "bezeichnet" -> "als", "kritisiert" -> "-"
	plans            map[string]string // quote_plans: cues of a demand, plan or announcement
	purposeAdvs      map[string]string // quote_purposeadvs: "dadurch" of "Dadurch soll … gestärkt werden"
	finiteEndings    map[string]string // quote_finite_endings: "t", "en": a finite verb's endings, for a frame closing a Konjunktiv sentence
	glosses          map[string]string // quote_glosses: "heißen" of "Das sollte wohl heißen: …"
	quotedAs         map[string]string // quote_quotedas: "zitiert" of "„…“, wird X zitiert"
	norms            map[string]string // quote_norms: "wltp" of "laut WLTP": a rule, never a source
	counts           map[string]string // quote_counts: "hunderte" of "der Behörden Hunderte": no part of a source
	questions        map[string]string // quote_questions: "wer" of "Wer …, verrät er": an indirect question
	outletVoice      map[string]string // quote_outlet_voice: "wir" of "Wir erklären, wo …": the outlet's own voice
	topicPreps       map[string]string // quote_topicpreps: "über" of "Trainerin über Lea Brandt: „…“": whom the line is about
	currencies       map[string]string // currencies: "euro" of "ruft … 800 Euro auf": a price, no speech
	address          map[string]string // quote_address: "liebe" of "„Liebe Anna, …“": the one named is spoken to
	claims           map[string]string // quote_claims: "vorwurf" of "wies den Vorwurf zurück, er habe …": the clause after it is the claim's
	toMedium         map[string]string // quote_tomedium: "zur" of "sagte ein Sprecher zur APA": the medium after it is spoken to
	person           map[string]string // quote_person: "ich" 1, "er" 3: the grammatical person of a pronoun or possessive
	roleSyns         map[string]string // quote_rolesynonyms: a role head and another for the same job ("coach" "trainer")
	focus            map[string]string // quote_focus: "allein" of "Allein mit zwei Paraden, die …, unterstrich sie"
	kin              map[string]string // quote_kin: "mutter" of "sagte die Mutter": the one person the text gives that noun
	mediaNames       map[string]string // quote_medianames: "bild" of "Wie die Bild berichtet": a medium's name the tagger misses
	prices           map[string]string // quote_prices: "verlangt" of "verlangt 450 Euro dafür": an amount of money as its object is a price
	deontic          map[string]string // quote_deontic: "müsse" of "X müsse offen sagen, …": X is told to speak, reported
	whereupon        map[string]string // quote_whereupon: "woraufhin" of "„…“ – woraufhin X nachlegte": X takes the turn
	noInfinitive     map[string]string // quote_noinfinitive: "findet" of "findet Zeit, … zu genießen": reports no zu infinitive without "es"
	relForms         map[string]string // quote_relforms: "die" of "…, die Bauer unterstellten, …": an article's form that is also a relative pronoun
	personRel        map[string]string // quote_personrel: relative pronouns that take up a person ("who"), not a thing ("which")
	reportBack       map[string]string // quote_reportback: "bericht" of "dem Bericht zufolge": the report named just before
	mediaBack        map[string]string // quote_mediaback: "zeitung" of "so die Zeitung": the medium named before, or the name after
	backReport       map[string]string // quote_backreport: "darüber" of "Darüber berichtet X": the sentences before, with a verb a medium reports with
	orgKinds         map[string]string // quote_orgkinds: name words of a public agency ("public") or of another body than a company ("other")
	reportAdverbs    map[string]string // quote_reportadverbs: "first" of "as first reported by X"; a language without the list reads no passive report frame
	verbEndings      map[string]string // quote_verbendings: "ed", "s": endings of a finite verb after a that-less subject ("the mayor says"); a language without the list reads none
	namedAs          map[string]string // quote_namedas: participles of naming ("dubbed", "known" + "as") after which words in marks are a name given
	loneNames        map[string]string // quote_lonenames: given names a lone capitalised word may be ("becca" f); a language without the list has no lone names
	pronAdvs         map[string]string // quote_pronadv: "darauf" of "wies darauf hin"
	sentRels         map[string]string // quote_sentrel: "wobei" of "…, wobei …": the author's comment
	indicAux         map[string]string // quote_indicative: "wird" of "…, wird nun …": the reporter's main clause
	objectDets       map[string]string // quote_objectdets: "den" of "Den Antrag hat X abgelehnt": no subject
	nonSpeakers      map[string]string // quote_nonspeakers: "zuversicht" of "Seine Zuversicht": a head noun that never speaks
	maxPhrase        int
	phraseWords      map[string]bool
	ranker           map[string]float64 // source-word ranker weights (learn.go)
	p                lang.Pack
	// The lists read by suffix, written backwards (suffix.go): a position where no key
	// ends the word is not looked up.
	titleSuf, mediaSuf, roleSuf, epithetSuf, sourceSuf, bodySuf, nonSpeakerSuf *suffixTrie
	// phrasePrefixes holds every phrase and every run of its first words up to a space
	// ("zufolge" and "nach angaben" of "nach angaben von"): phraseAt stops extending a run of
	// tokens that starts none.
	phrasePrefixes map[string]struct{}
	// notices are the furniture phrases of a site's own notices ("unseren videoplayer") with
	// the most words a sentence may have and still be that notice: a sentence of them pasted
	// into a paragraph of text is no one's report, though its paragraph is no furniture.
	notices []notice
	// noticeFirst finds the notices by their first word; noticeMax is the largest limit.
	noticeFirst map[string][]int
	noticeMax   int

	// actObjects: quote_actverbs' "obj:" values split once, the nouns that make the verb
	// another ("leben" of "ihr Leben bestreiten").
	actObjects map[string][]string
}

// notice is one furniture phrase, its lower-case words, and the longest sentence it marks.
type notice struct {
	words []string
	max   int
}

// noticeWords is the largest word limit of a furniture phrase that marks a sentence as a
// site's notice; phrases allowed in longer paragraphs ("ihre zustimmung") are words a report
// may hold.
const noticeWords = 30

// parseNotices reads the furniture phrases of letters and hyphens with a word limit of at most
// noticeWords.
func parseNotices(m map[string]string) []notice {
	var out []notice
	for phrase, limit := range m {
		n, err := strconv.Atoi(limit)
		if err != nil || n > noticeWords || strings.IndexFunc(phrase, func(r rune) bool { return r != ' ' && r != '-' && !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		if w := strings.Fields(phrase); len(w) > 0 {
			out = append(out, notice{words: w, max: n})
		}
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i].words, " ") < strings.Join(out[j].words, " ") })
	return out
}

func newLexicon(p lang.Pack) *lexicon {
	lx := &lexicon{
		verbs:   parseVerbs(p.Words("quote_verbs")),
		grammar: p.Words("quote_grammar"),
		phrases: p.Words("quote_phrases"),
		notices: parseNotices(p.Words("furniture")),
		konj:    p.Words("quote_konjunktiv"),
		titles:  p.Words("quote_titles"),
		roles:   p.Words("quote_roles"),
		sources: p.Words("quote_sources"),
		// particles is read to recognise zu-infinitives of separable verbs.
		particles:      p.Words("quote_particles"),
		pronAdvs:       p.Words("quote_pronadv"),
		nonSpeakers:    p.Words("quote_nonspeakers"),
		sentRels:       p.Words("quote_sentrel"),
		indicAux:       p.Words("quote_indicative"),
		objectDets:     p.Words("quote_objectdets"),
		mediaWords:     p.Words("quote_media"),
		orgNouns:       p.Words("quote_orgnouns"),
		deceased:       p.Words("quote_deceased"),
		roleQualifiers: p.Words("quote_role_qualifiers"),
		copulas:        p.Words("quote_copulas"),
		nameParts:      p.Words("quote_nameparts"),
		epithets:       p.Words("quote_epithets"),
		numbers:        p.Words("numbers"),
		persons:        p.Words("quote_persons"),
		members:        p.Words("quote_members"),
		participles:    p.Words("quote_participles"),
		weekdays:       p.Words("weekdays"),
		months:         p.Words("months"),
		bodies:         p.Words("quote_bodies"),
		shortNames:     p.Words("quote_shortnames"),
		namesakes:      p.Words("quote_namesakes"),
		platforms:      p.Words("quote_platforms"),
		actVerbs:       p.Words("quote_actverbs"),
		titlePreps:     p.Words("quote_titlepreps"),
		attrPreps:      p.Words("quote_attrpreps"),
		frameAdvs:      p.Words("quote_frameadvs"),
		namings:        p.Words("quote_namings"),
		namedAs:        p.Words("quote_namedas"),
		openAdvs:       p.Words("quote_openadvs"),
		questionNouns:  p.Words("quote_questionnouns"),
		genitiveArts:   p.Words("quote_genitives"),
		nominatives:    p.Words("quote_nominative"),
		known:          p.Words("quote_known"),
		npActs:         p.Words("quote_npacts"),
		npPerfect:      p.Words("quote_npperfect"),
		occasions:      p.Words("quote_occasions"),
		passActs:       p.Words("quote_passacts"),
		plans:          p.Words("quote_plans"),
		purposeAdvs:    p.Words("quote_purposeadvs"),
		finiteEndings:  p.Words("quote_finite_endings"),
		glosses:        p.Words("quote_glosses"),
		quotedAs:       p.Words("quote_quotedas"),
		norms:          p.Words("quote_norms"),
		counts:         p.Words("quote_counts"),
		questions:      p.Words("quote_questions"),
		outletVoice:    p.Words("quote_outlet_voice"),
		topicPreps:     p.Words("quote_topicpreps"),
		currencies:     p.Words("currencies"),
		address:        p.Words("quote_address"),
		toMedium:       p.Words("quote_tomedium"),
		claims:         p.Words("quote_claims"),
		person:         p.Words("quote_person"),
		loneNames:      p.Words("quote_lonenames"),
		verbEndings:    p.Words("quote_verbendings"),
		reportAdverbs:  p.Words("quote_reportadverbs"),
		orgKinds:       p.Words("quote_orgkinds"),
		personRel:      p.Words("quote_personrel"),
		reportBack:     p.Words("quote_reportback"),
		backReport:     p.Words("quote_backreport"),
		mediaBack:      p.Words("quote_mediaback"),
		roleSyns:       p.Words("quote_rolesynonyms"),
		kin:            p.Words("quote_kin"),
		mediaNames:     p.Words("quote_medianames"),
		prices:         p.Words("quote_prices"),
		noInfinitive:   p.Words("quote_noinfinitive"),
		deontic:        p.Words("quote_deontic"),
		whereupon:      p.Words("quote_whereupon"),
		relForms:       p.Words("quote_relforms"),
		focus:          p.Words("quote_focus"),
		ranker:         parseWeights(p.Words("quote_ranker")),
		p:              p,
	}
	lx.noticeFirst = map[string][]int{}
	for i, n := range lx.notices {
		lx.noticeFirst[n.words[0]] = append(lx.noticeFirst[n.words[0]], i)
		lx.noticeMax = max(lx.noticeMax, n.max)
	}
	lx.titleSuf, lx.mediaSuf, lx.roleSuf = newSuffixTrie(lx.titles), newSuffixTrie(lx.mediaWords), newSuffixTrie(lx.roles)
	lx.epithetSuf, lx.sourceSuf, lx.bodySuf = newSuffixTrie(lx.epithets), newSuffixTrie(lx.sources), newSuffixTrie(lx.bodies)
	lx.nonSpeakerSuf = newSuffixTrie(lx.nonSpeakers)
	lx.phrasePrefixes = make(map[string]struct{}, 2*len(lx.phrases))
	lx.phraseWords = map[string]bool{}
	for k := range lx.phrases {
		lx.phrasePrefixes[k] = struct{}{}
		for i := range len(k) {
			if k[i] == ' ' {
				lx.phrasePrefixes[k[:i]] = struct{}{}
			}
		}
		f := strings.Fields(k)
		lx.maxPhrase = max(lx.maxPhrase, len(f))
		for _, w := range f {
			lx.phraseWords[w] = true
		}
	}
	lx.pluralVerbs = map[string]verbInfo{}
	lx.decisions = map[string]verbInfo{}
	for k, vi := range lx.verbs {
		if vi.plural {
			lx.pluralVerbs[k] = vi
			delete(lx.verbs, k)
		}
		if vi.decides {
			lx.decisions[k] = vi
			delete(lx.verbs, k)
		}
	}
	lx.actObjects = map[string][]string{}
	for w, v := range lx.actVerbs {
		if objs, ok := strings.CutPrefix(v, "obj:"); ok {
			lx.actObjects[w] = strings.Split(objs, "|")
		}
	}
	return lx
}

// verbInfo is one speech verb form: alts lists the alternative companions (each a set of
// words that must all follow later in the clause: the particle of "teilte … mit", "davon aus"
// of "geht davon aus"); none means the form reports by itself. ptcp marks a form that can be a
// past participle, whose passive use names no speaker as its subject.
type verbInfo struct {
	alts [][]string
	ptcp bool
	// addressee: the phrase after the verb is whom it is said to ("told reporters"), never
	// the speaker (@a). reports: a medium can be its subject ("berichtete der Spiegel", @r).
	addressee, reports bool
	// addresses: a reproach or an appeal ("warf … vor", "rief … auf", "bat", @o): after a
	// noun phrase opening the sentence, the phrase after the verb is whom it is addressed to.
	addresses bool
	// question: the verb asks ("fragte", "asked", @q); what it governs is no statement.
	question bool
	// bare: a bare form ("say", "claim", @b) that is a verb only after a subject pronoun, a
	// modal or "to"; elsewhere it is a noun.
	bare bool
	// plural: a present plural written like the infinitive ("sagen", @v): a speech verb only
	// after its subject or the quoted words ("Experten sagen", "„…“, sagen sie"), never after
	// a modal, "zu" or "lässt sich" ("könne man so sagen").
	plural bool
	// impends: the verb also says something threatens ("Der SPD droht ein Debakel", @i); the
	// words after it report speech only as a "dass" clause.
	impends bool
	// tells: after a word standing for the sentence before, the verb says that sentence
	// ("Das bestätigte X", "Dies teilte X mit", @t).
	tells bool
	// tellsWith: the companions with which the verb tells (@t=bekannt: "Dies gab X bekannt",
	// not "Das gibt X zu"); empty: all.
	tellsWith []string
	// from: with tells, the source follows a preposition right after the verb ("Dies geht
	// aus einem Bericht hervor", @f).
	from bool
	// knows: a verb of knowing ("weiß", "wusste", @k): after a direct quotation it names who
	// speaks („…“, weiß X), but the clause it governs is what someone knows, or what the
	// writer says they know ("X weiß, dass …"), never reported speech.
	knows bool
	// names: a verb of naming ("nennt", "genannt", @n): a name or title in quotation marks
	// after it ("nennt sich „Mr. Morningrun“", "nennt die beiden „Phone 9“"), and what "wie X
	// genannt wird" gives (wieFrame), is a name, nobody's words.
	names bool
	// means: the verb also means "to mean" ("meint", @m): a word in quotation marks that names
	// nobody the article knows is a term it explains ("In der Jugendsprache meint „Kante“, dass
	// …"), never its speaker.
	means bool
	// relays: a verb of passing on another's words ("zitierte", @z): an organisation or a
	// medium as its subject relays them ("zitierte die Zeitung den Trainer"); the person it
	// names as its object speaks, else nobody the clause names.
	relays bool
	// decides: a verb of deciding ("beschloss", "entschied", @d): it reports the clause it
	// governs ("Der Rat beschloss, die Brücke zu sperren") only when a body is its subject and
	// it is not reflexive ("entschied sich"): a person's own choice is nobody's statement.
	decides bool
	// rejects: a verb of rejecting (@x; @x=W: only with its particle W after it, "wies …
	// zurück"): with a noun of another's claim as its object (quote_claims) the clause after
	// that noun is the claim's content, not the subject's words. "*" when no particle is needed.
	rejects string
}

func parseVerbs(m map[string]string) map[string]verbInfo {
	out := make(map[string]verbInfo, len(m))
	for k, v := range m {
		var vi verbInfo
		for _, a := range strings.Split(v, ",") {
			a = strings.TrimSpace(a)
			switch {
			case a == "":
			case a == "@p":
				vi.ptcp = true
			case a == "@a":
				vi.addressee = true
			case a == "@o":
				vi.addresses = true
			case a == "@r":
				vi.reports = true
			case a == "@q":
				vi.question = true
			case a == "@b":
				vi.bare = true
			case a == "@i":
				vi.impends = true
			case a == "@k":
				vi.knows = true
			case a == "@n":
				vi.names = true
			case a == "@m":
				vi.means = true
			case a == "@z":
				vi.relays = true
			case a == "@d":
				vi.decides = true
			case a == "@t":
				vi.tells = true
			case a == "@f":
				vi.from = true
			case a == "@v":
				vi.plural = true
			case a == "@x":
				vi.rejects = "*"
			case strings.HasPrefix(a, "@x="):
				vi.rejects = strings.TrimPrefix(a, "@x=")
			case strings.HasPrefix(a, "@t="):
				vi.tells = true
				vi.tellsWith = append(vi.tellsWith, strings.TrimPrefix(a, "@t="))
			default:
				vi.alts = append(vi.alts, strings.Split(a, "+"))
			}
		}
		out[k] = vi
	}
	return out
}

func (lx *lexicon) class(norm string) string { return lx.grammar[norm] }

// claimNoun reports whether norm is a noun of another's claim (quote_claims), or a compound
// ending in one ("korruptionsvorwürfe").
func (lx *lexicon) claimNoun(norm string) bool {
	if _, ok := lx.claims[norm]; ok {
		return true
	}
	for n := range lx.claims {
		if len(norm) > len(n)+2 && strings.HasSuffix(norm, n) {
			return true
		}
	}
	return false
}

// pronAdv reports whether norm is a pronominal adverb ("darauf" of "wies darauf hin").
func (lx *lexicon) pronAdv(norm string) bool { _, ok := lx.pronAdvs[norm]; return ok }

// frameAdv reports whether norm is an adverb that may stand between a frame's speech verb and its
// subject ("wiederum", "jedoch"; quote_frameadvs).
func (lx *lexicon) frameAdv(norm string) bool { _, ok := lx.frameAdvs[norm]; return ok }

// naming reports whether norm is a noun of a name or a label (quote_namings: "spitzname").
func (lx *lexicon) naming(norm string) bool { _, ok := lx.namings[norm]; return ok }

// openAdv reports whether norm is an adverb that opens a main clause before its verb, whose
// subject then follows the verb ("gleichzeitig"; quote_openadvs).
func (lx *lexicon) openAdv(norm string) bool { _, ok := lx.openAdvs[norm]; return ok }

// nominative reports whether norm is a pronoun that is only ever a subject ("er";
// quote_nominative).
func (lx *lexicon) nominative(norm string) bool { _, ok := lx.nominatives[norm]; return ok }

// titlePrep reports whether norm is a preposition fused with an article ("im", "beim").
func (lx *lexicon) titlePrep(norm string) bool { _, ok := lx.titlePreps[norm]; return ok }

// listsClass reports whether the pack's grammar list gives any word the class cls.
func (lx *lexicon) listsClass(cls string) bool {
	for _, c := range lx.grammar {
		if c == cls {
			return true
		}
	}
	return false
}

// isDet reports whether norm is an article, quantifier or possessive that can open a noun
// phrase.
func (lx *lexicon) isDet(norm string) bool {
	switch lx.grammar[norm] {
	case "det", "det:m", "det:f", "det:dem", "det:dat", "indef", "poss":
		return true
	}
	return false
}

// media reports whether norm names a news medium or agency, as itself, after a hyphen
// ("ard-hauptstadtstudio") or as the end of a compound ("nachrichtenagentur").
func (lx *lexicon) media(norm string) bool {
	_, ok := lx.mediaKind(norm)
	return ok
}

// platformNoun reports whether norm is a noun naming an online platform ("Plattform"), as itself
// or after a hyphen ("Social-Media-Plattform"). Other compounds count only as listed
// ("Videoplattform"): a "Nachrichtenplattform" publishes its own news and speaks.
func (lx *lexicon) platformNoun(norm string) bool {
	if i := strings.LastIndexByte(norm, '-'); i >= 0 {
		norm = norm[i+1:]
	}
	return lx.platforms[norm] == "noun"
}

// mediaKind is media with the list's value for the word matched ("f": a feminine noun).
func (lx *lexicon) mediaKind(norm string) (string, bool) {
	if v, ok := lx.mediaWords[norm]; ok {
		return v, true
	}
	if i := strings.LastIndexByte(norm, '-'); i >= 0 {
		if v, ok := lx.mediaWords[norm[i+1:]]; ok {
			return v, true
		}
	}
	sfx := lx.mediaSuf.starts(norm)
	for i := 3; i+5 <= len(norm); i++ {
		if !sfx.at(i) || !utf8.RuneStart(norm[i]) {
			continue
		}
		if v, ok := lx.mediaWords[norm[i:]]; ok {
			return v, true
		}
	}
	return "", false
}

// orgNoun reports whether norm is a noun for an organisation ("konzern", "company").
func (lx *lexicon) orgNoun(norm string) bool {
	_, ok := lx.orgNouns[norm]
	if !ok {
		_, ok = lx.orgNouns[strings.TrimSuffix(norm, "s")]
	}
	return ok
}

// dead reports whether norm, before a name, says the person has died ("late": quote_deceased).
func (lx *lexicon) dead(norm string) bool { _, ok := lx.deceased[norm]; return ok }

// titledBody reports whether the organisation noun norm, capitalised after capitalised words,
// ends a body's own name ("the Justice Department": quote_orgnouns "titled").
func (lx *lexicon) titledBody(norm string) bool {
	return lx.orgNouns[norm] == "titled"
}

// orgKind reports whether the organisation noun norm is a kind of body its name holds
// ("commission": quote_orgnouns "named").
func (lx *lexicon) orgKind(norm string) bool {
	return lx.orgNouns[norm] == "named"
}

// body reports whether norm names a public body that speaks for itself ("polizei",
// "verteidigungsministerium"), and whether the word is only the bare kind of body ("ministerium")
// that points back to one named before.
func (lx *lexicon) body(norm string) (ok, bare bool) {
	if len(lx.bodies) == 0 {
		return false, false
	}
	sfx := lx.bodySuf.starts(norm)
	for i := range norm {
		if !sfx.at(i) {
			continue
		}
		v, found := lx.bodies[norm[i:]]
		if !found {
			continue
		}
		if i == 0 {
			return true, v == "compound"
		}
		if i >= 3 {
			return true, false // "verteidigungsministerium", "bundespolizei"
		}
	}
	return false, false
}

// nameParticle reports whether norm is a lower-case word inside names ("von", "zur").
func (lx *lexicon) nameParticle(norm string) bool {
	_, ok := lx.nameParts[norm]
	return ok
}

func (lx *lexicon) pronoun(norm string) (gender string, ok bool) {
	c := lx.grammar[norm]
	if g, found := strings.CutPrefix(c, "pron:"); found {
		return g, true
	}
	return "", false
}

// head returns the role noun that norm ends with ("kanzleichef" -> "chef"), or "".
func (lx *lexicon) roleHead(norm string) string {
	if len(lx.roles) == 0 || norm == "" {
		return ""
	}
	return lx.roleHeadUncached(norm)
}

func (lx *lexicon) roleHeadUncached(norm string) string {
	best := ""
	for _, w := range []string{norm, strings.TrimSuffix(norm, "s"), strings.TrimSuffix(norm, "en"), strings.TrimSuffix(norm, "n")} {
		sfx := lx.roleSuf.starts(w)
		for i := range w {
			if !sfx.at(i) || i > 0 && !utf8.RuneStart(w[i]) {
				continue
			}
			suf := w[i:]
			if _, ok := lx.roles[suf]; ok && len(suf) > len(best) {
				best = suf
				break
			}
		}
	}
	return best
}

// epithet reports whether norm (or the end of the compound) is a noun that describes a person
// already named ("politikerin", "77-jährige", "lawmaker"), and the sex it gives.
func (lx *lexicon) epithet(norm string) (sex byte, ok bool) {
	for _, w := range []string{norm, strings.TrimSuffix(norm, "n")} {
		sfx := lx.epithetSuf.starts(w)
		for i := range w {
			if !sfx.at(i) || i > 0 && !utf8.RuneStart(w[i]) {
				continue
			}
			if v, found := lx.epithets[w[i:]]; found && (i == 0 || len(w)-i >= 4) {
				if v != "" {
					sex = v[0]
				}
				return sex, true
			}
		}
	}
	return 0, false
}

// epithetKey returns the entry of the epithet list that norm is or ends with ("amerikaner" of
// "us-amerikaner", "politikerin" of "fdp-politikerin"), or "".
func (lx *lexicon) epithetKey(norm string) string {
	for _, w := range []string{norm, strings.TrimSuffix(norm, "n")} {
		sfx := lx.epithetSuf.starts(w)
		for i := range w {
			if !sfx.at(i) || i > 0 && !utf8.RuneStart(w[i]) {
				continue
			}
			if _, found := lx.epithets[w[i:]]; found && (i == 0 || len(w)-i >= 4) {
				return w[i:]
			}
		}
	}
	return ""
}

// timeWord reports whether norm is a weekday or a month: the end of a time adverbial ("am
// Montag"), never a speaker.
func (lx *lexicon) timeWord(norm string) bool {
	_, wd := lx.weekdays[norm]
	_, mo := lx.months[norm]
	return wd || mo
}

// notAName reports whether a single word the entity tagger took for a person cannot be one: a
// weekday, a month, a stop word or a pronoun ("Friday", "But", "They").
func (lx *lexicon) notAName(norm string) bool {
	if _, ok := lx.weekdays[norm]; ok {
		return true
	}
	if _, ok := lx.months[norm]; ok {
		return true
	}
	if _, ok := lx.pronoun(norm); ok {
		return true
	}
	return lx.p.Stopword(norm) || lx.grammar[norm] != ""
}

// norm reports whether norm is a norm, test cycle or law known by a short name, alone or
// before a hyphen ("wltp", "wltp-norm"), from quote_norms.
func (lx *lexicon) norm(w string) bool {
	if _, ok := lx.norms[w]; ok {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		_, ok := lx.norms[w[:i]]
		return ok
	}
	return false
}

// personSex returns the sex a noun for a person gives ("partnerin" f, "ministerin" f, "vater"
// m), from the person, epithet and role lists, or 0.
func (lx *lexicon) personSex(norm string) byte {
	if v := lx.persons[norm]; v != "" {
		return v[0]
	}
	if i := strings.LastIndexByte(norm, '-'); i >= 0 {
		if v := lx.persons[norm[i+1:]]; v != "" {
			return v[0]
		}
	}
	if sex, ok := lx.epithet(norm); ok && sex != 0 {
		return sex
	}
	if h := lx.roleHead(norm); h != "" && lx.roles[h] != "" {
		return lx.roles[h][0]
	}
	return 0
}

// personNoun reports whether norm is a noun for people the text need not name, singular or
// plural ("zeuge", "zeugen", "anwohnern").
func (lx *lexicon) personNoun(norm string) bool {
	cuts := pluralCuts(norm)
	for _, w := range []string{norm, cuts[0], cuts[1]} {
		if lx.persons[w] != "" {
			return true
		}
	}
	return false
}

// pluralCuts are norm without a plural's -n and without its -en ("behörden" → "behörde",
// "behörd"), the forms a singular noun list may hold.
func pluralCuts(norm string) [2]string {
	return [2]string{strings.TrimSuffix(norm, "n"), strings.TrimSuffix(norm, "en")}
}

// zuInfinitive reports whether norm is a zu-infinitive of a separable verb: particle, "zu",
// stem ending in -n ("vorzugehen", "herauszugeben").
func (lx *lexicon) zuInfinitive(norm string) bool {
	if !strings.HasSuffix(norm, "n") {
		return false
	}
	for i := 2; i+4 < len(norm); i++ {
		if norm[i:i+2] == "zu" {
			if _, ok := lx.particles[norm[:i]]; ok {
				return true
			}
		}
	}
	return false
}

// sourceNoun reports whether norm is, or ends in, a noun naming a source of information
// ("Angaben", "Polizeiangaben", "Expertenmeinung").
func (lx *lexicon) sourceNoun(norm string) bool {
	sfx := lx.sourceSuf.starts(norm)
	for i := range norm {
		if !sfx.at(i) || !utf8.RuneStart(norm[i]) {
			continue
		}
		if _, ok := lx.sources[norm[i:]]; ok && len(norm)-i >= 5 {
			return true
		}
	}
	return false
}

// titleHead reports whether norm (or its head) is a noun introducing a named work or outlet.
// A head ends a compound only after a part long enough to be a word ("Wetterapp"), so a name
// that merely ends in its letters ("Trapp") is none.
func (lx *lexicon) titleHead(norm string) bool {
	if len(lx.titles) == 0 {
		return false
	}
	for _, w := range []string{norm, strings.TrimSuffix(norm, "s"), strings.TrimSuffix(norm, "es")} {
		sfx := lx.titleSuf.starts(w)
		for i := range w {
			if !sfx.at(i) || !utf8.RuneStart(w[i]) || i > 0 && utf8.RuneCountInString(w[:i]) < 3 {
				continue
			}
			if _, ok := lx.titles[w[i:]]; ok && len(w)-i >= 3 {
				return true
			}
		}
	}
	return false
}

func isCap(t *article.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// capLike reports whether a word is capitalised, or a hyphenated compound whose last part is
// ("58-Jährige").
func capLike(t *article.Token) bool {
	if isCap(t) {
		return true
	}
	if i := strings.LastIndexByte(t.Text, '-'); i >= 0 && i+1 < len(t.Text) {
		r, _ := utf8.DecodeRuneInString(t.Text[i+1:])
		return unicode.IsUpper(r)
	}
	return false
}

func isWord(t *article.Token) bool { return t.Kind == article.TokWord }

func isLowerWord(t *article.Token) bool {
	if t.Kind != article.TokWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

// adjLike reports whether a lower-case word can be an inflected attributive adjective
// ("ukrainische", "russischen"), which may stand inside a noun phrase naming a speaker.
func adjLike(norm string) bool {
	if len(norm) < 4 {
		return false
	}
	for _, suf := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(norm, suf) {
			return true
		}
	}
	return false
}

func isPunct(t *article.Token, s string) bool { return t.Kind == article.TokPunct && t.Text == s }

// isOpenMark and isCloseMark recognise quotation marks as tokens.
func isQuoteMark(t *article.Token) bool {
	if t.Kind != article.TokPunct {
		return false
	}
	switch t.Text {
	case "„", "“", "”", "»", "«", "‚", "‘", "’", "\"", "''", "``":
		return true
	}
	return false
}

// nonSpeaker reports whether norm is, or ends in, a noun of quote_nonspeakers ("zuversicht",
// "aufklärungsquote"); a compound's head follows a part of at least three letters.
func (lx *lexicon) nonSpeaker(norm string) bool {
	if _, ok := lx.nonSpeakers[norm]; ok {
		return true
	}
	if i := strings.LastIndexByte(norm, '-'); i >= 0 {
		if _, ok := lx.nonSpeakers[norm[i+1:]]; ok {
			return true
		}
	}
	sfx := lx.nonSpeakerSuf.starts(norm)
	for i := 3; i+4 <= len(norm); i++ {
		if !sfx.at(i) || !utf8.RuneStart(norm[i]) {
			continue
		}
		if _, ok := lx.nonSpeakers[norm[i:]]; ok {
			return true
		}
	}
	return false
}

// presentParticiple reports whether the lower-case word n ends like an inflected present
// participle of the pack ("nahestehenden"); a pack without the list has none.
func (lx *lexicon) presentParticiple(n string) bool {
	for suf := range lx.participles {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}
