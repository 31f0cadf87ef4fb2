package quote

import (
	"reflect"
	"testing"

	"crosscheck/article"
)

func TestLink(t *testing.T) {
	q := func(art, text, spk string) Reported {
		return Reported{Article: art, Quote: article.Quote{Text: text, Speaker: spk, Direct: true}}
	}
	in := []Reported{
		q("a", "In der Region Kursk gibt es bereits 11.000 von ihnen", "Wolodymyr Selenskyj"),
		q("b", "Wir sind bereit", "Wladimir Putin"),
		q("c", "In der Region Kursk gibt es bereits 11.000 von ihnen", ""),
		q("d", "In der Region Kursk gibt es 11.000 von ihnen, sagte er", "Wolodymyr Selenskyj"),
		q("e", "Wir sind bereit", "Wladimir Putin"),
		q("f", "In der Region Kursk gibt es bereits 11.000 von ihnen", "Antony Blinken"),
		q("g", "Die Lage an der Front ist schwierig", ""),
	}
	gs := Link(in)
	if len(gs) != 4 {
		t.Fatalf("got %d groups: %+v", len(gs), gs)
	}
	if !reflect.DeepEqual(gs[0].Articles, []string{"a", "c", "d"}) || !gs[0].Reworded || gs[0].Speaker != "Wolodymyr Selenskyj" {
		t.Errorf("group 0 = %+v", gs[0])
	}
	if !reflect.DeepEqual(gs[1].Articles, []string{"b", "e"}) || gs[1].Reworded {
		t.Errorf("group 1 = %+v", gs[1])
	}
	if !reflect.DeepEqual(gs[2].Members, []int{5}) {
		t.Errorf("a different speaker's identical words must not merge: %+v", gs[2])
	}
	if again := Link(in); !reflect.DeepEqual(again, gs) {
		t.Errorf("Link is not deterministic")
	}
}

// TestLinkPrefersVerbatim checks a group shows a direct member's words and says so, and a
// group of paraphrases is not direct, so that reported speech is never shown in quotation marks.
func TestLinkPrefersVerbatim(t *testing.T) {
	in := []Reported{
		{Article: "a", Quote: article.Quote{Text: "die Regierung werde die Hilfen für alle Betriebe im Land deutlich erhöhen", Speaker: "Anna Berger"}},
		{Article: "b", Quote: article.Quote{Text: "Wir werden die Hilfen für alle Betriebe deutlich erhöhen", Speaker: "Anna Berger", Direct: true}},
		{Article: "c", Quote: article.Quote{Text: "die Steuern würden im nächsten Jahr nicht steigen", Speaker: "Karl Huber"}},
	}
	gs := Link(in)
	if len(gs) != 2 {
		t.Fatalf("got %d groups: %+v", len(gs), gs)
	}
	if !gs[0].Direct || gs[0].Text != in[1].Quote.Text {
		t.Errorf("group with a direct member = %+v, want its verbatim words", gs[0])
	}
	if gs[1].Direct {
		t.Errorf("a paraphrase alone is shown as direct: %+v", gs[1])
	}
}
