package analysis

import "testing"

// Titles of faith, learning and standing before a name are no part of it.
func TestWorldTitlesOfFaithAndStanding(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Pandit Vikram Joshi led the prayers at the riverbank on Sunday."}, people: []string{"Vikram Joshi"}},
		{paras: []string{"Oba Adeyemi Olatunde received the delegation in his palace."}, people: []string{"Adeyemi Olatunde"}},
		{paras: []string{"The mosque was full when Imam Yusuf Adamu began to speak."}, people: []string{"Yusuf Adamu"}},
		{paras: []string{"Pastor Kofi Mensah-Darko told the congregation to stay calm."}, people: []string{"Kofi Mensah-Darko"}},
	})
}
