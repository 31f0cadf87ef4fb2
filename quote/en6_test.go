package quote

import (
	"sort"
	"testing"

	"crosscheck/article"
	"crosscheck/lang/en"
)

// runEn6Cases runs each case through the quotation stage with the English pack and the names
// given by hand, so that the cases check attribution alone, whatever state the tagger is in.
func runEn6Cases(t *testing.T, names map[string]string, tests []quoteCase) {
	t.Helper()
	p := en.New()
	runQuoteCasesWith(t, tests, func(a *article.Article) *article.Analysis {
		a.Language = "en"
		ents := named(a, names)
		sort.Slice(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
		return run(a, p, ents...)
	})
}

// TestGroupListEn6 (issue 12, en coverage 6): "“…,” Anna Berg, Tom Reed and two colleagues
// said" gave the words to the person named earlier in the article: the list was no subject
// the extractor read, so the quotation fell back to the last speaker. A list of people that
// ends in "and" and a group it does not name is the subject, and it names nobody. Guard: one
// person before the verb still speaks. Sentences we wrote.
func TestGroupListEn6(t *testing.T) {
	const lead = "Mayor Lena Ortiz opened the plant in May.\n"
	runEn6Cases(t, map[string]string{"Lena Ortiz": per, "Anna Berg": per, "Tom Reed": per}, []quoteCase{
		{name: "two names and a counted group",
			text: lead + "“The plant must close,” Anna Berg, Tom Reed and two colleagues said in a letter.",
			want: []want{{"The plant must close,", "", "said", "*", true, false}}},
		{name: "one name and a possessive group",
			text: lead + "“The plant must close,” Tom Reed and his colleagues wrote in a letter.",
			want: []want{{"The plant must close,", "", "wrote", "*", true, false}}},
		{name: "guard: one person",
			text: lead + "“The plant must close,” Anna Berg said in a letter.",
			want: []want{{"The plant must close,", "Anna Berg", "said", "Anna Berg", true, false}}},
	})
}

// TestSoleOrganisationEn6 (issue 12, en coverage 6): "Tesla Giga Berlin has reached …, the
// company confirmed" and "Netflix says … / “…,” the company wrote" named nobody: "the company"
// took up only an organisation that had spoken or opened the sentence before in the same
// paragraph. A bare organisation noun now also takes up the organisation that is the subject
// of its own sentence before it or of the sentence before, across a paragraph break, when no
// other organisation is named in between. Guards: two organisations; one named in passing,
// not the subject; a capitalised word before the noun makes a name of its own ("the Justice
// Department"), which is not the company named before. Sentences we wrote.
func TestSoleOrganisationEn6(t *testing.T) {
	runEn6Cases(t, map[string]string{"Lena Ortiz": per, "Tesla": org, "Siemens": org, "Leipzig": place}, []quoteCase{
		{name: "named in the same sentence",
			text: "Mayor Lena Ortiz visited Leipzig.\n\nTesla Giga Leipzig has reached a run rate of 5,000 cars a week, the company confirmed.",
			want: []want{{"Tesla Giga Leipzig has reached a run rate of 5,000 cars a week", "Tesla", "confirmed", "the company", false, false}}},
		{name: "named in the sentence before, the paragraph before",
			text: "Tesla opened a plant near Leipzig in May.\n\n“We build 5,000 cars a week,” the company said in a statement.",
			want: []want{{"We build 5,000 cars a week,", "Tesla", "said", "the company", true, false}}},
		{name: "guard: two organisations",
			text: "Tesla and Siemens opened a plant near Leipzig in May.\n\n“We build 5,000 cars a week,” the company said in a statement.",
			want: []want{{"We build 5,000 cars a week,", "", "said", "the company", true, false}}},
		{name: "guard: named in passing",
			text: "Mayor Lena Ortiz met Tesla managers near Leipzig in May.\n\n“We build 5,000 cars a week,” the company said in a statement.",
			want: []want{{"We build 5,000 cars a week,", "", "said", "the company", true, false}}},
		{name: "guard: a body of its own name",
			text: "Tesla opened a plant near Leipzig in May.\n\n“We build 5,000 cars a week,” the Justice Department said in a statement.",
			want: []want{{"We build 5,000 cars a week,", "Justice Department", "said", "the Justice Department", true, false}}},
	})
}

// TestTitledBodyEn6 (issue 12, en coverage 6): "The Justice Department wrote in court filings
// that …" named nobody: the tagger knows no such name, and "department" only took up a body
// named before. Capitalised after capitalised words, "Department" and "Ministry" end a body's
// own name (lang/en quote_orgnouns "titled"), which speaks. Guard: lower-case "the
// department" names no body of its own. Sentences we wrote.
func TestTitledBodyEn6(t *testing.T) {
	const lead = "Mayor Lena Ortiz opened the plant in May.\n"
	runEn6Cases(t, map[string]string{"Lena Ortiz": per}, []quoteCase{
		{name: "reported",
			text: lead + "The Justice Department wrote that the plant broke no rules.",
			want: []want{{"that the plant broke no rules", "Justice Department", "wrote", "The Justice Department", false, false}}},
		{name: "direct, after the quotation",
			text: lead + "“The plant broke no rules,” the Health Ministry said on Monday.",
			want: []want{{"The plant broke no rules,", "Health Ministry", "said", "the Health Ministry", true, false}}},
		{name: "guard: the bare noun",
			text: lead + "“The plant broke no rules,” the department said on Monday.",
			want: []want{{"The plant broke no rules,", "", "said", "the department", true, false}}},
	})
}
