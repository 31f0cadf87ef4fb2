package place

import "testing"

// The paragraph's key hash is the hash of its key, made without the key.
func TestParagraphKeyHash(t *testing.T) {
	for _, s := range []string{
		"", "  ", "Abo", "Jetzt   ABONNIEREN\tund 3 Monate lesen", " Stand: 12.03.2024, 17:45 Uhr ",
		"Straße GRÖSSE ÄÖÜ", "İstanbul ΣΊΣΥΦΟΣ", "bad \xff byte\xc3", "١٢٣ digits", "a\u00a0b\u2003c",
	} {
		key := paragraphKey(s)
		h, n := paragraphKeyHash(s)
		if h != hashString(key) || n != len(key) {
			t.Errorf("paragraphKeyHash(%q) = %x, %d; the key %q hashes to %x, %d bytes", s, h, n, key, hashString(key), len(key))
		}
	}
}
