package analysis

import "testing"

// TestHonorificNames: honorifics of many countries stay out of the names
// after them and make people of them; the words of a two-word honorific
// are titles only together.
func TestHonorificNames(t *testing.T) {
	cases := []nameCase{
		{"alhaji", []string{"Alhaji Garba Dankwami, chairman of the Tarsa traders' union, disagreed."},
			"", []string{"Garba Dankwami"}, []string{"Alhaji Garba Dankwami", "Alhaji"}},
		{"shri and smt", []string{"The party named Shri Vinod Rao Pallekar as its candidate, and Smt Kavya Ramaswamy announced it."},
			"", []string{"Vinod Rao Pallekar", "Kavya Ramaswamy"}, []string{"Shri Vinod Rao Pallekar", "Smt Kavya Ramaswamy"}},
		{"engr and hon.", []string{"Engr Tunde Okoroafor-Bello said the drains would be ready, and Hon. Chidike Anozie agreed."},
			"", []string{"Tunde Okoroafor-Bello", "Chidike Anozie"}, []string{"Engr Tunde Okoroafor-Bello", "Hon. Chidike Anozie"}},
		{"tan sri", []string{"Tan Sri Ahmad Zulkarnain bin Osman, chairman of the committee, said twelve centres were open."},
			"", []string{"Ahmad Zulkarnain bin Osman"}, []string{"Tan Sri Ahmad Zulkarnain bin Osman", "Sri Ahmad Zulkarnain bin Osman"}},
		{"menteri besar datuk seri", []string{"Menteri Besar Datuk Seri Kamaruddin Halim handed over the aid on Sunday."},
			"", []string{"Kamaruddin Halim"}, []string{"Seri Kamaruddin Halim", "Datuk Seri Kamaruddin Halim"}},
		{"dato' sri", []string{"Dato' Sri Leong Kah Wai, the local MP, said the drains were clogged."},
			"", []string{"Leong Kah Wai"}, []string{"Sri Leong Kah Wai", "Dato"}},
		{"puan sri typed a body", []string{"Puan Sri Lakshmi Ramanathan, of the Red Crescent, said volunteers were out."},
			"", []string{"Lakshmi Ramanathan"}, []string{"Puan Sri Lakshmi Ramanathan"}},
		{"engineer as a title", []string{"Town clerk Engineer Tafadzwa Mokwena said the ban would be enforced."},
			"", []string{"Tafadzwa Mokwena"}, []string{"Engineer Tafadzwa Mokwena"}},
		// the second word of a pair alone is no title, nor the first
		{"sri lanka and tan", []string{"Sri Lanka beat Pakistan, and Tan Wei Jie said the pitch was slow."},
			"", []string{"Tan Wei Jie"}, []string{"Lanka"}},
	}
	runNameCases(t, cases)
}

// TestDaughterOf: "binti", "daughter of", stands inside a woman's name as
// "bin" does inside a man's.
func TestDaughterOf(t *testing.T) {
	runNameCases(t, []nameCase{
		{"binti", []string{"Villager Siti Aminah binti Rosli, 37, said her house was under a metre of water."},
			"", []string{"Siti Aminah binti Rosli"}, []string{"Siti Aminah", "Rosli"}},
	})
}
