package analysis

// maxUnnamedBeforeAside is the most words an unnamed subject before an
// aside may have (unnamedBeforeAside): a head and the phrase of where it
// works, "A senior official at the finance ministry, speaking on condition
// of anonymity, said", "A spokesman for the regional health department,
// who asked not to be named, said", are longer than six.
const maxUnnamedBeforeAside = 9
