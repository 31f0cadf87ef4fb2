package quote

import "testing"

// TestPortraitVoice (issue 12, voice1): in a portrait or interview where the only person quoted
// with a cue is the one the title is about, a direct quotation that is a paragraph or a
// sentence of its own, with no cue and no one else named near it, is that person's. Someone
// else quoted anywhere in the article, someone else named in its paragraph, the person's own
// name inside the marks, or a title about two people leave it without a speaker. Sentences we
// wrote.
func TestPortraitVoice(t *testing.T) {
	const title = "Sängerin Mara Lindholm über ihr neues Album\n"
	const cued = "Seit zwanzig Jahren steht Mara Lindholm auf der Bühne. „Ich habe nie an Aufhören gedacht“, sagt Lindholm.\n"
	const mid = "Das neue Album erschien im Mai bei einem kleinen Label aus Bremen.\n"
	const words = "Die Lieder sind in meiner Küche entstanden. Ich habe jede Nacht geschrieben."
	runQuoteCasesFull(t, []quoteCase{
		{name: "a whole sentence in marks after a sentence about a thing",
			text: title + cued + mid + "Die Aufnahmen dauerten drei Wochen. „" + words + "“",
			want: []want{{words, "Mara Lindholm", "", "", true, false}}},
		{name: "a paragraph of its own",
			text: title + cued + mid + "„" + words + "“",
			want: []want{{words, "Mara Lindholm", "", "", true, false}}},
		{name: "the person named last in the paragraph before",
			text: title + cued + "Mit dem Gitarristen Jonas Weber hat sie früher oft gespielt, heute spielt Lindholm allein.\nDie Aufnahmen dauerten drei Wochen. „" + words + "“",
			want: []want{{words, "Mara Lindholm", "", "", true, false}}},
		{name: "guard: someone else named in the paragraph",
			text: title + cued + mid + "Mit dem Gitarristen Jonas Weber hat sie früher oft gespielt. Die Aufnahmen dauerten drei Wochen. „" + words + "“",
			want: []want{{words, "", "", "", true, false}}},
		{name: "guard: someone else named last in the paragraph before",
			text: title + cued + "Heute spielt Lindholm meist mit dem Gitarristen Jonas Weber.\nDie Aufnahmen dauerten drei Wochen. „" + words + "“",
			want: []want{{words, "", "", "", true, false}}},
		{name: "guard: someone else quoted in the article",
			text: title + cued + mid + "„Sie ist die Beste im ganzen Norden“, sagt ihr Manager Paul Kern.\n" + mid + "„" + words + "“",
			want: []want{{words, "", "", "", true, false}}},
		{name: "guard: the quotation names her",
			text: title + cued + mid + "„Mara singt für uns alle, jeden Abend.“",
			want: []want{{"Mara singt für uns alle, jeden Abend.", "", "", "", true, false}}},
		{name: "guard: a title about two people",
			text: "Mara Lindholm schlägt Jonas Weber beim Liederwettbewerb\n" + cued + mid + "„" + words + "“",
			want: []want{{words, "", "", "", true, false}}},
	})
}

// TestPortraitPronoun (issue 12, voice1): in the same portraits, a whole direct quotation whose
// cue has a pronoun of the person's sex that found no one to stand for ("Sie habe
// festgestellt: „…“" after a paragraph about her work) is that person's; a pronoun of the other
// sex, a plural verb, or someone else named in the paragraph leave it. Sentences we wrote.
func TestPortraitPronoun(t *testing.T) {
	const title = "Sängerin Mara Lindholm über ihr neues Album\n"
	const cued = "Seit zwanzig Jahren steht Mara Lindholm auf der Bühne. „Ich habe nie an Aufhören gedacht“, sagt Lindholm.\n"
	const words = "Es erfüllt mich immer noch, und ich freue mich auf jeden Abend."
	// Paragraphs about the band, the tour and the city: far enough that the pronoun finds no one.
	const far = "Die Band spielt seit dem Frühjahr in neuer Besetzung.\nDie Tour führt durch zwölf Städte im Norden.\nIn Husum ist das Konzert schon lange ausverkauft.\n"
	for _, tc := range []struct {
		name, lead, speaker string
	}{
		{"she after a paragraph about the album", "Das neue Album erschien im Mai bei einem kleinen Label. Sie habe festgestellt: „", "Mara Lindholm"},
		{"guard: he", "Das neue Album erschien im Mai bei einem kleinen Label. Er habe festgestellt: „", ""},
		{"guard: someone else named in the paragraph", "Das Album produzierte der Gitarrist Jonas Weber in Bremen. Sie habe festgestellt: „", ""},
	} {
		runQuoteCasesFull(t, []quoteCase{{name: tc.name,
			text: title + cued + far + tc.lead + words + "“",
			want: []want{{words, tc.speaker, "festgestellt", "*", true, false}}}})
	}
}
