package story_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/store"
	"crosscheck/story"
)

// paragraphsIn analyses an article of the given title whose body is the paragraphs, each a
// block of its own, as ingest makes them.
func paragraphsIn(language, title string, paras ...string) *store.Record {
	a := &article.Article{ID: "t", Language: language, Title: title, Published: "2024-07-03T09:00:00Z"}
	off := 0
	for k, p := range paras {
		if k > 0 {
			a.Text += "\n\n"
			off += 2
		}
		n := utf8.RuneCountInString(p)
		a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockParagraph, Start: off, End: off + n})
		a.Text += p
		off += n
	}
	return &store.Record{Article: a, Analysis: app.Analyzer(app.Registry()).Analyze(a)}
}

// summaryHolds reports, for each part, whether a sentence of st's summary holds it.
func summaryHolds(st *story.Story, parts ...string) map[string]bool {
	got := map[string]bool{}
	for _, s := range st.Summary {
		for _, part := range parts {
			got[part] = got[part] || strings.Contains(s.Text, part)
		}
	}
	return got
}

// usableWith reports whether the sentence of r holding part may be read at all; it fails
// the test when no sentence holds it.
func usableWith(t *testing.T, r *store.Record, part string) bool {
	t.Helper()
	texts, usable := story.Usables(r, app.Registry())
	for k, s := range texts {
		if strings.Contains(s, part) {
			return usable[k]
		}
	}
	t.Fatalf("no sentence holds %q in %q", part, texts)
	return false
}

// TestCaptionParagraphsLeftOut: a paragraph that gives a photo credit after one or two
// sentences, one that closes on a lone agency word, and a feed's teaser that runs a caption
// into the headline are a picture's caption: none of their sentences is read. Prose that a
// gallery's credit follows after more sentences, and a teaser without the headline, are read.
func TestCaptionParagraphsLeftOut(t *testing.T) {
	const title = "Stadtfest 2024: Tausende feiern in Neustadt"
	body := "Der Stadtrat von Neustadt hat am Montag den Haushalt für das kommende Jahr beschlossen."
	for _, c := range []struct {
		name  string
		paras []string
		part  string
		want  bool
	}{
		{"credit after a caption", []string{body, "Die frühere Bürgermeisterin Anna Berger aus Neustadt. Foto: Agentur Nord"}, "Bürgermeisterin", false},
		{"credit after two sentences", []string{body, "Besucher tanzen auf dem Marktplatz von Neustadt. Die Band spielte bis spät in die Nacht. © Agentur Nord"}, "Besucher tanzen", false},
		{"credit after prose", []string{body, "Die Feuerwehr von Neustadt rückte am Sonntag zu einem Brand aus. Das Feuer war in einer Scheune ausgebrochen. Verletzt wurde nach Angaben der Polizei niemand. © Agentur Nord"}, "Feuerwehr", true},
		{"lone agency word", []string{body, "Nach dem Schlusspfiff feierten die Fans aus Neustadt auf dem Rasen die Meisterschaft. dpa"}, "Schlusspfiff", false},
		{"no agency word", []string{body, "Nach dem Schlusspfiff feierten die Fans aus Neustadt auf dem Rasen die Meisterschaft."}, "Schlusspfiff", true},
		{"teaser with the headline", []string{"Besucher tanzen auf dem Marktplatz in Neustadt zur Musik der Band. Stadtfest-Ticker. Stadtfest 2024: Tausende feiern in …", body}, "Besucher tanzen", false},
		{"teaser without the headline", []string{"Besucher tanzen auf dem Marktplatz in Neustadt zur Musik der Band. Die Polizei zählte am Abend mehr als …", body}, "Besucher tanzen", true},
	} {
		if got := usableWith(t, paragraphsIn("de", title, c.paras...), c.part); got != c.want {
			t.Errorf("%s: %q read: %v, want %v", c.name, c.part, got, c.want)
		}
	}
}

// TestHeadlinesStampsAndBylinesLeftOut: the headline repeated as a paragraph of its own, a
// site's time stamp and a byline run into the first sentence are no prose; a paragraph that
// says more than the headline, and "Von" before a name that goes on in lower case, are.
func TestHeadlinesStampsAndBylinesLeftOut(t *testing.T) {
	const title = "Stadtfest in Neustadt: Tausende feiern bis in die Nacht!"
	body := "Der Stadtrat von Neustadt hat am Montag den Haushalt für das kommende Jahr beschlossen."
	for _, c := range []struct {
		language, para, part string
		want                 bool
	}{
		{"de", "Stadtfest in Neustadt : Tausende feiern bis in die Nacht!", "Tausende", false},
		{"de", "Stadtfest in Neustadt: Tausende feiern trotz Regen bis in die Nacht!", "Tausende", true},
		{"de", "Von Jana Keller , Neustadt 06.06.2024, 14:27 Lesezeit: 3 Min.", "Keller", false},
		{"de", "Jana Keller aus Neustadt 06.06.2024, 14:27 berichtet über den Haushalt des Stadtrats.", "Keller", false},
		{"de", "Von Jana Keller Ein neuer Trainer ist beim SC Neustadt nicht in Sicht.", "Trainer", false},
		{"de", "Von Jana Keller kam am Sonntag kein einziger Pass in den Strafraum des SC Neustadt.", "Pass", true},
		{"en", "By Jane Holt The council of Cedar Falls voted on Monday to close the old bridge.", "council", false},
		{"en", "By Monday the council of Cedar Falls had voted to close the old bridge.", "council", true},
	} {
		if got := usableWith(t, paragraphsIn(c.language, title, body, c.para), c.part); got != c.want {
			t.Errorf("%q read: %v, want %v", c.para, got, c.want)
		}
	}
}

// TestStory13Openers: sentences that lean on the one before ("Zu dieser herausragenden
// Statistik", "Damals", "Nun", "Einer ist", "bedeutet dies", a ticker's "68'" or a set and
// its score) and a ticker's pictographs stand in no summary; the same news told in full does.
func TestStory13Openers(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Zu dieser herausragenden Statistik kommt beim SC Neustadt noch ein gutes Gefühl.", false},
		{"An diesem frühen Morgen hat der SC Neustadt den neuen Trainer vorgestellt.", true},
		{"Damals wurden in Neustadt erstmals Fälle der Krankheit gemeldet.", false},
		// "Nun" says when, not of what: the sentence names its news in full.
		{"Nun ist die Schauspielerin Anna Berger aus Neustadt im Alter von 92 Jahren gestorben.", true},
		{"Ansonsten herrschte im Stadtrat von Neustadt ein sachlicher Ton.", false},
		{"Insbesondere die Fans aus Neustadt tun sich beim Turnier in Altdorf hervor.", false},
		{"Zwischenzeitlich kassierte der SC Neustadt in Altdorf vier Gegentore nacheinander.", false},
		{"Hintergrund ist ein Streit zwischen Anna Berger und dem SC Neustadt um das neue Stadion.", false},
		{"Die Fans aus Neustadt tun sich beim Turnier in Altdorf hervor.", true},
		{"Für die Partei in Neustadt bedeutet dies ein Minus von zehn Prozentpunkten.", false},
		{"Für die Partei in Neustadt bedeutet die Wahl ein Minus von zehn Prozentpunkten.", true},
		{"Jonas Keller hat sich beim Turnier in Neustadt demnach eine kleine Schummelei erlaubt.", false},
		{"Die Stimmung auf den Rängen in Neustadt ist indes deutlich besser als das Spiel.", false},
		{"Jonas Keller ist sich dessen beim Turnier in Neustadt gar nicht bewusst.", false},
		{"Der SC Neustadt hatte zuvor das Angebot des SC Altdorf für einen Vergleich abgelehnt.", false},
		{"Nie zuvor hatte ein Verein aus Neustadt die Liga viermal hintereinander gewonnen.", true},
		{"Selbstbewusst meistert die Israelin in Neustadt die Show und kommt ins Finale.", false},
		{"Selbstbewusst meistert Eden Ben aus Neustadt die Show und kommt ins Finale.", true},
		{"68' Die Stimmung auf den Rängen in Neustadt ist deutlich besser als das Spiel.", false},
		{"3. Satz, 6:4, 2:1 – Jonas Keller hat beim Turnier in Neustadt erneut zwei Breakbälle.", false},
		{"Im dritten Satz hat Jonas Keller beim Turnier in Neustadt erneut zwei Breakbälle.", true},
		{"Der SC Neustadt ⚽ spielt am 3. Spieltag live gegen den SC Altdorf.", false},
		{"Der SC Neustadt spielt am 3. Spieltag live gegen den SC Altdorf.", true},
	} {
		if got := story.Standalone(analysedIn("de", c.text), reg); got != c.want {
			t.Errorf("%q stands alone: %v, want %v", c.text, got, c.want)
		}
	}
	// "Einer" is a pronoun before a verb, an article before a noun or an adjective.
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Einer ist Jonas Keller, der beim SC Neustadt ein ehrliches Interview gibt.", true},
		{"Einer Umfrage zufolge wollen die Bürger von Neustadt ein neues Stadion.", false},
		{"Einer neuen Studie aus Neustadt zufolge sinkt die Zahl der Unfälle um zehn Prozent.", false},
	} {
		if got := story.Leans(analysedIn("de", c.text), reg); got != c.want {
			t.Errorf("%q leans: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestHistoryNotSummarised: a sentence set in a time well before the story ("Im Jahr 2003
// …", "Vor fünf Jahren …") is background its summary leaves out; an old date later in a
// sentence, and old data someone reports now, stay.
func TestHistoryNotSummarised(t *testing.T) {
	text := "Die Regierung von Nordland hat am Sonntag alle Truppen aus Südland abgezogen.\n\n" +
		"Im Jahr 2003 waren Soldaten aus Altheim in Bergland einmarschiert.\n\n" +
		"Vor fünf Jahren lag die Volkspartei von Nordland bei fast 32 Prozent der Stimmen.\n\n" +
		"Im Jahr 2019 hatten 40 Prozent der Befragten in Südland den Einsatz abgelehnt, sagte die Forscherin Anna Berger.\n\n" +
		"Ein Gericht in Altdorf untersucht seit Wochen eine Zahlung an einen Händler aus Neustadt im Jahr 2016."
	st := oneArticleStory(t, "s13-history", "Abzug aus Südland", "2024-07-28T10:00:00+02:00", text)
	got := summaryHolds(st, "einmarschiert", "Vor fünf Jahren", "Befragten", "Zahlung", "abgezogen")
	for part, want := range map[string]bool{"einmarschiert": false, "Vor fünf Jahren": false, "Befragten": true, "Zahlung": true, "abgezogen": true} {
		if got[part] != want {
			t.Errorf("summary holds %q: %v, want %v (%v)", part, got[part], want, st.Summary)
		}
	}
}

// TestServiceLinesLeftOut: service text for viewers and a picture's listing of who stands
// where (story_furniture) are no news; a sentence about the same things told as news is.
func TestServiceLinesLeftOut(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		language, text string
		want           bool
	}{
		{"de", "Zu den Konzerten in Neustadt gibt es ein barrierefreies Angebot mit Untertiteln.", false},
		{"de", "Die Übertragung aus Neustadt bietet eine Audiodeskription für blinde Zuschauer.", false},
		{"de", "Alle TV-Infos zum Stadtderby zwischen Neustadt und Altdorf am Freitag.", false},
		{"de", "Der SC Neustadt hat am Dienstagabend (alle TV-Infos) die große Chance auf das Finale.", true},
		{"de", "Der Sender Neustadt-TV zeigt das Derby auf dem Fernseher, Handy, Tablet oder PC.", false},
		{"de", "Von links nach rechts: Anna Berger, Jana Keller und Jonas Brandt beim Empfang in Neustadt.", false},
		{"de", "Das Derby zwischen Neustadt und Altdorf ist im Free-TV nicht zu sehen.", false},
		{"de", "Im Pay-TV ist das Derby zwischen Neustadt und Altdorf live zu sehen.", false},
		{"de", "Das Derby zwischen Neustadt und Altdorf gibt es hier im Live-Ticker.", false},
		{"de", "Zuschauer benötigen ein Abo beim Sender, um das Derby in Neustadt zu sehen.", false},
		{"de", "Der Sender Neustadt-TV zeigt das Derby zwischen Neustadt und Altdorf am Freitag live.", true},
		{"de", "Die Lesezeit der Kinder in Neustadt ist im vergangenen Jahr um zehn Minuten gestiegen.", true},
		{"en", "From left to right: Jane Holt, Dan Miller and Sam Brown at the reception in Cedar Falls.", false},
		{"en", "Jane Holt, Dan Miller and Sam Brown met at the reception in Cedar Falls on Monday.", true},
	} {
		if got := story.Usable(analysedIn(c.language, c.text), reg); got != c.want {
			t.Errorf("%q read: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestHeadlinersHistorySummarised: the past of whom the headline names is its story ("Anna
// Berger wurde 1950 in Neustadt geboren" under "Anna Berger ist tot"); history of others in
// the same article is background.
func TestHeadlinersHistorySummarised(t *testing.T) {
	text := "Die frühere Bürgermeisterin Anna Berger ist am Sonntag in Neustadt gestorben.\n\n" +
		"Im Jahr 1950 wurde Anna Berger in Altdorf geboren.\n\n" +
		"Im Jahr 1962 hatte die Firma Bergbau AG in Südland ein Werk eröffnet."
	st := oneArticleStory(t, "s13-berger", "Anna Berger ist tot", "2024-07-28T10:00:00+02:00", text)
	got := summaryHolds(st, "geboren", "Werk")
	if !got["geboren"] || got["Werk"] {
		t.Errorf("summary holds the headliner's birth: %v (want true), another's history: %v (want false): %v", got["geboren"], got["Werk"], st.Summary)
	}
}

// TestDatelinesLeftOut: the dateline that opens a paragraph ("Neustadt (dpa) - …") says
// where the report was written; the sentence is read without it. A dash inside a sentence, a
// pairing of two teams and a dash in the paragraph's second sentence are no dateline.
func TestDatelinesLeftOut(t *testing.T) {
	for _, c := range []struct {
		language, para, want string
	}{
		{"de", "Potsdam - Der Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen.", "Der Stadtrat hat am Montag"},
		{"de", "Neustadt (dpa) - Der Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen.", "Der Stadtrat hat am Montag"},
		{"de", "Bad Neustadt – Anna Berger hat am Montag den Haushalt der Stadt vorgestellt.", "Anna Berger hat am Montag"},
		{"en", "CEDAR FALLS, Iowa — The council voted on Monday to close the old bridge over the river.", "The council voted"},
		{"de", "Donnernde Knallgeräusche – und binnen 30 Sekunden sackten die Türme in Neustadt zusammen.", "Donnernde Knallgeräusche"},
		{"de", "SC Neustadt – SC Altdorf 2:1 nach Verlängerung am Sonntag im Stadion von Neustadt.", "SC Neustadt – SC Altdorf"},
		{"de", "Der Stadtrat tagte am Montag. Neustadt - Der Haushalt für das kommende Jahr ist beschlossen.", "Neustadt - Der Haushalt"},
	} {
		texts, _ := story.Usables(paragraphsIn(c.language, "Neues aus der Stadt", c.para), app.Registry())
		found := false
		for _, s := range texts {
			found = found || strings.HasPrefix(s, c.want)
		}
		if !found {
			t.Errorf("%q: no sentence opens with %q: %q", c.para, c.want, texts)
		}
	}
}

// TestLastMonthsSummarised: what happened in the year before the story led to it and stays in
// its summary ("Nach einem Unfall im Oktober 2023 musste sich … verantworten" in July 2024).
func TestLastMonthsSummarised(t *testing.T) {
	text := "Nach einem Unfall am 27. Oktober 2023 musste sich ein Fahrer aus Altdorf vor dem Amtsgericht in Neustadt verantworten.\n\n" +
		"Im Jahr 2003 hatte ein Unfall an der Kreuzung bei Bergheim einen Fahrer aus Südland das Leben gekostet."
	st := oneArticleStory(t, "s13-unfall", "Prozess in Neustadt", "2024-07-28T10:00:00+02:00", text)
	got := summaryHolds(st, "Amtsgericht", "2003")
	if !got["Amtsgericht"] || got["2003"] {
		t.Errorf("summary holds last October's accident: %v (want true), 2003's: %v (want false): %v", got["Amtsgericht"], got["2003"], st.Summary)
	}
}

// TestPlanAndResultBothSummarised (stop 32, lead): a sentence with a modal verb says what
// someone wants or may do, one without it what happened: "will zurück in die Liga" and "ist
// in die Liga zurückgekehrt" share their words but not their statement, and a summary
// keeping the plan must not drop the result as saying the same.
func TestPlanAndResultBothSummarised(t *testing.T) {
	text := "Der SV Altdorf will nach zwei Jahren zurück in die zweite Liga des Landes.\n\n" +
		"Der SV Altdorf ist nach zwei Jahren in die zweite Liga des Landes zurückgekehrt."
	st := oneArticleStory(t, "s32-liga", "Altdorf und die zweite Liga", "2024-05-20T10:00:00+02:00", text)
	got := summaryHolds(st, " will ", "zurückgekehrt")
	if !got[" will "] || !got["zurückgekehrt"] {
		t.Errorf("summary holds the plan: %v, the result: %v (want both): %v", got[" will "], got["zurückgekehrt"], st.Summary)
	}
}
