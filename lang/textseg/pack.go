package textseg

import (
	"io/fs"

	"crosscheck/article"
	"crosscheck/lang/wordlist"
)

// Config is what differs between two language packs built on this engine.
type Config struct {
	Code  string
	Words fs.FS // holding words/*.txt
	// Stem is the language's stemmer over normalised words (Snowball).
	Stem func(norm string) string
	// Conjunctions may join two abbreviated compounds ("Ein- und Ausfuhr").
	Conjunctions []string
	// GenderSuffixes end a word written for both genders after ":", "*", "_", "/" or "·"
	// ("Kolleg:innen", "Mitarbeiter*innen"): the word stays one token.
	GenderSuffixes []string
	// Ordinals: "3. November" is one sentence (German and other languages that write
	// ordinals with a period).
	Ordinals bool
}

// Pack implements lang.Pack for a language whose rules are word lists and a stemmer. The
// packs in lang/de and lang/en embed it and add what is theirs.
type Pack struct {
	code     string
	stem     func(string) string
	lists    wordlist.Lists
	stop     map[string]string
	tok      *Tokenizer
	splitter *Splitter
	stems    *StemCache
	forms    *formCache
}

// NewPack builds a pack from its word lists (abbreviations, months, stopwords and, with
// Ordinals, ordinal_nouns and ordinal_lead drive splitting and tokenising).
func NewPack(c Config) (*Pack, error) {
	lists, err := wordlist.Load(c.Words, "words", Normalize)
	if err != nil {
		return nil, err
	}
	p := &Pack{code: c.Code, stem: c.Stem, lists: lists, stop: lists["stopwords"]}
	p.stems = NewStemCache(c.Stem, 200_000)
	p.forms = newFormCache(cacheForms)
	p.tok = NewTokenizer(lists["abbreviations"], c.Conjunctions)
	p.tok.gender = map[string]bool{}
	for _, g := range c.GenderSuffixes {
		p.tok.gender[g] = true
	}
	rules := Rules{Abbrev: lists["abbreviations"], Months: lists["months"], Starters: lists["stopwords"]}
	if c.Ordinals {
		rules.OrdinalNouns, rules.OrdinalLead, rules.Ordinals = lists["ordinal_nouns"], lists["ordinal_lead"], true
	}
	p.splitter = NewSplitter(rules)
	return p, nil
}

// Code implements lang.Pack.
func (p *Pack) Code() string { return p.code }

// Words implements lang.Pack.
func (p *Pack) Words(list string) map[string]string { return p.lists[list] }

// Normalize implements lang.Pack: lower case and NFC, typographic apostrophes made plain.
func (p *Pack) Normalize(word string) string { return Normalize(word) }

// Stem implements lang.Pack with the language's stemmer.
func (p *Pack) Stem(norm string) string { return p.stem(norm) }

// Stopword implements lang.Pack.
func (p *Pack) Stopword(norm string) bool {
	_, ok := p.stop[norm]
	return ok
}

// Tokens implements lang.Pack. See Tokenizer for what a token is. Stop words and
// abbreviations are not stemmed.
func (p *Pack) Tokens(text string) []article.Token {
	return p.AppendTokens(make([]article.Token, 0, len(text)/6+1), text)
}

// AppendTokens appends the tokens of text, as Tokens gives them, to dst and returns the
// extended slice (analyze gathers an article's tokens this way, without a slice per sentence).
func (p *Pack) AppendTokens(dst []article.Token, text string) []article.Token {
	n0 := len(dst)
	dst = p.tok.AppendTokens(dst, text)
	toks := dst[n0:]
	for i := range toks {
		t := &toks[i]
		if t.Kind != article.TokWord {
			t.Norm, t.Stem = t.Text, t.Text
			continue
		}
		t.Norm, t.Stem, t.Stop = p.word(t.Text)
	}
	return dst
}

// Sentences implements lang.Pack. See Splitter for the rules.
func (p *Pack) Sentences(text string) []article.Span { return p.splitter.Sentences(text) }
