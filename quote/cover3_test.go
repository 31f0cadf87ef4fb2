package quote

import "testing"

// TestMediumNounPointsBack (issue 12, cover3): a noun for a medium after a definite article
// with nothing after it in the source words ("so die Zeitung", "teilte der Sender mit",
// "räumte das Blatt ein") stands for the one medium the text named before; a medium's name
// right after the noun is the medium ("berichtet die Nachrichtenagentur dpa", "laut dem Portal
// nordpost.de"). Two media, a credit line, or a medium the lists cannot read leave it unnamed.
// Sentences we wrote.
func TestMediumNounPointsBack(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "so die Zeitung after a paper in marks",
			text: "Der Sänger Paul Wendt hat sich bei einem Sturz verletzt, schrieb die „Nordpost“ am Montag.\nDie Heilung werde mehrere Monate dauern, so die Zeitung.",
			want: []want{{"Die Heilung werde mehrere Monate dauern", "Nordpost", "so", "die Zeitung", false, false}}},
		{name: "der Sender after a broadcaster named in the text",
			text: "Die Moderatorin Lena Kraus verlässt RTL nach zehn Jahren.\nSie wolle sich neuen Aufgaben widmen, teilte der Sender mit.",
			want: []want{{"Sie wolle sich neuen Aufgaben widmen", "RTL", "teilte", "der Sender", false, false}}},
		{name: "the agency named after the noun",
			text: "Karl Bauer wohnt seit vielen Jahren in Kiel. Im Hafen sei am Abend ein Feuer ausgebrochen, berichtet die Nachrichtenagentur dpa.",
			want: []want{{"Im Hafen sei am Abend ein Feuer ausgebrochen", "dpa", "berichtet", "die Nachrichtenagentur", false, false}}},
		{name: "a web address after the noun",
			text: "Karl Bauer wohnt seit vielen Jahren in Kiel. Der Stürmer kam laut dem Portal nordsport.de in Kiel kaum zum Einsatz.",
			want: []want{{"Der Stürmer kam laut dem Portal nordsport.de in Kiel kaum zum Einsatz", "nordsport.de", "laut", "dem Portal", false, false}}},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "two media: either could be meant",
			text:  "Die Moderatorin Lena Kraus wechselt vom ZDF zu RTL.\nSie freue sich auf die neue Aufgabe, teilte der Sender mit.",
			quote: "freue", speaker: "RTL"},
		{name: "a credit names no medium the text speaks of",
			text:  "Die Sängerin Lena Kraus auf dem Titelbild. (Foto: Tom Berg / dpa)\nDie Redaktion habe Kraus viermal getroffen, erklärte die Zeitschrift.",
			quote: "Redaktion", speaker: "dpa"},
		{name: "a name in marks the lists do not know could be the medium",
			text:  "Die Moderatorin Lena Kraus verlässt RTL. Sie sprach mit der „Nordpost“ über ihre Pläne.\nSie wolle künftig in Kiel leben, so die Zeitung.",
			quote: "künftig", speaker: "RTL"},
		{name: "a person who reported is no medium",
			text:  "Die Reporterin Lena Kraus berichtet, der Hafen sei gesperrt worden. Die Arbeiten dauerten noch Wochen, so die Zeitung.",
			quote: "Arbeiten", speaker: "Lena Kraus"},
		{name: "der Zeitung after a verb is whom it was said to",
			text:  "Die „Nordpost“ hatte über den Hafen berichtet. Der Hafen bleibe gesperrt, sagte der Zeitung ein Sprecher der Stadt.",
			quote: "Hafen bleibe", speaker: "Nordpost"},
	})
}
