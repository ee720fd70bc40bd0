package analysis

import "testing"

// Titles of faith, learning and standing before a name are no part of it.
func TestWorldTitlesOfFaithAndStanding(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Pandit Vikram Joshi led the prayers at the riverbank on Sunday."}, people: []string{"Vikram Joshi"}},
		{paras: []string{"Oba Adeyemi Olatunde received the delegation in his palace."}, people: []string{"Adeyemi Olatunde"}},
		{paras: []string{"The mosque was full when Imam Yusuf Adamu began to speak."}, people: []string{"Yusuf Adamu"}},
		{paras: []string{"Pastor Kofi Mensah-Darko told the congregation to stay calm."}, people: []string{"Kofi Mensah-Darko"}},
		{paras: []string{"The council named the park after the late Tamil poet Kavignar Manimaran on Friday."}, people: []string{"Manimaran"}},
	})
}

// Ranks written with no full stop, as British, Commonwealth and Asian news
// writes them, are titles; "Gen" only after another rank ("Gen" is a given
// name too), and the Thai police's "Pol" only before one.
func TestRanksWithoutFullStops(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"The suspect was held overnight, Pol Col Somsak Rattanakul, head of the district police station, told a press conference."},
			people: []string{"Somsak Rattanakul"}},
		{paras: []string{"Maj Gen Ivo Reed said the troops would stay until spring."}, people: []string{"Ivo Reed"}},
		{paras: []string{"Gen Hoshino said the drills would go on."}, people: []string{"Gen Hoshino"}},
	})
}
