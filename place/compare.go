package place

// Compare returns the probability the model gives that the articles of two profiles report
// one happening, with the rules (preview against report, different results) applied: the
// number placement compares with the model's threshold. Both profiles' terms must come from
// v. Evaluations use it to score the placement's own similarity on labelled pairs.
func (m *Model) Compare(a, b *Profile, v Vocab) (float64, error) {
	pr, err := pairOf(a, b, v, false)
	if err != nil {
		return 0, err
	}
	return m.Prob(pr), nil
}
