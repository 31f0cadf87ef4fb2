package story_test

import (
	"strings"
	"testing"

	"crosscheck/app"
	"crosscheck/story"
)

// TestLeaningSentences: a sentence that points back to what a sentence before it named
// leans on it, whether or not it would be short or long enough for a summary; one that
// names what it speaks of does not.
func TestLeaningSentences(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		language, text string
		want           bool
	}{
		{"de", "Er wurde am Sonntag lange am Trainingsgelände in Neustadt behandelt.", true},
		{"de", "Und spielte dann auf das Finale der Meisterschaft am Sonntag in Altdorf an.", true},
		{"de", "Zumal Paul Hollmann im Achtelfinale in Neustadt in vier Sätzen gewonnen hatte.", true},
		{"de", "Diesmal sahen die 15.000 Zuschauer in Neustadt einen schwachen Start von Paul Hollmann.", true},
		{"de", "Das Finale zwischen Paul Hollmann und Jan Berger ist für 20 Uhr angesetzt.", false},
		{"de", "Der Stürmer Paul Hollmann wurde am Sonntag lange am Trainingsgelände in Neustadt behandelt.", false},
		// "das" is an article before a noun or an adjective, a pronoun before a verb.
		{"de", "Das neue Lied aus Neustadt erscheint am Sonntag in Altdorf.", false},
		{"de", "Das ist für Paul Hollmann am Sonntag in Neustadt eine große Chance.", true},
		// A possessive stands for the sentence's own subject as often as not; "sein" is a verb too.
		{"de", "Am Dienstag hatte die Partei in Neustadt ihre Liste für die Wahl vorgestellt.", false},
		{"de", "Bis Ende September sollen die Gespräche in Neustadt abgeschlossen sein.", false},
		{"de", "Am Dienstag hatte sie in Neustadt die Liste für die Wahl vorgestellt.", true},
		{"en", "On Wednesday, they were told not to come in, according to two sources in Cedar Falls.", true},
		// A pronoun after a name of any kind may stand for it.
		{"de", "Am Freitag teilte die Fluglinie Lufthansa mit, dass sie auch am Abend Flüge streichen muss.", false},
		{"de", "Am Freitag teilte sie mit, dass die Fluglinie Lufthansa auch am Abend Flüge streichen muss.", true},
		{"en", "The grand jury in Cedar Falls was told on Wednesday not to come in, according to two sources.", false},
		// A live ticker's minute runs its heading into its text.
		{"de", "59. Minute: Jetzt kommen die Spieler aus Neustadt mal wieder nach vorne.", true},
		{"de", "22 Fans aus Neustadt reisten am Samstag mit dem Zug nach Altdorf.", false},
		// A weekday after a demonstrative is a time, not a thing named before.
		{"de", "Bei der Gala an diesem Donnerstag in Monaco erfahren die Vereine aus Neustadt ihre Gegner.", false},
		{"de", "Bei dieser Gala in Monaco erfahren die Vereine aus Neustadt ihre Gegner.", true},
		// A ticker's clock time dates its entry, which may stand on a timeline.
		{"de", "7.36 Uhr: In Neustadt geht das Hochwasser der Lahn bisher nur leicht zurück.", false},
	} {
		if got := story.Leans(analysedIn(c.language, c.text), reg); got != c.want {
			t.Errorf("%q leans: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTickerStampsNotSummarised: a ticker's entry that opens with an hour before a dash
// runs its heading into its text; it is no summary sentence.
func TestTickerStampsNotSummarised(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"22 Uhr – Neustadt gewinnt gegen Altdorf das Spiel um Platz drei beim Turnier!", false},
		{"Eine Pastorin aus Neustadt spricht am Samstag das Wort zum Sonntag über den Wettbewerb.", true},
	} {
		if got := story.Standalone(analysedIn("de", c.text), reg); got != c.want {
			t.Errorf("%q stands alone: %v, want %v", c.text, got, c.want)
		}
	}
}

// timelineHas reports whether the timeline of a story of one article of text shows an entry
// whose sentence holds part.
func timelineHas(t *testing.T, published, text, part string) bool {
	t.Helper()
	st := oneArticleStory(t, "s12-tl", "Neues aus Neustadt", published, text)
	for _, e := range st.Timeline {
		if strings.Contains(e.Text, part) {
			return true
		}
	}
	return false
}

// TestTimelineLeavesOutLeaning: a dated sentence that says, read alone, neither who nor
// what ("Er wurde am Sonntag behandelt", "they were told", what is left of a quoted question
// after the splitter) gives no timeline entry; the same sentence with its names does.
func TestTimelineLeavesOutLeaning(t *testing.T) {
	for _, c := range []struct {
		published, text, part string
		want                  bool
	}{
		{"2024-04-16T09:00:00+02:00", "Der Stürmer Paul Hollmann fehlt dem Verein aus Neustadt im Rückspiel. Er wurde am Sonntag lange am Trainingsgelände behandelt.", "behandelt", false},
		{"2024-04-16T09:00:00+02:00", "Der Stürmer Paul Hollmann fehlt dem Verein aus Neustadt im Rückspiel. Paul Hollmann wurde am Sonntag lange am Trainingsgelände behandelt.", "behandelt", true},
		{"2023-03-24T09:00:00Z", "The grand jury in Cedar Falls did not meet this week. On Wednesday, they were told not to come in, according to two sources.", "told not to come", false},
		{"2023-03-24T09:00:00Z", "The grand jury in Cedar Falls did not meet this week. On Wednesday, the jurors of Cedar Falls were told not to come in, according to two sources.", "told not to come", true},
		{"2023-03-24T09:00:00Z", "Jane Holt attacked the council of Cedar Falls again.\n\n“Who could vote for such a plan, knowing what it costs the town?” Jane Holt wrote on her website early Friday.", "wrote on her website", false},
		{"2023-03-24T09:00:00Z", "Jane Holt attacked the council of Cedar Falls again.\n\nJane Holt wrote on her website early Friday that nobody could vote for such a plan.", "wrote on her website", true},
	} {
		if got := timelineHas(t, c.published, c.text, c.part); got != c.want {
			t.Errorf("%q: entry %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTimelineOwnWeek: the week that holds the report's day ("earlier this week") dates
// nothing the report's day does not, as the report's year does not; a week before it stays.
func TestTimelineOwnWeek(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The health department of Cedar Falls sounded the alarm earlier this week over the spread of a fungus in two hospitals.", false},
		{"The health department of Cedar Falls sounded the alarm last week over the spread of a fungus in two hospitals.", true},
	} {
		if got := timelineHas(t, "2023-03-24T09:00:00Z", "Doctors in Cedar Falls are worried about a new fungus. "+c.text, "sounded the alarm"); got != c.want {
			t.Errorf("%q: entry %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTimelineClockOfWeekdayCompound: a clock time in a sentence whose day is a weekday run
// into a part of the day that no time expression reads ("gegen 1 Uhr Sonntagfrüh") is not
// put on the report's day.
func TestTimelineClockOfWeekdayCompound(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Der Sieger des Wettbewerbs in Neustadt wird erst gegen 1 Uhr Sonntagfrüh feststehen.", false},
		{"Der Sieger des Wettbewerbs in Neustadt wird erst gegen 23 Uhr feststehen.", true},
	} {
		if got := timelineHas(t, "2024-05-11T09:00:00+02:00", "Der Wettbewerb in Neustadt geht in die letzte Runde. "+c.text, "feststehen"); got != c.want {
			t.Errorf("%q: entry %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFigureHistoryLeftOut: a figure its sentence dates well before the story (more than
// half a year before its first article) is history the article recalls, not one of the
// story's figures; one of last year reported in spring, or of the story's days, stays.
func TestFigureHistoryLeftOut(t *testing.T) {
	for _, c := range []struct {
		published, text string
		value           float64
		shown           bool
	}{
		{"2023-03-25T09:00:00Z", "In 1993, a raid on a farm near Cedar Falls ended in a fire that killed 76 people.", 76, false},
		{"2023-03-25T09:00:00Z", "On Friday, a fire on a farm near Cedar Falls killed 76 people.", 76, true},
		{"2023-03-25T09:00:00Z", "Infections in Cedar Falls rose to 1,471 cases in 2020, the state health department said on Monday.", 1471, true},
		{"2023-03-25T09:00:00Z", "Infections in Cedar Falls rose to 1,471 cases in 2020, the state health department said on Monday.", 1471, true},
		{"2024-05-11T09:00:00+02:00", "Lediglich Altdorf siegte 2022 mit 631 Punkten beim Wettbewerb in Neustadt.", 631, false},
		// A span of years up to lately gives a total, not history.
		{"2024-07-20T09:00:00+02:00", "Die Spielerin Anna Berger war zwischen 2013 und 2023 auf 79 Spiele für die Auswahl aus Neustadt gekommen.", 79, true},
		{"2024-07-20T09:00:00+02:00", "Die Spielerin Anna Berger war 2023 auf 79 Spiele für die Auswahl aus Neustadt gekommen.", 79, false},
		{"2024-03-20T09:00:00+01:00", "Die Neustädter Werke machten im Jahr 2023 einen Umsatz von 631 Millionen Euro.", 631e6, true},
	} {
		st := oneArticleStory(t, "s12-fig", "Neues aus Neustadt", c.published, c.text)
		got := ""
		for _, q := range st.Figures {
			for _, v := range q.Values {
				if v.Value == c.value {
					got = q.Label
				}
			}
		}
		if (got != "") != c.shown {
			t.Errorf("%q: %g shown under %q, want shown %v", c.text, c.value, got, c.shown)
		}
	}
}

// TestTimelineFarDayWithoutYear: a day written without its year that would lie months after
// the report is as often one of the year before; it gives no entry. One with its year, or
// within two months, does.
func TestTimelineFarDayWithoutYear(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Der Titel des Liedes aus Neustadt musste wegen einer Anspielung auf den 7. Oktober geändert werden.", false},
		{"Das neue Lied aus Neustadt erscheint am 7. Oktober 2024 in Altdorf.", true},
		{"Der Chor aus Neustadt singt das Lied am 16. Juni in Altdorf.", true},
	} {
		if got := timelineHas(t, "2024-05-11T09:00:00+02:00", "Der Chor aus Neustadt tritt beim Wettbewerb an. "+c.text, "Lied"); got != c.want {
			t.Errorf("%q: entry %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTimelineDayInTitle: a day inside a short quoted title ("„Wort zum Sonntag“") dates
// nothing; the same day outside quotation marks does.
func TestTimelineDayInTitle(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Eine Pastorin aus Neustadt münzt das „Wort zum Sonntag“ auf den Wettbewerb.", false},
		{"Eine Pastorin aus Neustadt spricht am Sonntag über den Wettbewerb.", true},
	} {
		if got := timelineHas(t, "2024-05-11T09:00:00+02:00", "Der Chor aus Neustadt tritt beim Wettbewerb an. "+c.text, "Pastorin"); got != c.want {
			t.Errorf("%q: entry %v, want %v", c.text, got, c.want)
		}
	}
}
