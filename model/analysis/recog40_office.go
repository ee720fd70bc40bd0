package analysis

// Long offices with "of" before a name. News the world over writes the
// holder of an office after the office's whole name: "Supervisor of
// Elections Maria Lopez", "Minister of State for Health Ama Boateng",
// "Director of Public Prosecutions Noordin Haji". The tagger reads the
// office's words and the name as one body ("Public Prosecutions Noordin
// Haji"), and officeName, knowing only a government's departments joined
// by "and", finds no name there. officeNameWide reads the office's words
// more widely: the words of what an office oversees (officeSubjects, the
// departments, a body's head word such as "Authority", or a word the
// article writes in lower case too and that is no given name), joined by
// "and", "&", "for", "of" or "the"; the name words after them are the
// holder's.

// officeOfHead reports whether the capitalised word at k is a title that
// an office's name follows with "of": the titles before a name
// (titleSeeds) and those of officers who seldom stand before one alone
// ("Supervisor of Elections", "Registrar of Companies").
func officeOfHead(t *token) bool {
	return t.capital && (t.in(wcTitleSeed) || officeOfHeads[t.low])
}

// officeOfHeads are titles of officers that open an office's name with
// "of", beyond titleSeeds.
var officeOfHeads = wordSet(`supervisor commissioner registrar auditor comptroller controller solicitor clerk
chair chairperson dean provost rector undersecretary under-secretary administrator coordinator ombudsman
head deputy receiver surveyor warden treasurer postmaster magistrate`)

// officeSubjects are words of what an office oversees, written with
// capitals in its name: "Public Prosecutions", "Elections", "Lands and
// Natural Resources".
var officeSubjects = wordSet(`elections election public prosecutions prosecution state health transport works
information broadcasting communications communication planning lands land water water resources mines mining
minerals natural resources fisheries tourism youth sports sport women gender children culture arts heritage
local government rural urban regional provincial cooperatives co-operatives social welfare protection
infrastructure roads highways aviation railways ports maritime shipping revenue customs immigration
citizenship internal external economic economy investment budget management personnel civil service
statistics census audit accounts records archives police prisons corrections correctional defence defense
petroleum oil gas electricity power climate forestry forests wildlife parks livestock irrigation food
science technology innovation research higher basic secondary primary schools universities digital
national religious religion endowments awqaf hajj pilgrimage diaspora relations cooperation integration
reconstruction rehabilitation relief disaster disasters emergency emergencies refugees solidarity employment
jobs skills vocational training small enterprises industries planning finance treasury companies
trademarks patents taxation taxes consumer competition insurance pensions banking monetary legal
constitutional judicial parliamentary cabinet presidency office affairs commonwealth african european
international domestic mineral medical medicines drugs narcotics anti-corruption corruption ethics
integrity human rights labour labor`)

// officeWord reports whether the capitalised word at d is a word of an
// office's name (officeNameWide).
func officeWord(tz *tokenized, d int) bool {
	t := &tz.toks[d]
	if !t.capital || !hasLetter(t.text) {
		return false
	}
	if departmentWords[t.low] || officeSubjects[t.low] || t.in(wcOrgHead) {
		return true
	}
	return tz.usedInLowerCase(t.low) && !givenLike(t.low)
}

// officeJoiners join the words of an office's name.
var officeJoiners = wordSet(`and & for of the on`)

// officeNameWide is officeName with the office read more widely (see
// above): where the name after the title at k, "of" and the office's
// words starts and ends, or two equal numbers where none follows. The
// office is one to seven words with joiners among them, none last; the
// name is the name words after it, no body's word among them and no
// capital after them.
func officeNameWide(tz *tokenized, k, end int) (int, int) {
	toks := tz.toks
	d := k + 2
	if d < end && toks[d].low == "the" {
		d++
	}
	words := 0
	for d < end && words < 7 {
		if officeWord(tz, d) {
			words++
			d++
			continue
		}
		if words > 0 && officeJoiners[toks[d].low] && d+1 < end && officeWord(tz, d+1) {
			d++
			continue
		}
		break
	}
	if words == 0 || d >= end || !toks[d].capital {
		return d, d
	}
	e := namePieces(tz, d, end)
	if e == d || e < end && toks[e].capital && hasLetter(toks[e].text) {
		return d, d
	}
	for y := d; y < e; y++ {
		if toks[y].isBodyWord() || toks[y].in(wcPersonTitle) && (y < e-1 || !toks[y].is(wkHonorific)) {
			return d, d // an honorific last is a surname: "Noordin Haji"
		}
	}
	return d, e
}

// officeNameAt is officeName, or officeNameWide where that finds none.
func officeNameAt(tz *tokenized, k, end int) (int, int) {
	if from, e := officeName(tz, k, end); e > from {
		return from, e
	}
	return officeNameWide(tz, k, end)
}

// officeNamed reports whether a name follows the office at k.
func officeNamed(tz *tokenized, k, end int) bool {
	from, e := officeNameAt(tz, k, end)
	return e > from
}
