package analysis

import "github.com/byline-reader/byline/model"

// topicPerson is the person the article is about, or -1: the person
// named most often, at least four times and half as often again as
// anyone else.
func (at *attributor) topicPerson() int {
	best, n, second := -1, 0, 0
	for ei, e := range at.a.Entities {
		if e.Type != model.Person {
			continue
		}
		switch m := len(e.Mentions); {
		case m > n:
			best, n, second = ei, m, n
		case m > second:
			second = m
		}
	}
	if n < 4 || 2*n < 3*second {
		return -1
	}
	return best
}
