package analysis

// recog40Honorifics are titles of faith, learning and standing that the
// news of South Asia, West Africa, the Gulf and South-East Asia writes
// before a name, as worldHonorifics are: "Pandit Ravi Mishra" (a Hindu
// scholar or priest), "Swami", "Acharya", the Yoruba king's "Oba", the
// Muslim scholar's and leader's "Imam", "Mufti", "Ustaz" and "Ustadh",
// Java's "Kyai", the Gulf's "Sheikha", a Buddhist monk's "Venerable", and
// the "Pastor" of Nigerian and Ghanaian church news. Before a name they
// are titles, out of it; honorificNames takes them out of the names the
// tagger ran over them.
var recog40Honorifics = wordSet(`pandit swami acharya oba imam mufti ustaz ustadh kyai kiai sheikha venerable pastor`)

func init() {
	for w := range recog40Honorifics {
		worldHonorifics[w], titleSeeds[w], personTitles[w], bareTitles[w] = true, true, true, true
	}
}
