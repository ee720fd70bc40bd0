package analysis

// objectVerbs are verbs of speaking about someone or something that take
// it as their object and are not written before their subject: "“…,”
// denounced his record" goes on the sentence (X called Y “…,” denounced
// his record and left), where "“…,” said her spokesman" and "“…,” warned
// Reed" are tags. Past tenses only: the forms that follow a quotation in a
// series of the subject's verbs.
var objectVerbs = wordSet(`called labeled labelled dubbed branded termed deemed accused dismissed decried denounced
blasted praised touted mocked ridiculed slammed criticized criticised attacked invoked credited blamed condemned
scolded derided rejected faulted defended cited lambasted thanked welcomed`)
