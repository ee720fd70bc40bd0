package analysis

// recog40Roles are roles of people that personRoles lacked, of work,
// learning, faith, law and sport as news from anywhere names them: ",
// the emergency coordinator for", "a lecturer at", "a hydrologist", and
// the positions of rugby ("Japan lock Kenji Mori", "replacement hooker
// Sione Tapu").
// They join personRoles: a name set off before one of them is a
// person's (roleApposition), and a lower-case one before a name is a
// role, not a part of the name.
var recog40Roles = wordSet(`coordinator administrator facilitator supervisor investigator negotiator mediator
shepherd lecturer scholar ecologist geologist hydrologist epidemiologist virologist physician paediatrician
pediatrician therapist counsellor counselor volunteer nun monk cleric vicar chaplain headman auditor registrar
magistrate prosecutor barrister solicitor notary musician playwright athlete sprinter footballer cricketer
wrestler hooker prop lock flanker fly-half scrum-half fullback halfback wing five-eighth loosehead tighthead`)

func init() {
	for w := range recog40Roles {
		personRoles[w] = true
	}
}
