package quote

import "testing"

// TestMisspeltSurnameEn (issue 12, en coverage): "said Chuck Dougherty, the owner … “…,” said
// Doughtery", "Bryce Brodzinski … Brodzinksi said", "said Dr. Shuba Iyngar … Iyengar said": the
// article misspells the surname once, the lone word names nobody, and the quotation had no
// speaker. A lone word with the surname's first letter and the same letters in another order,
// or one letter more or less, stands for the one person named in full with that surname.
// Guards: another letter in the same place ("Marrow" is not "Morrow"); a letter added at the end
// (a genitive); two people it could stand for; a given name ("Daniel" beside "Lena Dainel" stays a lone given name).
// Sentences we wrote.
func TestMisspeltSurnameEn(t *testing.T) {
	const quote = "“The pumps will just work a little harder,” "
	runEnCases(t, []quoteCase{
		{name: "two letters swapped",
			text: "Floods are coming\n\nMarek Wolinski runs a bakery by the river.\n\n" + quote + "Wolinksi said.",
			want: []want{{"The pumps will just work a little harder,", "Marek Wolinski", "said", "Wolinksi", true, false}}},
		{name: "a letter moved",
			text: "Floods are coming\n\n“We appreciate the help,” said Gus Maugherty, the owner of a bar by the river.\n\n" + quote + "said Maughtery.",
			want: []want{{"The pumps will just work a little harder,", "Gus Maugherty", "said", "Maughtery", true, false}}},
		{name: "a letter left out",
			text: "Pollen season starts early\n\n“Seasons run longer now,” said Dr. Rupa Tallinger, who leads a clinic in Reno.\n\n" + quote + "Talinger said.",
			want: []want{{"The pumps will just work a little harder,", "Rupa Tallinger", "said", "Talinger", true, false}}},
		{name: "guard: another letter in the same place",
			text: "Floods are coming\n\nLena Morrow runs a bakery by the river.\n\n" + quote + "Marrow said.",
			want: []want{{"The pumps will just work a little harder,", "", "said", "Marrow", true, false}}},
		{name: "guard: a letter added at the end",
			text: "Floods are coming\n\nLena Holland runs a bakery by the river.\n\n" + quote + "Hollandy said.",
			want: []want{{"The pumps will just work a little harder,", "", "said", "Hollandy", true, false}}},
		{name: "guard: two people it could stand for",
			text: "Floods are coming\n\nMark Wolinski runs a bakery by the river. Dana Wolniski runs the shop next door.\n\n" + quote + "Wolinksi said.",
			want: []want{{"The pumps will just work a little harder,", "", "said", "Wolinksi", true, false}}},
		{name: "guard: a given name",
			text: "Floods are coming\n\nLena Dainel runs a bakery by the river.\n\n" + quote + "Daniel said.",
			want: []want{{"The pumps will just work a little harder,", "Daniel", "said", "Daniel", true, false}}},
	})
}

// TestUntaggedPersonEn (issue 12, en coverage): "said Jacey Cooper, the Medi-Cal director"
// named nobody: the tagger leaves a pair of an unknown given name and a surname that is also a
// common word untagged, and with other names in the article the quotation had no fallback. Two
// capitalised words the tagger read as nothing, with a definite role apposed after a comma,
// are a person. No guard case: whether the tagger reads an invented pair as a name depends on
// what the package's other tests ran before (in a full run it names such pairs itself), so a
// guard would test the tagger, not this rule. Sentences we wrote.
func TestUntaggedPersonEn(t *testing.T) {
	const lead = "Rent help for the homeless\n\nGov. Ralph Dorne wants health money to cover rent. Patients would also be eligible.\n\n"
	runEnCases(t, []quoteCase{
		{name: "an apposed role",
			text: lead + "\"It's a big challenge,\" said Jacey Cooper, the Medi-Cal director. \"But we know it works.\"",
			want: []want{{"It's a big challenge,", "Jacey Cooper", "said", "*", true, false}}},
	})
}
