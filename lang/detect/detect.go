// Package detect identifies the language of a text from the first few kilobytes: the script
// decides for non-Latin text, and for Latin text profiles of frequent function words (which
// we wrote ourselves) plus a few telling letters pick among de, en, fr, es, it, nl, pl, pt, tr.
package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Undetermined is returned when the text is too short or too mixed to tell.
const Undetermined = "und"

// sampleBytes is how much of a text Detect reads.
const sampleBytes = 4096

// profiles holds, per language, frequent function words that are rare in the other
// languages here. Words shared by several languages ("de", "a", "in") still help when they
// appear in few profiles, since each hit adds weight to every language that lists the word.
var profiles = map[string]string{
	"de": "der die das und ist nicht ein eine einen einem einer zu den dem des mit sich auf für von im auch es als wird werden wurde dass sind bei nach noch wie aus hat haben oder aber vor zum zur über nur sein durch sie er wir ich",
	"en": "the and of to is in that it was for on are with as be by this have from or an at not which but has they were had his her their been will would would there what about who also can more than when said its into",
	"fr": "le la les de des du et est une un pour que qui dans en sur pas par au aux avec ce cette il elle sont ont été mais plus ses son nous vous leur comme tout être fait",
	"es": "el la los las de del y en que es un una por para con no se su sus al lo como más pero fue ha han este esta son entre sobre también muy ya hay desde",
	"it": "il lo la gli le di del della dei delle e è che un una per con non si da al alla nel nella sono come più ma anche questo questa ha hanno stato essere tra",
	"nl": "de het een en van is dat op te in voor met niet zijn aan er door ook als bij maar wordt worden om naar uit dan nog was hij zij wij heeft hebben deze dit",
	"pl": "i w z na nie się do że jest to o jak po od za dla oraz przez ale jego jej czy są być był była było tak tylko już może przy ze",
	"pt": "o a os as de do da dos das e em no na nos nas um uma para com não que é por se mais mas foi ao aos pelo pela são como também está seu sua",
	"tr": "ve bir bu da de için ile olarak daha çok gibi olan en ne var ama kadar sonra her şey değil ise mi mı o ben biz onlar olduğu yapılan",
}

// letters are characters that point at one language when they appear in a Latin text.
// Values index codes: de 0, en 1, fr 2, es 3, it 4, nl 5, pl 6, pt 7, tr 8.
var letters = map[rune]int{
	'ß': 0,
	'ñ': 3, '¿': 3, '¡': 3,
	'ã': 7, 'õ': 7,
	'ą': 6, 'ę': 6, 'ł': 6, 'ż': 6, 'ś': 6, 'ć': 6, 'ń': 6, 'ź': 6,
	'ğ': 8, 'ş': 8, 'ı': 8, 'İ': 8,
	'œ': 2,
}

type weight struct {
	lang int // index into codes
	w    float64
}

// table maps a word to the languages whose profile lists it, each with weight 1/len.
var table = func() map[string][]weight {
	t := map[string][]weight{}
	for li, lang := range codes {
		for _, w := range strings.Fields(profiles[lang]) {
			t[w] = append(t[w], weight{lang: li})
		}
	}
	for w, ls := range t {
		for i := range ls {
			ls[i].w = 1 / float64(len(ls))
		}
		t[w] = ls
	}
	return t
}()

// codes fixes the order in which languages are compared, so ties resolve deterministically.
var codes = []string{"de", "en", "fr", "es", "it", "nl", "pl", "pt", "tr"}

// Detect returns the ISO 639-1 code of text's language ("de", "en", "fr", "es", "it", "nl",
// "pl", "pt", "tr", "ru", "uk", "el", "ar", "he", "zh", "ja", "ko"), or "und" when the text
// is too short or unclear.
func Detect(text string) string {
	if len(text) > sampleBytes {
		// Cut at a code point start so the sample does not end in half a letter.
		cut := sampleBytes
		for k := 0; k < utf8.UTFMax && cut > 0 && !utf8.RuneStart(text[cut]); k++ {
			cut--
		}
		text = text[:cut]
	}
	var latin, cyr, greek, arabic, hebrew, han, kana, hangul, ukr int
	var score [9]float64
	var buf [16]byte
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		start = -1
		if len(w) > len(buf) {
			return // function words are short
		}
		var ws []weight
		if b, ok := lowerASCII(w, &buf); ok {
			ws = table[string(b)] // no allocation for a map index by converted bytes
		} else {
			ws = table[strings.ToLower(w)]
		}
		for _, lw := range ws {
			score[lw.lang] += lw.w
		}
	}
	for i, r := range text {
		if !unicode.IsLetter(r) && r != '\'' {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
		switch {
		case r < 0x250:
			latin++
			if l, ok := letters[r]; ok {
				score[l] += 0.5
			}
		case r >= 0x400 && r < 0x530:
			cyr++
			if r == 'і' || r == 'ї' || r == 'є' || r == 'ґ' {
				ukr++
			}
		case r >= 0x370 && r < 0x400:
			greek++
		case r >= 0x600 && r < 0x700:
			arabic++
		case r >= 0x590 && r < 0x600:
			hebrew++
		case r >= 0x3040 && r < 0x3100:
			kana++
		case r >= 0xAC00 && r < 0xD7B0:
			hangul++
		case unicode.Is(unicode.Han, r):
			han++
		}
	}
	flush(len(text))
	total := latin + cyr + greek + arabic + hebrew + han + kana + hangul
	if total < 10 {
		return Undetermined
	}
	switch {
	case cyr*2 > total:
		if ukr*50 > cyr {
			return "uk"
		}
		return "ru"
	case greek*2 > total:
		return "el"
	case arabic*2 > total:
		return "ar"
	case hebrew*2 > total:
		return "he"
	case kana > 0 && (kana+han)*2 > total:
		return "ja"
	case hangul*2 > total:
		return "ko"
	case han*2 > total:
		return "zh"
	case latin*2 <= total:
		return Undetermined
	}
	best, second := "", 0.0
	bestScore := 0.0
	for i, c := range codes {
		s := score[i]
		if s > bestScore {
			best, second, bestScore = c, bestScore, s
		} else if s > second {
			second = s
		}
	}
	// Need a few function-word hits and a clear lead over the runner-up.
	if bestScore < 1.5 || bestScore < 1.25*second {
		return Undetermined
	}
	return best
}

// lowerASCII lower-cases an ASCII word into buf; false when w is not ASCII.
func lowerASCII(w string, buf *[16]byte) ([]byte, bool) {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return nil, false
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}
