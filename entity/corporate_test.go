package entity

import (
	"testing"

	"crosscheck/article"
)

// TestCorporateNames holds the corporate contexts of articleCorporateNames in English
// sentences we wrote: each case gives how many organisation mentions of the name the
// article has (0: none), and no mention of another type may cover it.
func TestCorporateNames(t *testing.T) {
	tests := []struct {
		name, text, want string
		n                int
	}{
		{"legal form after a comma, then the name alone", "Harbor Lights, Inc. said sales rose. Investors bought Harbor Lights after the report.", "Harbor Lights", 2},
		{"a ticker names the exchange", "Zentrix Corp. (Nasdaq: ZTX) fell. The Nasdaq index rose.", "Nasdaq", 2},
		{"shares after a number", "The fund sold 20,000 Zentrix shares on Monday. Analysts expect Zentrix to recover.", "Zentrix", 2},
		{"stock after a possessive", "It sold its Quorvan stock in May, and Quorvan fell.", "Quorvan", 2},
		{"shares of the name", "The fund bought shares of Quorvan on Monday, and Quorvan rose.", "Quorvan", 2},
		{"a possessive and shares", "Quorvan's shares rose after the report.", "Quorvan", 1},
		{"shares as a verb", "Each week Quorvan shares a photo of the lake.", "Quorvan", 0},
		{"shares as a verb before a possessive", "Each day Quorvan shares his list.", "Quorvan", 0},
		{"an apposition that says company", "The deal made Veltrano, the cell biology company, the largest. Veltrano will trade soon.", "Veltrano", 2},
		{"an apposition after the ticker", "Zentrix Holdings (Nasdaq: ZTX), a company making tools, grew.", "Zentrix Holdings", 1},
		{"the apposition's noun phrase ends at an article", "The flight reached Orbix, a point the company stressed.", "Orbix", 0},
		{"a role after the apposition's noun", "We met Velkor, a company spokesman, on Monday.", "Velkor", 0},
		{"a given name is no company", "Maria Velkor, a company founder, left. Maria Velkor, the company, Inc.", "Maria Velkor", 0},
		{"a headline's capitals around the name", "Harbor Lights Completes Acquisition of Zentrix\nHarbor Lights, Inc. said it bought Zentrix.", "Harbor Lights", 2},
		{"a word the article writes in lower case", "Traders sold 500 Zorbex shares. Zorbex rose, as zorbex does.", "Zorbex", 0},
		{"an everyday word alone is no company", "Traders sold 500 Target shares. Target rose.", "Target", 0},
		{"an adjective of a place is no company", "Traders sold German shares.", "German", 0},
		{"a listed company written twice", "Hyundai cars burned. Owners of Hyundai cars were told to wait.", "Hyundai", 2},
		{"a listed company written once", "Owners of Hyundai cars were told to wait.", "Hyundai", 0},
		{"a listed company the article writes in lower case", "Hyundai cars burned. Owners of Hyundai cars saw a hyundai logo.", "Hyundai", 0},
		{"a party's name before the noun", "Two members of the Zorvak party left. Zorvak lost.", "Zorvak", 2},
		{"a given name before the noun", "Members of the Maria party left.", "Maria", 0},
		{"a short name in parentheses after an organisation's", "The Bay Area Transit Agency (Zumi) said a Zumi bus was hit.", "Zumi", 2},
		{"parentheses after no organisation", "The driver (Zumi) said a Zumi bus was hit.", "Zumi", 0},
		{"a word in capitals three times", "On Monday ARK sold shares. Later ARK bought more, and analysts said ARK was right.", "ARK", 3},
		{"a word in capitals twice", "Analysts said ARK sold shares and ARK bought more.", "ARK", 0},
		{"a longer name starting with the found one", "The fund sold 500 Zentrix shares. Its Zentrix Growth Savings Plan worked well for many of the small savers.", "Zentrix", 1},
		{"a found name before a title", "The fund sold 500 Zentrix shares. Zentrix CEO Mara Lind spoke.", "Zentrix", 2},
		{"one word more may be the company's own", "The fund sold 500 Zentrix shares. A worker at Zentrix Games agreed with many of the small savers.", "Zentrix", 2},
		{"listed companies coordinated", "Owners of Hyundai and Kia cars waited.", "Kia", 1},
		{"listed companies in a list of bars", "Follow us: Instagram | YouTube", "YouTube", 1},
		{"a given name beside a name no list holds", "Kia and Zorbo went home.", "Kia", 0},
		{"a listed company that is a given name", "Kia cars burned. Owners of Kia cars were told to wait.", "Kia", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := seedArticle("t", tt.text)
			a.Language = "en"
			es := englishAnalyzer.Analyze(a).Entities
			n := 0
			for _, e := range es {
				switch {
				case e.Text == tt.want && e.Type == article.EntityOrganisation:
					n++
				case e.Text == tt.want && tt.n > 0:
					t.Errorf("%q is a %s mention", e.Text, e.Type)
				}
			}
			if n != tt.n {
				t.Errorf("%d organisation mentions %q, want %d: %+v", n, tt.want, tt.n, es)
			}
		})
	}
}
