package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// pending is a stand-alone direct quote without a cue of its own, resolved after reported
// speech is known (its speaker is usually named in the sentence before).
type pending struct {
	ts, te int
	si     int
}

// direct finds quotations in quotation marks and attributes them.
func (c *ctx) direct() {
	var later []pending
	lastLabel, lastLabelBlock := "", -2
	names := c.namesInMarks()
	review := c.pressReview()
	for _, m := range c.marks {
		openTok, closeTok := c.tokAt(m.Open), c.tokAt(m.Close)
		if openTok >= len(c.toks) || closeTok >= len(c.toks) || c.toks[openTok].Start != m.Open || c.toks[closeTok].Start != m.Close {
			continue // the mark is inside a token (an apostrophe) or outside any sentence
		}
		if review && closeTok+2 < len(c.toks) {
			if a, _ := c.quotedLabel(closeTok + 2); a == openTok+1 {
				continue // „Le Monde“: „…“: the paper's name that opens a line of the review
			}
		}
		ts, te := openTok+1, closeTok
		words := 0
		for i := ts; i < te; i++ {
			if c.toks[i].Kind != article.TokPunct {
				words++
			}
		}
		if words == 0 || c.inFurniture(openTok) {
			continue
		}
		if names[c.markedKey(ts, te)] && !isPunct(&c.toks[te-1], ".") && !c.nestedMarks(openTok, closeTok) {
			// "„Bauer sucht Frau“" for the fourth time: a show's, a storm's or a paper's name.
			// A sentence ("„Wir schaffen das.“") is a saying quoted again, and marks within
			// marks pair up as they will.
			continue
		}
		si, sj := c.sentOf[openTok], c.sentOf[closeTok]
		ssi, _ := c.sentRange(si)
		_, sej := c.sentRange(sj)
		if openTok > ssi && c.lx.titleHead(c.toks[openTok-1].Norm) && isCap(&c.toks[openTok-1]) {
			continue // Sender „1+1“, Zeitung „Bild“
		}
		if words == 1 && openTok > ssi && isLowerWord(&c.toks[openTok-1]) && c.lx.titles[c.toks[openTok-1].Norm] == "mention" {
			continue // "the use of the word “farewell,” and Maude explains": a word talked about, nobody's words
		}
		if c.lx.titleHead(c.toks[te-1].Norm) && words <= 3 && !c.hasLower(ts, te) {
			continue // „Friedensformel“: a coined term, not a quotation („unverantwortlichen Plan“ is one)
		}
		if c.compoundPart(openTok, closeTok) {
			continue // »Bild«-Zeitung: a name inside a compound word
		}
		if words <= 3 && openTok > ssi && c.lx.isDet(c.toks[openTok-1].Norm) && closeTok+1 < len(c.toks) && c.isVerb(closeTok+1, ssi, sej) && !c.hasLower(ts, te) {
			continue // "Der „Bild“ sagte der Regisseur": the name of whom it was said to
		}
		if words <= 5 && openTok-1 > ssi && c.lx.class(c.toks[openTok-1].Norm) == "gen" && isCap(&c.toks[ts]) &&
			isCap(&c.toks[openTok-2]) && isWord(&c.toks[openTok-2]) && !c.isVerbForm(c.toks[openTok-2].Norm) && !c.lx.p.Stopword(c.toks[openTok-2].Norm) {
			continue // "Der Moderator von „Wer wird Millionär?“": the title of a show after its noun
		}
		if words >= 2 && words <= 3 && openTok > ssi && c.lx.isDet(c.toks[openTok-1].Norm) && c.nameWords(ts, te) {
			continue // "ein Verbot der „Grauen Wölfe“": a name after its article, not a quotation
		}
		if openTok-2 >= ssi && closeTok+1 < len(c.toks) && isPunct(&c.toks[openTok-1], "(") && isPunct(&c.toks[closeTok+1], ")") && acronym(c.toks[openTok-2].Text) {
			continue // "SSDSGPS („Stefan sucht den Super-Grand-Prix-Star“)": what letters stand for
		}
		if closeTok+1 < len(c.toks) && isPunct(&c.toks[closeTok+1], "(") && c.titleLike(ts, te) {
			continue // "Lola in Silber: „Der Fuchs“ (Regie: …)": a work and its credits
		}
		if k := closeTok + 1; k+1 < len(c.toks) && isLowerWord(&c.toks[k]) && c.lx.class(c.toks[k].Norm) == "gen" &&
			c.mentionAt(k+1) != nil && c.titleLike(ts, te) {
			continue // "Sommerhit 2023: „Tanz mit mir“ von Anna Roth": a work and who made it
		}
		if words <= 3 && openTok > ssi && c.lx.isDet(c.toks[openTok-1].Norm) && !c.hasLower(ts, te) && c.epithetBeforeName(closeTok+1, si) {
			continue // "mit seinem „Schatz“ Eva Weber": a pet name or epithet before the name, nobody's words
		}
		if words <= 3 && openTok-1 > ssi && c.nameWords(ts, te) && c.commonNounAt(openTok-1) {
			continue // "die Künstleragentur „HB Management“": a name apposed to its noun
		}
		if words >= 2 && words <= 4 && openTok-1 > ssi && isCap(&c.toks[ts]) && !c.lx.p.Stopword(c.toks[ts].Norm) && c.titleLike(ts, te) && !c.hasComma(ts, te) && c.commonNounAt(openTok-1) && !c.namedBy(ssi, openTok, sej) {
			// "in der neuen Folge „Helden der Hauptstadt“", "im Bereich „Musik für Kinder“": a
			// title apposed to its noun, whatever verb the clause has; after a verb of naming
			// ("nannte die Reform „Betrug am Wähler“") it is what someone called the noun, and
			// a list ("ihren Rollen „Stil, Haltung und Grandezza“") or a sentence opening with a
			// function word ("riefen die Spieler „Wir sind Verlierer“") is someone's words.
			continue
		}
		if words <= 3 && openTok > ssi && c.lx.titlePrep(c.toks[openTok-1].Norm) && isCap(&c.toks[ts]) && !c.hasLower(ts, te) {
			continue // "Im „Kölner Treff“ berichtete er": the name of a show or place
		}
		if words <= 6 && openTok > ssi && c.lx.titlePrep(c.toks[openTok-1].Norm) && c.brandTitle(ts, te) {
			continue // "begrüßt die Zuschauer im „sportstudio live - UEFA EURO 2024“": a show's name
		}
		if openTok > ssi && !isPunct(&c.toks[openTok-1], ":") && c.modelName(ts, te) {
			continue // "der Stern „HD 13189“", "die „Dornier Do 228“": a model's or an object's name
		}
		if words <= 6 && c.quotedCueSource(openTok, closeTok, ssi) {
			continue // "dem „Kurier“ zufolge", "laut „Nordpost“": the name of who gave it
		}
		if words <= 4 && openTok-2 >= ssi && closeTok+1 < len(c.toks) && isPunct(&c.toks[openTok-1], "(") && isPunct(&c.toks[closeTok+1], ")") && isQuoteMark(&c.toks[openTok-2]) {
			continue // "im Fachblatt „Neue Botanik“ („NB“)": a name's short form after it
		}
		c.covered = append(c.covered, article.Span{Start: m.Start, End: m.End})
		label, prevLabel, prevLabelBlock := c.bareLabel(ssi, openTok), lastLabel, lastLabelBlock
		lastLabel, lastLabelBlock = label, c.blockOf(m.Open)
		if review {
			if a, b := c.quotedLabel(openTok); a >= 0 {
				c.emit(ts, te, true, false, -1, a, b, c.labelSpeaker(a, b))
				continue
			}
		}

		// „…“, sagte X, „…“: the second part of a quotation split by its cue.
		if f := c.splitPartner(openTok); f != nil {
			c.emit(ts, te, true, false, -1, f.srcStart, f.srcEnd, speaker{name: f.q.Speaker, how: f.q.SpeakerHow})
			continue
		}
		// "“…?” Susan Little added in the statement.": a question or exclamation ends the
		// sentence at the closing mark; the next sentence, a subject, a speech verb and
		// nothing but when and where, is its frame.
		if closeTok+1 == sej && sj+1 < len(c.sents) && te > ts && (isPunct(&c.toks[te-1], "?") || isPunct(&c.toks[te-1], "!")) {
			if ns, ne := c.sentRange(sj + 1); ns == sej && c.blockOf(c.toks[ns].Start) == c.blockOf(m.Close) && isCap(&c.toks[ns]) {
				if cue, ss, se, ok := c.cueAfter(ns, ne); ok && ss == ns && c.frameOnly(cue+1, ne) {
					c.emit(ts, te, true, false, cue, ss, se, c.resolve(ss, se, m.Start, si))
					continue
				}
			}
		}
		if a, b, ok := c.signedBy(openTok, closeTok); ok {
			// "“…,” Gary Colemasan, project manager with Paul Davis Restoration.": a press
			// release signs the quotation that opens the paragraph with the name and role of
			// who said it, and no verb.
			c.emit(ts, te, true, false, -1, a, b, speaker{name: c.mentionAt(a).canon, how: article.SpeakerSubject})
			continue
		}
		// A: „…“, sagte X / „…“, so X / "…," he said / "…," fire service spokesman X said
		if cue, ss, se, ok := c.cueAfter(closeTok+1, sej); ok {
			if openTok > ssi && !isPunct(&c.toks[openTok-1], ":") && (c.workTitle(ts, te) || c.wholeName(ts, te) || c.interviewMedium(ssi, openTok, ts, te) || c.mediumName(ts, te)) {
				continue // "Die Fans sangen „Blau Weiss Forever“, berichtete X": a title inside the sentence
			}
			inside := openTok > ssi && !isPunct(&c.toks[openTok-1], ":") && !isQuoteMark(&c.toks[openTok-1]) && c.clauseBefore(ssi, openTok)
			spk := c.resolve(ss, se, m.Start, si)
			if inside && c.innerFrame(ssi, openTok) {
				// "Zugleich sprechen die Parteichefs von einem „Zeichen“, sagte Reporterin Anna
				// Berg": the words in marks are those of whom the reported clause has speak;
				// the frame's speaker only relays them.
				spk = noSpeaker
			}
			c.emit(ts, te, true, inside, cue, ss, se, spk)
			if inside && !(se == ss+1 && c.impersonal(ss)) {
				// "Es handle sich um den „…“, sagte X": the quoted words end a reported
				// clause the same verb frames ("hieß es" keeps the clause unreported: where it
				// was said is no speaker).
				delete(c.usedCue, cue)
			}
			continue
		}
		if k, e, ok := c.mannerCue(openTok, closeTok, ssi, words); ok {
			// "„Na und?“, grinst Kukuk", "„Leute …“, nuschelt Joe Biden": a verb of manner
			// the lexicon does not list, right before a name, still names who speaks.
			c.emit(ts, te, true, false, closeTok+2, k, e, speaker{name: c.mentionAt(k).canon, how: article.SpeakerSubject})
			continue
		}
		// B: erklärte Putin: „…“ / X sagte: „…“ / she told Ouest-France, "…"
		if openTok-1 > ssi && (isPunct(&c.toks[openTok-1], ":") || (isPunct(&c.toks[openTok-1], ",") && c.fullSentence(ts, te))) {
			if v := c.lastVerb(ssi, openTok-1, sej); v >= 0 {
				if c.lx.verbs[c.toks[v].Norm].names && c.modelName(ts, te) {
					continue // "nennt die beiden: „Phone 9“": a name given, no one's words
				}
				ss, se := c.subjectOf(v, ssi, openTok-1)
				if a, b, ok := c.commentFrame(ssi, v, openTok); ok {
					ss, se = a, b
				}
				spk := c.resolve(ss, se, m.Start, si)
				if isPunct(&c.toks[openTok-1], ",") && c.reportedFrame(ssi, v) {
					spk = noSpeaker
				}
				if f := c.invertedFrameOf(v); f != nil {
					// "„…“, sagte Verbandschef Jan Ruhl: „…“": the verb that framed the words
					// before it, with its speaker named right after it, frames these too; the
					// subject of the clause the first words sat in ("Hill wurde „…“") is
					// whom they were about.
					ss, se, spk = f.srcStart, f.srcEnd, speaker{name: f.q.Speaker, how: f.q.SpeakerHow}
				}
				c.emit(ts, te, true, false, v, ss, se, spk)
				if c.commaBetween(v, openTok-1) {
					// "erklärte, man sehe dem Verfahren gelassen entgegen: „…“": the verb
					// also frames the reported clause before the colon.
					delete(c.usedCue, v)
				}
				continue
			}
			if isPunct(&c.toks[openTok-1], ":") {
				if k, spk := c.possessorSpeaker(ssi, openTok-1); k >= 0 {
					c.emit(ts, te, true, false, -1, k, k+1, spk) // "Kühnerts Reaktion: „…“"
					continue
				}
				// "Kurz darauf legt er nach: „…“", "Linnemann: „…“": the clause before the
				// colon names who speaks, without a speech verb.
				if ss, se, named := c.colonSubject(ssi, openTok-1); ss >= 0 {
					if named && c.colonTail(ts, te, sej) {
						// "Anna Roth: „Klug, aber still“ – Reporter X erinnert sich", "Preis bei
						// den Emmys: „Hacks“ besser als „The Bear“?": the line goes on after the
						// closing mark, so the words in marks belong to the writer's line about
						// the name before the colon (a title, someone else's verdict), not to
						// that name; a word or two are a title or a term, no quotation.
						if words > 3 {
							c.emit(ts, te, true, false, -1, -1, -1, noSpeaker)
						}
						continue
					}
					spk := noSpeaker // "the Binion’s sign read: “…”": nobody the text names
					if named && c.subtitled(ts, te) && c.aloneInBlock(c.toks[ssi].Start, c.toks[closeTok].End) {
						// "Kara Bell: „Nightfall – Live in Concert“" alone on its line, over
						// dates and prices: the heading of a work or a tour, a title and its
						// subtitle, not words she said.
						continue
					}
					if named {
						spk = c.resolve(ss, se, m.Start, si)
					}
					c.emit(ts, te, true, false, -1, ss, se, spk)
					continue
				}
				if a, b, named := c.colonLead(ssi, openTok-1); a >= 0 && words >= 4 && !c.titleLike(ts, te) {
					// "Der Leiter der Studie, Paul Sommer, sieht die Verantwortung beim Staat:
					// „…“", "Die Firma hält die Kritik für falsch: „…“": the clause before the
					// colon opens with its subject, who introduces the quotation.
					spk := noSpeaker
					if named {
						spk = c.resolve(a, b, m.Start, si)
					}
					c.emit(ts, te, true, false, -1, a, b, spk)
					continue
				}
				if label != "" && prevLabel != "" && label != prevLabel && prevLabelBlock >= c.blockOf(m.Open)-1 {
					// "Marca: „…“ / Depor: „…“": a round-up of voices, each under its own
					// label; an untagged label is someone else than the one before.
					c.emit(ts, te, true, false, -1, ssi, openTok-1, noSpeaker)
					continue
				}
				if k := openTok - 2; k >= ssi && isWord(&c.toks[k]) && isCap(&c.toks[k]) && c.plainLead(ssi, openTok-1, sej) {
					// "Lesen Sie auch … Patriarch von Jerusalem: „…“": the words before the colon
					// name who speaks, though not so we can tell who; never the speaker of the
					// sentence before.
					c.emit(ts, te, true, false, -1, -1, -1, noSpeaker)
					continue
				}
			}
		}
		if words <= 3 && openTok > ssi && c.isVerb(openTok-1, ssi, sej) && (c.mentionAt(ts) != nil || c.otherNameAt(ts)) {
			continue // "berichtete „G1“", "erklärte „Gamerbrother“": the name of who speaks
		}
		startsSentence := openTok == ssi || (openTok-1 >= ssi && isPunct(&c.toks[openTok-1], ":"))
		if words <= 3 && startsSentence && !c.colonAfterCue(ssi, openTok) {
			continue // a scare quote or term without a speech cue of its own
		}
		if !startsSentence && words <= 6 && c.passiveNaming(ssi, openTok) {
			continue // "he'd been dubbed “the internet's boyfriend”": a name given, no one's words
		}
		if !startsSentence {
			// C: a partial quote inside the reporter's sentence; a short one counts only with
			// a speech verb of its own clause ("bezeichnete den Besuch als „wichtiges Zeichen“").
			v := c.lastVerb(ssi, openTok, sej)
			if v < 0 {
				v = c.verbIn(closeTok+1, sej, ssi, sej)
			}
			if v >= 0 && c.lx.verbs[c.toks[v].Norm].knows {
				v = -1 // "Auch X weiß, dass die Meute ihr nächstes „Spektakel“ aufführt": known, not said
			}
			if v >= 0 && c.lx.verbs[c.toks[v].Norm].question {
				continue // "when asked to comment on the “surreal” situation": the asker's word
			}
			if v >= 0 && c.addressedName(v, openTok, ts, te) {
				continue // "sagte er der „Bergpost“": the medium spoken to, a name
			}
			if c.titleLike(ts, te) && closeTok+1 < len(c.toks) && isLowerWord(&c.toks[closeTok+1]) && c.lx.titleHead(c.toks[closeTok+1].Norm) {
				continue // Trump's “Make America Great Again” campaign slogan: a name
			}
			if c.functionWordQuoted(ts, te) || c.interviewMedium(ssi, openTok, ts, te) {
				continue // "Khedira erklärt „sein“ Real Madrid": a scare quote, no one's words
			}
			if c.workTitle(ts, te) || c.wholeName(ts, te) || c.mediumName(ts, te) {
				// "nahm an „Die Reise der Füchse“ teil", "im „Circle of Steel“", "klinge
				// „Bonn“ wie …": a title or a name in quotation marks inside the reporter's
				// sentence is no one's words, whatever verb the clause has.
				continue
			}
			if v >= 0 && c.lx.verbs[c.toks[v].Norm].names && (c.modelName(ts, te) || c.reflexiveAfter(v, openTok)) {
				continue // "nennt sich „Mr. Sunrise“", "nennt die beiden „Phone 9“": a name given
			}
			if v < 0 {
				// No speech verb of its own: a quoted fragment of a report around it, found
				// later ("Der Schutz habe »oberste Priorität«, so Faeser").
				c.inner = append(c.inner, pending{ts: ts, te: te, si: si})
				continue
			}
			if c.fragmentInAdverbial(ssi, openTok, closeTok, v) {
				// "Als Aktivisten ein »Protestcamp« errichteten, forderte er …": the words lie in
				// a clause of when or why, the author's, not in what the verb after it frames.
				continue
			}
			ss, se := c.subjectOf(v, ssi, sej)
			if a, b, ok := c.commentFrame(ssi, v, openTok); ok {
				ss, se = a, b
			}
			framedList := false // a list in marks the frame after it reports: someone's words, whose we cannot tell
			if v > closeTok && isPunct(&c.toks[v-1], ",") {
				// "Es sei wichtig, «miteinander zu sprechen», um …, betonte Anna Roth": the
				// fragment lies in the clause that the inverted frame after it reports; the name
				// right after the verb speaks, not the clause's own subject, even when that
				// subject is a person ("Bauers Worte würden sein „tiefstes Verständnis“
				// ankratzen, sagte Tuchel"), and when the frame names nobody ("…, sagte ein
				// Sprecher", "…, urteilte die Jury"). One capitalised word or a title in the
				// marks is a name ("Die Fragen des «Tagesspiegels»"), or a word the frame's
				// subject used ("Der Iran trage „Verantwortung“, erklärte der Elysée"): the
				// clause's subject says it in neither case.
				if a, b := c.npAfter(v+1, sej); a == v+1 && (c.subjectSpeaks(a, b, m.Start, si) || c.speakerPhrase(a, b) || c.possessiveNoun(a, b) || c.articledSubject(a, b)) {
					if (words > 1 || !isCap(&c.toks[ts])) && !c.titleLike(ts, te) {
						ss, se = a, b
					} else if se <= openTok || ss == a && c.mentionAt(a) == nil && c.articledSubject(a, b) {
						ss, se = -1, -1
						framedList = c.hasComma(ts, te)
					}
				}
			}
			if ss >= 0 && ss <= openTok && se > closeTok {
				continue // "erzählt auch „Night Garden“ eine Geschichte": the quoted name is the subject
			}
			spk := c.resolve(ss, se, m.Start, si)
			if v < openTok && c.reportedFrame(ssi, v) && isPunct(&c.toks[openTok-1], ",") {
				spk = noSpeaker
			}
			if v < openTok && c.toldToSpeak(ssi, v, ss, se) {
				spk = noSpeaker // "Sie müsse erklären, was „…“ koste": she is told to speak
			}
			if !spk.known() && words <= 4 && c.nameInMarks(ts, te) && !framedList {
				continue // „Femicide Count Kenya“: a name in quotation marks
			}
			if words <= 4 && (c.prepBeforeMark(openTok, ssi) || c.articleBeforeMark(openTok, ssi) && c.titleCased(ts, te)) && (c.nameShaped(ts) || c.capitalised(ts, te)) && c.titleLike(ts, te) {
				// "eine Bitte an „The Special One“", "als Statist in „Harry Potter“", "Treff an
				// der „Avenida de Brasil“", "on NBC’s “All In”", "die die „Boys in Brown“
				// verteidigten": a name or title after its preposition or its article (and
				// possessive), whoever the clause's subject is.
				continue
			}
			if words <= 3 && !spk.known() && !c.isPronoun(ss, se) {
				c.inner = append(c.inner, pending{ts: ts, te: te, si: si})
				continue
			}
			c.emit(ts, te, true, true, v, ss, se, spk)
			// The same verb may also frame a reported clause around the fragment.
			delete(c.usedCue, v)
			continue
		}
		if c.titleLike(ts, te) {
			continue // “The Life of Rosa Parks,” a biography …: a title, not a quotation
		}
		later = append(later, pending{ts: ts, te: te, si: si})
	}
	c.pendingDirect = later
}

// invertedFrameOf returns the direct quotation already framed by the speech verb at v with its
// source right after the verb ("„…“, sagte Anna Roth"), or nil.
func (c *ctx) invertedFrameOf(v int) *found {
	for k := len(c.out) - 1; k >= 0; k-- {
		if f := &c.out[k]; f.cueTok == v && f.q.Direct && f.srcStart == v+1 && f.srcEnd > f.srcStart {
			return f
		}
	}
	return nil
}

// articledSubject reports whether the phrase [a, b) right after a speech verb that follows a
// comma opens with an article ("…, urteilte die Jury", "…, erklärte der Elysée-Palast"): the
// verb's own subject, though its noun is no listed source, so the clause before it reports,
// and its subject is not who speaks.
func (c *ctx) articledSubject(a, b int) bool {
	switch c.lx.class(c.toks[a].Norm) {
	case "det", "det:m", "det:f":
		return b > a+1 && isLowerWord(&c.toks[a])
	}
	return false
}

// commentFrame returns the subject of a speech verb at v set off by commas right before the
// quotation opening at open ("Avedon was obsessed, wrote the critic Vince Aletti, “with …”",
// "Die Lage sei ernst, sagte Anna Roth, „…“"): in such a comment clause the verb comes first
// and the person named after it speaks, never the subject of the clause before. ok is false
// unless only that person's name, with a role or article before it, stands between the verb and
// the comma before the mark.
func (c *ctx) commentFrame(ssi, v, open int) (int, int, bool) {
	if v-1 <= ssi || !isPunct(&c.toks[v-1], ",") || open-2 <= v || !isPunct(&c.toks[open-1], ",") || c.lx.verbs[c.toks[v].Norm].addressee {
		return -1, -1, false
	}
	a, b := v+1, open-1
	if b-a > 8 || c.hasPunctBetween(a, b) || c.hasVerbBetween(a, b) {
		return -1, -1, false
	}
	if m := c.mentionAt(b - 1); m == nil || m.org || m.end != c.toks[b-1].End {
		return -1, -1, false
	}
	return a, b, true
}

// fragmentInAdverbial reports whether quotation marks at openTok and closeTok lie in an adverbial
// clause in the indicative ("als …", "weil …") that ends at the comma right before the speech
// verb v after them: the clause says when or why, and the verb frames the main clause only.
func (c *ctx) fragmentInAdverbial(ssi, openTok, closeTok, v int) bool {
	if v <= closeTok+1 || !isPunct(&c.toks[v-1], ",") {
		return false
	}
	for k := closeTok + 1; k < v-1; k++ {
		if isPunct(&c.toks[k], ",") {
			return false
		}
	}
	s := ssi
	for k := openTok - 1; k > ssi; k-- {
		if isPunct(&c.toks[k], ",") {
			s = k + 1
			break
		}
	}
	return c.adverbialClause(s, v-1)
}

// headingOpenedByQuote reports whether the words in marks [ts, te) open their paragraph, and
// the paragraph, with no full stop, question or exclamation mark after the closing mark, goes
// on to a colon: a heading built around a quotation or a title.
func (c *ctx) headingOpenedByQuote(ts, te int) bool {
	open := ts - 1
	b := c.blockOf(c.toks[ts].Start)
	if open < 0 || b < 0 || c.blockOf(c.toks[open].Start) != b || strings.TrimSpace(c.r.Slice(c.a.Blocks[b].Start, c.toks[open].Start)) != "" {
		return false
	}
	colon := false
	for k := te + 1; k < len(c.toks) && c.blockOf(c.toks[k].Start) == b; k++ {
		switch c.toks[k].Text {
		case ".", "!", "?", "…":
			return false
		case ":":
			colon = true
		}
	}
	return colon
}

// mannerCue finds the name in "„…“, grinst Kukuk": a quotation of at least four words that opens
// its sentence, then a comma, one lower-case word that is no function word and no verb the
// lexicon lists (those are cues judged elsewhere), and a person's name right after it, not
// in the genitive. It returns the name's tokens.
func (c *ctx) mannerCue(openTok, closeTok, ssi, words int) (int, int, bool) {
	v, k := closeTok+2, closeTok+3
	if openTok != ssi || words < 4 || k >= len(c.toks) || !isPunct(&c.toks[closeTok+1], ",") || !isLowerWord(&c.toks[v]) {
		return -1, -1, false
	}
	norm := c.toks[v].Norm
	if _, listed := c.lx.verbs[norm]; listed || c.lx.p.Stopword(norm) || c.lx.class(norm) != "" {
		return -1, -1, false
	}
	m := c.mentionAt(k)
	if m == nil || m.org || m.quoted || m.tok != k {
		return -1, -1, false
	}
	e := k
	for e < len(c.toks) && c.mentionAt(e) == m {
		e++
	}
	_, se := c.sentRange(c.sentOf[k])
	if c.possessive(e-1, se) {
		return -1, -1, false
	}
	return k, e, true
}

// bareLabel returns the words before the colon that opens the quotation at openTok when they
// are all the sentence holds before it and one to three capitalised words without an article
// ("Marca:", "El Desmarque:"), as in a round-up of voices; else "".
func (c *ctx) bareLabel(ss, openTok int) string {
	colon := openTok - 1
	if colon <= ss || colon-ss > 3 || !isPunct(&c.toks[colon], ":") {
		return ""
	}
	var b strings.Builder
	for k := ss; k < colon; k++ {
		t := &c.toks[k]
		if !isWord(t) || !isCap(t) || c.lx.isDet(t.Norm) || c.lx.class(t.Norm) != "" || c.isPronoun(k, k+1) || c.isVerbForm(t.Norm) {
			return ""
		}
		b.WriteString(t.Text)
		b.WriteByte(' ')
	}
	return b.String()
}

// quotedLabel returns the words in marks that open the paragraph of the quotation at openTok
// and stand alone before its colon („Le Monde“: „…“), as a press review lays out the papers it
// quotes; -1, -1 else.
func (c *ctx) quotedLabel(openTok int) (int, int) {
	colon, closeMark := openTok-1, openTok-2
	if closeMark < 1 || !isPunct(&c.toks[colon], ":") || !isQuoteMark(&c.toks[closeMark]) || !isQuoteMark(&c.toks[openTok]) {
		return -1, -1
	}
	open := closeMark - 1
	for open >= 0 && open > closeMark-7 && !isQuoteMark(&c.toks[open]) {
		open--
	}
	if open < 0 || open == closeMark-1 || !isQuoteMark(&c.toks[open]) || !isCap(&c.toks[open+1]) {
		return -1, -1
	}
	b := c.blockOf(c.toks[open].Start)
	if b < 0 || strings.TrimSpace(c.r.Slice(c.a.Blocks[b].Start, c.toks[open].Start)) != "" {
		return -1, -1
	}
	for k := open + 1; k < closeMark; k++ {
		if t := &c.toks[k]; isWord(t) && isLowerWord(t) && c.isVerbForm(t.Norm) {
			return -1, -1
		}
	}
	return open + 1, closeMark
}

// pressReview reports whether two or more paragraphs of the article open with a name in marks,
// a colon and a quotation („Le Monde“: „…“ / „El País“: „…“): a review of what papers wrote,
// each line under the paper's name. One such line alone may be a title and a verdict on it.
func (c *ctx) pressReview() bool {
	n := 0
	for _, m := range c.marks {
		if k := c.tokAt(m.Open); k < len(c.toks) && c.toks[k].Start == m.Open {
			if a, _ := c.quotedLabel(k); a >= 0 {
				n++
			}
		}
	}
	return n >= 2
}

// labelSpeaker names the paper of a press review's line from its label [a, b): the tagger's
// name when it spans the whole label, else the label as printed ("Corriere della Sera", which
// the tagger may cut to "Corriere").
func (c *ctx) labelSpeaker(a, b int) speaker {
	if m := c.mentionAt(a); m != nil && m.org && m.pos == c.toks[a].Start && m.end == c.toks[b-1].End {
		return speaker{name: m.canon, how: article.SpeakerSubject}
	}
	return speaker{name: c.r.Slice(c.toks[a].Start, c.toks[b-1].End), how: article.SpeakerSubject}
}

// possessorSpeaker returns the person whose reaction the words [ss, colon) announce: a name
// in the genitive before a noun of saying ("Kühnerts Reaktion:", "Kühnerts mürrische
// Antwort:"), and the name's token; else -1.
func (c *ctx) possessorSpeaker(ss, colon int) (int, speaker) {
	k := ss
	if e := c.relayAfterSaying(ss, colon); e > 0 {
		// "Ronaldos Antwort laut Martínez:": the words are the answer's, whoever passes them
		// on.
		colon = e
	}
	if colon-ss < 2 || colon-ss > 4 || c.lx.class(c.toks[colon-1].Norm) != "saying" {
		return -1, noSpeaker
	}
	for j := k + 1; j < colon-1; j++ {
		if !isLowerWord(&c.toks[j]) || !adjLike(c.toks[j].Norm) {
			return -1, noSpeaker
		}
	}
	t := &c.toks[k]
	if !isWord(t) || !isCap(t) || !strings.HasSuffix(t.Norm, "s") {
		return -1, noSpeaker
	}
	if m := c.mentionAt(k); m != nil && !m.org {
		return k, speaker{name: m.canon, how: article.SpeakerSubject}
	}
	if n := c.names.lookup(t.Norm); n != "" && c.names.sex[n] != 0 {
		return k, speaker{name: n, how: article.SpeakerSubject}
	}
	return -1, noSpeaker
}

// relayAfterSaying returns the token after the noun of saying in [ss, colon) when a source
// phrase that names a person or organisation alone follows it to the colon ("Antwort laut
// Martínez"), else -1.
func (c *ctx) relayAfterSaying(ss, colon int) int {
	for h := ss + 1; h+2 < colon && h <= ss+3; h++ {
		if c.lx.class(c.toks[h].Norm) != "saying" || c.lx.phrases[c.toks[h+1].Norm] != "pre" {
			continue
		}
		m := c.mentionAt(h + 2)
		if m != nil && m.pos == c.toks[h+2].Start && m.end == c.toks[colon-1].End {
			return h + 1
		}
	}
	return -1
}

// splitPartner returns the direct quotation whose cue stands between it and the quotation
// opened at openTok, in the same sentence, with a comma before the opening mark: "„Es waren
// harte Wochen“, sagte Nils Brand noch am Sonntag, „jetzt freue ich mich …“". Else nil.
func (c *ctx) splitPartner(openTok int) *found {
	if openTok < 1 || !isPunct(&c.toks[openTok-1], ",") || len(c.out) == 0 {
		return nil
	}
	f := &c.out[len(c.out)-1]
	if !f.q.Direct || f.cueTok < 0 || f.cueTok >= openTok || c.sentOf[f.cueTok] != c.sentOf[openTok] || openTok-f.cueTok > 12 {
		return nil
	}
	if c.tokAt(f.q.End) > f.cueTok {
		return nil // the cue must follow the first part
	}
	for k := f.cueTok + 1; k < openTok-1; k++ {
		if isQuoteMark(&c.toks[k]) {
			return nil
		}
	}
	return f
}

// addressedName reports whether the quoted tokens [ts, te), opened at openTok, are a short name
// in the object right after speech verb v ("sagte der „Bergpost“", "sagte sie dem „Tagblatt“"):
// the medium or body spoken to, not words anyone said.
func (c *ctx) addressedName(v, openTok, ts, te int) bool {
	k := v + 1
	if k < openTok {
		if _, ok := c.lx.pronoun(c.toks[k].Norm); ok && isWord(&c.toks[k]) && !c.lx.isDet(c.toks[k].Norm) {
			k++ // "sagte er der …"
		}
	}
	if k == openTok && k == v+2 && isLowerWord(&c.toks[v+1]) && c.lx.media(c.toks[ts].Norm) {
		// "sagte er „Bild“": a paper the lexicon knows, spoken to without its article.
	} else if k != openTok-1 || !c.lx.isDet(c.toks[k].Norm) || c.lx.class(c.toks[k].Norm) == "indef" {
		return false
	}
	words := 0
	for i := ts; i < te; i++ {
		t := &c.toks[i]
		if t.Kind == article.TokPunct {
			if t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "," {
				return false
			}
			continue
		}
		words++
		if !isCap(t) {
			return false
		}
	}
	return words >= 1 && words <= 4
}

// commaBetween reports whether a comma stands in (a, b).
func (c *ctx) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if isPunct(&c.toks[k], ",") {
			return true
		}
	}
	return false
}

// hasLower reports whether a lower-case word stands in [ts, te).
func (c *ctx) hasLower(ts, te int) bool {
	for i := ts; i < te; i++ {
		if isLowerWord(&c.toks[i]) {
			return true
		}
	}
	return false
}

// hasComma reports whether a comma stands among tokens [ts, te).
func (c *ctx) hasComma(ts, te int) bool {
	for i := ts; i < te; i++ {
		if isPunct(&c.toks[i], ",") {
			return true
		}
	}
	return false
}

// namedBy reports whether the clause before the mark at open has a verb of naming (@n:
// "nannte", "bezeichnete"): words in marks after it are what someone called a thing.
func (c *ctx) namedBy(ssi, open, sej int) bool {
	v := c.lastVerb(ssi, open, sej)
	return v >= 0 && c.lx.verbs[c.toks[v].Norm].names
}

// commonNounAt reports whether token k is a capitalised common noun: no name, function word,
// verb form or sentence opener.
func (c *ctx) commonNounAt(k int) bool {
	t := &c.toks[k]
	return isWord(t) && isCap(t) && !c.lx.p.Stopword(t.Norm) && !c.isVerbForm(t.Norm) && c.mentionAt(k) == nil &&
		c.placeAt(k) == nil && !c.otherNameAt(k) && c.toks[k].Start != c.sents[c.sentOf[k]].Start
}

// nameWords reports whether tokens [ts, te) are only capitalised words (and hyphens), as a
// name of several words is ("Grauen Wölfe", "Letzte Generation"); a sentence or phrase quoted
// has a lower-case word or punctuation.
func (c *ctx) nameWords(ts, te int) bool {
	for i := ts; i < te; i++ {
		t := &c.toks[i]
		if isPunct(t, "-") {
			continue
		}
		if !isWord(t) || !isCap(t) || c.lx.p.Stopword(t.Norm) && c.lx.class(t.Norm) != "" {
			return false
		}
	}
	return true
}

// compoundPart reports whether the quotation between the marks at open and close is part of a
// compound word: a hyphen right after the closing mark or right before the opening one.
func (c *ctx) compoundPart(open, close int) bool {
	if close+1 < len(c.toks) && isPunct(&c.toks[close+1], "-") && c.toks[close+1].Start == c.toks[close].End {
		return true
	}
	return open > 0 && isPunct(&c.toks[open-1], "-") && c.toks[open-1].End == c.toks[open].Start
}

// fullSentence reports whether the quoted tokens [ts, te) read as a sentence of their own:
// a capital first letter and a sentence-final mark at the end.
func (c *ctx) fullSentence(ts, te int) bool {
	r, _ := utf8.DecodeRuneInString(c.toks[ts].Text)
	if !unicode.IsUpper(r) {
		return false
	}
	last := c.toks[te-1].Text
	return last == "." || last == "!" || last == "?" || last == "…"
}

// epithetBeforeName reports whether a person's name the article knows starts at k, in sentence
// si, and is no genitive: the nouns in marks before it ("seinem „Schatz“ Eva Weber", "von
// seinem „Nachbarn“ Karl Bauer") are what the writer calls the person. A genitive ("der
// „Meisterleistung“ Bauers") makes the marks someone's words about the person's deed.
func (c *ctx) epithetBeforeName(k, si int) bool {
	if k >= len(c.toks) || c.sentOf[k] != si || !isCap(&c.toks[k]) {
		return false
	}
	m := c.mentionAt(k)
	if m == nil || m.org {
		return false
	}
	last := k
	for last+1 < len(c.toks) && c.mentionAt(last+1) == m {
		last++
	}
	return !c.genitiveName(last)
}

// modelName reports whether the quoted tokens [ts, te) read as the name of a model or a
// product: at most four words, each capitalised or a number, and a number or an abbreviation
// dot among them ("Phone 9", "Mr. Morningrun"). A capitalised noun alone is no such name: after
// "nannte … einen" it is what someone called it („Kollegen“, „Untergangsregierung“).
func (c *ctx) modelName(ts, te int) bool {
	words, marked := 0, false
	for i := ts; i < te; i++ {
		t := &c.toks[i]
		if t.Kind == article.TokPunct {
			if t.Text == "." && i > ts && i+1 < te {
				marked = true
				continue
			}
			if t.Text == "-" {
				continue
			}
			return false
		}
		words++
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsDigit(r) {
			marked = true
		} else if !isCap(t) {
			return false
		}
	}
	return marked && words >= 1 && words <= 4
}

// workTitle reports whether the quoted tokens [ts, te) inside the reporter's sentence read as
// the title of a work, a show or a product rather than words someone said: a title (see
// titleLike) of at most six words that opens with a capitalised article ("Die Höhle der
// Löwen", "Wer wird Millionär") or is capitalised words only and no speech verb ("Circus
// Black"): in German, nouns quoted from speech
// come with lower-case words or punctuation between them („Stil, Haltung und Grandezza“,
// „Verbrechen gegen die Menschlichkeit“).
func (c *ctx) workTitle(ts, te int) bool {
	if te-ts > 6 || !isCap(&c.toks[ts]) || !c.titleLike(ts, te) {
		return false
	}
	if first := c.toks[ts].Norm; (c.lx.isDet(first) || first == "wer") && c.toks[ts].Text != strings.ToUpper(c.toks[ts].Text) {
		return true // „Die Höhle der Löwen“, „Wer wird Millionär?“
	}
	if c.nameWords(ts, te) {
		for i := ts; i < te; i++ {
			if c.isVerbForm(c.toks[i].Norm) {
				return false // „Wussten Bescheid“: a headline's words
			}
		}
		return true
	}
	return false
}

// reflexiveAfter reports whether a reflexive pronoun follows the verb at v before the
// quotation opening at open ("nennt sich „…“"): the subject names itself.
func (c *ctx) reflexiveAfter(v, open int) bool {
	for k := v + 1; k < open && k <= v+2; k++ {
		if c.lx.class(c.toks[k].Norm) == "reflexive" {
			return true
		}
	}
	return false
}

// interviewMedium reports whether the quoted tokens [ts, te) are one to three capitalised
// words after "Interview mit", "Gespräch mit" (an article between or not) or "gegenüber" and an
// article ("In einem Interview mit „Bild“ sagte X", "gegenüber der „Gala“"): the medium spoken
// to, not words anyone said. "begründete es mit „Unwägbarkeiten“" stays a quotation.
func (c *ctx) interviewMedium(ssi, openTok, ts, te int) bool {
	words := c.countNameWords(ts, te, func(t *article.Token) bool { return isCap(t) })
	if words < 1 || words > 3 {
		return false
	}
	k := openTok - 1
	det := k > ssi && isLowerWord(&c.toks[k]) && c.lx.isDet(c.toks[k].Norm) && c.lx.class(c.toks[k].Norm) != "indef"
	if det {
		k--
	}
	if k <= ssi || !isLowerWord(&c.toks[k]) {
		return false
	}
	switch c.toks[k].Norm {
	case "gegenüber":
		return det
	case "mit":
		switch c.toks[k-1].Norm {
		case "interview", "gespräch", "podcast":
			return true
		}
	}
	return false
}

// mediumName reports whether the quoted tokens [ts, te) are the name of a paper, an agency or a
// broadcaster: one to four words opening with a word of the media list as itself ("„Bild am
// Sonntag“", "„Welt“", "„Spiegel Online“"), the others capitalised or a short lower-case word
// between them, no verb. Quoted inside the reporter's sentence ("schrieb X in der „Bild am
// Sonntag“") the name is where the words appeared, never words anyone said.
func (c *ctx) mediumName(ts, te int) bool {
	if _, ok := c.lx.mediaWords[c.toks[ts].Norm]; !ok || !isCap(&c.toks[ts]) {
		return false
	}
	// A lower-case word inside only after a brand written in capitals ("„BILD am Sonntag“");
	// „Welt im Umbruch“ is someone's words.
	shout := c.toks[ts].Text == strings.ToUpper(c.toks[ts].Text)
	words := c.countNameWords(ts, te, func(t *article.Token) bool {
		return !c.isVerbForm(t.Norm) && (isCap(t) || shout && utf8.RuneCountInString(t.Text) <= 3)
	})
	return words >= 1 && words <= 4 && isCap(&c.toks[te-1])
}

// countNameWords counts the words of tokens [ts, te) when each satisfies ok and the only
// punctuation between them is a hyphen or a full stop ("„Spiegel Online“", "„B.Z.“"), or
// returns -1.
func (c *ctx) countNameWords(ts, te int, ok func(t *article.Token) bool) int {
	words := 0
	for i := ts; i < te; i++ {
		t := &c.toks[i]
		if t.Kind == article.TokPunct {
			if t.Text != "-" && t.Text != "." {
				return -1
			}
			continue
		}
		if !ok(t) {
			return -1
		}
		words++
	}
	return words
}

// functionWordQuoted reports whether the quoted tokens [ts, te) are one lower-case article,
// possessive or pronoun ("erklärt „sein“ Real Madrid"): quotation marks that distance the
// writer from a word inside their own sentence, not words anyone said.
func (c *ctx) functionWordQuoted(ts, te int) bool {
	if te != ts+1 || !isLowerWord(&c.toks[ts]) {
		return false
	}
	n := c.toks[ts].Norm
	if _, ok := c.lx.pronoun(n); ok {
		return true
	}
	return c.lx.isDet(n) || strings.HasPrefix(c.lx.class(n), "det") || c.lx.class(n) == "poss" || c.lx.class(n) == "indef"
}

// signedBy finds the signature of a quotation that opens its paragraph, from openTok to
// closeTok: right after the closing mark a person's full name the names hold, a comma, and up
// to the paragraph's end at most twenty words of a role, with no verb, relative pronoun,
// conjunction of a clause or other quotation ("“…,” Gary Colemasan, project manager with Paul
// Davis Restoration."). It returns the name's tokens.
func (c *ctx) signedBy(openTok, closeTok int) (int, int, bool) {
	blk := c.blockOf(c.toks[openTok].Start)
	if blk < 0 || c.toks[openTok].Start != c.a.Blocks[blk].Start {
		return -1, -1, false
	}
	a := closeTok + 1
	if a >= len(c.toks) || c.blockOf(c.toks[a].Start) != blk {
		return -1, -1, false
	}
	m := c.mentionAt(a)
	if m == nil || m.org || m.quoted || m.pos != c.toks[a].Start || !strings.Contains(m.canon, " ") {
		return -1, -1, false
	}
	b := a
	for b < len(c.toks) && c.mentionAt(b) == m {
		b++
	}
	if b >= len(c.toks) || !isPunct(&c.toks[b], ",") {
		return -1, -1, false
	}
	words := 0
	for k := b + 1; k < len(c.toks) && c.blockOf(c.toks[k].Start) == blk; k++ {
		t := &c.toks[k]
		if isQuoteMark(t) {
			return -1, -1, false
		}
		if !isWord(t) {
			continue
		}
		if words++; words > 20 {
			return -1, -1, false
		}
		if !isLowerWord(t) {
			continue
		}
		switch c.lx.class(t.Norm) {
		case "aux", "aux:pass", "modal", "rel", "comp", "sub", "past", "neg":
			return -1, -1, false
		}
		if _, ok := c.lx.pronoun(t.Norm); ok || c.isVerbForm(t.Norm) || c.isSpeechVerb(k) || strings.HasSuffix(t.Norm, "ed") {
			return -1, -1, false
		}
	}
	return a, b, words > 0
}

// passiveNaming reports whether the words right before the opening mark at openTok (not before
// ssi) are a form of "be", at most one word (an adverb), and a participle of naming of the pack's list
// (quote_namedas: "was dubbed", "is now called", "’s known as"): what the marks hold is the name
// the subject is given.
func (c *ctx) passiveNaming(ssi, openTok int) bool {
	j := openTok - 1
	want := ""
	if j > ssi && isLowerWord(&c.toks[j]) && c.lx.namedAs[c.toks[j-1].Norm] == c.toks[j].Norm && c.toks[j].Norm != "" {
		want, j = c.toks[j].Norm, j-1
	}
	if j <= ssi || !isLowerWord(&c.toks[j]) {
		return false
	}
	if v, ok := c.lx.namedAs[c.toks[j].Norm]; !ok || v != want {
		return false
	}
	j--
	if j > ssi && isLowerWord(&c.toks[j]) && (c.lx.class(c.toks[j].Norm) == "" || c.lx.class(c.toks[j].Norm) == "adv") {
		j-- // "is widely known as", "is often called", "was later dubbed"
	}
	return j >= ssi && c.lx.class(c.toks[j].Norm) == "aux:pass"
}

// wholeName reports whether the quoted tokens [ts, te) are exactly one name the tagger found
// (a person, an organisation or a place): a name quoted as a word, not anyone's words.
func (c *ctx) wholeName(ts, te int) bool {
	from, to := c.toks[ts].Start, c.toks[te-1].End
	if m := c.mentionAt(ts); m != nil {
		return m.pos == from && m.end == to
	}
	if p := c.placeAt(ts); p != nil {
		return p.Start == from && p.End == to
	}
	return false
}

// namesInMarks returns the keys (see markedKey) of the short phrases, at most six words, the
// article writes in quotation marks four times or more ("„TV total“", "„Milton“", "„Bauer
// sucht Frau“"): a name the text goes on writing so (a show, a work, a storm, a magazine),
// not words anyone said; a phrase someone said is quoted once or twice, in a heading and its
// paragraph.
func (c *ctx) namesInMarks() map[string]bool {
	count := map[string]int{}
	for _, m := range c.marks {
		openTok, closeTok := c.tokAt(m.Open), c.tokAt(m.Close)
		if openTok >= len(c.toks) || closeTok >= len(c.toks) || c.toks[openTok].Start != m.Open || c.toks[closeTok].Start != m.Close {
			continue
		}
		if k := c.markedKey(openTok+1, closeTok); k != "" {
			count[k]++
		}
	}
	var names map[string]bool
	for k, n := range count {
		if n >= 4 {
			if names == nil {
				names = map[string]bool{}
			}
			names[k] = true
		}
	}
	return names
}

// nestedMarks reports whether another quotation mark stands right inside or outside the
// marks at openTok and closeTok ("««Verstehen Sie Spaß?» ist …»").
func (c *ctx) nestedMarks(openTok, closeTok int) bool {
	for _, k := range []int{openTok - 1, openTok + 1, closeTok - 1, closeTok + 1} {
		if k >= 0 && k < len(c.toks) && k != openTok && k != closeTok && isQuoteMark(&c.toks[k]) {
			return true
		}
	}
	return false
}

// markedKey returns the words of [ts, te) joined by spaces, or "" for none or more than six.
func (c *ctx) markedKey(ts, te int) string {
	var b strings.Builder
	words := 0
	for i := ts; i < te; i++ {
		if c.toks[i].Kind == article.TokPunct {
			continue
		}
		if words++; words > 6 {
			return ""
		}
		b.WriteString(c.toks[i].Norm)
		b.WriteByte(' ')
	}
	return b.String()
}

// titleWords are the function words of English and Romance titles inside a German text
// ("Circle of Steel", "Ring of Fire"): lower-case there, yet part of the title.
var titleWords = map[string]bool{"of": true, "the": true, "and": true, "a": true, "in": true, "on": true,
	"for": true, "to": true, "with": true, "de": true, "la": true, "le": true, "les": true, "del": true, "di": true, "du": true}

// titleLike reports whether the quoted tokens read as the title of a work: at most eight
// words, every word that is no stop word capitalised, no sentence-final mark ("The Life of
// Rosa Parks").
func (c *ctx) titleLike(ts, te int) bool {
	words := 0
	for i := ts; i < te; i++ {
		t := &c.toks[i]
		if t.Kind == article.TokPunct {
			if t.Text == "." || t.Text == "!" || t.Text == "?" {
				return false
			}
			continue
		}
		words++
		if !isCap(t) && !c.lx.p.Stopword(t.Norm) && !(words > 1 && titleWords[t.Norm]) || words == 1 && isLowerWord(t) && c.lx.class(t.Norm) == "prep" {
			return false // a title opens with a capital, or at least not with a preposition: „zur Kenntnis“
		}
	}
	return words >= 2 && words <= 8
}

// nameInMarks reports whether the quoted fragment [ts, te) inside a sentence reads as a name or
// a title: title-like words that open with a capital. German capitalises its nouns, so a
// phrase opening with a lower-case article or pronoun („die Daten aller Bürger“, „ihre
// Gedanken“) is someone's words, not a name, which would be written „Die …“.
func (c *ctx) nameInMarks(ts, te int) bool {
	for i := ts; i < te; i++ {
		if t := &c.toks[i]; isWord(t) {
			if isLowerWord(t) {
				return false
			}
			break
		}
	}
	return c.titleLike(ts, te)
}

// subtitled reports whether the quoted tokens [ts, te) read as a title and a subtitle joined
// by a dash ("Nightfall – Live in Concert"), each part title-like.
func (c *ctx) subtitled(ts, te int) bool {
	for k := ts + 1; k < te-1; k++ {
		if c.spacedDash(k) {
			return c.titleLike(ts, te) && isCap(&c.toks[ts]) && isCap(&c.toks[k+1])
		}
	}
	return false
}

// spacedDash reports whether token k, neither first nor last, is a dash with space on both
// sides: a break in the sentence, not a hyphen.
func (c *ctx) spacedDash(k int) bool {
	t := &c.toks[k]
	return k > 0 && k+1 < len(c.toks) && t.Kind == article.TokPunct && (t.Text == "–" || t.Text == "—" || t.Text == "-") &&
		t.Start > c.toks[k-1].End && c.toks[k+1].Start > t.End
}

// colonSubject returns the subject of the clause right before a colon that introduces a
// quotation without a speech verb: a pronoun or a name ("Kurz darauf legt er nach: „…“",
// "Linnemann: „…“"; named is true), or a phrase that names no one ("the sign read: “…”";
// named is false). -1, -1 when the clause has no subject to find.
func (c *ctx) colonSubject(ss, colon int) (int, int, bool) {
	from := ss
	if k := c.lastCommaBefore(ss, colon); k >= ss {
		from = k + 1
	}
	if colon-from > 10 {
		return -1, -1, false
	}
	if a, b := c.signedLabel(ss, from, colon); a >= 0 {
		return a, b, true
	}
	if s, e := c.apposedNameBefore(ss, from); s >= 0 && from < colon && c.finiteAt(from, colon) {
		// "Sein Parteifreund und Direktkandidat im Kreis, Paul Sommer, wird noch schärfer:
		// „…“": the name apposed to the subject between its commas, with the clause's verb
		// right after it, speaks.
		return s, e, true
	}
	if from > ss && from < colon {
		if c.zuInfinitive(colon - 1) {
			// "Für ihn war es die größte Herausforderung, Gewinnerin Sarah herauszukicken: „…“":
			// the person of an infinitive clause is its object, not who speaks.
			return -1, -1, false
		}
		if c.lx.class(c.toks[from].Norm) == "comp" {
			// "Das liegt daran, dass Karl Bauer seine Rolle beherrscht: „…“": the person of a
			// "dass" clause is what the sentence says, not who speaks after the colon (one of
			// "als sie ihren Auftritt beendete: „…“" acts at the time and may).
			return -1, -1, false
		}
		if c.lx.class(c.toks[from].Norm) == "sub" {
			if a, b := c.namedOpening(ss, from-1); a >= 0 {
				// "Prinzessin Kate gratulierte ihm, bevor er sich den Fans zeigte: „…“": the
				// main clause opens with the person who acts towards the quotation; the
				// subject of the subordinate clause after it is not who speaks.
				return a, b, true
			}
		}
	}
	if c.pairedPeople(from, colon) {
		// "TV-Duell Anna Müller gegen Karl Schmidt: „…“": a pairing or a list names no one
		// speaker.
		return from, colon, false
	}
	for k := from; k < colon; k++ {
		t := &c.toks[k]
		if c.inMarks(t.Start) {
			continue
		}
		if _, ok := c.lx.topicPreps[t.Norm]; ok && k > from && isLowerWord(t) {
			// "Bundestrainerin über Lea Brandt: „Sie kann …“": the name after "über" is
			// whom the line is about; who speaks stands before it.
			break
		}
		if c.isPronoun(k, k+1) {
			return k, k + 1, true
		}
		if m := c.mentionAt(k); m != nil && (!m.org || k == from && c.wholeLead(m, k) == colon) {
			e := k
			for e < colon && c.mentionAt(e) == m {
				e++
			}
			if e+1 < colon && c.lx.class(c.toks[e].Norm) == "and" && c.lx.class(c.toks[e+1].Norm) == "poss" {
				// "Trump und seine Frauen: »Sie leben alle in Angst«": a person and those
				// belonging to them, what the line is about; no one speaker.
				return from, colon, false
			}
			if n := c.nextPersonToColon(m, e, colon); n >= e && k > from && c.creditSeparator(k-1) {
				// "IMAGO / Stefan Brandt Timo Kranich: „…“": of two names run together after
				// a credit's slash the first is the caption's photographer (the tagger may
				// leave his surname out); the name right before the colon speaks. Without
				// the slash ("Schmyts Statement:") the first name stays.
				k = n - 1
				continue
			}
			if !c.possessive(e-1, colon) {
				return k, e, true
			}
		}
	}
	if s, e := c.npAfter(from, colon); s == from && e < colon && c.headNoun(s, e) >= 0 && !c.speakerWords(s, e) {
		return s, e, false
	}
	return -1, -1, false
}

// untaggedGivenName reports whether token k is a capitalised word, no mention, that is a given
// name of the list and no function word of the pack.
func (c *ctx) untaggedGivenName(k int) bool {
	t := &c.toks[k]
	if !isWord(t) || !isCap(t) || c.mentionAt(k) != nil || c.lx.class(t.Norm) != "" || c.lx.p.Stopword(t.Norm) || c.lx.timeWord(t.Norm) {
		return false
	}
	_, ok := given()[strings.ToLower(t.Text)]
	return ok
}

// apposedNameBefore returns the person's name alone between two commas, the second right
// before from, that follows a subject phrase opening the sentence at ss with a capital and no
// conjunction ("Sein Parteifreund, Paul Sommer, wird …"); -1, -1 else.
func (c *ctx) apposedNameBefore(ss, from int) (int, int) {
	if from-1 <= ss || !isPunct(&c.toks[from-1], ",") || !isCap(&c.toks[ss]) {
		return -1, -1
	}
	if cls := c.lx.class(c.toks[ss].Norm); cls == "sub" || cls == "comp" || strings.HasPrefix(cls, "comp") || cls == "prep" {
		return -1, -1
	}
	k0 := c.lastCommaBefore(ss, from-1)
	if k0 <= ss || !c.nameAlone(k0+1, from-1) || c.lastCommaBefore(ss, k0) >= ss {
		return -1, -1
	}
	return k0 + 1, from - 1
}

// creditSeparator reports whether token k joins the parts of a picture's credit: "/", "|" or
// "©" ("IMAGO / Lena Berger", "© Lena Berger").
func (c *ctx) creditSeparator(k int) bool {
	t := &c.toks[k]
	return isPunct(t, "/") || isPunct(t, "|") || t.Text == "©"
}

// nextPersonToColon returns where another person's name starts that runs, after the person m
// ending at e and at most two capitalised words the tagger left out, right up to the colon;
// -1 else.
func (c *ctx) nextPersonToColon(m *mention, e, colon int) int {
	if m.org {
		return -1
	}
	for k := e; k < colon && k <= e+2; k++ {
		t := &c.toks[k]
		if !isWord(t) || !isCap(t) || c.toks[k].Start != c.toks[k-1].End+1 {
			return -1
		}
		n := c.mentionAt(k)
		if n == nil {
			continue
		}
		if n == m || n.org || t.Start != n.pos {
			return -1
		}
		if n.end == c.toks[colon-1].End {
			return k
		}
		return -1
	}
	return -1
}

// signedLabel returns the person's name that opens the paragraph and, with a comma and one to
// three words of role after it, fills the label before a colon ("Karl Bauer, Sportdirektor:
// „…“"), as a round-up of voices signs each line; -1, -1 else. The role after the comma is not
// who speaks.
func (c *ctx) signedLabel(ss, from, colon int) (int, int) {
	if from-1 <= ss || colon-from < 1 || colon-from > 3 || !isPunct(&c.toks[from-1], ",") {
		return -1, -1
	}
	m := c.mentionAt(ss)
	if m == nil || m.org || m.quoted || m.pos != c.toks[ss].Start || c.wholeLead(m, ss) != from-1 {
		return -1, -1
	}
	if b := c.blockOf(c.toks[ss].Start); b < 0 || c.a.Blocks[b].Start != c.toks[ss].Start && strings.TrimSpace(c.r.Slice(c.a.Blocks[b].Start, c.toks[ss].Start)) != "" {
		return -1, -1
	}
	for k := from; k < colon; k++ {
		if t := &c.toks[k]; !isWord(t) || c.isVerbForm(t.Norm) || c.lx.p.Stopword(t.Norm) || c.mentionAt(k) != nil {
			return -1, -1
		}
	}
	return ss, from - 1
}

// namedOpening returns the phrase that opens the clause [ss, e) when it is headed by a person's
// name, with at most a title or role before it ("Prinzessin Kate gratulierte ihm"), or -1, -1.
func (c *ctx) namedOpening(ss, e int) (int, int) {
	a, b := c.npAfter(ss, e)
	if a != ss || b <= a || b >= e {
		return -1, -1
	}
	if k := c.nameHead(a, b); k >= 0 {
		if m := c.mentionAt(k); m != nil && !m.org && !m.quoted {
			return a, b
		}
	}
	return -1, -1
}

// zuInfinitive reports whether token k is an infinitive with "zu": "zu gewinnen", or "zu"
// inside a particle verb ("herauszukicken", "abzulösen").
func (c *ctx) zuInfinitive(k int) bool {
	t := &c.toks[k]
	if k < 1 || !isLowerWord(t) || !strings.HasSuffix(t.Norm, "en") {
		return false
	}
	if c.toks[k-1].Norm == "zu" {
		return true
	}
	i := strings.Index(t.Norm, "zu")
	return i >= 2 && len(t.Norm)-i >= 6
}

// wholeLead returns the token after the organisation m when it opens at token k in whole
// words without a hyphen or colon, or -1: a paper's line in a press review ("Marca: „…“",
// "The Sun (England): „…“"), not a part of a compound ("SPD-Spitze: „…“", "Fußball-EM:
// „…“").
func (c *ctx) wholeLead(m *mention, k int) int {
	e := c.tokAt(m.end-1) + 1
	if m.pos != c.toks[k].Start || c.toks[e-1].End != m.end || strings.ContainsAny(c.r.Slice(m.pos, m.end), ":-") {
		return -1
	}
	return e
}

// colonLead returns the subject that opens the clause [ss, colon) before a colon introducing a
// quotation, with its apposition, when a finite verb follows it ("Der Leiter der Studie, Paul
// Sommer, sieht …:", "Die Firma hält …:") and it can name a source; named is true when it holds a
// person's name. -1, -1 when the clause opens otherwise.
func (c *ctx) colonLead(ss, colon int) (int, int, bool) {
	a, b := c.npAfter(ss, colon)
	if a != ss || b <= a || b >= colon || c.inMarks(c.toks[a].Start) || c.pairedPeople(a, b) {
		return -1, -1, false
	}
	if _, ok := c.lx.pronoun(c.toks[a].Norm); ok && b == a+1 {
		return -1, -1, false // "Man dürfe … nicht unterschätzen: „…“": the report before goes on
	}
	e, v := c.closedApposition(b, colon), b
	if e > b {
		v = e + 1 // past the apposition's closing comma
	} else {
		e = c.frontedEnd(b, colon) // "Die Firma aus Kiel | sieht …"
		v = e
	}
	if e <= b+1 && c.possessive(b-1, colon) && !c.sayingAfter(b, colon) {
		return -1, -1, false // "Paul Courtois’ erster Einsatz: „…“": whose, not who speaks
	}
	if !c.plainSubjectClause(a, b, v, colon) {
		return -1, -1, false
	}
	if strong, weak := c.konjMood(ss, colon); strong || weak {
		// "Madrid habe dann eiskalt zugeschlagen: „…“": a report that goes on; "Ein Mann
		// hätte sich damit nicht herumschlagen müssen: „…“": what someone said of a case.
		return -1, -1, false
	}
	named := false
	for k := a; k < e; k++ {
		if m := c.mentionAt(k); m != nil && !m.org && !m.quoted {
			named = true
		}
	}
	return a, e, named
}

// sayingAfter reports whether the noun the genitive ending at b qualifies is a noun of saying
// ("Engels' Reaktion darauf fällt kryptisch aus:"), past the apostrophe and adjectives.
func (c *ctx) sayingAfter(b, limit int) bool {
	k := b
	for k < limit && (isPunct(&c.toks[k], "’") || isPunct(&c.toks[k], "'") || isLowerWord(&c.toks[k]) && adjLike(c.toks[k].Norm)) {
		k++
	}
	return k < limit && c.lx.class(c.toks[k].Norm) == "saying"
}

// plainSubjectClause reports whether the phrase [a, b) is the subject of the finite verb at v
// in the clause running to end: v is a finite verb, no auxiliary of the passive ("X wurde vom
// Trainer freigesprochen:" is the trainer's), the phrase can name a source, no person stands
// right after the verb, and every comma after the verb opens another verb of the same subject
// ("Bohlen korrigiert ihn, ist aber voll des Lobes:"), not a clause of someone else
// ("Verstappen fährt weiter, Renningenieur X funkt:").
func (c *ctx) plainSubjectClause(a, b, v, end int) bool {
	if f := c.toks[a].Norm; c.objectCase(a) || c.lx.class(f) == "poss" && (strings.HasSuffix(f, "er") || strings.HasSuffix(f, "em")) {
		return false // "Seiner Premiere im Stadion …": a dative or genitive, no subject
	}
	if v > a && isPunct(&c.toks[v-1], "(") {
		return false // "Der Verbraucherzentrale Bundesverband (vzbv)": an abbreviation, no verb
	}
	if !c.finiteAt(v, end) || c.lx.class(c.toks[v].Norm) == "reflexive" || c.lx.class(c.toks[v].Norm) == "aux:pass" {
		return false
	}
	if !c.plausibleCueSource(a, b) || !c.speakerHead(a, b) || c.personAfterVerb(v, end) {
		return false
	}
	for k := v + 1; k < end; k++ {
		if !isPunct(&c.toks[k], ",") {
			continue
		}
		n := k + 1
		if n < end && c.lx.class(c.toks[n].Norm) == "and" {
			n++
		}
		if n >= end || !isLowerWord(&c.toks[n]) || !c.finiteAt(n, end) || c.lx.p.Stopword(c.toks[n].Norm) && !c.verbClass(c.toks[n].Norm) {
			return false
		}
	}
	return true
}

// speakerHead reports whether the noun phrase [a, b) is headed by who could speak: its first
// noun, past articles, possessives and adjectives (and a place's adjective, "Der Kieler
// Bürgermeister"), is a name that is no genitive, a role, an organisation, a medium, a source
// or a person noun ("Kimmichs Vertrag", "Seiner Premiere im Stadion für den Verein" are not).
func (c *ctx) speakerHead(a, b int) bool {
	for k := a; k < b; k++ {
		t := &c.toks[k]
		if !isWord(t) {
			return false
		}
		if m := c.mentionAt(k); m != nil {
			j := k
			for j+1 < b && c.mentionAt(j+1) == m {
				j++
			}
			return !c.possessive(j, b)
		}
		n := t.Norm
		if !isCap(t) || c.lx.isDet(n) || c.lx.class(n) == "poss" || c.lx.class(n) == "indef" {
			if isCap(t) || c.lx.isDet(n) || c.lx.class(n) != "" || adjLike(n) {
				continue
			}
			return false
		}
		if strings.HasSuffix(n, "er") && k+1 < b && isCap(&c.toks[k+1]) && c.lx.roleHead(n) == "" && !c.lx.orgNoun(n) {
			continue // "Der Kieler Bürgermeister"
		}
		ok, _ := c.lx.body(n)
		return ok || c.lx.roleHead(n) != "" || c.lx.orgNoun(n) || c.lx.media(n) || c.lx.sourceNoun(n) || c.lx.personNoun(n) || c.epithetWord(n)
	}
	return false
}

// epithetWord reports whether norm is an epithet for a person ("Ex-Frau", "Flügelspieler").
func (c *ctx) epithetWord(norm string) bool {
	_, ok := c.lx.epithet(norm)
	return ok
}

// personAfterVerb reports whether the phrase right after the finite verb at v names a person or
// a role ("Die Anwendung der Regel stellte der Vorsitzende in Frage:"): then the phrase before
// the verb may be its object, and the clause's subject is not told by its order.
func (c *ctx) personAfterVerb(v, limit int) bool {
	s, e := c.npAfter(v+1, limit)
	if s != v+1 {
		return false
	}
	for k := s; k < e; k++ {
		if m := c.mentionAt(k); m != nil && !m.org || c.lx.roleHead(c.toks[k].Norm) != "" {
			return true
		}
	}
	return false
}

// pairedPeople reports whether tokens [from, to) name two people joined as sides or a list
// ("Anna Müller gegen Karl Schmidt", "Müller und Schmidt", "Müller – Schmidt"), outside
// quotation marks; a person spoken of after the first ("Nagelsmann über Toni Kroos") is none.
func (c *ctx) pairedPeople(from, to int) bool {
	last, joined := "", false
	for k := from; k < to; k++ {
		t := &c.toks[k]
		if c.inMarks(t.Start) {
			continue
		}
		if m := c.mentionAt(k); m != nil && !m.org {
			if last != "" && m.canon != last && joined {
				return true
			}
			if m.canon != last {
				last, joined = m.canon, false
			}
			continue
		}
		if last != "" {
			cl := c.lx.class(t.Norm)
			joined = cl == "pairing" || cl == "and" || isPunct(t, "–") || isPunct(t, "-") && t.Start > c.toks[k-1].End
		}
	}
	return false
}

// resolvePending attributes stand-alone quotes: to the speaker of a quotation in the sentence
// just before, else to the person the sentence before is about when it opens with them
// ("Talya Lador-Fresher zeigte sich dankbar. „…“"), else to nobody.
func (c *ctx) resolvePending() {
	for _, p := range c.pendingDirect {
		off := c.toks[p.ts].Start
		if c.headingLike(p.ts, p.te) {
			// „Große Vorbilder für den Sport“ alone on its line, without a full stop: a
			// heading that quotes someone the article names later, not whoever the paragraph
			// before is about.
			c.emit(p.ts, p.te, true, false, -1, -1, -1, noSpeaker)
			continue
		}
		if c.headingOpenedByQuote(p.ts, p.te) {
			// "„Tatort: Am Tag der Seelen“: Tierärztin vermittelt Frauen", "„…“ am Sonntag aus
			// Hessen: Die Drehorte": a heading that opens with words in marks and goes on to a
			// colon names a title or quotes someone it may name after the colon, never whoever
			// the paragraph before is about.
			c.emit(p.ts, p.te, true, false, -1, -1, -1, noSpeaker)
			continue
		}
		if host := c.reportHost(p); host != nil {
			// "„Aufgrund des Infekts der Künstlerin …“ müsse das Konzert verschoben werden,
			// teilte das Management mit": the words in marks open a report whose cue comes
			// after them; they are the words of that cue's source, named or not, never of
			// whoever the sentence before is about.
			c.emitSpan(c.toks[p.ts].Start, c.toks[p.te-1].End, true, true, -1, host.srcStart, host.srcEnd, speaker{name: host.q.Speaker, how: host.q.SpeakerHow})
			last := &c.out[len(c.out)-1]
			last.q.Cue, last.cueTok = host.q.Cue, host.cueTok
			continue
		}
		if a, b, spk := c.captionName(p); spk.known() {
			// "„Mit dem Elfmeter verändert sich so ein Spiel.“ HSV-Coach Steffen Baumgart": a
			// paragraph of a quotation and, after it, a name alone: the caption says who spoke.
			c.emit(p.ts, p.te, true, false, -1, a, b, spk)
			continue
		}
		if a, b, spk := c.colonName(p); spk.known() {
			// "Paul Kern (Südstadt, im Fernsehen): „…“": the name before the colon speaks.
			c.emit(p.ts, p.te, true, false, -1, a, b, spk)
			continue
		}
		if prev := c.prevSpeaker(off, p.si, 1); prev != nil && c.sameOrNextBlock(prev.q.Start, off) {
			if ss, _ := c.sentRange(p.si); p.ts-2 > ss && isPunct(&c.toks[p.ts-2], ":") && c.voiceList(ss, p.ts-2, prev.q.Speaker) {
				// "Wie Martin Luther King: «…» Oder Churchill: «…»": the next voice of a list;
				// its name is kept as the source, unresolved when the tagger does not know it.
				c.emit(p.ts, p.te, true, false, -1, ss+1, p.ts-2, noSpeaker)
				continue
			}
			if c.turnTaken(prev, p.ts) {
				// "„Muss ich mir Sorgen machen?“ – woraufhin Roth nachlegte. „…“": someone
				// else answered the words before; who speaks now the text does not say.
				c.emit(p.ts, p.te, true, false, -1, -1, -1, noSpeaker)
				continue
			}
			if c.leadNamesOther(p, prev.q.Speaker, c.blockOf(prev.q.Start) != c.blockOf(off)) {
				// "Für Tom Weber scheint da noch Luft zu sein: „…“": the clause before the colon
				// is about someone else than who spoke before, and says no one speaks.
				c.emit(p.ts, p.te, true, false, -1, -1, -1, noSpeaker)
				continue
			}
			c.emit(p.ts, p.te, true, false, -1, c.carriedStart(prev), prev.srcEnd, continues(prev))
			continue
		}
		if prev := c.reportBridge(p, off); prev != nil {
			// "„…“, sagte Frei. Es stünden mehr als 100 Häuser unter Wasser. „…“": one
			// sentence in the Konjunktiv between, naming no one, carries the report on.
			c.emit(p.ts, p.te, true, false, -1, c.carriedStart(prev), prev.srcEnd, continues(prev))
			continue
		}
		if spk, k := c.askedPerson(p.si, off); spk.known() {
			// "Würde er jetzt noch Aktien kaufen? „…“": the answer to a question about
			// someone is theirs.
			c.emit(p.ts, p.te, true, false, -1, k, k+1, spk)
			continue
		}
		if c.leadGivenName(p) {
			// "Auch Sandra kann ihr Glück kaum fassen: „…“" after a caption naming him: the
			// clause before the colon is about someone else than the sentence before.
			c.emit(p.ts, p.te, true, false, -1, -1, -1, noSpeaker)
			continue
		}
		if p.si > 0 && c.sameOrNextBlock(c.sents[p.si-1].Start, off) {
			ps, pe := c.sentRange(p.si - 1)
			ss, se, spk := -1, -1, noSpeaker
			if v := c.verbIn(ps, pe, ps, pe); v >= 0 {
				ss, se = c.subjectOf(v, ps, pe)
				spk = c.resolve(ss, se, off, p.si)
			}
			if !spk.known() {
				if a, b := c.npAfter(ps, pe); a == ps && !c.inMarks(c.toks[a].Start) {
					// Only a person the sentence before is about: "RTL war der erste Sender.
					// „Ich sagte mir …“" is not the station's.
					if sp := c.resolve(a, b, off, p.si); sp.known() && sp.how != article.SpeakerNone && !c.orgName(sp.name) {
						ss, se, spk = a, b, speaker{name: sp.name, how: article.SpeakerCoreference}
					}
				}
			}
			if spk.known() && c.leadNamesOther(p, spk.name, false) && !c.leadObjectPronoun(p) {
				// "Kramer nahm den Spruch mit Humor. Auch dafür hatte der weniger rührselige
				// Müller einen passenden Spruch parat: „…“": the clause before the colon names
				// someone else than the one the sentence before is about, and no pronoun that
				// could stand for them; not the former's words.
				spk = noSpeaker
			}
			if spk.known() {
				c.emit(p.ts, p.te, true, false, -1, ss, se, spk)
				continue
			}
		}
		c.emit(p.ts, p.te, true, false, -1, -1, -1, noSpeaker)
	}
}

// reportHost returns the report with a cue of its own, in the sentence of the pending quotation
// p, whose words hold p's, or nil.
func (c *ctx) reportHost(p pending) *found {
	s, e := c.toks[p.ts].Start, c.toks[p.te-1].End
	for k := range c.out {
		f := &c.out[k]
		if f.q.Direct || f.q.Cue == nil || f.cueTok < 0 || f.q.Start > s || e > f.q.End || c.sentOf[f.cueTok] != p.si {
			continue
		}
		if end := c.tokAt(f.q.End-1) + 1; end <= p.te+1 || c.hasMarkBetween(p.ts, p.te) || c.speechVerbBetween(p.te+1, f.cueTok) {
			// "„Ich bin hier … gedacht, „Let’s Dance“ wäre nur tanzen. Aber …“, sagte er":
			// marks within marks the scan paired otherwise; only the reporter's own clause
			// after a closing mark, to the cue, makes the report the host.
			continue
		}
		return f
	}
	return nil
}

// subordinator returns the "wie" or subordinating conjunction ("als", "nachdem") that opens
// the clause of the verb at v after the last comma, at most one word in ("etwa als"), or -1.
func (c *ctx) subordinator(ss, v int) int {
	w := c.clauseAfterComma(ss, v)
	if w < 0 {
		return -1
	}
	for k := w; k < min(w+2, v); k++ {
		if cls := c.lx.class(c.toks[k].Norm); cls == "wie" || cls == "sub" {
			return k
		}
	}
	return -1
}

// nameShaped reports whether token k is a capitalised word that is no stop word: a word of a
// name, as far as its shape tells.
func (c *ctx) nameShaped(k int) bool {
	t := &c.toks[k]
	return isCap(t) && isWord(t) && !c.lx.p.Stopword(t.Norm)
}

// captionName returns the name that, with at most a role, a possessive or a parenthesis, stands
// alone after the pending quotation p to the end of its paragraph, the quotation opening the
// paragraph ("„…“ HSV-Coach Steffen Baumgart", "„…“ St. Paulis Marcel Hartel"): the caption of
// a quoted voice. A person or organisation the tagger knows must head the words; a noun alone
// ("Filmszene") or a place names no one.
func (c *ctx) captionName(p pending) (int, int, speaker) {
	b := c.blockOf(c.toks[p.ts].Start)
	if b < 0 || p.ts < 1 || p.te+1 >= len(c.toks) || !isQuoteMark(&c.toks[p.te]) || c.blockOf(c.toks[p.te].Start) != b {
		return -1, -1, noSpeaker
	}
	if c.toks[p.ts-1].Start != c.a.Blocks[b].Start {
		return -1, -1, noSpeaker
	}
	a := p.te + 1
	e, depth := a, 0
	for e < len(c.toks) && c.toks[e].Start < c.a.Blocks[b].End {
		t := &c.toks[e]
		switch {
		case isPunct(t, "("):
			depth++
		case isPunct(t, ")"):
			depth--
		case depth > 0:
		case t.Kind == article.TokWord && (isCap(t) || c.lx.nameParticle(t.Norm)):
		case isPunct(t, "-") || isPunct(t, "."):
		default:
			return -1, -1, noSpeaker
		}
		e++
	}
	if e == a || e-a > 8 || !isCap(&c.toks[a]) || c.toks[a].Start < c.toks[p.te].End+1 || c.inMarks(c.toks[a].Start) {
		return -1, -1, noSpeaker
	}
	k := c.nameHead(a, e)
	if k < 0 || c.mentionAt(k) == nil {
		return -1, -1, noSpeaker
	}
	spk := c.resolve(a, e, c.toks[p.ts].Start, p.si)
	if !spk.known() || spk.how != article.SpeakerSubject {
		return -1, -1, noSpeaker
	}
	return a, e, spk
}

// colonName returns the person whose name alone, with at most a parenthesis after it, opens
// the sentence of the pending quotation p and ends at the colon before it ("Paul Kern
// (Südstadt, im Fernsehen): „…“", "Anna Roth: „…“"), with the name's tokens; noSpeaker when the
// clause before the colon is anything else.
func (c *ctx) colonName(p pending) (int, int, speaker) {
	colon := p.ts - 2
	ss, _ := c.sentRange(p.si)
	if colon <= ss || !isPunct(&c.toks[colon], ":") || !isQuoteMark(&c.toks[p.ts-1]) {
		return -1, -1, noSpeaker
	}
	m, e := c.personOpening(ss)
	if o := c.mentionAt(ss); m == nil && o != nil && o.org && c.wholeLead(o, ss) > ss {
		m, e = o, c.wholeLead(o, ss)
	}
	if m == nil || m.quoted || e > colon {
		return -1, -1, noSpeaker
	}
	if e < colon {
		if !isPunct(&c.toks[e], "(") || !isPunct(&c.toks[colon-1], ")") || c.hasVerbBetween(e, colon) {
			return -1, -1, noSpeaker
		}
		for k := e + 1; k < colon-1; k++ {
			if isPunct(&c.toks[k], "(") || isPunct(&c.toks[k], ")") || isQuoteMark(&c.toks[k]) {
				return -1, -1, noSpeaker
			}
		}
	}
	return ss, e, speaker{name: m.canon, how: article.SpeakerSubject}
}

// brandTitle reports whether the quoted tokens [ts, te) read as the name of a show or product
// however they are cased: a word in capitals of two letters or more ("UEFA", "EM"), and no
// sentence mark or verb form ("sportstudio live - UEFA EURO 2024").
func (c *ctx) brandTitle(ts, te int) bool {
	caps := false
	for k := ts; k < te; k++ {
		t := &c.toks[k]
		if t.Kind == article.TokPunct {
			if t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "," {
				return false
			}
			continue
		}
		if isWord(t) && acronym(t.Text) {
			caps = true
		}
		if isLowerWord(t) && c.isVerbForm(t.Norm) {
			return false
		}
	}
	return caps
}

// colonTail reports whether the line of a quotation after a colon, its words [ts, te), goes on
// after the closing mark with a dash and a word, "und"/"oder", a finite verb or a comparative and
// "als" ("X: „…“ – Y erinnert sich", "X: „…“ und …", "X: „…“ ist Problem", "X: „…“ besser als
// …"). Words in marks that end their own sentence, or hold a mark of their own (a nested
// quotation cut short), do not count: what follows is not their line.
func (c *ctx) colonTail(ts, te, sej int) bool {
	if te <= ts || te >= sej || !isQuoteMark(&c.toks[te]) {
		return false
	}
	for k := ts; k < te; k++ {
		if isQuoteMark(&c.toks[k]) {
			return false
		}
	}
	if t := &c.toks[te-1]; t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…" {
		return false
	}
	k := te + 1
	if k >= sej {
		return false
	}
	t := &c.toks[k]
	switch {
	case isPunct(t, "–") || isPunct(t, "-"):
		return k+1 < sej && isWord(&c.toks[k+1])
	case !isLowerWord(t):
		return false
	case c.lx.class(t.Norm) == "and" || t.Norm == "oder":
		return true
	case strings.HasSuffix(t.Norm, "er") && k+1 < sej && c.toks[k+1].Norm == "als":
		return true // "besser als"
	}
	return c.isVerb(k, k, sej)
}

// leadNamesOther reports whether the pending quotation p follows a colon whose clause names a
// person other than prev, and neither prev nor a personal pronoun that could stand for them.
//
// In a paragraph of its own (newBlock), a clause that opens with two capitalised words the
// tagger did not take for a name counts as naming someone else too: "Paul Kern (Südstadt): „…“"
// after "Tom Berger (Nordstadt): „…“" is a new voice, whether or not the tagger knows the name;
// a label ("Fazit: „…“") goes on with the voice before.
func (c *ctx) leadNamesOther(p pending, prev string, newBlock bool) bool {
	colon := p.ts - 2
	ss, _ := c.sentRange(p.si)
	if colon >= 0 && colon < ss && c.sentOf[colon] >= 0 {
		// The quotation's sentence opens at its mark; the lead ends the sentence before.
		ss, _ = c.sentRange(c.sentOf[colon])
	}
	if colon <= ss || !isPunct(&c.toks[colon], ":") {
		return false
	}
	other := newBlock && colon > ss+1 && c.nameShaped(ss) && c.nameShaped(ss+1) && c.mentionAt(ss) == nil
	for k := ss; k < colon; k++ {
		if c.inMarks(c.toks[k].Start) {
			continue
		}
		if c.isPronoun(k, k+1) {
			return false
		}
		if m := c.mentionAt(k); m != nil && !m.org {
			if m.canon == prev {
				return false
			}
			other = true
		} else if sex := c.roleSex(k); m == nil && sex != 0 && c.names.sex[prev] != 0 && sex != c.names.sex[prev] {
			// "Noch einen Tipp hat die Expertin parat: „…“" after his words: a role noun of
			// the other sex introduces someone else.
			other = true
		} else if m == nil && c.untaggedGiven(k, prev) {
			// "Auch Sandra kann ihr Glück kaum fassen: „…“" after his words: a first name the
			// tagger missed is someone else, and the pronouns after it are hers.
			return true
		}
	}
	return other
}

// turnTaken reports whether, between the quotation prev and token ts, a word that opens an
// answer ("woraufhin", "daraufhin") is followed by a person other than prev's speaker: that
// person took the turn.
func (c *ctx) turnTaken(prev *found, ts int) bool {
	for k := c.tokAt(prev.q.End); k < ts; k++ {
		if _, ok := c.lx.whereupon[c.toks[k].Norm]; !ok || c.inMarks(c.toks[k].Start) {
			continue
		}
		for j := k + 1; j < ts && j <= k+3; j++ {
			if m := c.mentionAt(j); m != nil && !m.org {
				return m.canon != prev.q.Speaker
			}
		}
	}
	return false
}

// speechVerbBetween reports whether a speech verb of the lexicon stands in tokens [s, e)
// ("“…,” one witness said, according to CNN"): the words in marks before it are that verb's.
func (c *ctx) speechVerbBetween(s, e int) bool {
	for k := s; k < e && k < len(c.toks); k++ {
		if isLowerWord(&c.toks[k]) && c.isSpeechVerb(k) {
			return true
		}
	}
	return false
}

// leadObjectPronoun reports whether the clause before the colon that opens the pending
// quotation p holds a pronoun in the dative or accusative or a possessive ("Denn für ihn war es
// die größte Herausforderung, Sarah herauszukicken:"), which may stand for the one the text
// was about.
func (c *ctx) leadObjectPronoun(p pending) bool {
	colon := p.ts - 2
	if colon < 0 || !isPunct(&c.toks[colon], ":") {
		return false
	}
	ss, _ := c.sentRange(c.sentOf[colon])
	for k := ss; k < colon; k++ {
		if cl := c.lx.class(c.toks[k].Norm); isLowerWord(&c.toks[k]) && (cl == "obj" || cl == "poss") && !c.inMarks(c.toks[k].Start) {
			return true
		}
	}
	return false
}

// leadGivenName reports whether the pending quotation p follows a colon whose clause names,
// before any pronoun, a person by a first name the tagger missed, and no one it tagged.
func (c *ctx) leadGivenName(p pending) bool {
	colon := p.ts - 2
	if colon < 0 || !isPunct(&c.toks[colon], ":") {
		return false
	}
	ss, _ := c.sentRange(c.sentOf[colon])
	found := false
	for k := ss; k < colon; k++ {
		if c.inMarks(c.toks[k].Start) {
			continue
		}
		if m := c.mentionAt(k); m != nil && !m.org {
			return false
		}
		if !found && c.isPronoun(k, k+1) {
			return false
		}
		if !found && c.untaggedGiven(k, "") {
			found = true
		}
	}
	return found
}

// untaggedGiven reports whether token k is a capitalised given name, not a word of prev's
// name, standing as a word of its own (no compound, no genitive of a name before it).
func (c *ctx) untaggedGiven(k int, prev string) bool {
	t := &c.toks[k]
	if !isCap(t) || given()[t.Norm] == 0 || c.lx.p.Stopword(t.Norm) || k+1 >= len(c.toks) || !isLowerWord(&c.toks[k+1]) {
		return false
	}
	for _, w := range strings.Fields(prev) {
		if strings.EqualFold(w, t.Text) {
			return false
		}
	}
	return true
}

// voiceList reports whether the clause [ss, colon) is the next voice of a list, a joining word
// and a name ("Wie Martin Luther King: «…» Oder Churchill: «…»", "Und Gandhi: «…»"): the colon's
// name speaks, not the voice before, even when the tagger does not know it (then no one is
// named). A name of prev itself goes on with prev.
func (c *ctx) voiceList(ss, colon int, prev string) bool {
	if colon-ss < 2 || colon-ss > 4 {
		return false
	}
	switch c.toks[ss].Norm {
	case "oder", "und", "wie", "sowie", "ebenso", "auch":
	default:
		return false
	}
	for k := ss + 1; k < colon; k++ {
		if !c.nameShaped(k) || c.inMarks(c.toks[k].Start) {
			return false
		}
		if m := c.mentionAt(k); m != nil && (m.canon == prev || m.org) {
			return false
		}
	}
	return true
}

// acronym reports whether w is written in capitals only, with at least two letters ("SSDSGPS",
// "NATO").
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// orgName reports whether the speaker name is an organisation's: a mention tagged so, or a
// public body the text names by its noun.
func (c *ctx) orgName(name string) bool {
	for _, m := range c.names.mentions {
		if m.canon == name {
			return m.org
		}
	}
	return c.names.sex[name] == 0 && !strings.Contains(name, " ")
}

// headingLike reports whether the quotation [ts, te) fills its paragraph, is short, and ends
// without a full stop, question or exclamation mark: a heading or a pull quote.
func (c *ctx) headingLike(ts, te int) bool {
	if te-ts > 12 || !c.aloneInBlock(c.toks[ts].Start, c.toks[te-1].End) {
		return false
	}
	b := c.blockOf(c.toks[ts].Start)
	for k := ts; k < len(c.toks) && c.blockOf(c.toks[k].Start) == b; k++ {
		if t := &c.toks[k]; t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…" {
			return false
		}
	}
	return true
}

// resolveInner attributes quoted fragments without a speech verb of their own that lie inside
// a report: they are the reported speaker's words ("Das Unternehmen müsse sich einstellen,
// „weil einfach die Grundfesten erschüttert sind“"). A fragment in a sentence that opens with
// "Für"/"For" and a person is that person's ("Für Nagelsmann ist der Kapitän „der Abgesandte
// der Mannschaft“"). Others are left out: a word in quotation marks is not yet a quotation.
func (c *ctx) resolveInner() {
	n := len(c.out)
	for _, p := range c.inner {
		if p.te-p.ts == 1 && isCap(&c.toks[p.ts]) || c.nameInMarks(p.ts, p.te) {
			continue // „Frühstart“, „Spiegel“: the name of a show or an outlet
		}
		s, e := c.toks[p.ts].Start, c.toks[p.te-1].End
		var host *found
		for k := 0; k < n; k++ {
			f := &c.out[k]
			if !f.q.Direct && f.q.Start <= s && e <= f.q.End {
				host = f
				break
			}
		}
		if host != nil {
			spk := speaker{name: host.q.Speaker, how: host.q.SpeakerHow}
			if c.mediumReport(host) {
				// "Vertreter … dachten laut über ein „Abkommen …“ nach, berichtet die Agentur
				// X": a medium reporting news quotes the words of those it reports on, not
				// its own.
				spk = noSpeaker
			}
			c.emitSpan(s, e, true, true, -1, host.srcStart, host.srcEnd, spk)
			if host.cueTok >= 0 {
				last := &c.out[len(c.out)-1]
				last.q.Cue, last.cueTok = host.q.Cue, host.cueTok
			}
			continue
		}
		ss, se := c.sentRange(p.si)
		if c.lx.class(c.toks[ss].Norm) == "for" && !c.wieAfter(p.te, se) {
			if a, b := c.npAfter(ss+1, se); a == ss+1 {
				if spk := c.resolve(a, b, s, p.si); spk.known() && spk.how == article.SpeakerSubject {
					c.emitSpan(s, e, true, true, -1, a, b, spk)
				}
			}
		}
	}
}

// mediumReport reports whether the reported quotation f is a news medium's report of news:
// its source names a medium and its cue is a verb a medium reports with ("berichtet",
// "meldete", "schrieb"), not a statement of the medium about itself ("teilte der Sender mit").
// After a cue phrase ("so die Zeitung", "laut X") the words in marks may be the medium's own.
func (c *ctx) mediumReport(f *found) bool {
	if f.q.Speaker == "" || f.cueTok < 0 || f.srcStart < 0 || !c.mediumIn(f.srcStart, f.srcEnd) {
		return false
	}
	vi, ok := c.lx.verbs[c.toks[f.cueTok].Norm]
	return ok && vi.reports
}

// prepBeforeMark reports whether a preposition stands right before the quotation mark at open, or
// before a definite article or a name's possessive right before it ("an „…“", "an der „…“",
// "on NBC’s “…”").
func (c *ctx) prepBeforeMark(open, ss int) bool {
	k := open - 1
	if k > ss && isLowerWord(&c.toks[k]) {
		switch c.lx.class(c.toks[k].Norm) {
		case "det", "det:m", "det:f", "det:dat":
			k--
		}
	} else if k > ss && isCap(&c.toks[k]) && isWord(&c.toks[k]) && possessiveForm(c.toks[k].Text) {
		k--
	}
	return k >= ss && isLowerWord(&c.toks[k]) && c.lx.class(c.toks[k].Norm) == "prep"
}

// articleBeforeMark reports whether a definite article stands right before the quotation mark
// at open, itself not the first word of the sentence ss opens ("verließ die „Silver Hounds“"):
// the marks hold the noun of a noun phrase, a name when its words are a title's.
func (c *ctx) articleBeforeMark(open, ss int) bool {
	k := open - 1
	if k <= ss || !isLowerWord(&c.toks[k]) {
		return false
	}
	switch c.lx.class(c.toks[k].Norm) {
	case "det", "det:m", "det:f", "det:dat":
		return true
	}
	return false
}

// titleCased reports whether every word of [ts, te) is capitalised or, after the first, a
// function word of an English or Romance title ("Boys in Brown"): after a bare article a
// German phrase with a lower-case article or conjunction inside („Achterbahn der Gefühle“,
// „Sahra und Janine“) is as often someone's words as a name.
func (c *ctx) titleCased(ts, te int) bool {
	first := true
	for i := ts; i < te; i++ {
		t := &c.toks[i]
		if !isWord(t) {
			continue
		}
		if !isCap(t) && (first || !titleWords[t.Norm]) {
			return false
		}
		first = false
	}
	return true
}

// capitalised reports whether every word of [ts, te) is capitalised, function words too ("All
// In"): a title's words, not a phrase quoted from speech.
func (c *ctx) capitalised(ts, te int) bool {
	for i := ts; i < te; i++ {
		if t := &c.toks[i]; isWord(t) && !isCap(t) {
			return false
		}
	}
	return true
}

// possessiveForm reports whether a word is written with the possessive "’s" or "'s" ("NBC’s").
func possessiveForm(text string) bool {
	return strings.HasSuffix(text, "’s") || strings.HasSuffix(text, "'s")
}

// wieAfter reports whether a "wie" clause follows the quoted fragment ending before token te
// in its sentence ("…, da er „…“, wie der Experte Tom Weber vorhersagte"): a frame that names
// who said the words, which are then not the person the sentence opens with.
func (c *ctx) wieAfter(te, se int) bool {
	for k := te; k+1 < se && k <= te+2; k++ {
		if isPunct(&c.toks[k], ",") && c.lx.class(c.toks[k+1].Norm) == "wie" {
			return true
		}
	}
	return false
}

// sameOrNextBlock reports whether offset a lies in the paragraph of b or in the paragraph just
// before it (headings between count as breaks).
func (c *ctx) sameOrNextBlock(a, b int) bool {
	ba, bb := c.blockOf(a), c.blockOf(b)
	return ba == bb || (ba >= 0 && c.prevTextBlock(bb) == ba && ba == bb-1)
}

// cueAfter looks for a speech cue right after a closing quotation mark: ", sagte X",
// ", so X", "he said", "said Smith", "fire service spokesman X said", "said a pale and weary X".
func (c *ctx) cueAfter(k, sej int) (cue, ss, se int, ok bool) {
	// Only a comma, inside or after the closing mark, separates a quotation from a following
	// subject; without one the quotation is part of the subject ("Die „Experten“ der Partei
	// widersprachen").
	sep := k >= 2 && c.toks[k-2].Kind == article.TokPunct && !isQuoteMark(&c.toks[k-2])
	if k < sej && isPunct(&c.toks[k], ",") {
		k++
		sep = true
	}
	if k >= sej {
		return -1, -1, -1, false
	}
	t := &c.toks[k]
	if c.isVerb(k, k, sej) && !c.usedCue[k] {
		ss, se := c.subjectAfter(k, sej)
		return k, ss, se, true
	}
	if c.lx.class(t.Norm) == "so" {
		ss, se := c.npAfter(k+1, sej)
		if e := c.titledEpithet(k+1, sej); e > 0 {
			ss, se = k+1, e // "so der „Sturmnacht“-Star"
		}
		if h := c.headNoun(ss, se); ss == k+1 && h >= 0 && c.lx.naming(c.toks[h].Norm) {
			return -1, -1, -1, false // "„Achi“, so sein Spitzname": the word glossed, no one's words
		}
		if ss == k+1 {
			return k, ss, se, true
		}
		if k+1 < sej && c.isVerb(k+1, k+1, sej) && !c.usedCue[k+1] {
			// "«…», so schreibt Mick Fleetwood im Vorwort, «…»"
			if ss, se := c.subjectAfter(k+1, sej); ss == k+2 {
				return k + 1, ss, se, true
			}
		}
		return -1, -1, -1, false
	}
	if !sep {
		return -1, -1, -1, false
	}
	if c.lx.class(t.Norm) == "wie" && isLowerWord(t) && k+2 < sej {
		// "„…“, wie Karl Bauer betont.": the subject after "wie", then the speech verb that
		// closes the clause, perhaps after when and where; a verb of naming gives a name
		// ("„Projekt Nord“, wie die Firma ihr Vorhaben nennt"), no one's words.
		ss, se := c.npAfter(k+1, sej)
		if se == ss+1 && ss == k+1 && isLowerWord(&c.toks[ss]) && c.impersonal(ss) {
			ss, se = c.npAfter(ss+1, sej) // "wie es Terzic beschrieb": the name after the object "es"
		}
		if ss == k+1 || ss == k+2 && isLowerWord(&c.toks[k+1]) && c.impersonal(k+1) {
			if !c.isPronoun(ss, se) && c.nameHead(ss, se) < 0 {
				// "wie der Verband mitteilte": a role or a body without its name is read by
				// the frames before the quotation, not here.
				return -1, -1, -1, false
			}
			for v := se; v < sej && v <= se+4; v++ {
				if c.toks[v].Kind == article.TokPunct {
					break
				}
				if c.isVerb(v, k, sej) && !c.usedCue[v] && !c.lx.verbs[c.toks[v].Norm].names {
					if v+1 == sej || c.toks[v+1].Kind == article.TokPunct {
						return v, ss, se, true
					}
					break
				}
			}
		}
		return -1, -1, -1, false
	}
	if c.lx.class(t.Norm) == "aux" && isLowerWord(t) && k+2 < sej {
		// "„…“, hatte Goldberg erklärt", "„…“, hat sie am Montag gesagt": the auxiliary, its
		// subject, then the participle that closes the clause.
		ss, se := c.npAfter(k+1, sej)
		if b := c.markedNameAfter(k+1, sej); b > 0 {
			// "hatte die (britische) „Abendpost“ … geschrieben": npAfter stops at the mark.
			ss, se = k+1, b
		}
		if ss == k+1 {
			// The participle may follow adverbials of when, where and to whom ("hatte der
			// Schriftsteller in einem seiner letzten Interviews im Oktober der AFP gesagt"),
			// when the phrase after the auxiliary can be its subject: "hatte den Hamas-Chef
			// … empfangen und Unterstützung zugesagt" names whom, and goes on past the frame.
			reach := se + 4
			if f := c.toks[ss].Norm; f != "den" && f != "einen" && c.lx.class(f) != "det:dat" {
				reach = se + 12
			}
			for v := se; v < sej && v <= reach; v++ {
				if c.isVerb(v, k, sej) && !c.usedCue[v] && c.lx.verbs[c.toks[v].Norm].ptcp {
					if v+1 == sej || c.toks[v+1].Kind == article.TokPunct {
						return v, ss, se, true
					}
					break
				}
				if c.toks[v].Kind == article.TokPunct {
					break
				}
			}
		}
	}
	if c.lx.class(t.Norm) == "aux:pass" && isLowerWord(t) && k+2 < sej {
		// "„…“, wird Vereinssprecher Paul Weber in einer Mitteilung zitiert": the passive of
		// quoting names whom the words are from (quote_quotedas).
		if ss, se := c.npAfter(k+1, sej); ss == k+1 {
			for v := se; v < sej && v <= se+7; v++ {
				if c.toks[v].Kind == article.TokPunct {
					break
				}
				if _, ok := c.lx.quotedAs[c.toks[v].Norm]; ok && !c.usedCue[v] {
					if v+1 == sej || c.toks[v+1].Kind == article.TokPunct {
						return v, ss, se, true
					}
					break
				}
			}
		}
	}
	if v := c.groupListEnd(k, sej); v > 0 && c.isVerb(v, k, sej) && !c.usedCue[v] {
		return v, k, v, true // "“…,” Berg, Reed and two colleagues said": the whole list is the subject
	}
	// Subject first ("he said", "Smith said", "Sen. Ted Cruz (R-Texas) predicted").
	if ss, se := c.npAfter(k, sej); ss == k && se < sej {
		v := c.skipParenthesis(se, sej)
		if v == se {
			v = c.longApposition(ss, se, sej)
		}
		if v < sej && c.isVerb(v, k, sej) && !c.usedCue[v] {
			return v, ss, se, true
		}
	}
	// Words between the quotation and the verb that name the speaker ("fire service spokesman
	// Tom Fischer said", "police said").
	for v := k + 1; v < sej && v <= k+7; v++ {
		w := &c.toks[v-1]
		if !isWord(w) && !isPunct(w, "-") {
			break
		}
		if isWord(w) && c.lx.p.Stopword(w.Norm) && !c.lx.isDet(w.Norm) && c.lx.class(w.Norm) != "and" {
			break // "…“, als er gefragt wurde": a subordinate clause, not a speaker
		}
		if c.isVerb(v, k, sej) && !c.usedCue[v] && c.speakerWords(k, v) {
			return v, k, v, true
		}
	}
	return -1, -1, -1, false
}

// markedNameAfter returns the end of a determiner, at most two lower-case modifiers and a
// short name in quotation marks starting at i ("die „Abendpost“", "die britische
// „Abendpost“"), or -1.
func (c *ctx) markedNameAfter(i, limit int) int {
	if i >= limit || !isWord(&c.toks[i]) || !c.lx.isDet(c.toks[i].Norm) {
		return -1
	}
	for k := i + 1; k < limit && k <= i+3; k++ {
		if a, b := c.quotedName(k, limit); a == k {
			return b
		}
		if !isLowerWord(&c.toks[k]) || c.isVerbForm(c.toks[k].Norm) || c.lx.p.Stopword(c.toks[k].Norm) {
			return -1
		}
	}
	return -1
}

// frameOnly reports whether the words [k, e) after a speech verb close its sentence with no
// more than when, where and to whom ("added in the statement.", "wrote on his site early
// Friday."): no complementiser, quotation mark or other verb, at most ten tokens.
func (c *ctx) frameOnly(k, e int) bool {
	if e-k > 10 {
		return false
	}
	for i := k; i < e; i++ {
		t := &c.toks[i]
		if c.lx.class(t.Norm) == "comp" || isQuoteMark(t) || c.isVerbForm(t.Norm) || isPunct(t, ",") {
			return false
		}
	}
	return true
}

// speakerWords reports whether the words [s, e) can name who speaks: a name, a pronoun, a
// role, a group or an organisation noun ("fire service spokesman Tom Fischer", "police").
func (c *ctx) speakerWords(s, e int) bool {
	for k := s; k < e; k++ {
		t := &c.toks[k]
		if c.mentionAt(k) != nil || c.lx.roleHead(t.Norm) != "" || c.lx.orgNoun(t.Norm) || c.lx.class(t.Norm) == "group" {
			return true
		}
		if _, ok := c.lx.pronoun(t.Norm); ok {
			return true
		}
	}
	return len(c.an.Entities) == 0 && c.fallbackName(s, e) != ""
}

// skipParenthesis returns the token after a parenthesis or an apposition between commas that
// starts at k ("(R-Texas)", ", an Illinois Republican,", ", DFL-St. Paul,"), or k.
func (c *ctx) skipParenthesis(k, limit int) int {
	if k >= limit {
		return k
	}
	if isPunct(&c.toks[k], ",") {
		return c.closingComma(k, limit, 9, false)
	}
	return c.closingParen(k, limit, 8)
}

// closingParen returns the token after a bracket that opens at k and closes within span
// tokens before limit, or k.
func (c *ctx) closingParen(k, limit, span int) int {
	if k < 0 || k >= limit || !isPunct(&c.toks[k], "(") {
		return k
	}
	for j := k + 1; j < limit && j <= k+span; j++ {
		if isPunct(&c.toks[j], ")") {
			return j + 1
		}
	}
	return k
}

// closingComma returns the token after the comma that closes an apposition opened by the
// comma at k, at most span tokens on, or k when a verb form, a conjunction opening a clause or
// a quotation mark comes first (the words are a clause, not an apposition). strict also stops
// at other punctuation and at a person's name (a list of people, another subject).
func (c *ctx) closingComma(k, limit, span int, strict bool) int {
	for j := k + 1; j < limit && j <= k+span; j++ {
		t := &c.toks[j]
		if isPunct(t, ",") {
			if j > k+1 {
				return j + 1
			}
			return k
		}
		if c.isVerbForm(t.Norm) || c.lx.class(t.Norm) == "comp" || c.lx.class(t.Norm) == "sub" || isQuoteMark(t) {
			return k
		}
		if strict && t.Kind == article.TokPunct && !isPunct(t, ".") && !isPunct(t, "-") {
			return k
		}
		if m := c.mentionAt(j); strict && m != nil && !m.org {
			return k
		}
	}
	return k
}

// longApposition returns the token after an apposition between commas of up to sixteen
// words that follows a person's name [ss, se) right after a quotation ("“…,” Dr. Ann Berg,
// the director of the Harbor Brain and Spine Treatment Center, said"), or se. Only a speech
// verb right after the closing comma may use it (the caller checks); a verb form, a
// conjunction opening a clause, a quotation mark or another person's name inside ends no
// apposition, so a list of speakers or a clause of its own never hides a subject.
func (c *ctx) longApposition(ss, se, limit int) int {
	if se >= limit || !isPunct(&c.toks[se], ",") {
		return se
	}
	h := c.nameHead(ss, se)
	if h < 0 {
		return se
	}
	if m := c.mentionAt(h); m == nil || m.org {
		return se
	}
	return c.closingComma(se, limit, 17, true)
}

// mentionIn reports whether a name the article knows stands in [s, e).
func (c *ctx) mentionIn(s, e int) bool {
	for k := s; k < e; k++ {
		if c.mentionAt(k) != nil {
			return true
		}
	}
	return false
}

// innerFrame reports whether the words in marks opening at b are the object of a speech act
// of their own sentence, one whose object is a noun phrase after a preposition ("Zugleich
// sprechen die Parteichefs von einem „…“", "Experten sprechen von „…“"): they are that act's
// subject's words, which the frame after the quotation only relays. A pronoun before the
// verb ("Er spricht von einem „…“, sagte er") is most often the frame's own speaker.
func (c *ctx) innerFrame(a, b int) bool {
	for v := a + 1; v < b-1; v++ {
		t := &c.toks[v]
		frame, ok := c.lx.npActs[t.Norm]
		if !ok || !isLowerWord(t) {
			continue
		}
		prep, _, _ := strings.Cut(strings.TrimSuffix(frame, "!"), ":")
		if prep == "-" || prep == "als" || c.hasPunctBetween(a, v) {
			return false
		}
		for j := a; j < v; j++ {
			if _, ok := c.lx.pronoun(c.toks[j].Norm); ok {
				return false
			}
		}
		for j := max(v+1, b-3); j < b; j++ {
			if c.toks[j].Norm == prep {
				return true
			}
		}
		return false
	}
	return false
}

// subjectAfter returns the words naming the speaker after a speech verb at v in inverted
// order ("sagte Jermak", "said a pale and weary Tom Fischer"), skipping a reflexive and an
// addressee medium ("sagte der dpa ein Sprecher"), or -1, -1.
func (c *ctx) subjectAfter(v, se int) (int, int) {
	k := v + 1
	for k < se && (c.lx.class(c.toks[k].Norm) == "reflexive" || c.lx.class(c.toks[k].Norm) == "adv" || c.lx.class(c.toks[k].Norm) == "obj" && isLowerWord(&c.toks[k])) {
		k++ // "sagte ihm X": whom it was said to stands before the subject
	}
	if k < se && c.lx.class(c.toks[k].Norm) == "gen" {
		if s, e := c.npAfter(k, se); s == k && c.mentionAt(k) != nil {
			return s, e // "erklärte von der Leyen": her name's particle, not "of"
		}
		return -1, -1 // "wrote of Bragg": whom it was written about
	}
	if e := c.titledEpithet(k, se); e > 0 {
		return k, e // "sagte der „Tanzabend“-Star"
	}
	if h := c.titleCompoundHead(k, se); h >= 0 {
		// "lobte „Tanzabend“-Juror Karl Bauer": the title in marks joins the role; the
		// phrase runs on to the name after it, which resolve finds past the title.
		if s, e := c.npAfter(h, se); s == h {
			return k, e
		}
		return -1, -1
	}
	if s, e := c.quotedName(k, se); s == k {
		if n := c.roleNameAfter(e, se); n > e {
			// "says “Yellowjackets” director Karyn Kusama": the title qualifies the role;
			// the name after the role speaks.
			return s, n
		}
		if c.lx.verbs[c.toks[v].Norm].means && !c.mentionIn(s+1, e-1) {
			return -1, -1 // "meint „Kante“, dass …": the term explained
		}
		return s, e // "erklärte „Gamerbrother“", "berichtete „G1“"
	}
	s, e := c.npAfter(k, se)
	if s == k && (c.mediaAt(s, e) || c.dativeMedium(s, e)) && !c.lx.verbs[c.toks[v].Norm].reports {
		// "sagte der dpa": the medium is addressed; a subject may follow it ("sagte der dpa
		// ein Sprecher"), an object not ("bestätigte der Agentur den Tod").
		if s2, e2 := c.npAfter(e, se); s2 == e && c.speakerPhrase(s2, e2) {
			return s2, e2
		}
		return -1, -1
	}
	if s == k {
		if n := c.addresseeAfterRole(v, s, e); n > 0 {
			if c.loneWordName(c.resolve(s, n, c.toks[s].Start, c.sentOf[v]).name) {
				return -1, -1 // the role is tied to another such word ("die Forschern Sorgen bereiten")
			}
			c.fixedSource[v] = true
			return s, n
		}
		if n := c.roleNameAfter(e, se); n > e && c.mentionAt(s) != nil {
			// "said Trump spokesperson Steven Cheung": the name before the role says whose
			// spokesperson; the name after the role speaks.
			return s, n
		}
		return s, e
	}
	// Lower-case words before a name: "said a pale and weary Tom Fischer".
	for j := k; j < se && j <= k+5; j++ {
		t := &c.toks[j]
		if !isWord(t) {
			break
		}
		if !isCap(t) && c.lx.p.Stopword(t.Norm) && !c.lx.isDet(t.Norm) && c.lx.class(t.Norm) != "and" {
			break // "noted that Ridley-Thomas …": the name belongs to the reported clause
		}
		if m := c.mentionAt(j); m != nil && isCap(t) {
			end := j
			for end < se && c.mentionAt(end) == m {
				end++
			}
			return k, end
		}
		if isCap(t) || c.isVerbForm(t.Norm) {
			break
		}
	}
	return s, e
}

// roleNameAfter returns the end of a person's name that follows, from e on, lower-case words
// with a role noun among them and nothing else ("director and executive producer Karyn
// Kusama"), or -1.
func (c *ctx) roleNameAfter(e, se int) int {
	role := false
	for j := e; j < se && j <= e+6; j++ {
		t := &c.toks[j]
		if m := c.mentionAt(j); m != nil {
			if !role || m.org || m.pos != t.Start {
				return -1
			}
			end := j
			for end < se && c.mentionAt(end) == m {
				end++
			}
			return end
		}
		if !isLowerWord(t) {
			return -1
		}
		if c.lx.roleHead(t.Norm) != "" {
			role = true
		}
	}
	return -1
}

// subjectSpeaks reports whether the words [ss, se) resolve to a named speaker.
func (c *ctx) subjectSpeaks(ss, se, off, si int) bool {
	return ss >= 0 && se > ss && c.resolve(ss, se, off, si).known()
}

// colonAfterCue reports whether the quotation opening at openTok follows a colon that ends the
// frame of the quotation before it ("„…“, beharrte der 33-Jährige: „Also bitte!“"): a speech
// verb right after that quotation's closing mark and comma, which the quotation before took as
// its cue. However short, the words after the colon are the same speaker's.
func (c *ctx) colonAfterCue(ssi, openTok int) bool {
	colon := openTok - 1
	if colon <= ssi || !isPunct(&c.toks[colon], ":") {
		return false
	}
	for k := colon - 1; k >= ssi+2 && k >= colon-24; k-- {
		if isPunct(&c.toks[k], ",") || isQuoteMark(&c.toks[k]) {
			return false
		}
		if !c.usedCue[k] || !c.isVerb(k, ssi, colon) {
			continue
		}
		if k >= colon-8 && isPunct(&c.toks[k-1], ",") && isQuoteMark(&c.toks[k-2]) {
			return true
		}
		// "„…“, hatte Trainer X … gefragt – und … die Antwort mitgeliefert: „…“": the
		// participle closing the frame of the quotation just before, whose subject goes on.
		for i := range c.out {
			if f := &c.out[i]; f.cueTok == k && f.q.Direct && c.sentOf[c.tokAt(f.q.Start)] == c.sentOf[k] && c.lx.verbs[c.toks[k].Norm].ptcp {
				return true
			}
		}
		return false
	}
	return false
}

// subjectAfterAdverbial returns the person named right after the comma that closes a phrase
// opening the sentence with a preposition ("In a statement to the paper, Quist echoed that
// view, stating …"), when a verb in small letters follows the name, or -1, -1: the subject of
// the main clause that a participle at v shares.
func (c *ctx) subjectAfterAdverbial(ss, v int) (int, int) {
	if c.lx.class(c.toks[ss].Norm) != "prep" {
		return -1, -1
	}
	for k := ss + 1; k < v-1; k++ {
		if !isPunct(&c.toks[k], ",") {
			continue
		}
		s, e := c.npAfter(k+1, v)
		if s != k+1 || e >= v-1 || !isLowerWord(&c.toks[e]) {
			return -1, -1
		}
		if h := c.nameHead(s, e); h >= 0 {
			if m := c.mentionAt(h); m != nil && !m.org {
				return s, e
			}
		}
		return -1, -1
	}
	return -1, -1
}

// lastVerb returns the last speech verb in [from, to) of the sentence ending at se, or -1. A
// verb inside quotation marks is the quoted speaker's word, never the reporter's cue
// ("„… Also nennt uns ruhig Favorit“, sagte Bauer: „…“").
func (c *ctx) lastVerb(from, to, se int) int {
	for i := to - 1; i >= from; i-- {
		if c.isVerb(i, from, se) && !c.usedCue[i] && !c.inMarks(c.toks[i].Start) {
			return i
		}
	}
	return -1
}

// frontedDative reports whether the words from ss up to the verb at v are one phrase in the
// dative: an article that marks it ("Dem Sender"), or the masculine article before a feminine
// medium ("Der Zeitung", "Der türkischen Nachrichtenagentur Anadolu"), never a subject.
func (c *ctx) frontedDative(ss, v int) bool {
	if ss+1 >= v {
		return false
	}
	if s, e := c.npAfter(ss, v); s != ss || e != v {
		return false
	}
	return c.lx.class(c.toks[ss].Norm) == "det:dat" && isWord(&c.toks[ss]) || c.dativeMediumAt(ss, v, false)
}

// subjectOf finds the words naming who speaks with verb v: the phrase right after the verb
// (inverted order, "sagte Jermak") or the one before it ("Jermak sagte"). The phrase after a
// verb that names its addressee there ("told reporters") is never the speaker.
func (c *ctx) subjectOf(v, ss, se int) (int, int) {
	vi := c.lx.verbs[c.toks[v].Norm]
	if k := c.colonOpening(ss, v); k > ss {
		// "Zustimmung kam aus Deutschland: Der Sprecher der SPD im Bundestag, Schmid,
		// erklärte": the clause after the colon is the verb's own.
		ss = k
	}
	if vi.ptcp && c.passive(ss, v) {
		return -1, -1 // "Ihm wird vorgeworfen, …": the subject is not the speaker
	}
	if p := c.framingVerb(ss, v); p >= 0 {
		// "said Dotson, asserting …", "Walmart said in a statement, adding that …": a
		// participle after a comma shares the subject of the speech verb before it.
		return c.subjectOf(p, ss, se)
	}
	if s, e := c.relativeSubject(ss, v); s >= 0 {
		return s, e // "said Tom Ford, who pointed out that …": the person the relative pronoun takes up
	}
	if v > ss+1 && isPunct(&c.toks[v-1], ",") && strings.HasSuffix(c.toks[v].Norm, "ing") {
		// "X has attacked Y, calling him “…”": the participle shares the subject of the main
		// clause; the phrase before the comma (whom X attacked) never speaks.
		if s, e := c.npAfter(ss, v); s == ss && c.plausibleSource(s, e) {
			return s, e
		}
		if s, e := c.subjectAfterAdverbial(ss, v); s >= 0 {
			return s, e
		}
		return -1, -1
	}
	if v > ss && isPunct(&c.toks[v-1], ",") && v+1 < se && isWord(&c.toks[v+1]) {
		if _, ok := c.lx.pronoun(c.toks[v+1].Norm); ok && !vi.addressee && !c.auxAt(v+2, se) {
			// "Deutschland drohe …, warnte sie": the reported clause stands first, the
			// pronoun after the verb is its subject.
			return v + 1, v + 2
		}
	}
	if k, ok := c.nominativeAfter(ss, v); ok {
		return k, k + 1 // "Deutschland nennt er eine „Diktatur“": the phrase before the verb is its object
	}
	if s, e, ok := c.appositionSubject(ss, v); ok {
		return s, e // "Mara Kollwitz, Sprecherin der VPD im Landtag, sagte": the name, never the Landtag
	}
	if v-2 > ss && c.lx.class(c.toks[v-1].Norm) == "and" && isCap(&c.toks[v-2]) {
		// "„…“, sagte Harris und versprach, …": the second verb shares the subject named
		// right after the first.
		if s, e := c.npBefore(v-1, ss); s > ss && c.isVerb(s-1, ss, se) && c.usedCue[s-1] && c.resolve(s, e, c.toks[s].Start, c.sentOf[v]).known() {
			return s, e
		}
	}
	if v-2 > ss && c.lx.class(c.toks[v-1].Norm) == "and" {
		if s, e := c.firstConjunctSubject(ss, v-1); s >= 0 {
			return s, e // "Am Freitag nahm er Stellung und erklärte:", "berichtete Anna Berg nach dem Spiel und kündigte an:"
		}
	}
	if v > ss+1 && isPunct(&c.toks[v-1], ",") && c.hasKonj(ss, v-1) {
		// "Er sei überzeugt, betonte de la Fuente, …": the reported clause stands first, the
		// name right after the verb is its subject, not the clause's own subject.
		if a, b := c.npAfter(v+1, se); a == v+1 && (c.mentionAt(a) != nil && !c.mentionAt(a).org || c.articledSubject(a, b)) {
			return a, b // "Er habe falsch entschieden, kritisierte der Ex-Profi": the article opens the verb's own subject
		}
	}
	if v > ss+1 && isPunct(&c.toks[v-1], ",") && !vi.addressee && !vi.addresses {
		// "Österreich steht vor einem schweren Turnier, betonte Lorenz: „…“": a clause before
		// the comma, then the verb and a person's name, nothing else, up to the colon: the
		// name is the verb's own subject after it, the subject of the clause before is what
		// the words are about ("sagt Weber Richtung Minister Roth:" is left to the rules below).
		if a, b := c.npAfter(v+1, se); a == v+1 && (b == se || b < se && isPunct(&c.toks[b], ":")) {
			if m := c.mentionAt(a); m != nil && !m.org && !m.quoted && c.toks[a].Start == m.pos && c.toks[b-1].End == m.end {
				return a, b
			}
		}
	}
	if v > ss && (isPunct(&c.toks[v-1], ",") || c.lx.class(c.toks[v-1].Norm) == "and") {
		// A coordinated verb ("…, betonte aber"): unless an apposition names the subject
		// right before it, the subject opens the sentence ("Er lobte Anna Roth, sagte, …":
		// the name after the first verb is its object).
		if s, e := c.npBefore(v, ss); s >= 0 && !c.objectOfVerb(s, e, ss) && c.resolve(s, e, c.toks[s].Start, c.sentOf[v]).known() {
			return s, e
		}
		if s, e := c.npBeforeParen(v, ss); s >= 0 && !c.objectOfVerb(s, e, ss) && c.resolve(s, e, c.toks[s].Start, c.sentOf[v]).known() {
			// "…, die Sprecherin der Fraktion, Eva Klein (Grüne), erklärte": the name keeps
			// its party in brackets.
			return s, e
		}
		if s, e := c.npAfter(ss, v); s == ss {
			return s, e
		}
		if k := c.pronounAfterFirstVerb(ss, v); k >= 0 && c.resolve(k, k+1, c.toks[k].Start, c.sentOf[v]).known() {
			// "Auf Instagram postete er ein Foto, schrieb darunter:": the sentence opens with
			// an adverbial, its subject a pronoun after the first verb, which the verb after
			// the comma shares.
			return k, k + 1
		}
		if cs := c.clauseAfterComma(ss, v); cs >= 0 && c.lx.class(c.toks[v-1].Norm) == "and" {
			// "While Raskin spoke, Ocasio-Cortez expounded on … — and said …": a fronted
			// clause before the subject of the first verb.
			if s, e := c.npAfter(cs, v); s == cs && e < v && isLowerWord(&c.toks[e]) && c.nameHead(s, e) >= 0 && c.mentionAt(c.nameHead(s, e)) != nil {
				return s, e
			}
		}
	}
	if a := c.auxBefore(ss, v); a >= 0 {
		// "Der 81-jährige Besitzer hatte seit längerer Zeit festgestellt", "Am Montag hat die
		// Regierung angekündigt": the subject stands before the auxiliary or right after it;
		// the phrase before the participle is an object or an adverbial, never the speaker.
		if s, e, ok := c.appositionSubject(ss, a); ok {
			// "Der Vorsitzende im Landtag, Karl Lenz, hatte den Minister aufgefordert": the
			// name and role before the auxiliary speak, never the object after it.
			return s, e
		}
		starts := []int{ss, c.clauseAfterComma(ss, a)}
		if t := &c.toks[ss]; ss+1 < a && isCap(t) && isWord(t) && c.lx.class(t.Norm) == "and" {
			starts = append(starts, ss+1) // "But TikTok did admit that …": the conjunction opening the sentence names nobody
		}
		for _, start := range starts {
			if start < 0 {
				continue
			}
			if s, e := c.npAfter(start, a); s == start && c.attachedTail(e, a) && c.plausibleSource(s, e) {
				return s, e
			}
		}
		if s, e := c.npAfter(ss, a); s == ss && e == a && c.subjectArticle(ss) && isWord(&c.toks[a]) {
			// "Ein Landgericht hat die Firma Siemens aufgefordert": an article phrase right
			// before the auxiliary is the subject, though its noun is no listed source; the
			// phrase after the auxiliary is the object.
			return s, e
		}
		b := a + 1
		for b < v && isLowerWord(&c.toks[b]) && c.lx.class(c.toks[b].Norm) == "obj" {
			b++ // "So hatte ihm X vorgeworfen": the pronoun is whom it was said to or of
		}
		if s, e := c.npAfter(b, v); s == b && c.plausibleSource(s, e) {
			return s, e
		}
		return -1, -1
	}
	if c.frontedDative(ss, v) {
		// "Der türkischen Nachrichtenagentur Anadolu sagte Keles, …", "Dem Sender sagte
		// Weber": the phrase before the verb is whom it was said to; the subject follows the
		// verb, if the sentence names one.
		if s, e := c.subjectAfter(v, se); s >= 0 && c.onlySkippable(v+1, s) {
			return s, e
		}
		return -1, -1
	}
	// Subject, verb: in a main clause the phrase after the verb is then its object
	// ("Hans Weber bezeichnete den Besuch als …"). The subject may carry a genitive or
	// prepositional tail, a parenthesis or an apposition ("Holger Schäfer vom IW (Köln) sagte",
	// "Talya Lador-Fresher, Israels Generalkonsulin, zeigte sich").
	starts := []int{ss, c.clauseAfterComma(ss, v)}
	if t := &c.toks[ss]; ss+1 < v && isCap(t) && (c.lx.p.Stopword(t.Norm) && c.lx.class(t.Norm) == "" || isWord(t) && c.lx.class(t.Norm) == "and") {
		starts = append(starts, ss+1) // "Even Sen. Lisa Murkowski acknowledged", "Auch Weber sagte", "But TikTok did admit"
	}
	if w := c.clauseAfterComma(ss, v); vi.addresses && w >= 0 && w+1 < v && c.lx.class(c.toks[w].Norm) == "and" && isLowerWord(&c.toks[w]) {
		// "Der Verband kritisierte den Plan, und das Hilfswerk Terre Nova rief Meier auf, …":
		// a main clause joined by a conjunction has its subject right after it; the phrase
		// after a verb of appeal or reproach is whom it addresses.
		starts = append(starts, w+1)
	}
	if w := c.clauseAfterComma(ss, v); w >= 0 && w+1 < v && c.lx.class(c.toks[w].Norm) == "sub" && isLowerWord(&c.toks[w]) {
		// "…, weil Anwalt Peter Krämer immer wieder betont hatte, …": the subject of the
		// subordinate clause the verb closes follows its conjunction.
		starts = append(starts, w+1)
	}
	for _, start := range starts {
		if start < 0 {
			continue
		}
		if e, ok := c.genitiveNameOpening(start, v); ok {
			return start, e // "Schwedens ehemaliger Außenminister Karl Brenner rief die SPD auf"
		}
		if s, e := c.npAfter(start, v); s == start && c.attachedTail(e, v) && c.plausibleSource(s, e) && !c.genitiveAdverbial(s, e) {
			return s, e
		}
	}
	if t := &c.toks[ss]; ss+1 < v && isCap(t) && c.lx.class(t.Norm) == "sub" && v+2 < se && isPunct(&c.toks[v+1], ",") && c.lx.class(c.toks[v+2].Norm) == "comp" && !c.hasPunctBetween(ss, v) {
		// "Als Huber am Sonntag sagte, dass …": the verb closes the subordinate clause that
		// opens the sentence, and the phrase right after the conjunction is its subject,
		// whatever adverbials follow it; a name the article knows, so that no object is
		// taken ("Als Sprecher sagte Huber, …" has its verb second, its subject after it).
		// Only before "dass": "Als Lena Gercke als Siegerin hervorging, gab es …" reports
		// nothing, and its subject must not become the last speaker.
		if s, e := c.npAfter(ss+1, v); s == ss+1 && e < v && !c.isPronoun(s, e) && c.resolve(s, e, c.toks[s].Start, c.sentOf[v]).known() {
			return s, e
		}
	}
	if s, e := c.npBefore(v, ss); s >= 0 && e == v && s > ss && isPunct(&c.toks[s-1], ":") && c.speakerWords(s, e) {
		return s, e // "„…“: Strack-Zimmermann kontert Söder": the clause after the colon opens with its subject
	}
	if s, e := c.lowerSubject(v, ss); s >= 0 {
		return s, e // "state officials said": a subject the phrase after the verb is not
	}
	if vi.addresses && c.openingSubject(ss, v, se) {
		// "Kritiker warfen Karl Lang vor, …", "Die Kampagne seines Gegners rief Lang auf, …":
		// the noun phrase opening the sentence reproaches or appeals; the one after the verb
		// is whom it addresses, never the speaker.
		s, e := c.npAfter(ss, v)
		if c.genitiveTail(e, v) {
			e = v // "Die Kampagne seines Gegners"
		}
		return s, e
	}
	if v == ss+1 && c.untaggedGivenName(ss) {
		// "Giulia sagt David die Meinung: „…“": a given name the tagger missed opens the
		// sentence right before the verb, so it is the subject and the name after the verb
		// whom it was said to; no one the article knows speaks.
		return -1, -1
	}
	if !vi.addressee && !c.thatless(v+1, se) && !c.zuInfinitive(v) {
		// Inverted order ("sagte Jermak"), unless a clause starts right after the verb, whose
		// subject that would be ("said it would hire"); an infinitive with "zu" has none of
		// its own ("Um das Spiel für sich zu entscheiden und dem FC Lübeck zu folgen": whom
		// the team follows).
		if s, e := c.subjectAfter(v, se); s >= 0 && c.onlySkippable(v+1, s) && !c.lx.timeWord(c.toks[s].Norm) {
			return s, e // not a date: "announced March 24 that …"
		}
	}
	if s, e := c.npBefore(v, ss); s >= 0 {
		for m := c.mentionAt(s); m != nil && s > ss && c.mentionAt(s-1) == m; s-- {
			// "Auf Nachfrage von KORTEN.MEDIA teilte …": the phrase stopped inside a dotted
			// name; the whole name, and the preposition before it, decide.
		}
		if s-2 >= ss && c.lx.class(c.toks[s-1].Norm) == "gen" && isCap(&c.toks[s-2]) {
			if _, ok := c.lx.questionNouns[c.toks[s-2].Norm]; ok {
				return -1, -1 // "Auf Nachfrage von X teilte eine Sprecherin mit": X asked
			}
		}
		if w := c.subordinator(ss, v); w >= 0 && w+1 < s && isLowerWord(&c.toks[w+1]) {
			if c.lx.nominative(c.toks[w+1].Norm) {
				// "wie er damals der „Bild“-Zeitung sagte": the pronoun after the conjunction is
				// the subject; the phrase before the verb is whom it was said to.
				return w + 1, w + 2
			}
			if _, ok := c.lx.pronoun(c.toks[w+1].Norm); ok && !vi.reports && c.lx.media(c.toks[e-1].Norm) {
				return w + 1, w + 2 // "wie sie der „Bild“-Zeitung sagte": the paper is spoken to
			}
		}
		if w := c.subordinator(ss, v); s > ss && c.lx.class(c.toks[s-1].Norm) == "prep" && w >= 0 {
			// "wie die Polizei am Samstag auf der Plattform X mitteilte", "etwa als Trump über
			// Biden sagte": the phrase before the verb is where it was said or whom it was
			// about; the subject opens the clause, or is no one (a pronoun there is left
			// unresolved: "wie sie in einem Interview verriet").
			if a, b := c.npAfter(w+1, v); a == w+1 && !c.isPronoun(a, b) && c.plausibleSource(a, b) {
				return a, b
			}
			return -1, -1
		}
		if s > ss && c.lx.class(c.toks[s-1].Norm) == "prep" && c.subordinator(ss, v) < 0 {
			// "In dem Brief an Serafin erklärte von der Leyen", "Mitarbeiter aus dem Bundestag
			// werfen … vor": the phrase after a preposition before the verb is an object or
			// the tail of the subject, never the subject itself (nobody, rather than guess
			// which); but a determiner before a name opens a relative clause ("…, in dem
			// Rothenberg schildert"), whose subject the name is.
			if m := c.mentionAt(s + 1); s+1 < e && c.lx.isDet(c.toks[s].Norm) && m != nil && !m.org && c.toks[s+1].Start == m.pos {
				return s + 1, e
			}
			return -1, -1
		}
		if s > ss && c.lx.class(c.toks[s-1].Norm) == "to" {
			// "wie er gegenüber dem Rolling Stone verriet": the phrase before the verb is whom
			// it was said to; the subject is the pronoun before it, or nobody.
			for k := s - 2; k >= ss && !isPunct(&c.toks[k], ","); k-- {
				if c.isPronoun(k, k+1) {
					return k, k + 1
				}
			}
			return -1, -1
		}
		if s-1 > ss && c.toks[s-1].Norm == "zu" && isLowerWord(&c.toks[s-1]) && !c.lx.verbs[c.toks[v].Norm].addressee {
			// "Meier soll zu Huber gesagt haben": the phrase after "zu" is whom it was said
			// to; the subject is a name or pronoun before it in its clause, or nobody ("Den
			// Bosbach könne er hängen lassen, hätten die Männer zu Otto gesagt").
			from := ss
			if cs := c.clauseAfterComma(ss, s-1); cs >= 0 {
				from = cs
			}
			for k := from; k < s-1; k++ {
				if m := c.mentionAt(k); m != nil && !m.org && m.pos == c.toks[k].Start || c.isPronoun(k, k+1) && c.lx.nominative(c.toks[k].Norm) {
					if a, b := c.npAfter(k, s-1); a == k {
						return a, b
					}
				}
			}
			return -1, -1
		}
		return s, e
	}
	// "Selenskyj gab gestern bekannt" with an adverb or two between: the sentence's first
	// phrase, when nothing but a few words stand between it and the verb.
	if s, e := c.npAfter(ss, v); s >= 0 && s == ss && v-e <= 3 && !c.hasPunctBetween(e, v) && !c.hasVerbBetween(e, v) {
		return s, e
	}
	return -1, -1
}

// npBeforeParen returns the noun phrase after a comma that ends right before a bracket
// closing before the comma at v-1 ("…, Eva Klein (Grüne),"), with the bracket, or -1, -1; not
// the object of a verb ("lobte Eva Klein (Grüne),").
func (c *ctx) npBeforeParen(v, ss int) (int, int) {
	if v-3 <= ss || !isPunct(&c.toks[v-1], ",") || !isPunct(&c.toks[v-2], ")") {
		return -1, -1
	}
	for o := v - 3; o > ss && o >= v-6; o-- {
		if isPunct(&c.toks[o], ")") {
			break
		}
		if isPunct(&c.toks[o], "(") {
			s, e := c.npBefore(o, ss)
			for k := s; k >= 0 && k < e; k++ {
				if isPunct(&c.toks[k], ",") {
					s = k + 1 // "des Landtags, Greta Holm": the name after the apposition's comma
				}
			}
			if s > ss && e == o && s < e && isPunct(&c.toks[s-1], ",") {
				return s, v - 1
			}
			break
		}
	}
	return -1, -1
}

// addresseeAfterRole returns where the inverted subject [s, e) of an appeal or advice (@o:
// "empfiehlt", "rät", "bat") ends when its last word is no name but whom it is addressed to:
// "empfiehlt der Forscher Risikogruppen, …" reads as role and surname, yet a word that is no
// given name and that the article never gives as part of a longer name, after an article and
// a noun, is the dative or accusative object; the role speaks. It returns 0 when the phrase
// stays whole.
func (c *ctx) addresseeAfterRole(v, s, e int) int {
	if !c.lx.verbs[c.toks[v].Norm].addresses || e-s < 3 || !c.lx.isDet(c.toks[s].Norm) || !isCap(&c.toks[e-2]) || c.mentionAt(e-2) != nil {
		return 0
	}
	m := c.mentionAt(e - 1)
	if m == nil || m.org || m.tok != e-1 || e < len(c.toks) && c.mentionAt(e) == m {
		return 0
	}
	if !c.loneWordName(m.canon) {
		return 0 // a full name elsewhere ("Karl Weber") makes the word his surname
	}
	return e - 1
}

// loneWordName reports whether the person name canon is one word and no given name: the
// article never gives it as part of a longer name, so it may be a noun read as a name.
func (c *ctx) loneWordName(canon string) bool {
	if canon == "" || strings.ContainsAny(canon, " -.") {
		return false
	}
	_, ok := given()[strings.ToLower(canon)]
	return !ok
}

// auxAt reports whether token k, before se, is a lower-case auxiliary or modal ("was", "would"):
// a pronoun before it opens the clause a speech verb reports ("…, said it was concerning that …"),
// it is not the verb's subject.
func (c *ctx) auxAt(k, se int) bool {
	return k < se && (c.auxWord(k) || isLowerWord(&c.toks[k]) && c.lx.class(c.toks[k].Norm) == "modal")
}

// relativeSubject returns the person's name right before a relative pronoun that is the
// subject of the speech verb at v ("said Tom Ford, who pointed out that …", "finds Rich Swann
// who says …"), or -1, -1. Only a pronoun the pack lists as taking up a person, after a person
// mention ending just before it (or its comma), counts: "First came John Wick, which
// reminded us …" (a film) or "the son of Tom Ford, who said …" name nobody here.
func (c *ctx) relativeSubject(ss, v int) (int, int) {
	r := v - 1
	if r <= ss || r < 1 || !isLowerWord(&c.toks[r]) {
		return -1, -1
	}
	if _, ok := c.lx.personRel[c.toks[r].Norm]; !ok {
		return -1, -1
	}
	k := r - 1
	if isPunct(&c.toks[k], ",") {
		k--
	}
	if k < ss {
		return -1, -1
	}
	m := c.mentionAt(k)
	if m == nil || m.org || m.quoted || m.end != c.toks[k].End {
		return -1, -1
	}
	s := c.tokAt(m.pos)
	if s < ss || s > k {
		return -1, -1
	}
	if s > 0 && (c.lx.class(c.toks[s-1].Norm) == "gen" || c.possessive(s, k+1)) {
		return -1, -1 // "the son of Tom Ford, who said": whose relative it is is unclear
	}
	return s, k + 1
}

// nominativeAfter reports whether a pronoun that is only ever a subject ("er", quote_nominative)
// stands right after the finite verb at v, with words before the verb in its sentence (from
// ss): in a main clause that pronoun is the subject, and what stands before the verb is an
// object or an adverbial ("Deutschland nennt er eine „Diktatur“", "Das sagte er"), never who
// speaks. It returns the pronoun's token.
func (c *ctx) nominativeAfter(ss, v int) (int, bool) {
	k := v + 1
	if v <= ss || k >= len(c.toks) || !isLowerWord(&c.toks[k]) || !c.lx.nominative(c.toks[k].Norm) {
		return -1, false
	}
	return k, true
}

// genitiveNameOpening reports whether the words [s, v) before the finite verb at v are a
// name in the genitive, then a phrase ending in a person's name right before the verb
// ("Schwedens ehemaliger Außenminister Karl Brenner rief"): one subject, whose noun phrase
// stops at the genitive; the phrase after the verb is then its object. It returns v.
func (c *ctx) genitiveNameOpening(s, v int) (int, bool) {
	t := &c.toks[s]
	if s+2 >= v || !isCap(t) || !isWord(t) || !strings.HasSuffix(t.Text, "s") || c.lx.p.Stopword(t.Norm) || c.lx.class(t.Norm) != "" {
		return -1, false
	}
	if a, e := c.npAfter(s, v); a != s || e != s+1 {
		return -1, false
	}
	if a, e := c.npAfter(s+1, v); a != s+1 || e != v || c.hasPunctBetween(s, v) {
		return -1, false
	}
	m := c.mentionAt(v - 1)
	if m == nil || m.org || c.toks[v-1].End != m.end {
		return -1, false
	}
	return v, true
}

// openingSubject reports whether the words [ss, v) before the finite verb at v are one noun
// phrase that can be its subject: it opens with a determiner or a capitalised word, with a
// genitive or other attached tail, and does not open with a dative article or pronoun
// ("Der Regierung warf Lang vor") unless the phrase after the verb does ("Der Verband warf der
// Regierung vor").
func (c *ctx) openingSubject(ss, v, se int) bool {
	s, e := c.npAfter(ss, v)
	if s != ss || !c.attachedTail(e, v) && !c.genitiveTail(e, v) || c.isPronoun(s, e) || c.genitiveAdverbial(s, e) {
		return false
	}
	if e == s+1 && c.lx.openAdv(c.toks[s].Norm) {
		return false // "Gleichzeitig warnte der Trainer davor": an adverb, the subject follows the verb
	}
	dative := func(k int) bool {
		if k < 0 || k >= se || !isWord(&c.toks[k]) {
			return false
		}
		switch c.toks[k].Norm {
		case "dem", "den", "der", "einem", "einer", "ihm", "ihr", "ihnen":
			return true
		}
		return false
	}
	return !dative(ss) || dative(v+1)
}

// genitiveAdverbial reports whether the words [s, e) are a genitive article and one noun
// ("Des Weiteren", "Eines Tages"): an adverbial of the clause, never its subject.
func (c *ctx) genitiveAdverbial(s, e int) bool {
	if e != s+2 {
		return false
	}
	_, ok := c.lx.genitiveArts[c.toks[s].Norm]
	return ok
}

// genitiveTail reports whether the tokens [e, v) are a short genitive phrase after a noun
// ("seines Gegners", "des Vereins"): a genitive article or possessive, then words only.
func (c *ctx) genitiveTail(e, v int) bool {
	if e >= v || v-e > 4 || c.hasVerbBetween(e, v) || c.hasPunctBetween(e, v) {
		return false
	}
	switch c.toks[e].Norm {
	case "des", "eines", "seines", "ihres", "unseres", "ihrer", "seiner", "einer", "der":
		return true
	}
	return false
}

// objectOfVerb reports whether the name that ends the phrase [s, e) follows a verb with its
// subject before it ("Er schmeichelte Markus Söder", "Vogt dankte Anna Roth"): a lower-case
// word of no known class between a pronoun or capitalised word and the name, which is then
// the verb's object, not a subject in apposition.
func (c *ctx) objectOfVerb(s, e, ss int) bool {
	for j := max(s-1, ss+1); j+1 < e; j++ {
		t, p := &c.toks[j], &c.toks[j-1]
		if !isLowerWord(t) || c.lx.isDet(t.Norm) || c.lx.p.Stopword(t.Norm) || c.lx.nameParticle(t.Norm) || c.lx.class(t.Norm) != "" || !isCap(&c.toks[j+1]) {
			continue
		}
		if _, pron := c.lx.pronoun(p.Norm); isWord(p) && !c.lx.isDet(p.Norm) && (pron || isCap(p)) {
			return true
		}
	}
	return false
}

// appositionSubject returns the words naming the subject when the words before the verb at v
// are a name and a role apposed to it, each closed by a comma ("Mara Kollwitz, Sprecherin der
// VPD-Fraktion im Landtag, sagte"; "Der Vorsitzende des Vereins in Hessen, Jörg Albers,
// forderte"): the name speaks, never a body or place inside the role's phrase. A name the
// tagger missed still takes the subject's place, so that the speaker is nobody rather than the
// body. ok is false when the words before v are no such pair.
func (c *ctx) appositionSubject(ss, v int) (s, e int, ok bool) {
	if e, ok := c.appositionChain(ss, v); ok {
		return ss, e, true
	}
	if ss < 0 || v-ss < 4 || v-ss > 18 || !isPunct(&c.toks[v-1], ",") || c.hasVerbBetween(ss, v) {
		return -1, -1, false
	}
	comma := -1
	for k := ss; k < v-1; k++ {
		t := &c.toks[k]
		if t.Kind != article.TokPunct || isPunct(t, "-") || isPunct(t, "(") || isPunct(t, ")") {
			continue
		}
		if !isPunct(t, ",") || comma >= 0 {
			return -1, -1, false // a second comma, a colon, a quotation mark: no simple pair
		}
		comma = k
	}
	if comma <= ss || comma+1 >= v-1 {
		return -1, -1, false
	}
	if c.bareName(ss, comma) && c.roleAppos(comma+1, v-1) {
		return ss, comma, true
	}
	if c.roleAppos(ss, comma) && c.bareName(comma+1, v-1) {
		sp := c.resolve(comma+1, v-1, c.toks[comma+1].Start, c.sentOf[v])
		if !sp.known() {
			return -1, -1, false // the role's phrase may still name a body that speaks
		}
		if c.resolve(ss, v-1, c.toks[ss].Start, c.sentOf[v]).name == sp.name {
			return ss, v - 1, true
		}
		return comma + 1, v - 1, true
	}
	return -1, -1, false
}

// appositionChain returns the end of the person's name that opens the sentence at ss and is
// followed, up to the comma before the verb at v, by several appositions one of which is a role
// ("Michael Quail, PhD, principal scientific manager, Sequencing R&D at Wellcome Sanger
// Institute, said"): the person speaks, never the employer or place the last apposition ends
// with. Another person's name as a link of the chain makes it a list of speakers.
func (c *ctx) appositionChain(ss, v int) (int, bool) {
	if ss < 0 || v-ss < 6 || v-ss > 30 || !isPunct(&c.toks[v-1], ",") || c.hasVerbBetween(ss, v) {
		return -1, false
	}
	var commas []int
	for k := ss; k < v-1; k++ {
		t := &c.toks[k]
		if t.Kind != article.TokPunct {
			continue
		}
		switch {
		case isPunct(t, ","):
			commas = append(commas, k)
		case isPunct(t, ":") || isPunct(t, ";") || isPunct(t, ".") || isQuoteMark(t):
			return -1, false
		}
	}
	if len(commas) < 2 {
		return -1, false // one comma pair: appositionSubject's simple case
	}
	m := c.mentionAt(ss)
	if m == nil || m.org || !c.bareName(ss, commas[0]) {
		return -1, false
	}
	role := false
	bounds := append(commas, v-1)
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i]+1, bounds[i+1]
		if a >= b {
			return -1, false
		}
		if a+1 < b && c.lx.class(c.toks[a].Norm) == "and" {
			a++
		}
		if c.bareName(a, b) {
			return -1, false // "Anna Roth, Karl Weber and Paul Sommer, …": several speakers
		}
		if c.roleAppos(a, b) {
			role = true
		}
	}
	return commas[0], role
}

// bareName reports whether the words [s, e) are one person's name and nothing else: a person
// mention covering them, or two or three capitalised words no entity, role noun or
// function word claims (a name the tagger missed).
func (c *ctx) bareName(s, e int) bool {
	if m := c.mentionAt(s); m != nil {
		return !m.org && !m.quoted && m.pos == c.toks[s].Start && m.end == c.toks[e-1].End
	}
	if e-s < 2 || e-s > 3 {
		return false
	}
	for k := s; k < e; k++ {
		t := &c.toks[k]
		if !isWord(t) || !isCap(t) || c.lx.p.Stopword(t.Norm) || c.lx.isDet(t.Norm) || c.lx.roleHead(t.Norm) != "" ||
			c.lx.orgNoun(t.Norm) || c.mentionAt(k) != nil || c.placeAt(k) != nil || c.otherNameAt(k) || strings.Contains(t.Norm, "-") {
			return false
		}
	}
	return true
}

// roleAppos reports whether the words [s, e) are headed by a role noun ("außenpolitische
// Sprecherin der VPD", "der Vorsitzende des Vereins"), with any genitive or place after it.
func (c *ctx) roleAppos(s, e int) bool {
	for k := s + 1; k < e; k++ {
		if cls := c.lx.class(c.toks[k].Norm); isLowerWord(&c.toks[k]) && (cls == "prep" || cls == "for") {
			e = k // "der Vorsitzende im Landtag", "die Ministerin für Bildung": the head stands before the phrase
			break
		}
	}
	h := c.headNoun(s, e)
	if h > s && h == e-1 && c.lx.roleHead(c.toks[h].Norm) == "" && c.lx.roleHead(c.toks[h-1].Norm) != "" && isCap(&c.toks[h]) && c.mentionAt(h) == nil && c.placeAt(h) == nil {
		h-- // "Der Leiter Technik am KLX": the role, then the field it leads
	}
	if h < 0 || c.lx.roleHead(c.toks[h].Norm) == "" || c.mentionAt(h) != nil {
		return false
	}
	for k := s; k < h; k++ {
		if c.mentionAt(k) != nil || c.placeAt(k) != nil {
			return false // "VPD-Sprecherin Anna Kühn": a name inside the role's words
		}
	}
	return true
}

// onlySkippable reports whether tokens [a, b) are only a reflexive and adverbs that stand
// between a speech verb and its subject ("sagte sich", "staunte selbst").
func (c *ctx) onlySkippable(a, b int) bool {
	for k := a; k < b; k++ {
		if cls := c.lx.class(c.toks[k].Norm); cls != "reflexive" && cls != "adv" {
			return false
		}
	}
	return true
}

// auxBefore returns the finite auxiliary of a participle cue at v in [ss, v), up to twenty
// words before it in the same clause ("hat … gesagt",
// "hatte … angekündigt"), or -1 when v is no participle or no auxiliary governs it.
func (c *ctx) auxBefore(ss, v int) int {
	if !c.lx.verbs[c.toks[v].Norm].ptcp {
		return -1
	}
	for k := v - 1; k >= ss && k >= v-20; k-- {
		t := &c.toks[k]
		if t.Kind == article.TokPunct && !isPunct(t, "-") && !isQuoteMark(t) {
			return -1 // the auxiliary is in the same clause, with no comma between
		}
		if c.lx.class(t.Norm) == "aux" && isLowerWord(t) {
			return k
		}
	}
	return -1
}

// framingVerb returns the speech verb before a participle at v that follows a comma
// ("asserting", "adding"), or -1.
func (c *ctx) framingVerb(ss, v int) int {
	t := &c.toks[v]
	if v < ss+2 || !isPunct(&c.toks[v-1], ",") || !strings.HasSuffix(t.Norm, "ing") {
		return -1
	}
	for k := v - 2; k >= ss; k-- {
		if _, ok := c.lx.verbs[c.toks[k].Norm]; ok && isLowerWord(&c.toks[k]) && !strings.HasSuffix(c.toks[k].Norm, "ing") {
			return k
		}
	}
	return -1
}

// attachedTail reports whether the tokens [e, v) between a sentence's first phrase and its verb
// only extend that phrase: nothing, a "von"/"vom"/"of" phrase, a parenthesis, an apposition
// between commas, or "und"/"and" with a second subject.
func (c *ctx) attachedTail(e, v int) bool {
	if e == v {
		return true
	}
	if v-e > 12 {
		return false
	}
	t := &c.toks[e]
	switch {
	case isPunct(t, "("):
		for k := e + 1; k < v; k++ {
			if isPunct(&c.toks[k], ")") {
				return c.attachedTail(k+1, v)
			}
		}
		return false
	case isPunct(t, ","):
		return isPunct(&c.toks[v-1], ",") && !c.hasVerbBetween(e, v)
	case c.lx.class(t.Norm) == "gen" || c.lx.class(t.Norm) == "and":
		return !c.hasVerbBetween(e, v) && !c.hasPunctBetween(e, v)
	case c.placeTail(e, v):
		return true
	case v-e <= 2 && isLowerWord(t) && !c.hasVerbBetween(e, v) && !c.hasPunctBetween(e, v):
		// An adverb between subject and verb ("Durie repeatedly noted").
		for k := e; k < v; k++ {
			if n := c.toks[k].Norm; !isLowerWord(&c.toks[k]) || c.lx.roleHead(n) != "" || c.lx.class(n) == "group" || c.lx.isDet(n) || c.lx.orgNoun(n) || c.lx.media(n) {
				return false
			}
		}
		return true
	}
	return false
}

// placeTail reports whether tokens [e, v) are a short prepositional phrase of names that
// places the subject before its verb ("Ein Regierungssprecher in Berlin sagte").
func (c *ctx) placeTail(e, v int) bool {
	if v-e < 2 || v-e > 4 || c.lx.class(c.toks[e].Norm) != "prep" || !isLowerWord(&c.toks[e]) {
		return false
	}
	for k := e + 1; k < v; k++ {
		t := &c.toks[k]
		if !isWord(t) || !(isCap(t) || c.lx.isDet(t.Norm)) || c.isVerbForm(t.Norm) {
			return false
		}
	}
	last := &c.toks[v-1]
	return isCap(last) && !c.lx.timeWord(last.Norm) // not "am Montag"
}

// clauseAfterComma returns the token after the last comma before v in [ss, v), where a
// subject may start after a fronted adverbial ("In testimony on Wednesday, County Supervisor
// Janice Hahn said"), or -1.
func (c *ctx) clauseAfterComma(ss, v int) int {
	for k := v - 1; k > ss; k-- {
		if isPunct(&c.toks[k], ",") {
			if k+1 < v {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// hasVerbBetween reports whether a speech verb form stands in [s, e).
func (c *ctx) hasVerbBetween(s, e int) bool {
	for k := s; k < e; k++ {
		if _, ok := c.lx.verbs[c.toks[k].Norm]; ok && isLowerWord(&c.toks[k]) {
			return true
		}
	}
	return false
}

// hasMarkBetween reports whether a quotation mark stands in [s, e).
func (c *ctx) hasMarkBetween(s, e int) bool {
	for k := s; k < e && k < len(c.toks); k++ {
		if isQuoteMark(&c.toks[k]) {
			return true
		}
	}
	return false
}

// hasPunctBetween reports whether punctuation other than hyphens, brackets and quotation
// marks stands in [s, e).
func (c *ctx) hasPunctBetween(s, e int) bool {
	for k := s; k < e; k++ {
		if t := &c.toks[k]; t.Kind == article.TokPunct && !isPunct(t, "-") && !isPunct(t, "(") && !isPunct(t, ")") && !isQuoteMark(t) {
			return true
		}
	}
	return false
}

// lowerSubject returns the lower-case words right before the verb at v when they name a group
// or role as its subject ("state officials said", "police said"), or -1, -1.
func (c *ctx) lowerSubject(v, ss int) (int, int) {
	k := v - 1
	// Skip an adverb or two ("The governor also said", "The lawmaker essentially argued").
	for j := 0; j < 2 && k > ss && isLowerWord(&c.toks[k]) && (strings.HasSuffix(c.toks[k].Norm, "ly") ||
		c.lx.p.Stopword(c.toks[k].Norm) && c.lx.class(c.toks[k].Norm) == ""); j++ {
		k--
	}
	if k < ss {
		return -1, -1
	}
	end := k + 1
	t := &c.toks[k]
	if !isLowerWord(t) || (c.lx.class(t.Norm) != "group" && c.lx.roleHead(t.Norm) == "" && !c.lx.orgNoun(t.Norm)) {
		return -1, -1
	}
	s := k
	for s > ss && s > k-3 && isLowerWord(&c.toks[s-1]) && !c.lx.p.Stopword(c.toks[s-1].Norm) {
		s--
	}
	for s > ss && c.lx.isDet(c.toks[s-1].Norm) {
		s--
	}
	return s, end
}

// isPronoun reports whether the source words [s, e) are a single personal pronoun (not the
// impersonal "es").
func (c *ctx) isPronoun(s, e int) bool {
	if s < 0 || e != s+1 {
		return false
	}
	sex, ok := c.lx.pronoun(c.toks[s].Norm)
	return ok && sex != "x"
}

// possessivePhrase reports whether a name inside [s, e) is a possessive before the noun that
// heads the phrase ("Mosleys Frau", "Jonas Bergers Sohn"): the phrase names someone else.
func (c *ctx) possessivePhrase(s, e int) bool {
	for k := s; k < e-1; k++ {
		if c.mentionAt(k) != nil && c.possessive(k, e) {
			return true
		}
	}
	return false
}

// speakerPhrase reports whether the words [s, e) can name who speaks by themselves: a
// pronoun, a role, or a name the article knows (not merely any phrase opening with an article,
// as plausibleSource allows).
func (c *ctx) speakerPhrase(s, e int) bool {
	if c.isPronoun(s, e) {
		return true
	}
	for i := s; i < e; i++ {
		if c.lx.roleHead(c.toks[i].Norm) != "" {
			return true
		}
	}
	return c.resolve(s, e, c.toks[s].Start, c.sentOf[s]).known()
}

// plausibleSource reports whether the words [s, e) can name a speaker: a pronoun, a name, or
// a phrase opened by a determiner or holding a role noun ("der Sprecher").
func (c *ctx) plausibleSource(s, e int) bool {
	// "Mosleys Frau": someone the text names by whose she is, a source without a name.
	return c.lx.isDet(c.toks[s].Norm) || c.possessivePhrase(s, e) || c.speakerPhrase(s, e)
}

// reportedFrame reports whether the speech verb at v is a participle under a Konjunktiv I
// auxiliary ("Das habe die SPD schon gesagt"): the frame is itself reported speech, so a
// quotation joined to it by a comma ("…, „das müssen wir tun“") continues the report of whoever
// speaks in the paragraph, not the frame's subject.
func (c *ctx) reportedFrame(ss, v int) bool {
	a := c.auxBefore(ss, v)
	if a < 0 {
		return false
	}
	k, ok := c.lx.konj[c.toks[a].Norm]
	return ok && k != "2" && isLowerWord(&c.toks[a])
}

// clauseBefore reports whether the reporter's words before the quotation opening at openTok
// in the sentence from ss hold a clause of their own: three words or more, not only a lead-in
// such as "Und dann:".
func (c *ctx) clauseBefore(ss, openTok int) bool {
	n := 0
	for k := ss; k < openTok; k++ {
		if isWord(&c.toks[k]) {
			n++
		}
	}
	return n >= 3
}

// plainLead reports whether the words [ss, colon) of sentence [ss, se) hold no quotation mark
// and no speech verb: a lead-in naming someone, not a cue ("„…“, sagte X bei Sky: „…“").
func (c *ctx) plainLead(ss, colon, se int) bool {
	words := 0
	for k := ss; k < colon; k++ {
		t := &c.toks[k]
		if isQuoteMark(t) || c.isVerb(k, ss, se) || c.lx.class(t.Norm) == "so" || c.lx.class(t.Norm) == "poss" {
			return false // a cue ("so die IUCN:"), or "Sein Urteil:", which continues a report
		}
		if isWord(t) {
			words++
		}
	}
	return words >= 3
}

// askedPerson resolves the answer of an interview: when the sentence before the quotation at
// off (sentence si) is a question in the same paragraph whose subject is a singular
// third-person pronoun ("Würde er jetzt noch Nvidia kaufen?"), the person it stands for, and
// the pronoun's token.
func (c *ctx) askedPerson(si, off int) (speaker, int) {
	if si == 0 || c.blockOf(c.sents[si-1].Start) != c.blockOf(off) {
		return noSpeaker, -1
	}
	ps, pe := c.sentRange(si - 1)
	if pe-ps < 3 || !isPunct(&c.toks[pe-1], "?") || c.inMarks(c.toks[ps].Start) {
		return noSpeaker, -1
	}
	// The pronoun stands right after the finite verb that opens the question, or after a
	// question word and the verb ("Wie schätzt er …", "Was hält er von …").
	for k := ps + 1; k < ps+3 && k < pe; k++ {
		t := &c.toks[k]
		if sex, ok := c.lx.pronoun(t.Norm); ok && isWord(t) && (sex == "m" || sex == "f") {
			if c.pluralVerbBeside(k) {
				// "Hatten sie den Abschied geplant?" asks two people, or "Haben Sie …?" the
				// reader or the one interviewed: no one person the text named before.
				return noSpeaker, -1
			}
			spk := c.antecedent(t.Start, sex[0], false)
			if spk.known() {
				return spk, k
			}
			// The interview runs on: the one who answered the question before, when no one
			// else has spoken since and the sex agrees.
			for j := len(c.out) - 1; j >= 0; j-- {
				f := &c.out[j]
				if f.q.Start >= t.Start {
					continue
				}
				if f.q.Speaker != "" && c.names.sex[f.q.Speaker] == sex[0] && c.blockOf(f.q.Start) >= c.blockOf(t.Start)-2 {
					return speaker{name: f.q.Speaker, how: article.SpeakerCoreference}, k
				}
				break
			}
			return noSpeaker, -1
		}
	}
	return noSpeaker, -1
}

// quotedCueSource reports whether the quotation marks at openTok and closeTok enclose the name
// a cue phrase gives as its source: right after "laut" or right before "zufolge" (kinds "pre"
// and "post" of quote_phrases).
func (c *ctx) quotedCueSource(openTok, closeTok, ssi int) bool {
	if openTok-1 >= ssi {
		if n, kind := c.phraseAt(openTok-1, openTok); n == 1 && kind == "pre" {
			return true
		}
	}
	if k := closeTok + 1; k < len(c.toks) {
		if n, kind := c.phraseAt(k, min(len(c.toks), k+1)); n == 1 && kind == "post" {
			return true
		}
	}
	return false
}

// subjectArticle reports whether token k is an article that may open a subject: a determiner
// or an indefinite article in a form that is no object's only (quote_objectdets).
func (c *ctx) subjectArticle(k int) bool {
	if c.objectArticle(k) {
		return false
	}
	cls := c.lx.class(c.toks[k].Norm)
	return cls == "det" || cls == "det:m" || cls == "det:f" || cls == "indef"
}

// objectArticle reports whether token k is an article only an object opens ("den", "einem":
// quote_objectdets).
func (c *ctx) objectArticle(k int) bool {
	_, obj := c.lx.objectDets[c.toks[k].Norm]
	return obj && isWord(&c.toks[k])
}

// firstConjunctSubject returns the subject of the main clause that opens sentence [ss, and)
// when a verb after the conjunction at and shares it: the phrase the sentence opens with,
// when the finite verb follows it ("Die Abgeordnete Anna Berg äußerte sich … und
// bezeichnete"), or the phrase right after the finite verb when an adverbial comes first
// ("Am Freitag nahm er Stellung und erklärte", "Daraufhin erhob Kern Vorwürfe und
// beschuldigte", "„…“, sagte er und fügte hinzu"). Only a pronoun or a phrase that names a
// person qualifies, and never when the conjunction joins verbs inside a subordinate or
// relative clause ("…, in dem sie das Rezept zeigt und erklärt"), whose subject is its own;
// else -1, -1.
func (c *ctx) firstConjunctSubject(ss, and int) (int, int) {
	s := ss
	if isQuoteMark(&c.toks[s]) {
		// A quotation opens the sentence: the clause starts after its closing mark and comma.
		k := c.closingMarkAfter(s, and)
		if k < 0 || k+2 >= and || !isPunct(&c.toks[k+1], ",") {
			return -1, -1
		}
		s = k + 2
	}
	for u := and - 1; u > s && !isPunct(&c.toks[u], ","); u-- {
		if c.isSpeechVerb(u) && isPunct(&c.toks[u-1], ",") {
			// "…, erklärte Jochen X der „Bild“ und versicherte": the subject of the speech
			// verb that frames the clause before it, right after that verb.
			if a, b := c.npAfter(u+1, and); a == u+1 {
				return c.sharedSubject(a, c.cutAddressee(a, b), ss)
			}
			break
		}
	}
	if c.subClauseWord(s) || c.lx.class(c.toks[s].Norm) == "wie" {
		return -1, -1 // a subordinate clause first: its subject is not the main clause's
	}
	// The verb of the second conjunct must not close a subordinate or relative clause opened
	// after the last comma, unless a comma closed that clause before the conjunction, nor
	// follow a new subject there ("…, fand Kern das richtig, Weber aber stellte klar").
	if !isPunct(&c.toks[and-1], ",") {
		for k := and - 1; k > s; k-- {
			if isPunct(&c.toks[k], ",") {
				if n := k + 1; n < and && (c.relativePronoun(n) || n+1 < and && c.relativePronoun(n+1) && isLowerWord(&c.toks[n]) || c.mentionAt(n) != nil) {
					return -1, -1
				}
				for n := k + 1; n < min(k+5, and); n++ {
					if c.subClauseWord(n) {
						return -1, -1 // "…, zehn Monate nachdem Kern den Fehler entdeckt und gemeldet hatte"
					}
				}
				break
			}
		}
	}
	var a, b int
	if isLowerWord(&c.toks[s]) {
		// "„…“, sagte er und …": the verb comes first, its subject right after it.
		a, b = c.npAfter(s+1, and)
		if a != s+1 {
			return -1, -1
		}
	} else if x, y := c.npAfter(s, and); x == s && y < and && isLowerWord(&c.toks[y]) && !c.lx.p.Stopword(c.toks[y].Norm) {
		a, b = x, y // "Er postete ein Foto und schrieb dazu"
	} else {
		f := c.secondPosition(s, and)
		if f < 0 {
			return -1, -1
		}
		if x, y := c.npAfter(s+1, and); x == s+1 && y == f && (c.lx.class(c.toks[s].Norm) == "adv" || c.lx.class(c.toks[s].Norm) == "time") {
			a, b = x, y // "Auch die Abgeordnete Anna Berg äußerte sich": an adverb, then the subject
		} else if a, b = c.npAfter(f+1, and); a != f+1 {
			return -1, -1
		}
	}
	return c.sharedSubject(a, b, ss)
}

// secondPosition returns the finite verb of a main clause that opens at s with something
// other than its subject ("Am Freitag nahm", "Daraufhin erhob", "Sorge hat"): the first
// auxiliary, or the first lower-case word that is no function word and follows neither an
// article nor an adjective, within a few words and before any punctuation; else -1.
func (c *ctx) secondPosition(s, limit int) int {
	for k := s + 1; k < min(limit, s+8); k++ {
		t := &c.toks[k]
		if t.Kind == article.TokPunct {
			return -1
		}
		if c.auxAt(k, limit) {
			return k
		}
		if !isLowerWord(t) || c.lx.p.Stopword(t.Norm) {
			continue
		}
		if p := c.toks[k-1].Norm; c.lx.isDet(p) || isLowerWord(&c.toks[k-1]) && !c.lx.p.Stopword(p) {
			continue // an adjective of a phrase ("der spanische Regierungschef")
		}
		return k
	}
	return -1
}

// invertedSubject returns the person named right after the finite verb of sentence [ss, se)
// when an object or adverbial opens it ("Sorge hat Trainer Karl Berg deswegen nicht"), the
// phrase ending in the name and no other person named after it in its clause; else -1, -1.
func (c *ctx) invertedSubject(ss, se int) (int, int) {
	f := c.secondPosition(ss, se)
	if f < 0 {
		return -1, -1
	}
	a, b := c.npAfter(f+1, se)
	if a != f+1 || c.lx.class(c.toks[a].Norm) == "obj" {
		return -1, -1
	}
	if c.personEndsAt(b-1) == nil {
		return -1, -1
	}
	for k := b; k < se && !isPunct(&c.toks[k], ","); k++ {
		if m := c.mentionAt(k); m != nil && !m.org {
			// "Unterstützung erhielt Karl Berg von Anna Roth": who is meant next is open (a
			// person in a clause after a comma is only described).
			return -1, -1
		}
	}
	return a, b
}

// titledEpithet returns the end of a phrase at k that is an article, a title in quotation
// marks joined by a hyphen to a noun, and the person's name after it ("die
// „Tatort“-Kommissarin Anna Roth"), or -1. The marks hold a work, not the speaker's words: the
// source does not stop at them. Without a name ("der „Gladiator“-Star") it stays -1: such a
// noun ("Star") is no guide to the sex, and the nearest person is often the one spoken about.
func (c *ctx) titledEpithet(k, se int) int {
	if k+1 >= se || !c.lx.isDet(c.toks[k].Norm) || c.lx.class(c.toks[k].Norm) == "indef" || !isQuoteMark(&c.toks[k+1]) {
		return -1
	}
	h := c.titleCompoundHead(k+1, se)
	if h < 0 || h+1 >= se {
		return -1
	}
	if m := c.mentionAt(h + 1); m == nil || m.org || m.pos != c.toks[h+1].Start {
		return -1
	}
	if s, e := c.npAfter(h, se); s == h && e > h+1 {
		return e
	}
	return -1
}

// sharedSubject checks the phrase [a, b) found as the subject of the first of two joined
// verbs in the sentence from ss: a pronoun that can name a speaker, or a phrase that ends in a
// person's name; else -1, -1.
func (c *ctx) sharedSubject(a, b, ss int) (int, int) {
	if c.lx.class(c.toks[a].Norm) == "obj" {
		return -1, -1
	}
	if b == a+1 && c.isPronoun(a, b) {
		for i := range c.out {
			if f := &c.out[i]; f.srcStart == a && f.q.Speaker == "" {
				// "„…“, sagte er und führte aus: „…“": the first verb's pronoun named nobody;
				// the second does not read it anew.
				return -1, -1
			}
		}
		if sex, _ := c.lx.pronoun(c.toks[a].Norm); (sex == "m" || sex == "f") && isLowerWord(&c.toks[a]) || a == ss {
			return a, b
		}
		return -1, -1
	}
	// The phrase must end in the person's name: in "lobte Anna Berg Karls Einsatz" the
	// genitive names whose effort, not who spoke.
	if m := c.personEndsAt(b - 1); m != nil {
		if sp := c.resolve(a, b, c.toks[a].Start, c.sentOf[a]); sp.known() && sp.how == article.SpeakerSubject && sp.name == m.canon {
			return a, b
		}
	}
	return -1, -1
}

// personEndsAt returns the mention of a person whose name ends at token k, not in the
// genitive ("Karls"), or nil.
func (c *ctx) personEndsAt(k int) *mention {
	m := c.mentionAt(k)
	if m == nil || m.org || c.tokAt(max(m.pos, m.end-1)) != k || c.genitiveName(k) {
		return nil
	}
	return m
}

// subClauseWord reports whether token k opens a subordinate clause: a conjunction ("nachdem",
// "weil") or a complementiser ("dass", "ob").
func (c *ctx) subClauseWord(k int) bool {
	switch c.lx.class(c.toks[k].Norm) {
	case "sub", "comp", "comp:q":
		return true
	}
	return false
}

// reportBridge returns the quotation a stand-alone quotation continues across one sentence of
// the reporter's: the quotation with a known speaker ends two sentences before, in the
// paragraph or the one before, and the sentence between is a report going on, not a new voice.
// It holds a Konjunktiv (a Konjunktiv II serves here, as a report is under way), no name, no
// role noun, no speech verb, no question and no colon. The quotation itself must open its
// sentence: words before it may introduce someone else.
func (c *ctx) reportBridge(p pending, off int) *found {
	if p.si < 2 {
		return nil
	}
	if ss, _ := c.sentRange(p.si); p.ts-1 != ss {
		return nil
	}
	prev := c.prevSpeaker(off, p.si, 2)
	if prev == nil || prev.sent != p.si-2 || !c.sameOrNextBlock(prev.q.Start, off) {
		return nil
	}
	ms, me := c.sentRange(p.si - 1)
	if me-ms < 3 {
		return nil
	}
	konj := false
	for k := ms; k < me; k++ {
		t := &c.toks[k]
		if isPunct(t, "?") || isPunct(t, ":") {
			return nil
		}
		if c.inMarks(t.Start) {
			continue
		}
		if c.mentionAt(k) != nil || c.otherNameAt(k) || c.isVerb(k, ms, me) {
			return nil
		}
		if isCap(t) && c.lx.roleHead(t.Norm) != "" {
			return nil
		}
		if v, ok := c.lx.konj[t.Norm]; ok && v != "2e" && isLowerWord(t) {
			konj = true
		}
	}
	if !konj {
		return nil
	}
	for k := range c.out {
		if f := &c.out[k]; f.sent == p.si-1 && f.q.Speaker != prev.q.Speaker && (f.q.Cue != nil || f.q.Source != nil) {
			return nil
		}
	}
	return prev
}

// roleSex returns the sex a role noun at token k gives its bearer ("Expertin" f), or 0; titles
// are left out, as "seine Frau" is no one who speaks.
func (c *ctx) roleSex(k int) byte {
	t := &c.toks[k]
	if t.Kind != article.TokWord || !isCap(t) {
		return 0
	}
	switch c.lx.roles[c.lx.roleHead(t.Norm)] {
	case "m":
		return 'm'
	case "f":
		return 'f'
	}
	return 0
}

// groupListEnd returns the token after a list of people named from k that ends in "and" and
// a group the list does not name ("Berg, Reed and two colleagues", "Berg and others"), when
// a word follows it, or -1.
func (c *ctx) groupListEnd(k, limit int) int {
	for i := k; i < limit && i <= k+14; i++ {
		t := &c.toks[i]
		if m := c.mentionAt(i); m != nil && !m.org {
			continue
		}
		if isPunct(t, ",") && i > k && c.mentionAt(i-1) != nil {
			continue
		}
		if i == k || !c.andAt(i) || c.mentionAt(i-1) == nil {
			return -1
		}
		e := i + 1
		for e < limit && e <= i+4 && isLowerWord(&c.toks[e]) && !c.isVerbForm(c.toks[e].Norm) {
			e++
		}
		if e == i+1 || e >= limit {
			return -1
		}
		return e
	}
	return -1
}

// colonOpening returns the token after a colon between ss and the verb at v, when no quotation
// mark follows it before v and at least two words do: the clause the verb belongs to opens
// there. Otherwise ss.
func (c *ctx) colonOpening(ss, v int) int {
	at, depth := ss, 0
	for k := ss; k < v; k++ {
		switch t := &c.toks[k]; {
		case isQuoteMark(t):
			return ss
		case isPunct(t, "("):
			depth++
		case isPunct(t, ")"):
			depth--
		case isPunct(t, ":") && depth == 0 && k > ss && isWord(&c.toks[k-1]) && k+1 < v && isWord(&c.toks[k+1]):
			at = k + 1 // not a score ("0:3") nor a label in brackets ("(Verdienst: 90 Millionen)")
		}
	}
	if at > ss && v-at < 2 {
		return ss
	}
	return at
}

// pronounAfterFirstVerb returns the personal pronoun right after the first verb of a main clause
// that opens with an adverbial ("Auf Instagram postete er ein Foto, schrieb darunter"), when one
// comma alone, right before the coordinated verb at v, parts the two verbs and nothing after v
// names a subject of its own; -1 else.
func (c *ctx) pronounAfterFirstVerb(ss, v int) int {
	if v < ss+4 || !isPunct(&c.toks[v-1], ",") || v+1 >= len(c.toks) {
		return -1
	}
	if c.isPronoun(v+1, v+2) || c.mentionAt(v+1) != nil {
		return -1 // "…, sagte sie:": the verb's own subject follows it
	}
	k := -1
	for j := ss + 1; j < v-1; j++ {
		t := &c.toks[j]
		if t.Kind == article.TokPunct {
			return -1
		}
		if m := c.mentionAt(j); k < 0 && m != nil && !m.org {
			return -1 // a person before the pronoun may be the subject ("Dann lobte Anna Roth ihn, …")
		}
		if k < 0 && c.isPronoun(j, j+1) && isLowerWord(t) {
			p := &c.toks[j-1]
			if !isLowerWord(p) || c.lx.class(p.Norm) != "" || c.lx.isDet(p.Norm) {
				return -1
			}
			k = j
		}
	}
	return k
}
