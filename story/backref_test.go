package story_test

import (
	"testing"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/store"
	"crosscheck/story"
)

func analysedIn(language, text string) *store.Record {
	a := &article.Article{ID: "t", Language: language, Text: text, Published: "2024-05-10T09:00:00Z"}
	return &store.Record{Article: a, Analysis: app.Analyzer(app.Registry()).Analyze(a)}
}

// TestCaptionsLeftOut: a sentence ending in a weekday, a full date with its year and at most
// a place is a photo caption, never summarised, dated or listed; a sentence naming a day
// without its year, or going on after the date, is news. A republished-story note is
// furniture.
func TestCaptionsLeftOut(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		language, text string
		want           bool
	}{
		{"en", "Former Senator Jane Holt speaks at a campaign event Monday, March 13, 2023, in Cedar Falls, Iowa.", false},
		{"en", "A police truck is parked in front of the county court building, Wednesday, March 22, 2023, in New York.", false},
		{"en", "Coach Dan Miller waits for a hearing at the Justice Center in Reno on Wednesday, March 15, 2023.", false},
		{"en", "The mayor of Cedar Falls signed the order on Monday, March 13, after a long debate in the council.", true},
		{"en", "The plant in Cedar Falls opened on Monday, March 13, 2023, and hired 200 workers from the region.", true},
		{"en", "The council in Cedar Falls voted on Monday to close the old bridge until the spring.", true},
		// A note that the story was published before is furniture.
		{"en", "Update, March 24: This story was originally published on February 11 and has been updated with new data from Cedar Falls.", false},
		{"de", "Ministerpräsidentin Anna Berger spricht auf einer Kundgebung am Montag, 2. September 2024, in Neustadt.", false},
		{"de", "Am morgigen Freitag, den 6. September 2024 erscheint das neue Spiel des Studios aus Neustadt.", true},
		// A weekday without its comma is a listing's date, not a caption's.
		{"en", "The exhibition of the Cedar Falls museum stays open until Wednesday March 13, 2024.", true},
		// After the date, a word that opens no place: the sentence goes on.
		{"en", "The council of Cedar Falls last met on Monday, March 13, 2023, reports Jane Holt.", true},
	} {
		if got := story.Usable(analysedIn(c.language, c.text), reg); got != c.want {
			t.Errorf("%q usable: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBackReferringNounPhrases: a noun phrase that points back to people or things named
// before ("die beiden Musikstars", "einer von ihnen", "the two", an opening "The answers"
// before its verb) keeps a sentence out of summaries, unless names follow it or the phrase
// goes on to say what it means ("The man in charge of …").
func TestBackReferringNounPhrases(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		language, text string
		want           bool
	}{
		{"de", "Seit über 40 Jahren sind die beiden Musikstars in Neustadt eng befreundet.", false},
		{"de", "Die beiden Kandidaten Anna Berger und Jonas Kranich treffen am Dienstag in Neustadt aufeinander.", true},
		{"de", "In der Nacht zum Mittwoch treffen beide in Neustadt aufeinander.", false},
		{"de", "Der Musiker Jonas Kranich ist einer von ihnen und spielt am Samstag in Neustadt.", false},
		{"de", "Der Musiker Jonas Kranich spielt am Samstag mit seiner Band in Neustadt.", true},
		// "einer von beiden" always points back, whatever follows.
		{"de", "Am Ende des Abends in Neustadt gewann nur einer von beiden.", false},
		// The two are named before the phrase that counts them.
		{"de", "Anna Berger und Jonas Kranich, die beide aus Neustadt stammen, treffen am Sonntag aufeinander.", true},
		// An opening article, a noun and at once its verb point back in German too, unless
		// a link word, a name or an adjective says which.
		{"de", "Die Anschuldigungen wies der Sänger in Neustadt am Montag entschieden zurück.", false},
		{"de", "Die Neustädterin wird am Montag im Rathaus als Kandidatin vorgestellt.", false},
		{"de", "Der Pianist und Jazzmusiker veröffentlichte in Neustadt 35 Alben.", false},
		{"de", "Die Historie der Partei Neuland in Neustadt ist turbulent.", true},
		{"de", "Die Politikwissenschaftlerin Anna Berger blickt in Neustadt auf die Wahl voraus.", true},
		{"de", "Die deutsche Nationalmannschaft ist in Neustadt mit einem Sieg gestartet.", true},
		{"en", "The answers highlight challenges for the Centers for Disease Control in Atlanta.", false},
		{"en", "The restaurant is inspired by the Baja region of Mexico and opened in 2019.", false},
		{"en", "The bill passed 213-208 in the House of Representatives on Friday.", false},
		{"en", "Fans in Los Angeles are convinced that the two are copying each other.", false},
		{"en", "The man in charge of the Minnesota Department of Veterans Affairs faced tough questions on Tuesday.", true},
		{"en", "The second episode of the HBO series opens with a scene in Jakarta, Indonesia.", true},
		{"en", "The National Weather Service updated its spring flood outlook for Iowa on Thursday.", true},
		// A name right after the noun says which; a conjunction does not end the noun phrase.
		{"en", "The conservative news channel Newsmax will return to the cable lineup in Iowa on Friday.", true},
		{"en", "The bill and the amendments passed the House in Washington on Friday.", false},
		// An opening "The" and a count refers back to a group named before, unless a link
		// word says which; a year is no count.
		{"en", "The 23 New Yorkers have been meeting three times a week in Manhattan since January.", false},
		{"en", "The 12 members of the Cedar Falls city council voted on Monday to close the bridge.", true},
		{"en", "The 2024 election drew a record turnout in Iowa, officials said.", true},
		// "afterward" answers the sentence before.
		{"en", "Shortly afterward, Jane Holt called the decision of the Cedar Falls council unfair.", false},
		// "also" and "this was" inside a sentence answer the one before.
		{"en", "The publisher, Studies Weekly, said this was done to comply with the new law in Florida.", false},
		{"en", "There were also nearly three fewer identifications for every 10,000 children, according to the CDC.", false},
		{"en", "There were nearly three fewer identifications for every 10,000 children in 2020, according to the CDC.", true},
	} {
		if got := story.Standalone(analysedIn(c.language, c.text), reg); got != c.want {
			t.Errorf("%q stands alone: %v, want %v", c.text, got, c.want)
		}
	}
}
