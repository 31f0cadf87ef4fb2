package article

// Span is a half-open range of code point offsets into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	TokWord   TokenKind = iota // letters, possibly with inner hyphens or apostrophes
	TokNumber                  // digits, possibly with . , separators ("11.000", "1,5")
	TokPunct                   // anything else that is not space
)

// Token is one word, number or punctuation mark, with its offsets.
type Token struct {
	Start int       `json:"start"` // code points into Article.Text
	End   int       `json:"end"`
	Text  string    `json:"text"` // as written
	Norm  string    `json:"norm"` // language pack's normal form (lower case, folded)
	Stem  string    `json:"stem"` // language pack's stem of Norm
	Kind  TokenKind `json:"kind"`
	Stop  bool      `json:"stop,omitempty"` // a stop word in the article's language
}

// Sentence is one sentence, with the range of its tokens in Analysis.Tokens.
type Sentence struct {
	Start    int `json:"start"`
	End      int `json:"end"`
	TokStart int `json:"-"`
	TokEnd   int `json:"-"`
	Block    int `json:"-"` // index into Article.Blocks
}

// Entity types, as the contract names them.
const (
	EntityPerson       = "person"
	EntityOrganisation = "organisation"
	EntityPlace        = "place"
	EntityOther        = "other"
)

// Entity is one mention of a person, organisation, place or other named thing.
type Entity struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Canonical string `json:"canonical"`
	// Subtype is "deriv" for an adjective of a name ("ukrainische": Ukraine) and "part" for a
	// name inside a compound ("NATO" in "NATO-Generalsekretär"), "" otherwise (entity package).
	Subtype string `json:"subtype,omitempty"`
	// Key is the entity's language-independent key (entity.Key): the same for its names in
	// any language ("Hannover" and "Hanover": "place:geo:2910831"; "Selenskyj" and
	// "Zelensky": "person:~salanska"), for joining reports across languages.
	Key string `json:"key,omitempty"`
}

// Quote is one quotation or piece of reported speech.
type Quote struct {
	Start   int    `json:"start"` // the quoted words, without quotation marks
	End     int    `json:"end"`
	Text    string `json:"text"`
	Speaker string `json:"speaker"` // canonical entity name, or "" (null) when unknown
	// SpeakerHow says how the speaker was found: one of the Speaker* constants.
	SpeakerHow string `json:"speaker_how"`
	Direct     bool   `json:"direct"`            // the words are verbatim, in quotation marks; false for reported speech
	Partial    bool   `json:"partial,omitempty"` // a quoted fragment inside the reporter's sentence
	Cue        *Mark  `json:"cue"`
	// CueParts are the other words of a cue written apart from it, in text order: the particle
	// closing a separable verb's clause ("teilte … mit", "gab … bekannt", "wies darauf hin"),
	// the auxiliary of a participle ("hat … angekündigt", "wurde … vorgeworfen"), the "es" of
	// "heißt es" and a reflexive right after the verb ("äußerte sich"); none for a cue of one
	// piece.
	CueParts []Mark `json:"cue_parts,omitempty"`
	Source   *Mark  `json:"source"`
	// Relay is a second attribution the clause of a reported quotation gives its words beside
	// the speech verb: a cue phrase and its source ("bestätigte X laut Reuters, dass …", "Nach
	// Angaben der UN hatten die Staaten darum gebeten, …", "sagte X, laut einer Studie sei …").
	// The quotation keeps its one speaker; nil when the clause gives none.
	Relay *Relay `json:"relay,omitempty"`
}

// Relay is the cue phrase and source words of a quotation's second attribution (Quote.Relay).
type Relay struct {
	Cue    Mark `json:"cue"`
	Source Mark `json:"source"`
}

// How a quotation's speaker was found (Quote.SpeakerHow). A speaker is named only on strong
// evidence; otherwise it is left empty and Source keeps the words the text has.
const (
	// SpeakerSubject: the words naming the speaker are a name (with any title or role).
	SpeakerSubject = "subject"
	// SpeakerCoreference: a pronoun or an epithet ("sie", "der 77-Jährige"), or a quotation that
	// continues a report, resolved to the nearest preceding person that agrees.
	SpeakerCoreference = "coreference"
	// SpeakerRole: a role noun ("der Sprecher") the article has tied to a name.
	SpeakerRole = "role"
	// SpeakerNone: the speaker is not named (Speaker is empty).
	SpeakerNone = "none"
)

// Mark is a piece of text with its offsets.
type Mark struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Figure is one number with what it counts and who gave it.
type Figure struct {
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Text         string   `json:"text"`
	Value        float64  `json:"value"`
	Unit         string   `json:"unit"` // ISO 4217 for money, a unit symbol, "" (null) for counts
	Approximate  bool     `json:"approximate"`
	What         string   `json:"what"`
	AttributedTo string   `json:"attributed_to"` // canonical name or "" (null)
	Source       *Mark    `json:"source,omitempty"`
	Sentence     int      `json:"sentence"`
	Keys         []string `json:"keys,omitempty"` // stemmed content words of What, for grouping
	// Bound says how Value bounds the quantity when the text is not exact: "about" (rund 8.000),
	// "min" (mindestens 100: Value included), "over" (mehr als 100: Value left out), "max" (bis
	// zu 100), "under" (weniger als 100), "order" (Tausende: at least Value, below ten times
	// Value); "" when exact. Added by the figure extractor (C2) for conflict checks.
	Bound string `json:"bound,omitempty"`
	// Part is set when the figure counts a part of a whole counted before it ("zwölf
	// Menschen, zwei von ihnen schwer"): figure.Group never puts it with non-parts, so a
	// subset is not taken for a rival value. Added by the figure extractor (R5).
	Part bool `json:"part,omitempty"`
}

// Time expression types (TIMEX3).
const (
	TimeDate     = "date"
	TimeTime     = "time"
	TimeDuration = "duration"
	TimeSet      = "set"
)

// Time is one time expression, normalised in TIMEX3 style.
type Time struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"` // "" (null) when the text alone cannot resolve it
	// Mod is the TIMEX3 modifier ("Anfang 2025": START; also MID, END, APPROX, MORE_THAN,
	// LESS_THAN), "" when none. Added by the timex extractor (D2).
	Mod string `json:"mod,omitempty"`
}

// Analysis is what the analysis stage attaches to an article.
type Analysis struct {
	Sentences []Sentence `json:"sentences"`
	Tokens    []Token    `json:"-"`
	Entities  []Entity   `json:"entities"`
	Quotes    []Quote    `json:"quotes"`
	Figures   []Figure   `json:"figures"`
	Times     []Time     `json:"times"`
	// Limits says which of the analysis's work limits the article reached (a sentence split
	// because it had no end, tokens or mentions past the per-article limit); none for news.
	Limits []string `json:"limits,omitempty"`
}

// SentenceTokens returns the tokens of sentence i.
func (an *Analysis) SentenceTokens(i int) []Token {
	s := an.Sentences[i]
	return an.Tokens[s.TokStart:s.TokEnd]
}

// SentenceAt returns the index of the sentence that holds code point offset off, or -1.
func (an *Analysis) SentenceAt(off int) int {
	lo, hi := 0, len(an.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case off < an.Sentences[m].Start:
			hi = m
		case off >= an.Sentences[m].End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
