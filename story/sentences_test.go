package story_test

import (
	"testing"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/store"
	"crosscheck/story"
)

func analysed(text string) *store.Record {
	a := &article.Article{ID: "t", Language: "de", Text: text, Published: "2024-05-10T09:00:00Z"}
	return &store.Record{Article: a, Analysis: app.Analyzer(app.Registry()).Analyze(a)}
}

// TestStates: one sentence states another only with the same modal verbs and reported
// speech, the titles in quotation marks, nearly all its words when it names nothing or
// gives no number, and all its words when it says little beside names; a teaser cut off
// with "…" states nothing; a paraphrase that keeps what is said does.
func TestStates(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"Der Stadtrat will den Neubau der Brücke noch in diesem Jahr beschließen.", "Der Stadtrat beschließt den Neubau der Brücke noch in diesem Jahr.", false},
		{"Der Verein soll den Stürmer aus Lyon verpflichtet haben.", "Der Verein hat den Stürmer aus Lyon verpflichtet.", false},
		{"Der Verein soll den Stürmer aus Lyon verpflichtet haben.", "Wie mehrere Zeitungen berichten, soll der Verein den Stürmer aus Lyon verpflichtet haben.", true},
		{"Bayer Leverkusen im Finale der Europa League.", "Bayer Leverkusen verliert das Finale der Europa League.", false},
		{"Bayer Leverkusen im Finale der Europa League.", "Am Mittwoch stand Bayer Leverkusen im Finale der Europa League.", true},
		{"Die Feuerwehr ist mit einem Großaufgebot am Hafen im Einsatz.", "Die Feuerwehr war mit einem Großaufgebot von rund 80 Kräften am Hafen im Einsatz.", true},
		{"Die Band hatte bis zum Jahresende einen Vertrag mit \"Abendschau am Rhein\" und dem Sender.", "Die Band stand bis zum Jahresende beim Sender unter Vertrag.", false},
		{"Die Band hatte bis zum Jahresende einen Vertrag mit \"Abendschau am Rhein\" und dem Sender.", "Die Band hatte bis zum Jahresende beim Sender einen Vertrag mit „Abendschau am Rhein“.", true},
		{"Die Partei hat jetzt sogar gute Chancen auf eine Regierungsbeteiligung.", "Der Landeschef sieht die Chance auf eine weitere Regierungsbeteiligung seiner Partei.", false},
		{"Die Feuerwehr ist mit einem Großaufgebot vor Ort.", "Die Feuerwehr war mit einem Großaufgebot von etwa 90 Einsatzkräften vor Ort.", true},
		{"Jonas Keller schlug die Ecke genau in diesem Raum.", "Doch dann schlug der SC Neustadt zu: Nach einer Ecke von Jonas Keller ließ Altdorf Brandt entwischen, der den freien Raum erkannt hatte.", false},
		{"Ein Tor in der Nachspielzeit entschied das Spiel für den SC Neustadt.", "Ein Tor in der Nachspielzeit entschied das Spiel für den SC Neustadt – doch dann kam es nach dem Abpfiff zu …", false},
		{"Ein Tor in der Nachspielzeit entschied das Spiel für den SC Neustadt.", "Ein spätes Tor in der Nachspielzeit entschied das Spiel am Sonntag für den SC Neustadt.", true},
		{"Der Verteidiger war vom Verband für zwei Spiele gesperrt worden.", "Eine Zeitung berichtete, der Verteidiger sei vom Verband für zwei Spiele gesperrt worden.", false},
	} {
		if got := story.States(analysed(c.y), analysed(c.x), reg); got != c.want {
			t.Errorf("%q states %q: %v, want %v", c.y, c.x, got, c.want)
		}
	}
}

// TestStandalone: a sentence needs the one before it when its opening article is a
// pronoun ("Der spielt …"), it opens with a description of someone named before ("Die
// 52-Jährige …"), holds "sie" or "ihre" before any person it names, a connective answering
// the sentence before ("aber", "deshalb"), or the site speaking of itself.
func TestStandalone(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Der spielt mit seinem Verein am Samstag im Pokalfinale in Berlin.", false},
		{"Die hat der Verband schon im Frühjahr für die Saison angekündigt.", false},
		{"Der frühere Trainer des Vereins wechselt im Sommer nach Madrid.", true},
		{"Der am Montag festgenommene Mann wurde dem Haftrichter vorgeführt.", true},
		{"Die zwei Verletzten wurden in ein Krankenhaus in Kiel gebracht.", true},
		{"Ein Mann habe sie in der Bibliothek mit einem Beutel geschlagen.", false},
		{"Für ihre Rede gab es im Saal lange stehenden Applaus der Gäste.", false},
		{"Die Ministerin Anna Kellermann sagte am Abend, sie werde im Amt bleiben.", true},
		{"Die 52-Jährige kam bei der Wahl in Neustadt auf 31,5 Prozent der Stimmen.", false},
		{"Der frühere Nationalspieler wechselt im Sommer zu einem Verein in Spanien.", false},
		{"Der SPD-Politiker Lars Klingbeil kündigte am Montag einen neuen Vorschlag an.", true},
		{"In Neustadt bleibt sie wegen des beliebten Bürgermeisters Karl Hansen zweistellig.", false},
		{"Die Lage in der Altstadt von Neustadt beruhigte sich aber schnell wieder.", false},
		{"Die Behörde hat deshalb die höchste Warnstufe für den Landkreis ausgerufen.", false},
		{"Bis zur Wahl veröffentlichen wir werktäglich die Sicht von Unternehmern aus der Region.", false},
		{"Die Behörde des Landkreises Neustadt hat am Montag die höchste Warnstufe ausgerufen.", true},
		// Stop 24: an opening article, a noun and at once its verb point back (which
		// authority, which agreement?); these two sentences stood alone before.
		{"Die Behörde hat am Montag die höchste Warnstufe für den Landkreis ausgerufen.", false},
		{"Die Vereinbarung werde zum Jahresende aufgekündigt, sagte Betriebsrätin Anna Berger.", false},
		{"Nach diesen Wahlen kann es in Neustadt keine Koalition wie jede andere geben.", false},
		{"In diesem Jahr trat die Kandidatin Anna Berger in Neustadt nicht mehr zur Wahl an.", true},
		{"16 Partien haben diese beiden Nationen bereits gegeneinander ausgetragen.", false},
		{"17:08 Uhr Ein paar Statistiken zum Rennen: 47 von 62 Autos sahen die Zielflagge.", false},
		// Reported speech without whose it is.
		{"Die mit dem Betriebsrat geschlossene Vereinbarung werde zum Jahresende aufgekündigt.", false},
		{"Der Vertrag mit dem Betriebsrat werde zum Jahresende aufgekündigt, sagte Betriebsrätin Anna Berger.", true},
		{"Der Südtiroler gewann das Finale gegen den Amerikaner mit 6:3, 6:4 und 7:5.", false},
		{"Der Südtiroler Jannik Sinner gewann das Finale in New York in drei Sätzen.", true},
		// A list item or a sentence cut at an abbreviation: an unclosed bracket.
		{"1) trifft im Halbfinale des Turniers in Neustadt auf Peter Lang (Weltrangliste Nr.", false},
		{"Anna Berger (Nr. 1) trifft im Halbfinale des Turniers in Neustadt auf Peter Lang.", true},
		// Naming nothing, with no number or date: it speaks of what the sentence before named.
		{"Erst im Elfmeterschießen fiel am Ende die Entscheidung über den Sieger.", false},
		{"Erst im Elfmeterschießen fiel die Entscheidung zwischen Neustadt und Altdorf.", true},
		{"Angegriffen wurden offenbar ganz bewusst bestimmte Orte an der Strecke.", false},
		// "damit" without a comma before it, an opening "Da" before a verb, "In der Folge".
		{"Die Läuferin Anna Berger feierte damit ihren zweiten Sieg in Neustadt.", false},
		{"Die Stadt Neustadt baut eine neue Brücke, damit die Kinder sicher zur Schule kommen.", true},
		{"Der Streik bei der Bahn in Neustadt sorgt für Wut - schließlich wird dadurch die Reise vieler Familien getrübt.", true},
		{"Der Slowene hatte am Ende in Neustadt 39 Sekunden Vorsprung.", false},
		{"Der 30 Jahre alte Nationalstürmer sorgte in Neustadt fast im Alleingang für den Sieg.", false},
		{"Der deutsche Rekordmeister steht in Neustadt zum ersten Mal seit Jahren im Halbfinale.", false},
		{"Die Madrilenen führen die Liga in Spanien mit acht Punkten Vorsprung an.", false},
		{"Der Gastgeber Jonas Kranich begrüßte am Abend in Neustadt die Gäste.", true},
		{"Am Wochenende blamierte sich der deutsche Rekordmeister beim Aufsteiger aus Neustadt.", false},
		{"In Neustadt lieferten sich der umstrittenste Politiker und die Kandidatin der Grünen einen Schlagabtausch.", false},
		{"Jonas Kranich, der frühere Nationalspieler, eröffnete am Montag in Neustadt ein Café.", true},
		{"Olympia ist für die Sportler:innen und den Veranstaltungsort Paris ein Mammutprojekt.", true},
		{"In Neustadt traf der Verteidiger Jonas Kranich zweimal für den SC Altdorf.", true},
		{"Da knallte Anna Berger an der Seitenlinie in die Bande.", false},
		{"Da es in Neustadt seit Tagen regnet, fällt das Fest von Anna Berger aus.", true},
		{"In der Folge waren in Neustadt rund 50 Haushalte ohne Strom.", false},
		// "dort" and "dabei" inside a sentence point back.
		{"Die Läuferin Anna Berger zeigte dort am Ende ihre ganze Klasse.", false},
		{"Die Läuferin Anna Berger zeigte in Neustadt am Ende ihre ganze Klasse.", true},
		// No word in small letters: a table's row, a line-up, a scorer list, a shout.
		{"Gruppe A Verein Spiele Punkte Tore Neustadt 1.", false},
		{"Tore: 1:0 Kranich (12.), 2:0 Berger (55.), 2:1 Lang (81.)", false},
		{"SC Altdorf: Kranich - Berger, Lang, Hansen - Weber, Kühn.", false},
		{"ANNA BERGER IST VORNE, WEIL JONAS KRANICH IN NEUSTADT STEHEN BLEIBT!", false},
		{"Der SC Altdorf gewinnt in Neustadt mit 2:1 gegen den FC Neustadt.", true},
		// "the same night": the one named before (stop 34).
		{"In Altdorf war in derselben Nacht ein Feuerwehrmann bei einem Einsatz gestorben.", false},
		{"Der Verein Neustadt stellte noch am selben Tag einen neuen Trainer vor.", false},
		{"Der Verein Neustadt stellte am Montag einen neuen Trainer vor.", true},
	} {
		if got := story.Standalone(analysed(c.text), reg); got != c.want {
			t.Errorf("%q stands alone: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTitleNotSiteName: a title that is only the site's name is no title; the article's
// own first words stand in, without the site's name heading the page.
func TestTitleNotSiteName(t *testing.T) {
	for _, c := range []struct {
		a    article.Article
		want string
	}{
		{article.Article{URL: "https://www.technikecke.de/tag/herbst/", Title: "TechnikEcke", Text: "TechnikEcke Der Herbst bringt neue Telefone."}, "Der Herbst bringt neue Telefone."},
		{article.Article{Source: "technik-ecke.de", Title: "Technik-Ecke", Text: "Der Herbst bringt neue Telefone."}, "Der Herbst bringt neue Telefone."},
		{article.Article{URL: "https://technikecke.de/a", Title: "TechnikEcke testet das neue Telefon", Text: "Text."}, "TechnikEcke testet das neue Telefon"},
	} {
		if got := story.Title(&c.a); got != c.want {
			t.Errorf("Title(%q of %s) = %q, want %q", c.a.Title, c.a.Site(), got, c.want)
		}
	}
}
