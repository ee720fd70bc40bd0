package analysis

// recog40Honorifics are titles of faith, learning and standing that the
// news of South Asia, West Africa, the Gulf and South-East Asia writes
// before a name, as worldHonorifics are: "Pandit Ravi Mishra" (a Hindu
// scholar or priest), "Swami", "Acharya", the Yoruba king's "Oba", the
// Muslim scholar's and leader's "Imam", "Mufti", "Ustaz" and "Ustadh",
// Java's "Kyai", the Gulf's "Sheikha", a Buddhist monk's "Venerable", the
// "Pastor" of Nigerian and Ghanaian church news, and Tamil news's "Thiru"
// and "Thirumathi" (Mr, Mrs) and a poet's "Kavignar". Before a name they
// are titles, out of it; honorificNames takes them out of the names the
// tagger ran over them.
var recog40Honorifics = wordSet(`pandit swami acharya oba imam mufti ustaz ustadh kyai kiai sheikha venerable pastor
kavignar thiru thirumathi`)

func init() {
	for w := range recog40Honorifics {
		worldHonorifics[w], titleSeeds[w], personTitles[w], bareTitles[w] = true, true, true, true
	}
}

// recog40Ranks are ranks as British, Commonwealth and Asian news
// abbreviates them, with no full stop: "Col Ana Holm", "Maj Gen Ivo
// Reed", "Brig Tomas Osei", "Pte Ola Brandt". "Lt", "Capt", "Sgt" and
// "Cpl" were titles already. The Thai police's "Pol" opens a rank ("Pol
// Col Thanakorn Srisawat", "Pol Lt Gen"), a word of the title after it
// (titleModifiers).
// Not "Gen", a given name too ("Gen Nakatani") and a generation's ("Gen
// Z").
var recog40Ranks = wordSet(`col maj brig cmdr cdr adm pte`)

func init() {
	for w := range recog40Ranks {
		titleSeeds[w], personTitles[w], bareTitles[w] = true, true, true
	}
	titleModifiers["pol"] = true
}

// rankTitles (a recogniser pass) makes titles of the words that are
// ranks only beside another: "Gen" after a rank ("Maj Gen Ivo Reed", "Lt
// Gen", "Pol Gen"), and the Thai police's "Pol" before one ("Pol Col
// Thanakorn Srisawat"). Elsewhere "Gen" is a given name ("Gen Nakatani")
// or a generation's ("Gen Z"), and "Pol" a name.
func rankTitles(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	if !writesForm(tz, "pol") && !writesForm(tz, "gen") {
		return raw // neither word the walk marks
	}
	for k := 0; k+1 < len(toks); k++ {
		t, n := &toks[k], &toks[k+1]
		if !t.capital || !n.capital || len(t.low) < 2 || len(t.low) > 4 || n.sent != t.sent {
			continue
		}
		if t.low == "pol" && ranksBare[n.low] {
			t.class |= wcPersonTitle | wcTitleModifier
			t.nameWord = 0
		}
		if n.low == "gen" && (t.low == "maj" || t.low == "lt" || t.low == "brig" || t.low == "pol") {
			n.class |= wcPersonTitle | wcTitleSeed
			n.nameWord = 0
		}
	}
	return raw
}

// ranksBare are ranks written with no full stop, after which "Pol" is the
// police's.
var ranksBare = wordSet(`col lt gen maj capt sgt brig cpl insp supt cmdr adm pte`)
