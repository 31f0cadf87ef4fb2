package quote

import "testing"

// TestUnreadSpeakerBetweenEn7 (issue 12, en fresh 2000): "In a livestream, Vantolle said she
// has been teased … “…,” she says" gave the words to the fan quoted in the paragraph before,
// the only person the names held: a surname the tagger did not read stood as the subject of
// a speech verb between that person and the pronoun, and "she" more likely means them. Guards:
// the word is part of the earlier speaker's name; a capitalised noun opening a sentence.
// Sentences we wrote.
func TestUnreadSpeakerBetweenEn7(t *testing.T) {
	const lead = "Critics Are Done With Mara Vantolle\n\nSome fans were kind. “We should see these people as performers,” fan blogger Tessa Lind said.\n\n"
	runEnCases(t, []quoteCase{
		{name: "an unread surname spoke since",
			text: lead + "Vantolle, who grew up in rural Ohio, has talked about her voice before. In a livestream last week, Vantolle said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "", "says", "she", true, false}}},
		{name: "an unread surname opening the sentence, written inside one too",
			text: lead + "In a livestream last week, the star talked about Vantolle fans. Vantolle said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "", "says", "she", true, false}}},
		{name: "not a portrait: two people spoke before",
			text: "Critics Are Done With Mara Vantolle\n\n“It was a joke,” critic Ben Ortiz said. “We should see these people as performers,” fan blogger Tessa Lind said.\n\nIn a livestream last week, Vantolle said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "", "says", "she", true, false}}},
		{name: "guard: a word of the earlier speaker's name",
			text: lead + "In a livestream last week, Tessa said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "Tessa Lind", "says", "she", true, false}}},
		{name: "guard: a capitalised noun opening a sentence",
			text: lead + "Critics said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "Tessa Lind", "says", "she", true, false}}},
	})
}

// TestOnlyOrgOfKindEn7 (issue 12, en dev): "A team organized by Blue Origin recovered the
// parts. … “…,” the company stated" named nobody: no organisation had spoken yet (the reported
// clauses are read after the quotations in marks) and none opened the sentence before. The
// only organisation the article has named, in the paragraph before, is taken up when its name
// fits the noun (quote_orgkinds): "the company" is no Administration or Campaign, "the agency"
// no company. Guards: two organisations named; the kinds crossed; named only once, in passing
// (TestSoleOrganisationEn6). Sentences we wrote.
func TestOnlyOrgOfKindEn7(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "the company after the one company named",
			text: "Nozzle failure grounds rocket\n\nThe rocket of Northwind Aerospace Inc. crashed at the test site. A team organized by Northwind Aerospace Inc. recovered the parts within days.\n\nThe team found that the nozzle ran too hot. “The fragments showed clear damage from heat,” the company stated.",
			want: []want{{"The fragments showed clear damage from heat,", "Northwind Aerospace Inc", "stated", "the company", true, false}}},
		{name: "the agency after the one agency named",
			text: "Nozzle failure grounds rocket\n\nThe rocket crashed at the test site. A team sent by the Federal Aviation Administration recovered the parts within days. The Federal Aviation Administration closed the site.\n\nThe team found that the nozzle ran too hot. “The fragments showed clear damage from heat,” the agency stated.",
			want: []want{{"The fragments showed clear damage from heat,", "Federal Aviation Administration", "stated", "the agency", true, false}}},
		{name: "guard: the company after an agency",
			text: "Nozzle failure grounds rocket\n\nThe rocket crashed at the test site. A team sent by the Federal Aviation Administration recovered the parts within days. The Federal Aviation Administration closed the site.\n\nThe team found that the nozzle ran too hot. “The fragments showed clear damage from heat,” the company stated.",
			want: []want{{"The fragments showed clear damage from heat,", "", "stated", "the company", true, false}}},
		{name: "guard: the agency after a company",
			text: "Nozzle failure grounds rocket\n\nThe rocket of Northwind Aerospace Inc. crashed at the test site. A team organized by Northwind Aerospace Inc. recovered the parts within days.\n\nThe team found that the nozzle ran too hot. “The fragments showed clear damage from heat,” the agency stated.",
			want: []want{{"The fragments showed clear damage from heat,", "", "stated", "the agency", true, false}}},
		{name: "guard: two organisations named",
			text: "Nozzle failure grounds rocket\n\nThe rocket of Northwind Aerospace Inc. crashed at the test site. A team organized by Northwind Aerospace Inc. and the Federal Aviation Administration recovered the parts within days.\n\nThe team found that the nozzle ran too hot. “The fragments showed clear damage from heat,” the company stated.",
			want: []want{{"The fragments showed clear damage from heat,", "", "stated", "the company", true, false}}},
	})
}

// TestPassiveReportEn7 (issue 12, en coverage): "…, as first reported by the Riverton Gazette"
// and "As reported by X, …" found no quotation: the "as" frame wanted the reporter before the
// verb. After "as" and at most one adverb of the pack's list (quote_reportadverbs), a verb a
// medium reports with and "by" name the one who reported. Guard: a verb no medium reports
// with ("as shown by the chart"). A phrase after "by" that runs on ("Dana Pike of the Gazette") is
// left alone for now. Sentences we wrote.
func TestPassiveReportEn7(t *testing.T) {
	const lead = "Prices rose in the spring.\n"
	runEnCases(t, []quoteCase{
		{name: "as first reported by",
			text: lead + "The rents went up by a tenth in two years, as first reported by the Riverton Gazette.",
			want: []want{{"The rents went up by a tenth in two years", "Riverton Gazette", "reported", "the Riverton Gazette", false, false}}},
		{name: "as reported by, in front",
			text: lead + "As reported by the Riverton Gazette, the rents went up by a tenth in two years.",
			want: []want{{"the rents went up by a tenth in two years", "Riverton Gazette", "reported", "the Riverton Gazette", false, false}}},
		{name: "guard: no verb of reporting",
			text: lead + "The rents went up by a tenth in two years, as shown by the chart.",
			not:  []string{"The rents went up by a tenth in two years"}},
		{name: "left alone: the phrase after by runs on",
			text: lead + "The rents went up by a tenth in two years, as reported by Dana Pike of the Riverton Gazette.",
			not:  []string{"The rents went up by a tenth in two years"}},
	})
}
