package analyze

import (
	"strings"
	"testing"

	"crosscheck/article"
	"crosscheck/lang/de"
)

// A paragraph is furniture when it holds a phrase of the list and is no longer than that
// phrase allows: each phrase by its own limit, whatever the others allow.
func TestMarkFurnitureLimits(t *testing.T) {
	filler := func(n int) string { return strings.TrimSpace(strings.Repeat("wort ", n)) }
	cases := []struct {
		para string
		want bool
	}{
		{"Mit dem Laden des Inhalts geben Sie Ihre Einwilligung. " + filler(50), true},  // 58 words, limit 60
		{"Mit dem Laden des Inhalts geben Sie Ihre Einwilligung. " + filler(55), false}, // 63 words
		{"An dieser Stelle finden Sie externen Inhalt. " + filler(80), true},            // 87 words, limit 90
		{"An dieser Stelle finden Sie externen Inhalt. " + filler(90), false},           // 97 words
		{"Die Regierung beschloss am Montag ein Gesetz.", false},
	}
	for _, c := range cases {
		var tb article.TextBuilder
		tb.Add(article.BlockTitle, "Titel")
		tb.Add(article.BlockParagraph, c.para)
		a := &article.Article{Language: "de"}
		tb.Fill(a)
		n := MarkFurniture(a, de.New())
		if got := a.Blocks[1].Kind == article.BlockFurniture; got != c.want || n != map[bool]int{true: 1}[c.want] {
			t.Errorf("%.50q…: furniture %v (%d marked), want %v", c.para, got, n, c.want)
		}
	}
}

// Paywall, redirect, cross-link, embed, newsletter, affiliate and republication lines are
// furniture whether scraped as a paragraph or as a sub-heading; a heading of the article,
// and a news sentence that happens to name a price a month, are not.
func TestMarkFurniturePhrases(t *testing.T) {
	cases := []struct {
		kind article.BlockKind
		text string
		want bool
	}{
		{article.BlockHeading, "Freier Zugang zu allen Artikeln und Videos", true},
		{article.BlockParagraph, "Musikdienst-Abo wiederherstellen", true},
		{article.BlockParagraph, "Nur 3,99 EUR im Monat", true},
		{article.BlockParagraph, "Falls Sie nicht weitergeleitet werden, klicken Sie hier.", true},
		{article.BlockParagraph, "Weitere Meldungen aus dem Radsport gibt es im News Update nachzulesen.", true},
		{article.BlockParagraph, "Mehr zu den Autoren auf unserer Seite", true},
		{article.BlockParagraph, "Unsere Quellen:", true},
		{article.BlockParagraph, "--- Ticker-Ende ---", true},
		{article.BlockParagraph, "Wer gewinnt? Tippt jetzt!", true},
		{article.BlockParagraph, "zuletzt bearbeitet: 02.03.2024, 10:15 Uhr", true},
		{article.BlockParagraph, "Dieser Text wurde mit Hilfe generativer künstlicher Intelligenz übersetzt.", true},
		{article.BlockParagraph, "Dies ist eine Wiederveröffentlichung eines älteren Beitrags.", true},
		{article.BlockParagraph, "Bei diesem Link handelt es sich um einen Affiliate-Link.", true},
		{article.BlockParagraph, "Hier finden Sie einen Inhalt einer externen Plattform, der den Text ergänzt.", true},
		{article.BlockParagraph, "Unser Nachrichten-Newsletter bringt Ihnen morgens den Überblick.", true},
		{article.BlockParagraph, "Abonnieren Sie unseren Kanal, die Meldungen kommen direkt auf Ihr Smartphone.", true},
		{article.BlockParagraph, "Di 05.03.24 | 17:45 Uhr", true},
		{article.BlockParagraph, "Sendung: Abendschau, 05.03.2024, 19:30 Uhr", true},
		{article.BlockParagraph, "Bildrechte: Stadtverwaltung", true},
		{article.BlockParagraph, "Sieger und Verlierer des Abends Fotostrecke ansehen", true},
		{article.BlockParagraph, "Einen ausführlichen Spielbericht finden Sie hier:", true},
		{article.BlockParagraph, "Nicht verpassen! Die Sendung am Freitag", true},
		{article.BlockParagraph, "Wenn du hier klickst, siehst du Inhalte eines Videodienstes und willigst ein.", true},
		{article.BlockParagraph, "Fehler gefunden? Bitte markieren Sie die entsprechenden Wörter im Text.", true},
		{article.BlockParagraph, "Schließen Artikelzusammenfassung", true},
		{article.BlockParagraph, "Dieser Artikel ist hier noch nicht zu Ende, sondern Abonnenten vorbehalten.", true},
		{article.BlockHeading, "Der Gemeinderat tagt am Abend", false},
		{article.BlockParagraph, "Die Sendung lief am Dienstag, 05.03.24, um 17:45 Uhr im Ersten und erreichte viele Zuschauer.", false},
		{article.BlockParagraph, "Die Mieter zahlen künftig 40 EUR im Monat mehr, wie die Stadt am Montag mitteilte.", false},
	}
	for _, c := range cases {
		var tb article.TextBuilder
		tb.Add(article.BlockTitle, "Titel")
		tb.Add(c.kind, c.text)
		a := &article.Article{Language: "de"}
		tb.Fill(a)
		MarkFurniture(a, de.New())
		if got := a.Blocks[1].Kind == article.BlockFurniture; got != c.want {
			t.Errorf("%s %q: furniture %v, want %v", c.kind, c.text, got, c.want)
		}
	}
}
