package story_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// figureShown reports the label value v is shown under on the story of one article of
// text, "" when it is not shown.
func figureShown(t *testing.T, text string, v float64) string {
	t.Helper()
	st := oneArticleStory(t, "s11-figs", "Abend in Neustadt", "2024-09-22T21:00:00+02:00", text)
	for _, q := range st.Figures {
		for _, x := range q.Values {
			if x.Value == v {
				return q.Label
			}
		}
	}
	return ""
}

// TestFigureLabelHolderless: a share labelled only by its base ("Stimmen", "Befragten",
// "Partei") says neither whose share it is nor what was answered, and is left out; a share
// labelled by its holder or by what it measures is shown. A number word after a vague
// quantifier ("mehrere tausend") is no figure of 1.000, and "die meisten Stimmen" says who
// leads, not what is measured.
func TestFigureLabelHolderless(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
		shown bool
	}{
		{"Die Volkspartei Neuland liegt in Neustadt vorn. Sie kommt demnach auf 30,9 Prozent der Stimmen.", 30.9, false},
		{"Die Partei erreichte in Neustadt 13,5 Prozent der Stimmen und zieht in den Stadtrat ein.", 13.5, false},
		{"Alle anderen Parteien kommen in Neustadt zusammen auf 4,6 Prozent.", 4.6, false},
		{"Den Bürgermeister Paul Hollmann bewerten 66 Prozent der Befragten in Neustadt positiv.", 66, false},
		{"In Neustadt zogen am Nachmittag mehrere tausend Leute Richtung Stadion.", 1000, false},
		{"Die meisten Stimmen gingen mit 28,5 Prozent an die Vereinte Bürgerliste.", 28.5, false},
		{"Der Sender Kanal Eins zeigte aus der Runde der letzten 16 bislang Neustadt gegen Altdorf.", 16, false},
		{"Die ersten 120 Gäste erhielten beim Stadtfest in Neustadt ein Freigetränk.", 120, true},
		{"Die Volkspartei Neuland lag in Neustadt vor einigen Wochen noch bei Umfragewerten von rund 20 Prozent. Bis 14 Uhr hatten in Neustadt 44,2 Prozent der Wahlberechtigten gewählt. Bei der Wahl 2019 lag der Wert zum gleichen Zeitpunkt bei lediglich 31,3 Prozent.", 31.3, false},
		{"Die Sängerin aus Neustadt landete in der Nacht auf dem 12 Platz von 25 Finalisten.", 12, false},
		{"Der Stürmer Paul Hollmann erzielte dabei gegen seinen Ex-Club Altdorf die Saisontore Nummer zehn und elf (57. und 65. Minute).", 11, false},
		{"Der neue Stadtrat in Neustadt wird 48 Plätze umfassen.", 48, true},
		{"Die Wahlbeteiligung lag in Neustadt am Sonntag bei 61,3 Prozent.", 61.3, true},
		{"In Neustadt zogen am Nachmittag rund 14.000 Fans Richtung Stadion.", 14000, true},
		{"Die Stadt Neustadt hat 156.000 Stimmzettel für die Wahl drucken lassen.", 156000, true},
	} {
		got := figureShown(t, c.text, c.value)
		if (got != "") != c.shown {
			t.Errorf("%q: %g shown under %q, want shown %v", c.text, c.value, got, c.shown)
		}
	}
}

// TestFigureNotUnderAnotherMeasure: two reports of one election give 3 percent, one of a
// party, the other of another; the value is shown under the first party with only the
// article that writes it of that party, never with the other's.
func TestFigureNotUnderAnotherMeasure(t *testing.T) {
	dir := t.TempDir()
	lines := ""
	for _, a := range [][3]string{
		{"wahl-a", "Wahl in Neustadt: Volkspartei Neuland gewinnt deutlich", "Bei der Stadtratswahl in Neustadt hat die Volkspartei Neuland am Sonntag deutlich gewonnen. Die Volkspartei Neuland kommt auf 41 Prozent der Stimmen. Es folgen die Liberalen mit 3 Prozent und die Konservativen mit 12 Prozent. Die Wahlbeteiligung in Neustadt lag bei 61 Prozent."},
		{"wahl-b", "Wahl in Neustadt: Volkspartei Neuland gewinnt klar", "Bei der Stadtratswahl in Neustadt hat die Volkspartei Neuland am Sonntag klar gewonnen. Die Volkspartei Neuland kommt auf 41 Prozent der Stimmen. Es folgen die Liberalen mit 12 Prozent und die Konservativen mit 3 Prozent. Die Wahlbeteiligung in Neustadt lag bei 61 Prozent."},
	} {
		lines += `{"id":` + strconv.Quote(a[0]) + `,"title":` + strconv.Quote(a[1]) + `,"published":"2024-09-22T21:00:00+02:00","text":` + strconv.Quote(a[2]) + "}\n"
	}
	path := filepath.Join(dir, "wahl.jsonl")
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	_, r := ingest(t, path)
	st, err := r.Story(context.Background(), "e1")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range st.Figures {
		for _, v := range q.Values {
			if v.Value != 3 {
				continue
			}
			for _, a := range v.Articles {
				if q.Label == "Liberalen" && a != "wahl-a" || q.Label == "Konservativen" && a != "wahl-b" {
					t.Errorf("3 %% under %q with %s: %+v", q.Label, a, q)
				}
			}
		}
	}
}

// TestTimelineNoListingOrQuestion: a programme's line, a heading run into a date and a
// question date nothing on the timeline; a sentence with a verb does.
func TestTimelineNoListingOrQuestion(t *testing.T) {
	for _, c := range []struct {
		text  string
		dated bool
	}{
		{"Samstag, 21.00 Uhr: Neustadt – Altdorf, Kanal Eins/Netzfunk", false},
		{"Das Wichtigste in Kürze Stadtfest 2024 in Neustadt: 26. Juli bis 11. August", false},
		{"Wie wird das Wetter in Neustadt am Samstagabend?", false},
		{"Am Samstag um 21.00 Uhr spielt Neustadt gegen Altdorf.", true},
		{"Das Stadtfest in Neustadt dauert vom 26. Juli bis 11. August.", true},
	} {
		st := oneArticleStory(t, "s11-tl", "Wochenende in Neustadt", "2024-07-03T09:00:00+02:00", "Der Verein aus Neustadt hat am Montag einen neuen Trainer vorgestellt. "+c.text)
		dated := false
		for _, e := range st.Timeline {
			if strings.Contains(e.Text, "Altdorf") || strings.Contains(e.Text, "Stadtfest") || strings.Contains(e.Text, "Wetter") {
				dated = true
			}
		}
		if dated != c.dated {
			t.Errorf("%q: dated %v, want %v: %+v", c.text, dated, c.dated, st.Timeline)
		}
	}
}
