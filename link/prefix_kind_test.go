package link

import (
	"strings"
	"testing"
)

// aligner.weights tells numbers and names by the first byte of a term's prefix8 instead of
// strings.HasPrefix: that holds while the prefixes are one byte long.
func TestPrefixKindFromPrefix8(t *testing.T) {
	if len(numPrefix) != 1 || len(namePrefix) != 1 {
		t.Fatalf("numPrefix %q and namePrefix %q must be one byte for aligner.weights", numPrefix, namePrefix)
	}
	for _, term := range []string{"", "#", "#12", "@", "@berlin", "berlin", "a#", "\x00#", "#@", "ü"} {
		first := byte(prefix8(term) >> 56)
		if (first == numPrefix[0]) != strings.HasPrefix(term, numPrefix) || (first == namePrefix[0]) != strings.HasPrefix(term, namePrefix) {
			t.Errorf("%q: first byte of prefix8 %q disagrees with strings.HasPrefix", term, first)
		}
	}
}
