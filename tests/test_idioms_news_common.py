"""literal-idiom on the commonest set phrases of the press (round 19): English news and sports idioms
rendered word for word into French, German, Spanish, Italian and Portuguese, French press images into
English, Arabic press images and kinship terms into the article languages. Each rendering is named, in
wordings other than the data's own examples; the same words in plain news prose (the moon, a wall, a
minister's sons, a bus stop) are not."""

from __future__ import annotations

import pytest

from tests.idiom_articles import assert_found_inside, core_findings

# (source language, article language, a paragraph with a set phrase rendered word for word, the idiom's id)
CALQUED = [
    ("en", "fr", "Le sélectionneur se disait au-dessus de la lune après le titre.", "over-the-moon"),
    ("en", "de", "„Wir sind noch nicht aus dem Wald“, sagte die Gesundheitsministerin.", "out-of-the-woods"),
    ("en", "es", "«Aún no estamos fuera del bosque», advirtió la alcaldesa.", "out-of-the-woods"),
    ("en", "pt", "«Ainda não estamos fora da floresta», avisou o autarca.", "out-of-the-woods"),
    ("en", "it", "Il sindacato chiede al governo di mettere i soldi dove è la sua bocca.", "put-money-where-mouth-is"),
    ("en", "de", "Die Regierung solle ihr Geld dahin legen, wo ihr Mund ist.", "put-money-where-mouth-is"),
    ("en", "it", "«Abbiamo tirato tutte le fermate nel secondo tempo», ha detto il tecnico.", "pull-out-all-the-stops"),
    (
        "en",
        "pt",
        "«Puxámos todas as paradas», disse o treinador, e tirou todas as paradas no fim.",
        "pull-out-all-the-stops",
    ),
    ("en", "es", "El índice subió sobre la espalda de unos buenos resultados trimestrales.", "on-the-back-of"),
    ("en", "it", "Il titolo è salito sulla schiena di una crescita delle vendite.", "on-the-back-of"),
    ("en", "pt", "A queniana rompeu a fita com dois minutos de vantagem.", "break-the-tape"),
    ("en", "it", "«È stata una chiamata ravvicinata», ha ammesso il pilota.", "close-call"),
    ("en", "de", "„Das war ein enger Anruf“, gab der Pilot zu.", "close-call"),
    ("en", "pt", "O clássico não será um passeio no parque, avisa o técnico.", "walk-in-the-park"),
    ("en", "it", "Pochi credevano che il pugile potesse andare la distanza.", "go-the-distance"),
    ("en", "es", "El portero mantuvo la hoja limpia por tercer partido seguido.", "clean-sheet"),
    ("en", "pt", "O sindicato lançou todo o seu peso por trás da candidata.", "throw-weight-behind"),
    ("en", "de", "Das Klima hat im Wahlkampf einen Rücksitz genommen.", "take-a-back-seat"),
    ("en", "es", "La presidenta fue reelegida con una victoria por deslizamiento de tierra.", "landslide-victory"),
    ("en", "it", "Nella coalizione ora sono i verdi che chiamano i colpi.", "call-the-shots"),
    ("en", "fr", "Le budget a été négocié derrière des portes fermées.", "behind-closed-doors"),
    ("en", "es", "Tras el descanso, el equipo visitante volteó las mesas.", "turn-the-tables"),
    ("en", "fr", "Elle dit avoir heurté le mur au trentième kilomètre.", "hit-the-wall"),
    ("en", "de", "„Es war ein Spiel von zwei Hälften“, sagte die Trainerin.", "game-of-two-halves"),
    ("en", "pt", "«Estou doente como um papagaio», disse o avançado.", "sick-as-a-parrot"),
    ("en", "es", "La final se decidió hasta el alambre.", "down-to-the-wire"),
    ("en", "pt", "O caso atingiu as manchetes em todo o país.", "hit-the-headlines"),
    ("en", "de", "Der Kapitän trägt sein Herz auf dem Ärmel.", "heart-on-ones-sleeve"),
    ("en", "it", "Il partito resta seduto sulla staccionata.", "sit-on-the-fence"),
    ("en", "de", "Die Mannschaft hielt ihre Nerven bis zum Elfmeterschießen.", "hold-ones-nerve"),
    ("en", "it", "A dieci minuti dalla fine la squadra sembrava a casa e asciutta.", "home-and-dry"),
    ("en", "de", "Zehn Minuten vor Schluss schienen die Gäste zu Hause und trocken.", "home-and-dry"),
    ("en", "fr", "Après cinq succès, les Lyonnais sont sur un rouleau.", "on-a-roll"),
    ("en", "es", "El informe ofrece alimento para el pensamiento a los diputados.", "food-for-thought"),
    ("en", "pt", "O turismo foi atingido por seis pela crise.", "hit-for-six"),
    ("en", "de", "Die Branche wurde von der Krise für sechs geschlagen.", "hit-for-six"),
    ("en", "it", "Il nuovo allenatore deve fermare il marciume dopo sei sconfitte.", "stop-the-rot"),
    ("en", "pt", "O novo treinador tem de travar a podridão.", "stop-the-rot"),
    ("fr", "en", "The minister will make the point on the negotiations with the unions on Friday.", "make-the-point"),
    ("fr", "en", "Once again, motorists are passing to the till.", "pass-to-the-till"),
    ("fr", "en", "Debt crossed the bar of 3,000 billion euros.", "cross-the-bar-of"),
    ("fr", "pt", "A dívida ultrapassou a barra dos 3 biliões de euros.", "cross-the-bar-of"),
    ("fr", "de", "Nach der dritten Runde hat der Herausforderer den Schwamm geworfen.", "throw-the-sponge"),
    ("fr", "pt", "Depois do terceiro assalto, o desafiante atirou a esponja.", "throw-the-sponge"),
    ("fr", "en", "Unions are pulling the alarm bell over hospital staffing.", "pull-the-alarm-bell"),
    ("fr", "es", "El Consejo pidió al Gobierno que revisara su copia.", "review-ones-copy"),
    ("fr", "en", "Half the country is making the bridge this Friday.", "make-the-bridge"),
    ("fr", "en", "The government finally made a backward march on the reform.", "backward-march"),
    ("ar", "fr", "Les inondations ont brisé le dos de la ville.", "broke-the-back-of"),
    ("ar", "es", "La ciudad empieza a sacudir el polvo de la guerra de sus hombros.", "shake-off-the-dust-of"),
    ("ar", "en", "Mosul is shaking the dust of the war off its shoulders.", "shake-off-the-dust-of"),
    ("ar", "fr", "Il a adressé les plus hauts versets de remerciements au souverain.", "the-highest-verses-of-thanks"),
    ("ar", "es", "El ministro dio las gracias a los hermanos árabes por su apoyo.", "the-arab-brothers"),
    ("ar", "en", "The minister thanked our Arab brothers for their support.", "the-arab-brothers"),
    ("ar", "fr", "Des centaines de fils de Ninive ont visité le musée restauré.", "the-sons-of-a-city"),
    ("ar", "it", "I figli di Bagdad tornano a riempire i caffè.", "the-sons-of-a-city"),
    ("ar", "fr", "Le président a mis le doigt sur la blessure de l'économie.", "hand-on-the-wound"),
]

# The phrases' words in plain news prose: nothing to report.
LITERAL = [
    # Narrowed at review: a probe over the Moon, lost hikers in a wood, two brothers who are Arab.
    ("fr", "La sonde, en orbite au-dessus de la Lune, a transmis des images de sa face cachée."),
    ("fr", "Les randonneurs égarés ne sont pas encore sortis du bois, selon les secours de Fontainebleau."),
    ("en", "The Arab brothers who run the café, Karim and Sami Haddad, said business was good."),
    ("fr", "La Lune était visible au-dessus des toits ; la sonde tourne au-dessus de sa face cachée, puis de la Lune."),
    ("en", "The moon was visible over the stadium as the players warmed up."),
    ("fr", "Les touristes ont visité le mur de Berlin ; un camion a heurté un mur."),
    ("fr", "Son coup franc a frappé le mur, puis le poteau."),
    ("es", "Los hijos del ministro estudian en Madrid."),
    ("fr", "Les fils du maire vivent à Bagdad depuis 2015."),
    ("it", "I figli del sindaco vivono a Beirut."),
    ("pt", "Os dois irmãos foram detidos; são árabes israelitas."),
    ("de", "Die beiden Brüder sind im Wald spazieren gegangen, nicht weit vom Dorf."),
    ("es", "Los niños salieron del bosque al anochecer."),
    ("it", "L'autobus fa tutte le fermate del centro."),
    ("pt", "O autocarro para em todas as paragens."),
    ("fr", "Le bus marque tous les arrêts du centre-ville."),
    ("es", "El herido estaba tumbado sobre la espalda; la victoria llegó después."),
    ("en", "The minister passed the cash to the treasurer and made a point of thanking him."),
    ("en", "She made the point that the talks on the border had failed."),
    ("en", "He threw the sponge cake in the bin."),
    ("de", "Der Schwamm lag im Becken."),
    ("en", "The engineers will make the bridge safe for traffic."),
    ("en", "The march went backwards through the old town."),
    ("it", "La ferita sulla mano del dito medio è guarita."),
    ("fr", "La poussière de la guerre recouvre encore la ville."),
    ("es", "El polvo cubría los hombros de los rescatistas."),
    ("de", "Das Gewicht des Lastwagens lag hinten; hinter der Brücke stand er still."),
    ("fr", "Un glissement de terrain a coupé la route."),
    ("it", "La curva dei tifosi ha esposto uno striscione; la palla era fuori."),
    ("pt", "A fita foi cortada pelo autarca na inauguração."),
    ("fr", "Le perroquet est tombé malade, comme un chat l'an dernier."),
    ("de", "Die Tische wurden nach dem Essen abgeräumt."),
    ("it", "Il crollo ha rotto la schiena del facchino."),
    ("fr", "Les sapeurs ont arrêté le feu ; la pourriture des poutres reste un danger."),
    ("it", "Il marciume delle radici ha colpito sei vigneti."),
    ("de", "Sechs Häuser wurden für den Abriss freigegeben; der Blitz hat eines getroffen."),
    ("es", "La casa, seca y luminosa, se vendió pronto."),
    ("pt", "A comida para o jantar chegou tarde."),
    ("de", "Seine Nerven lagen blank; sie hielt die Tür auf."),
    ("es", "Las manos de los mineros se quedaron en la herida del cerro."),
]


@pytest.mark.parametrize(
    ("source", "code", "paragraph", "idiom"), CALQUED, ids=[f"{s}-{c}-{i}" for s, c, _, i in CALQUED]
)
def test_a_common_press_phrase_rendered_word_for_word_is_named(
    source: str, code: str, paragraph: str, idiom: str
) -> None:
    assert_found_inside(source, code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), LITERAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(LITERAL)])
def test_the_same_words_in_plain_news_prose_are_silent(code: str, paragraph: str) -> None:
    _, findings = core_findings(paragraph, code)
    assert findings == []
