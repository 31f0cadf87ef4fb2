package quote

import "testing"

// TestQuotedMediumAfterArticle (issue 12, de dev 7): "…, berichtet die „Abendpost“." found no
// quotation at all, because the source after the verb stopped at the opening mark and left
// only the article; so did "Das berichtet die „Abendpost“ …" and "…, so die „Abendpost“.".
// After a verb a medium reports with (@r) the name in the marks speaks, even one the tagger
// does not know; after "so" only an organisation it knows. Guards: "sagte der „Kaiser“" (a
// nickname after a plain speech verb) names nobody, and a medium's noun inside the marks is no
// addressee. Sentences we wrote.
func TestQuotedMediumAfterArticle(t *testing.T) {
	const lead = "Der Sänger Karl Brenner steht vor Gericht.\n\n"
	const msg = "Sein Freund hatte das Haus von einer Firma gekauft"
	runQuoteCasesFull(t, []quoteCase{
		{name: "a reporting verb and an unknown medium in marks",
			text: lead + msg + ", berichtet die „Abendpost“.",
			want: []want{{msg, "Abendpost", "berichtet", "die „Abendpost“", false, false}}},
		{name: "straight marks and adverbials after the medium",
			text: lead + msg + `, berichtet die "Abendpost" unter Berufung auf Insider.`,
			want: []want{{msg, "Abendpost", "berichtet", `die "Abendpost"`, false, false}}},
		{name: "a medium's noun inside the marks",
			text: lead + msg + ", schrieb die „Frankfurter Abendzeitung“.",
			want: []want{{msg, "Frankfurter Abendzeitung", "schrieb", "die „Frankfurter Abendzeitung“", false, false}}},
		{name: "pointing back",
			text: lead + msg + ". Das berichtet die „Abendpost“ unter Berufung auf Insider.",
			want: []want{{msg, "Abendpost", "berichtet", "die „Abendpost“", false, false}}},
		{name: "so and a medium the tagger knows",
			text: lead + msg + ", so die „Süddeutsche Zeitung“.",
			want: []want{{msg, "Süddeutsche Zeitung", "so", "die „Süddeutsche Zeitung“", false, false}}},
		{name: "guard: a nickname after a plain speech verb",
			text: lead + "„Ich habe das Haus nie betreten“, sagte der „Kaiser“.",
			want: []want{{"Ich habe das Haus nie betreten", "", "sagte", "*", true, false}}},
	})
}
