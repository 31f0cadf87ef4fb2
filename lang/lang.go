// Package lang defines the language pack: everything language-specific that analysis needs
// (sentence splitting, tokenising, normalising, stemming, stop words and named word lists),
// behind one small interface. Packs live in sub-packages (lang/de, lang/en); adding a
// language adds a pack and nothing else.
package lang

import (
	"slices"
	"sync"

	"golang.org/x/text/language"

	"crosscheck/article"
)

// Pack is one language's analysis toolkit. Implementations are safe for concurrent use.
type Pack interface {
	// Code is the ISO 639-1 code, e.g. "de".
	Code() string
	// Sentences splits text (one block: a title, heading or paragraph) into sentences,
	// returning code point spans into text, trimmed of surrounding space.
	Sentences(text string) []article.Span
	// Tokens splits text into tokens with code point offsets into text, each with Norm,
	// Stem and Stop filled.
	Tokens(text string) []article.Token
	// Normalize returns the normal form of a word: lower case, with the pack's foldings.
	Normalize(word string) string
	// Stem returns the stem of a normalised word.
	Stem(norm string) string
	// Stopword reports whether a normalised word is a stop word.
	Stopword(norm string) bool
	// Words returns a named word list of the pack (nil when the pack has none by that name).
	// Keys are normalised words or phrases; values are the list's payload ("" when none),
	// e.g. "elf" -> "11" in "numbers", "januar" -> "1" in "months". See each pack's
	// words/ folder for the lists and their format.
	Words(list string) map[string]string
}

// Data is implemented by packs that carry data files for extractors beyond their word
// lists: the entity tagger's weights and the word data its features read (see the
// entity package's File* names). An extractor that needs a file a pack lacks says so and
// does without; it never borrows another language's.
type Data interface {
	// Data returns the contents of the pack's data file name ("entity/model.bin"), or an
	// error wrapping fs.ErrNotExist when the pack has none.
	Data(name string) ([]byte, error)
}

// Registry maps language codes to packs. Build one in main and pass it down.
type Registry struct {
	packs map[string]Pack
	order []string
}

// NewRegistry returns a registry holding packs; the first is the fallback.
func NewRegistry(packs ...Pack) *Registry {
	r := &Registry{packs: map[string]Pack{}}
	for _, p := range packs {
		r.packs[p.Code()] = p
		r.order = append(r.order, p.Code())
	}
	return r
}

// Get returns the pack for code, or the fallback pack (the first registered) and false.
func (r *Registry) Get(code string) (Pack, bool) {
	if p, ok := r.packs[code]; ok {
		return p, true
	}
	if len(r.order) == 0 {
		return nil, false
	}
	return r.packs[r.order[0]], false
}

// Codes lists the registered language codes in registration order.
func (r *Registry) Codes() []string { return append([]string(nil), r.order...) }

// registered holds the packs known by language tag (see Register). It is written only by
// the packs' init functions and read afterwards.
var registered = struct {
	sync.Mutex
	packs map[language.Tag]*lazyPack
}{packs: map[language.Tag]*lazyPack{}}

type lazyPack struct {
	once sync.Once
	make func() Pack
	p    Pack
}

// Register makes a pack known by its language tag: a stage that must know every language
// (number words in provenance matching, say) asks Registered instead of importing packs.
// Pack packages register themselves in init with a constructor, which runs on first use
// only. Registering a tag twice panics: two packs for one language is a build error.
func Register(tag language.Tag, newPack func() Pack) {
	registered.Lock()
	defer registered.Unlock()
	if _, dup := registered.packs[tag]; dup {
		panic("lang: two packs registered for " + tag.String())
	}
	registered.packs[tag] = &lazyPack{make: newPack}
}

// Lookup returns the registered pack for tag, building it on first use.
func Lookup(tag language.Tag) (Pack, bool) {
	registered.Lock()
	lp, ok := registered.packs[tag]
	registered.Unlock()
	if !ok {
		return nil, false
	}
	lp.once.Do(func() { lp.p = lp.make() })
	return lp.p, true
}

// Registered returns every registered pack, ordered by tag.
func Registered() []Pack {
	registered.Lock()
	tags := make([]language.Tag, 0, len(registered.packs))
	for t := range registered.packs {
		tags = append(tags, t)
	}
	registered.Unlock()
	slices.SortFunc(tags, func(a, b language.Tag) int {
		switch as, bs := a.String(), b.String(); {
		case as < bs:
			return -1
		case as > bs:
			return 1
		}
		return 0
	})
	out := make([]Pack, 0, len(tags))
	for _, t := range tags {
		p, _ := Lookup(t)
		out = append(out, p)
	}
	return out
}
