"""The corpus pages, written in our own words after the public pages in `follows`.

Reference entries are either real works (checked while writing) or clearly fictional ones whose
addresses are on example.org. See README.md.
"""

# Real works, as they are cited on public pages (checked while writing the corpus).
HEMILA = ("Hemilä H, Fitzgerald JT, Petrus EJ, Prasad A. Zinc acetate lozenges may improve the "
          "recovery rate of common cold patients: an individual patient data meta-analysis. "
          "Open Forum Infect Dis. 2017;4(2):ofx059. doi:10.1093/ofid/ofx059")
PRASAD = ("Prasad AS. Zinc in human health: effect of zinc on immune cells. Mol Med. "
          "2008;14(5-6):353-357. doi:10.2119/2008-00033.Prasad")
LIN = ("Lin PH, Sermersheim M, Li H, Lee PHU, Steinberg SM, Ma J. Zinc in wound healing "
       "modulation. Nutrients. 2017;10(1):16. doi:10.3390/nu10010016")
MARET = ("Maret W. Zinc biochemistry: from a single zinc enzyme to a key element of life. "
         "Adv Nutr. 2013;4(1):82-91. doi:10.3945/an.112.003038")
HAASE = ("Haase H, Rink L. The immune system and the impact of zinc during aging. Immun Ageing. "
         "2009;6:9. doi:10.1186/1742-4933-6-9. PMID: 19523191")
YEE = ("Yee BE, Richards P, Sui JY, Marsch AF. Serum zinc levels and efficacy of zinc treatment "
       "in acne vulgaris: a systematic review and meta-analysis. Dermatol Ther. 2020;33(6):e14252. "
       "doi:10.1111/dth.14252. PMID: 32860489")
HARRIS = ("Harris T, Gardner F, Podany A, Kelleher SL, Doheny KK. Increased early enteral zinc "
          "intake improves weight gain in hospitalised preterm infants. Acta Paediatr. "
          "2019;108(11):1978-1984. doi:10.1111/apa.14828. PMID: 31033040")
OLEARY = ("O'Leary F, Samman S. Vitamin B12 in health and disease. Nutrients. 2010;2(3):299-316. "
          "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3257642/")
LIU = ("Liu E, Pimpin L, Shulkin M, Kranz S, Duggan CP, Mozaffarian D, Fawzi WW. Effect of zinc "
       "supplementation on growth outcomes in children under 5 years of age. Nutrients. "
       "2018;10(3):377. PMCID: PMC5872795")
FALLAH = ("Fallah A, Mohammad-Hasani A, Colagar AH. Zinc is an essential element for male "
          "fertility: a review of Zn roles in men's health, germination, sperm quality, and "
          "fertilization. J Reprod Infertil. 2018;19(2):69-81. PMCID: PMC6010824")
ZIP8 = ("Liu MJ, Bao S, Gálvez-Peralta M, Pyle CJ, Rudawsky AC, Pavlovicz RE, et al. ZIP8 "
        "regulates host defense through zinc-mediated inhibition of NF-κB. Cell Rep. "
        "2013;3(2):386-400. PMID: 23403290")
ODS_ZINC = "Office of Dietary Supplements. Zinc: Fact Sheet for Health Professionals. https://ods.od.nih.gov/factsheets/Zinc-HealthProfessional/"
ODS_D = "Office of Dietary Supplements. Vitamin D: Fact Sheet for Health Professionals. https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/"
ODS_MG = "Office of Dietary Supplements. Magnesium: Fact Sheet for Health Professionals. https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"
GR_D = "Gezondheidsraad. Evaluatie van de voedingsnormen voor vitamine D. Den Haag: Gezondheidsraad, 2012."

HAASE_PUBMED = ("Haase H, Rink L. The immune system and the impact of zinc during aging. Immun "
                "Ageing. 2009;6:9. https://pubmed.ncbi.nlm.nih.gov/19523191/")
HARRIS_PUBMED = ("Harris T, Gardner F, Podany A, Kelleher SL, Doheny KK. Increased early enteral "
                 "zinc intake improves weight gain in hospitalised preterm infants. Acta Paediatr. "
                 "2019;108(11):1978-1984. https://pubmed.ncbi.nlm.nih.gov/31033040/")

PAGES = []


def page(**kw):
    PAGES.append(kw)


# ---------------------------------------------------------------- build half (20 pages)

page(name="b01-ijzertekort", half="build", lang="nl", html=True, theme="drupal", site="gezondheidsplein.nl",
     follows="https://www.gezondheidsplein.nl/aandoeningen/ijzertekort/item39903",
     title="IJzertekort: klachten, oorzaken en wat je eraan doet", date="2022-05-17",
     pre=["Home > Gezondheid > Aandoeningen > IJzertekort"],
     meta=[("date", "Publicatie datum 17-05-2022 19:04:38"), ("b", "Leesduur: 4 min")],
     body=[
         ("p", "Een volwassen lichaam bevat een paar gram ijzer en verliest daar elke dag een klein beetje van. Raakt de voorraad op, dan maakt het lichaam minder hemoglobine aan."),
         ("hn", "In het kort"),
         ("ul", ["Je lichaam heeft ijzer nodig om zuurstof te vervoeren.", "Moeheid en een bleke huid zijn de bekendste klachten.", "Zoek altijd de oorzaak voordat je gaat aanvullen."]),
         ("h", "Welke klachten horen bij een tekort?"),
         ("p", "Veel mensen merken eerst dat ze sneller moe zijn en bij traplopen buiten adem raken. Ook duizeligheid en spierzwakte komen voor."),
         ("b", "Lees ook: Bloedarmoede bij vrouwen"),
         ("h", "Hoe ontstaat een ijzertekort?"),
         ("p", "Een tekort ontstaat door bloedverlies, een eetpatroon met weinig ijzer of een darm die ijzer slecht opneemt. Bij chronische ziekten kan het lichaam ijzer ook minder goed gebruiken."),
         ("h", "Behandeling"),
         ("p", "De huisarts stelt eerst de oorzaak vast. Daarna kunnen ijzertabletten voor een paar maanden het tekort aanvullen."),
     ],
     tail=["Terug naar het overzicht", "© 2024 Voorbeeld Gezondheid – Alle rechten voorbehouden"])

page(name="b02-zinc-weerstand", half="build", lang="nl", html=True, site="vitaminewinkel.example.org",
     follows="https://nutrigold.co.uk/blog/zinc-an-essential-nutrient-for-immunity/",
     title="Zink en je weerstand: wat zegt het onderzoek?", date="2021-02-18",
     pre=["Gratis verzending vanaf €20 | Voor 22:00 besteld, morgen in huis", "Home > Kennisbank > Mineralen"],
     meta=[("date", "Verschenen op 18/02/2021"), ("b", "Door Sanne Verbeek, orthomoleculair therapeut")],
     body=[
         ("p", "Zink is een spoorelement dat in duizenden eiwitten van het lichaam een rol speelt. Het afweersysteem is er sterk van afhankelijk [1]."),
         ("h", "Waarom zink belangrijk is voor je afweer"),
         ("p", "Al een licht tekort maakt de afweer trager en zet het immuunsysteem in een ontstekingsstand [2]. Ouderen hebben vaker te weinig zink [3]."),
         ("h", "Zink bij verkoudheid"),
         ("p", "Zuigtabletten met zinkacetaat lijken het herstel van een verkoudheid iets te versnellen, als je er op de eerste dag mee begint [4]."),
         ("b", "Bekijk ons assortiment zinksupplementen"),
         ("refs", "Bronnen", [("[1] " + MARET, True), ("[2] " + PRASAD, True), ("[3] " + HAASE_PUBMED, True), ("[4] " + HEMILA, True)]),
     ],
     tail=["Tags: zink | weerstand | mineralen", "Deel dit artikel: Facebook | WhatsApp | E-mail", "Schrijf je in voor onze nieuwsbrief"])

page(name="b03-vitamine-d-winter", half="build", lang="nl", html=True, site="natuurlijkfit.example.org",
     follows="https://www.natuurlijkpresteren.nl/blogs/supplementen/vitamine-d",
     title="Vitamine D in de winter: heb jij genoeg?", date="2026-01-27",
     pre=["Menu Zoeken Winkelwagen Inloggen"],
     meta=[("b", "Geschreven door: Jochem Smits"), ("date", "Gepubliceerd op 27 januari 2026 om 08:00"), ("b", "Tijd om te lezen 7 min")],
     body=[
         ("p", "Tussen oktober en maart staat de zon in Nederland te laag om veel vitamine D in je huid te maken. Aan het eind van de winter heeft daardoor een flink deel van de mensen een lage waarde."),
         ("h", "Wat doet vitamine D?"),
         ("p", "Vitamine D helpt het lichaam calcium op te nemen en houdt botten en spieren sterk. Het werkt in het lichaam meer als een hormoon dan als een gewone vitamine."),
         ("h", "Wie loopt meer risico?"),
         ("p", "Zeventigplussers, mensen met een donkere huid en mensen die weinig buiten komen krijgen het advies om extra vitamine D te nemen."),
         ("table", ["Groep", "Advies per dag"], [["Kinderen 0-4 jaar", "10 microgram"], ["Vrouwen 50-70 jaar", "10 microgram"], ["70-plussers", "20 microgram"]], "tab"),
         ("b", "Foto: Unsplash"),
         ("refs", "Bronnen", [(GR_D, False), (ODS_D, True)]),
     ],
     tail=["Was dit artikel nuttig? Ja / Nee", "Terug naar blog"])

page(name="b04-sleep-hygiene", half="build", lang="en", html=True, site="sleepwell.example.org",
     follows="https://livebeyondca.org/start-healing/sleep-and-rest/",
     title="Sleep and rest: simple habits that help", date="2015-03-16",
     pre=["Skip to main content", "Home > Start healing > Sleep and rest"],
     meta=[("date", "Monday, 16 March 2015 12:46 PM EDT")],
     body=[
         ("p", "A good night's sleep lowers stress hormones and leaves you with more energy the next day. Falling asleep is not always easy, but a few habits make it more likely."),
         ("h", "Three ways to rest better"),
         ("ul", ["Leave the day's problems outside the bedroom.", "Build a calm routine before bed.", "Slow down racing thoughts with a written list."]),
         ("p", "If you cannot sleep after a while, get up and read in dim light until you feel drowsy."),
         ("h", "A bedtime routine that feels easy"),
         ("p", "Set an alarm that tells you to start winding down, dim the lights and keep the same bedtime every day."),
         ("b", "Related: Progressive muscle relaxation"),
     ],
     tail=["Share on Facebook Share on Twitter Email", "Comments are closed."])

page(name="b05-magnesium-slaap", half="build", lang="nl", html=True, site="slaapinfo.example.org",
     follows="https://infovandaag.nl/feit-of-fabel-slaap-je-door-magnesium-echt-wel-beter",
     title="Feit of fabel: slaap je beter door magnesium?", date="2024-10-03",
     pre=["Gezondheid", "Slaap", "Voeding"],
     meta=[("date", "- 3 okt 2024"), ("b", "Door de redactie")],
     body=[
         ("p", "Magnesium wordt vaak verkocht als natuurlijk slaapmiddel. Een slaappsycholoog zet op een rij wat het echt doet."),
         ("h", "Wat is magnesium eigenlijk?"),
         ("p", "Het is een mineraal dat spieren en zenuwen nodig hebben. Je haalt het uit groene groenten, noten, volkoren graan en peulvruchten."),
         ("p", "De aanbevolen hoeveelheid ligt rond 300 milligram voor vrouwen en 350 milligram voor mannen."),
         ("h", "Krijgen we genoeg binnen?"),
         ("p", "Uit grote voedselpeilingen blijkt dat maar een klein deel van de Nederlanders echt te weinig binnenkrijgt. Mensen met sterke maagzuurremmers lopen meer risico."),
         ("h", "Helpt het bij slapen?"),
         ("p", "Wie geen tekort heeft, slaapt er volgens het onderzoek niet beter van. Piekeren en onregelmatige bedtijden los je er niet mee op."),
         ("refs", None, [("Bron: Voedingscentrum, www.voedingscentrum.nl", True)]),
     ],
     tail=["Lees ook:", "Waarom je 's nachts wakker wordt", "Deel dit artikel"])

page(name="b06-vitamin-c", half="build", lang="en", html=True, site="healthhub.example.org",
     follows="https://nicswell.co.uk/conditions-and-treatments/vitamins-and-minerals/vitamin-c",
     title="Vitamin C", date=None,
     pre=["HEALTH CONDITION"],
     meta=[],
     body=[
         ("p", "Vitamin C, or ascorbic acid, keeps cells healthy and helps wounds heal."),
         ("p", "Its main jobs are:"),
         ("ul", ["protecting cells", "keeping skin, blood vessels and bones in good shape", "helping wounds to heal"]),
         ("h", "Good sources of vitamin C"),
         ("p", "You find it in many fruits and vegetables, such as oranges, peppers, strawberries, broccoli and potatoes."),
         ("h", "How much vitamin C do I need?"),
         ("p", "Adults aged 19 to 64 need 40mg a day, and the body cannot store it, so it has to come from food every day."),
         ("h", "What happens if I take too much vitamin C?"),
         ("p", "More than 1,000mg a day can upset the stomach. The symptoms stop once you take less."),
     ],
     tail=["Page last reviewed: 12 March 2023", "Next review due: 12 March 2026", "Back to top"])

page(name="b07-b12-veganisten", half="build", lang="nl", html=True, site="plantaardig.example.org",
     follows="https://www.veganisme.org/informatie/voedingsstoffen/vitamine-b12/",
     title="Vitamine B12 voor wie plantaardig eet", date="2023-09-12",
     pre=["Informatie > Voedingsstoffen > Vitamine B12"],
     meta=[("date", "Bijgewerkt op 12 september 2023")],
     body=[
         ("p", "Vitamine B12 is nodig voor rode bloedcellen en een gezond zenuwstelsel. Plantaardig voedsel bevat het van nature vrijwel niet, dus wie veganistisch eet neemt een supplement [1]."),
         ("h", "Suppletieadvies per levensfase"),
         ("table", ["Levensfase", "Dagelijks", "Wekelijks"], [["6 maanden - 3 jaar", "5 µg", "n.v.t."], ["4 - 10 jaar", "25 µg", "n.v.t."], ["11 - 65 jaar", "50 µg", "2000 µg"], ["65+ jaar", "1000 µg", "n.v.t."]], "pipe"),
         ("p", "De adviezen gelden voor cyanocobalamine. Voor andere vormen zijn hogere doseringen nodig."),
         ("h", "Waarom wachten geen goed idee is"),
         ("p", "Schade aan het zenuwstelsel door een langdurig tekort kan blijvend zijn. Begin daarom meteen met aanvullen."),
         ("refs", "Bronnen", [("1. " + OLEARY, True), ("2. Voorbeeld A, Test B. Vitamine B12 bij veganisten: een fictieve peiling. Voorbeeldtijdschrift voor Voeding. 2021;4:10-15. https://example.org/b12-peiling", True)]),
     ],
     tail=["Steun ons werk: word donateur", "Nieuwsbrief ontvangen? Meld je aan"])

page(name="b08-stress-tips", half="build", lang="en", html=True, site="wellnesstips.example.org",
     follows="https://tips236.health.blog/2019/08/03/stress-management",
     title="Healthy ways to deal with stress", date="2019-08-03",
     pre=["Home | About | Contact"],
     meta=[("date", "Posted on August 3, 2019"), ("b", "by admin")],
     body=[
         ("p", "Headaches, an upset stomach and poor sleep are often signs of stress. These techniques help you take control."),
         ("hn", "Change what you can"),
         ("p", "You may not be able to leave a demanding job, but you can learn new ways of answering conflict and share out tasks at home."),
         ("hn", "Exercise regularly"),
         ("p", "Fit people tend to cope better with stress, and the drop in adrenaline after exercise helps too."),
         ("hn", "Find a friend"),
         ("p", "Support from others makes hard times easier to carry."),
         ("h", "Getting a good night's sleep"),
         ("p", "Lack of sleep makes you forgetful. Limit your time in bed, hide the clock and cut down on caffeine, nicotine and alcohol."),
     ],
     tail=["Tags: stress | sleep | wellbeing", "Leave a Reply", "Your email address will not be published. Required fields are marked *"])

page(name="b09-omega3-hart", half="build", lang="nl", html=True, theme="drupal", site="hartenvaat.example.org",
     follows="https://www.nationaljewish.org/education-training/patient-education/print-multimedia/online-materials/fish-oil-and-omega-3-fatty-acids",
     title="Visolie en omega-3-vetzuren", date="2020-03-05",
     pre=["Patiëntenvoorlichting > Voeding"],
     meta=[("date", "Geplaatst op 5 maart 2020")],
     body=[
         ("p", "Omega-3-vetzuren zijn populair om hun gunstige effecten. Ze lijken zowel gezonde mensen als mensen met hart- en vaatziekten te helpen."),
         ("h", "Hoe omega-3 het hart helpt"),
         ("p", "Ze verlagen de triglyceriden, maken het bloed iets dunner en beschermen tegen gevaarlijke hartritmes. Mogelijk remmen ze ook de opbouw van plaque."),
         ("h", "Waar zit het in?"),
         ("p", "Vette vis zoals zalm, makreel en haring is de beste bron. Twee keer per week vis eten is het advies."),
         ("b", "Print deze pagina"),
     ],
     tail=["Contact | Privacy | Disclaimer", "© 2020 Voorbeeld Hartcentrum"])

page(name="b10-slaapstoornissen", half="build", lang="nl", html=True, site="hetslaaplokaal.example.org",
     follows="https://www.hetslaaplokaal.nl/post/slaapstoornissen",
     title="Slaapstoornissen: welke soorten zijn er?", date="2025-06-10",
     pre=[],
     meta=[("b", "- Marjolein Jansen"), ("date", "- 10 jun 2025"), ("b", "- 2 min lezen")],
     body=[
         ("p", "Goed slapen is nodig om te herstellen en overdag te functioneren. Toch heeft een groot deel van de Nederlanders last van een slaapstoornis."),
         ("h", "Welke slaapstoornissen bestaan er?"),
         ("p", "De huisartsenrichtlijn deelt ze in een paar groepen in:"),
         ("table", ["Soort", "Voorbeeld", "Kenmerk"], [["Insomnie", "Moeite met doorslapen", "Drie nachten per week of vaker slecht slapen"], ["Ademhalingsstoornis", "Slaapapneu", "Luid snurken en ademstops"], ["Ritmestoornis", "Ploegendienst", "Slaap-waakritme verschoven"]], "cells"),
         ("h", "Wanneer naar de huisarts?"),
         ("p", "Als je al weken slecht slaapt en overdag niet goed functioneert, is het tijd om hulp te vragen."),
         ("faq", "Veelgestelde vragen", [("Is een slaapstoornis te genezen?", "Veel slaapstoornissen zijn goed te behandelen, vaak zonder medicijnen."), ("Helpt melatonine bij insomnie?", "Bij gewone slapeloosheid helpt melatonine weinig; bij een verschoven ritme soms wel.")]),
     ],
     tail=["Recente blogposts", "Alles bekijken", "Reacties zijn gesloten."])

page(name="b11-zinc-en", half="build", lang="en", site="nutrientnews.example.org",
     follows="https://dconnect.co.nz/nutrient-of-the-month-zinc-for-immunity-skin-health-and-libido",
     title="Nutrient of the month: zinc for immunity and skin", date="2021-11-08",
     pre=["Home > Blog > Nutrient of the month"],
     meta=[("date", "8 November 2021"), ("b", "Reading time: 5 minutes")],
     body=[
         ("p", "Zinc sits in almost every cell. It supports the immune system, helps skin heal and is needed for normal growth (1)."),
         ("h", "Zinc and immunity"),
         ("p", "Immune cells need zinc to develop and to signal to one another (2)."),
         ("h", "Zinc and skin"),
         ("p", "Wounds heal more slowly when zinc is low (3), and people with acne often have lower zinc levels in their blood (4)."),
         ("refs", "References", [("(1) " + MARET, True), ("(2) " + PRASAD, True), ("(3) " + LIN, True), ("(4) " + YEE, True), ("(5) Sandstead HH. Zinc nutrition: from discovery to global health impact. 2012.", False)]),
     ],
     tail=["Photo: Pexels", "Sign up for our newsletter", "Comments are closed."])

page(name="b12-vitamine-d-verrijking", half="build", lang="nl", site="voedingsinfo.example.org",
     follows="http://docplayer.nl/43238885-Vitamine-d-maximale-verrijkingsniveaus-voor-voedingsmiddelen-en-maximale-dagdosering-voor-supplementen.html",
     title="Verrijkte voeding: hoeveel vitamine D mag erin?", date="2013-10-14",
     pre=["Save this PDF as: WORD PNG TXT JPG", "Download"],
     meta=[("date", "Datum: 14-10-2013")],
     body=[
         ("p", "Sinds 2004 mogen fabrikanten in Nederland vitamine D aan veel meer producten toevoegen dan alleen margarine. Het ministerie stelde daarvoor een maximum vast."),
         ("h", "Waarom een maximum?"),
         ("p", "Wie veel verrijkte producten eet en daarnaast een supplement neemt, mag niet boven de veilige bovengrens uitkomen."),
         ("h", "Wat veranderde in 2012?"),
         ("p", "De Europese voedselautoriteit verhoogde de bovengrens voor vitamine D. Daardoor kon ook het maximum voor verrijking omhoog."),
         ("refs", "Literatuur", [("Voorbeeld J, Model M. Verrijking met vitamine D: een rekenvoorbeeld. Voorbeeldrapport 2013-01. https://example.org/rapport-verrijking", True), (GR_D, False)]),
     ],
     tail=["Vergelijkbare documenten", "Gerelateerde documenten"])

page(name="b13-ijzer-voeding", half="build", lang="nl", site="natuurlijkfit.example.org",
     follows="https://natuurlijkpresteren.nl/ijzer",
     title="IJzer in voeding en supplementen", date="2024-07-04",
     pre=["Blog", "Supplementen"],
     meta=[("date", "04 juli 2024"), ("b", "12 min. leestijd")],
     body=[
         ("p", "IJzer zit in voeding en in veel supplementen. Hier lees je wat het doet, hoe je een tekort herkent en welke voeding veel ijzer bevat."),
         ("h", "1 - Wat is ijzer?"),
         ("p", "IJzer is een mineraal dat nodig is om hemoglobine te maken, het eiwit dat zuurstof door het bloed vervoert."),
         ("h", "2 - Welke soorten ijzer zijn er?"),
         ("p", "Heemijzer komt uit vlees en vis en wordt goed opgenomen. Non-heemijzer komt uit planten en wordt beter opgenomen samen met vitamine C."),
         ("h", "3 - Hoeveel ijzer heb je nodig?"),
         ("table", ["Groep", "Aanbevolen per dag"], [["Mannen", "11 mg"], ["Vrouwen tot 50 jaar", "16 mg"], ["Vrouwen vanaf 50 jaar", "11 mg"]], "tab"),
         ("faq", "Veelgestelde vragen over ijzer", [("Kun je te veel ijzer binnenkrijgen?", "Ja, daarom is het verstandig een supplement alleen te nemen bij een aangetoond tekort."), ("Wanneer neem je ijzer het beste in?", "Op een lege maag met wat vitamine C, en niet samen met koffie of thee.")]),
     ],
     tail=["Gerelateerde artikelen", "Terug naar blog"])

page(name="b14-melatonin-en", half="build", lang="en", site="sleepclinic.example.org",
     follows="https://podcasts.hopkinsmedicine.org/does-melatonin-help-you-sleep/",
     title="Does melatonin help you sleep?", date="2022-01-11",
     pre=["Podcasts", "Health"],
     meta=[("date", "January 11, 2022")],
     body=[
         ("refs", "Sources", [("Example M, Sample R. Melatonin for jet lag: an invented review. Example Sleep Reports. 2020;2:4-9. https://example.org/melatonin-jet-lag", True), ("Test K. Melatonin use in adults: a made-up survey. Example Press; 2019.", False)]),
         ("p", "Melatonin is a substance the body makes itself, and it is also sold as a supplement. Most people make enough of it."),
         ("p", "For a short bout of insomnia a supplement can help for a while. Research shows people fall asleep a little faster, especially those whose body clock runs late."),
         ("p", "It can also soften jet lag and the effects of shifting work or school hours."),
         ("h", "Who should be careful"),
         ("p", "Talk to your doctor first if you have diabetes or high blood pressure, and avoid it when pregnant or breastfeeding."),
     ],
     tail=["Listen on Apple Podcasts", "Subscribe", "Print"])

page(name="b15-stress-slaap-gids", half="build", lang="en", site="mindbody.example.org",
     follows="https://www.healthtips50.com/2025/05/Wellness-Practical-Strategies-for-Stress-Management-and-Better-Sleep.html",
     title="Practical strategies for stress and better sleep", date="2025-05-14",
     pre=["Mental Wellness", "Sleep"],
     meta=[("date", "Wednesday, May 14, 2025"), ("b", "By Dr. R. Example")],
     body=[
         ("p", "Stress and sleep work on each other: little sleep makes stress harder to handle, and stress makes sleep worse."),
         ("h", "Understanding the stress-sleep connection"),
         ("p", "Several things link the two:"),
         ("ul", ["Cortisol that stays high into the evening", "A nervous system stuck in fight-or-flight", "Repetitive worrying at night"]),
         ("h", "What you can do tonight"),
         ("p", "Write down tomorrow's tasks, keep screens out of the bedroom and go to bed at the same time."),
         ("refs", "Sources", [("1. Example A, Sample B. Stress and insomnia: a made-up cohort. Example Journal of Sleep. 2024;1:1-9. https://example.org/stress-insomnia", True)]),
     ],
     tail=["Share this:", "Twitter", "Facebook", "Like this:", "Related"])

page(name="b16-vitamine-c-verkoudheid", half="build", lang="nl", site="apotheekplus.example.org",
     follows="https://careway.co.uk/focus-on-vitamin-c/",
     title="Vitamine C en verkoudheid: helpt het?", date="2023-11-20",
     pre=["Home > Advies > Vitamines"],
     meta=[("date", "20-11-2023"), ("b", "Foto: iStock")],
     body=[
         ("p", "Veel mensen nemen vitamine C om een verkoudheid te voorkomen. Bewijs dat het verkoudheid tegenhoudt is er niet, maar het kan de duur iets bekorten."),
         ("h", "Wat doet vitamine C?"),
         ("p", "Het is een antioxidant die cellen beschermt. Het lichaam heeft het ook nodig voor collageen en voor de opname van ijzer."),
         ("h", "Waar zit het in?"),
         ("ul", ["citrusfruit", "paprika", "aardbeien", "boerenkool", "broccoli"]),
         ("h", "Heb je een supplement nodig?"),
         ("p", "Wie gevarieerd eet, haalt genoeg. Rokers hebben wel wat meer nodig; vraag je apotheker om advies."),
     ],
     tail=["Lees ook: Vitamine D voor ouderen", "Terug naar het overzicht", "Cookie-instellingen"])

page(name="b17-slaapconsult", half="build", lang="nl", site="slaapzorg.example.org",
     follows="https://chronomed.nl/diagnose/hulpverleners/slaapconsult-bij-de-huisarts",
     title="Slaapconsult bij de huisarts: wat kun je verwachten?", date=None,
     pre=["Diagnose > Hulpverleners"],
     meta=[("b", "Written by"), ("b", "Taylor"), ("b", "Published")],
     body=[
         ("p", "Het is half drie en je ligt weer wakker. Veel mensen lopen te lang rond met slaapproblemen omdat ze denken dat het erbij hoort."),
         ("h", "Waarom een slaapconsult geen aanstellerij is"),
         ("p", "Een huisarts is er ook voor slaap. Slecht slapen heeft invloed op je werk, je stemming en je relaties."),
         ("h", "Welke vragen stelt de huisarts?"),
         ("ul", ["Hoe lang speelt het al?", "Heb je moeite met inslapen of doorslapen?", "Snurk je of stop je met ademen?", "Gebruik je alcohol, cafeïne of medicijnen?"]),
         ("h", "Wanneer volgt een verwijzing?"),
         ("p", "Bij signalen van slaapapneu, narcolepsie of rusteloze benen stuurt de huisarts je door naar een slaapcentrum."),
     ],
     tail=["Deel dit artikel", "Gerelateerde artikelen"])

page(name="b18-magnesium-soorten", half="build", lang="nl", site="supplementenshop.example.org",
     follows="https://zelfmaak-ideetjes.nl/overig/magnesium-voor-het-slapen-nemen-werkt-het-of-niet-ontdek-het-nu-2/164832",
     title="Magnesium en slaap: welke vorm kies je?", date="2025-03-02",
     pre=["★★★★★ 4,8 van 5 sterren op basis van 1.204 beoordelingen", "Home > Blog > Slaap"],
     meta=[("date", "2 maart 2025")],
     body=[
         ("p", "Een goede nachtrust bepaalt hoe je je overdag voelt. Magnesium krijgt steeds meer aandacht als hulpmiddel bij slecht slapen."),
         ("hn", "Hoe helpt magnesium bij slaap?"),
         ("p", "Magnesium ontspant spieren en speelt een rol in het zenuwstelsel. Wie een tekort heeft, kan daardoor onrustig slapen."),
         ("h", "Welke vorm is het beste?"),
         ("table", ["Vorm", "Opname", "Geschikt voor"], [["Bisglycinaat", "Goed", "Slaap en ontspanning"], ["Citraat", "Goed", "Algemeen gebruik"], ["Oxide", "Matig", "Stoelgang"]], "pipe"),
         ("h", "Dosering"),
         ("p", "De meeste supplementen bevatten 100 tot 300 milligram per tablet. Neem het een uur voor het slapengaan."),
         ("refs", "Bronnen", [(ODS_MG, True)]),
     ],
     tail=["Bekijk ook onze magnesiumsupplementen", "Schrijf je in voor de nieuwsbrief en ontvang 10% korting"])

page(name="b19-vitamin-d-covid", half="build", lang="en", site="council.example.org",
     follows="https://www.birmingham.gov.uk/info/50238/wellbeing_during_the_coronavirus_covid-19/2247/bhealthy/4",
     title="Vitamins", date=None,
     pre=["Key announcements", "We are carrying out site maintenance this morning. Some forms may be unavailable."],
     meta=[],
     body=[
         ("p", "Most people get the vitamins and minerals they need from a balanced diet and do not need supplements."),
         ("p", "Taking too many supplements, or taking them for too long, can do harm."),
         ("h", "Vitamin D supplement"),
         ("p", "From late March to the end of September, sunlight on the skin gives most people enough vitamin D. In autumn and winter the sun is too weak."),
         ("p", "Everyone should consider 10 micrograms of vitamin D a day during autumn and winter."),
         ("h", "Vitamin D and COVID-19"),
         ("p", "There have been reports about vitamin D and COVID-19, but there is not enough evidence that it lowers the risk."),
     ],
     tail=["Was this information helpful? Yes No", "Back to top"])

page(name="b20-zink-mannen", half="build", lang="nl", site="mannengezondheid.example.org",
     follows="https://hollandandbarrett.com/the-health-hub/vitamins-and-supplements/minerals/zinc/what-is-zinc",
     title="Wat is zink en waarom hebben mannen het nodig?", date="2024-01-18",
     pre=["Gezondheid Hub > Vitamines en supplementen > Mineralen > Zink"],
     meta=[("date", "Laatst bijgewerkt: 18 januari 2024"), ("b", "Door het Gezondheid Hub-team")],
     body=[
         ("p", "Zink helpt het afweersysteem, de huid en de vruchtbaarheid. Het lichaam kan het niet opslaan, dus je hebt het elke dag nodig."),
         ("h", "Zink en vruchtbaarheid"),
         ("p", "Zink is nodig voor gezonde zaadcellen. Een tekort hangt samen met een lagere vruchtbaarheid."),
         ("h", "Zink en afweer"),
         ("p", "Zink remt overmatige ontstekingsreacties in afweercellen."),
         ("refs", "Referenties", [("1. " + ODS_ZINC, True), ("2. " + FALLAH, True), ("3. " + ZIP8, True), ("4. " + HEMILA, True)]),
     ],
     tail=["Deze informatie vervangt geen medisch advies.", "Deel: Facebook Pinterest E-mail"])


# ---------------------------------------------------------------- build half, second part (h01-h20: held out until issue 16's second session, measured twice, then moved here)
# Not to be looked at when changing the importer.

page(name="h01-slaapproblemen-nhg", half="build", lang="nl", html=True, theme="drupal", site="richtlijnen.example.org",
     follows="https://nhg.org/standaarden/samenvatting/slaapproblemen-en-slaapmiddelen",
     title="Slaapproblemen en slaapmiddelen", date="2025-02-14",
     pre=["Home > Richtlijnen > Samenvattingen", "De richtlijnen zijn ook als webapp beschikbaar. Lees verder"],
     meta=[("date", "Datum: 14-02-2025")],
     body=[
         ("hn", "Slecht slapen"),
         ("p", "Klachten over lang wakker liggen, vaak wakker worden of te vroeg ontwaken."),
         ("hn", "Slapeloosheid (insomnie)"),
         ("p", "Drie keer per week of vaker slecht slapen, met gevolgen overdag zoals moeheid of prikkelbaarheid. Kortdurend betekent minder dan drie weken."),
         ("b", "Naar volledige tekst ›"),
         ("h", "Anamnese"),
         ("p", "Vraag naar de aard en de duur van de klachten, de gevolgen overdag en wat de patiënt zelf al heeft geprobeerd."),
         ("ul", ["weinig ontspanning", "onregelmatig slaap-waakpatroon", "alcohol, cafeïne of nicotine", "nachtelijke pijn of opvliegers"]),
         ("b", "Naar volledige tekst ›"),
     ],
     tail=["Disclaimer | Privacy | Contact", "© Voorbeeld Huisartsen Genootschap"])

page(name="h02-magnesium-nodig", half="build", lang="nl", html=True, site="welingelicht.example.org",
     follows="https://www.welingelichtekringen.nl/gezondheid/heb-je-een-magnesiumsupplement-nodig",
     title="Heb je een magnesiumsupplement nodig?", date="2025-10-01",
     pre=["Home > Gezondheid", "Tags: magnesium | supplementen | slaap"],
     meta=[("date", "01-10-2025 09:15"), ("b", "Foto: ANP")],
     body=[
         ("p", "Medisch advies komt tegenwoordig vaak van sociale media. Magnesium wordt daar aangeprezen tegen slecht slapen, moeheid en somberheid."),
         ("p", "Het mineraal speelt een rol bij honderden processen, van energie tot bloeddruk."),
         ("h", "Slaap je er beter van?"),
         ("p", "Mensen die magnesium slikken vallen in studies gemiddeld iets sneller in slaap. Of de slaap ook dieper wordt, is onduidelijk."),
         ("h", "Moet je een supplement nemen?"),
         ("p", "De meeste mensen halen genoeg uit bladgroenten, noten, peulvruchten en volkoren producten. Alcohol en stress kunnen de voorraad wel verkleinen."),
         ("b", "Lees ook: Helpt melatonine tegen een jetlag?"),
     ],
     tail=["Meer nieuws", "Reageer op dit artikel", "Deel dit artikel"])

page(name="h03-ijzergebrek-vrouwen", half="build", lang="nl", html=True, site="bloedtest.example.org",
     follows="https://www.bloedwaardentest.nl/blogs/blogpagina/ijzergebrek-de-stille-energiedief-die-we-vaak-over",
     title="IJzergebrek: de stille energievreter", date="2024-04-09",
     pre=["Winkelwagen (0)", "Blog"],
     meta=[("date", "Verschenen op 09/04/2024"), ("b", "Leesduur: 5 min")],
     body=[
         ("p", "Ben je vaak moe, snel buiten adem of valt je haar uit? Dan kan ijzergebrek de oorzaak zijn, ook als je Hb nog normaal is."),
         ("h", "Waarom ijzergebrek vaak gemist wordt"),
         ("p", "Eerst raakt de voorraad ijzer op, pas daarna daalt de hemoglobine. Wie alleen naar het Hb kijkt, ziet het tekort te laat."),
         ("h", "Wie loopt risico?"),
         ("ul", ["vrouwen met hevige menstruaties", "zwangeren en vrouwen na een bevalling", "mensen die weinig vlees eten"]),
         ("h", "Laat je ferritine meten"),
         ("table", ["Ferritine", "Betekenis"], [["onder 30 µg/L", "waarschijnlijk tekort"], ["30-50 µg/L", "grensgebied"], ["boven 50 µg/L", "meestal voldoende"]], "tab"),
         ("faq", "Veelgestelde vragen", [("Kan ik zelf ijzer gaan slikken?", "Laat eerst je bloed prikken; te veel ijzer is ook schadelijk."), ("Hoe lang duurt het voor ik me beter voel?", "Vaak een paar weken, het aanvullen van de voorraad duurt maanden.")]),
     ],
     tail=["Gratis verzending vanaf €35", "Terug naar het overzicht"])

page(name="h04-stress-five-tips", half="build", lang="en", html=True, site="healthsystem.example.org",
     follows="https://www.mayoclinichealthsystem.org/hometown-health/speaking-of-health/5-tips-to-manage-stress",
     title="5 tips to manage stress", date="2023-02-03",
     pre=["Skip to main content", "Patient Online Services Pay Bill Online Request an Appointment", "Home > Blog > Speaking of Health"],
     meta=[("date", "February 03, 2023")],
     body=[
         ("p", "Everyone feels stress now and then. Small, steady habits keep it from taking over."),
         ("h", "1. Take care of your body"),
         ("p", "Eat regular meals, move every day and keep a steady sleep schedule."),
         ("h", "2. Breathe slowly"),
         ("p", "A few minutes of slow breathing lowers your heart rate."),
         ("h", "3. Talk to someone"),
         ("p", "A friend, relative or counselor can help you see a problem from another side."),
         ("h", "4. Limit news and screens"),
         ("p", "Set a time each day when you put the phone away."),
         ("h", "5. Ask for help"),
         ("p", "If stress keeps you from work or rest, talk with your care team."),
     ],
     tail=["Recent Posts", "Uncomfortable skin conditions in kids", "Weigh benefits, risks carefully before taking off-label medication", "Featured Topics"])

page(name="h05-vitamin-c-boots", half="build", lang="en", html=True, site="pharmacy.example.org",
     follows="https://kw.boots.com/en/vitamin-c/",
     title="Vitamin C", date=None,
     pre=["Health & Pharmacy > Vitamins & Supplements"],
     meta=[],
     body=[
         ("refs", "Sources", [("1. Sample A, Example B. Vitamin C and collagen: a fictional overview. Example Journal of Nutrition. 2018;9:20-26. https://example.org/vitamin-c-collagen", True), ("2. Example Pharmacy. Scurvy: an invented patient leaflet. example.org/scurvy", True)]),
         ("p", "Vitamin C, also called ascorbic acid, dissolves in water and is found mostly in fruit and vegetables."),
         ("h", "What are the benefits of vitamin C?"),
         ("p", "The body uses it to make collagen, a protein in muscles, bones, blood vessels and skin."),
         ("h", "What does a lack of vitamin C mean?"),
         ("p", "The body cannot store it. A shortage for three months or longer can lead to scurvy. Signs include:"),
         ("ul", ["tiredness and weakness", "joint pain", "swollen, bleeding gums", "bruising easily"]),
         ("h", "What are the best vitamin C foods?"),
         ("p", "Citrus fruit, berries, kiwi, peppers, tomatoes and potatoes. Raw fruit and vegetables keep the most."),
     ],
     tail=["Shop vitamin C", "Delivery & returns", "© Example Pharmacy Ltd"])

page(name="h06-omega3-nieuws", half="build", lang="nl", html=True, site="gezondnieuws.example.org",
     follows="https://lets-talk-health.com/fish-linked-to-heart-failure-risk-omega-3-results-mixed",
     title="Vis beter voor het hart dan omega-3-capsules", date="2011-06-22",
     pre=["Nieuws > Hart en vaten"],
     meta=[("date", "Woensdag 22 juni 2011 14:30"), ("b", "Door onze redactie")],
     body=[
         ("p", "Wie zijn hart wil beschermen, kan beter vis eten dan losse omega-3-vetzuren slikken. Dat blijkt uit een studie onder ruim 20.000 artsen."),
         ("p", "Bij de capsules waren de uitkomsten wisselend, maar regelmatig vis eten hing samen met minder hartfalen."),
         ("p", "Volgens de onderzoekers past dat bij het advies van hartstichtingen om twee keer per week vis te eten."),
         ("refs", None, [("Bron: Reuters Health", False)]),
     ],
     tail=["Lees ook:", "Visolie helpt het hart misschien toch niet", "Reacties zijn gesloten."])

page(name="h07-b12-vegetariers", half="build", lang="nl", html=True, theme="drupal", site="vegetarisch.example.org",
     follows="https://www.vegetariers.nl/gezond/veelgestelde-vragen/b12",
     title="Vitamine B12 advies voor vegetariërs en veganisten", date=None,
     pre=["Home > Gezond > Veelgestelde vragen"],
     meta=[],
     body=[
         ("p", "Vitamine B12 zit van nature alleen in dierlijke producten. De meeste vegetariërs krijgen genoeg binnen via zuivel en eieren."),
         ("p", "Ons advies in het kort:"),
         ("ul", ["Eet dagelijks zuivel, kaas en eieren.", "Eet je weinig dierlijke producten, neem dan een supplement.", "Twijfel je? Laat je waarde meten bij de huisarts."]),
         ("h", "Voedingskundig advies"),
         ("p", "Volwassenen hebben volgens de aanbeveling 2,8 microgram per dag nodig. Tijdens zwangerschap en borstvoeding is dat meer."),
         ("faq", "Veelgestelde vragen", [("Zit er B12 in zeewier of algen?", "Nee, niet in een vorm die je lichaam kan gebruiken."), ("Waarom hebben B12-tabletten zo'n hoge dosering?", "Van een grote dosis neemt het lichaam maar een klein deel op."), ("Welke B12 is geschikt voor jonge kinderen?", "Een vloeibare vorm in een lage dosering, in overleg met het consultatiebureau.")]),
     ],
     tail=["Word lid", "Doneer", "Volg ons op Instagram"])

page(name="h08-melatonin-health", half="build", lang="en", html=True, site="healthmag.example.org",
     follows="https://www.health.com/condition/sleep/melatonin-and-sleep-problems-when-this-hormone-might-work-for-you",
     title="Melatonin and sleep problems: when it might work", date="2019-09-27",
     pre=["Home > Conditions > Sleep", "By Health Staff Writer", "Updated September 27, 2019"],
     meta=[],
     body=[
         ("p", "The brain makes melatonin when it gets dark, and it tells the body that night has come."),
         ("p", "When time zones or a sleep rhythm disorder upset that process, a small dose of melatonin can help reset the clock."),
         ("h", "When melatonin does not help"),
         ("p", "People who lie awake because they never feel sleepy, sometimes called hyperarousal, get little out of it."),
         ("h", "Who may benefit"),
         ("p", "Blind people and older adults, who make less melatonin, may be helped more. Large doses can make you drowsy during the day."),
     ],
     tail=["Was this page helpful?", "Thanks for your feedback!", "Newsletter Sign Up"])

page(name="h09-zinc-blog", half="build", lang="en", html=True, site="gutminds.example.org",
     follows="https://gutmindsynergy.com/zinc-trace-mineral-immunity-gut-function",
     title="Zinc: the trace mineral behind immunity and gut health", date="2024-08-19",
     pre=["Gut Health", "Minerals"],
     meta=[("date", "Aug 19, 2024 · 6 min read")],
     body=[
         ("p", "Zinc has been used by people for thousands of years, long before anyone knew it was a nutrient."),
         ("h", "A brief history"),
         ("table", ["Year", "Event"], [["1746", "Pure zinc is isolated in Germany"], ["1961", "Zinc deficiency is linked to stunted growth in people"], ["1974", "Zinc is recognised as an essential nutrient"]], "pipe"),
         ("h", "Zinc and the immune system"),
         ("p", "Zinc is needed for immune cells to develop and respond [1][2]."),
         ("h", "Zinc and children's growth"),
         ("p", "Zinc supplements give a small gain in growth in young children [3]."),
         ("refs", "References", [("[1] " + HAASE, True), ("[2] " + PRASAD, True), ("[3] " + LIU, True)]),
     ],
     tail=["About the author", "Share this article", "Comments are closed."])

page(name="h10-slaapstraat", half="build", lang="nl", html=True, site="tijdschrift.example.org",
     follows="https://tijdschriftgedragstherapie.nl/inhoud/tijdschrift_artikel/TG-2023-2-3/Slaapstraat",
     title="Slaapstraat: een slaapprogramma in de huisartspraktijk", date="2024-06-18",
     pre=["Inhoud", "Nederlands English"],
     meta=[("date", "18 juni 2024")],
     body=[
         ("h", "Samenvatting"),
         ("p", "Slaapstraat helpt huisartsen slaapproblemen eerder te herkennen en beter te behandelen. In vijf regio's is voor en na de invoering gemeten."),
         ("h", "Kernboodschappen voor de praktijk"),
         ("ul", ["Huisartsen herkennen slaapproblemen eerder.", "Er worden minder slaapmiddelen voorgeschreven.", "Cognitieve gedragstherapie voor insomnie wordt nog te weinig ingezet."]),
         ("h", "Inleiding"),
         ("p", "Slapeloosheid komt veel voor en de eerste keus is gedragstherapie, niet medicatie."),
         ("refs", "Literatuur", [("Voorbeeld, K., & Proef, L. (2022). Slaapzorg in de eerste lijn: een fictief overzicht. Voorbeeldtijdschrift, 12(3), 45-52. https://doi.org/10.5555/voorbeeld.2022.003", True), ("Model, P. (2020). Insomnie behandelen zonder pillen. Voorbeelduitgeverij. ISBN 978-0-00-000000-2", True)]),
     ],
     tail=["Download PDF", "Citeer dit artikel"])

page(name="h11-ijzertekort-womanlog", half="build", lang="nl", site="vrouwengezondheid.example.org",
     follows="https://www.womanlog.com/nl/gezondheid/ijzertekort-symptomen-behandeling-en-invloed-op-gezondheid",
     title="IJzertekort: symptomen, behandeling en gevolgen", date="2025-01-10",
     pre=["Nieuw! Log in om je gegevens te beheren.", "Deel dit artikel:"],
     meta=[("date", "10 jan 2025")],
     body=[
         ("p", "IJzertekort is wereldwijd een van de meest voorkomende voedingstekorten. Vooral jonge kinderen en vrouwen krijgen er bloedarmoede door."),
         ("h", "Wat doet ijzer in je lichaam?"),
         ("ul", ["Zuurstoftransport: ijzer zit in hemoglobine.", "Energie: ijzer is nodig in de mitochondriën.", "Spieren: myoglobine slaat zuurstof op."]),
         ("h", "Heemijzer en non-heemijzer"),
         ("p", "IJzer uit vlees wordt beter opgenomen dan ijzer uit planten. Vitamine C helpt bij de opname van plantaardig ijzer."),
         ("refs", "Bronnen", [("Wereldgezondheidsorganisatie. Anaemia. who.int", True), ("Voorbeeld S. IJzer en vermoeidheid: een fictieve studie. https://example.org/ijzer-vermoeidheid", True)]),
     ],
     tail=["Download de app", "Disclaimer: dit artikel is geen medisch advies."])

page(name="h12-magnesium-olie", half="build", lang="nl", site="vrouwenblad.example.org",
     follows="https://www.libelle.nl/actueel/sneller-in-slaap-vallen-smeer-je-voeten-dan-hiermee-in-voor-het-slapengaan~bc414395/",
     title="Sneller in slaap met magnesiumolie op je voeten?", date="2021-12-06",
     pre=["Actueel", "Gezondheid"],
     meta=[("date", "06-12-21, 20:00"), ("b", "Leestijd 2 minuten")],
     body=[
         ("p", "Op sociale media zweren mensen erbij: magnesiumolie op je voeten smeren voor het slapen. Wij zochten uit of dat zin heeft."),
         ("h", "Wat is magnesium?"),
         ("p", "Een mineraal dat je lichaam nodig heeft voor energie, spieren, hart en botten. Het staat bekend om een ontspannend effect."),
         ("h", "Verklaring voor de werking"),
         ("p", "Wetenschappelijk bewijs is er niet. Misschien komt een beetje magnesium door de huid, misschien ontspan je vooral van het masseren."),
         ("p", "Kortom: proberen kan geen kwaad."),
     ],
     tail=["Bron: Purewow", "Meer lezen?", "Schrijf je in voor onze nieuwsbrief"])

page(name="h13-b12-proveg", half="build", lang="nl", site="plantaardigleven.example.org",
     follows="https://proveg.com/nl/plantaardige-voeding-en-lifestyle/vegan-voedingsstoffen/vitamine-b12/",
     title="Vitamine B12-tekort herkennen en voorkomen", date="2018-03-21",
     pre=["Plantaardige voeding en lifestyle > Vegan voedingsstoffen"],
     meta=[("date", "21.03.2018")],
     body=[
         ("p", "Vitamine B12 is een verzamelnaam voor een groep stoffen, de cobalaminen. Alleen micro-organismen kunnen ze maken."),
         ("h", "Wat is vitamine B12?"),
         ("p", "Twee vormen zijn in het lichaam actief. Het lichaam kan andere vormen, zoals cyanocobalamine uit supplementen, daarin omzetten [1]."),
         ("h", "Symptomen van een tekort"),
         ("p", "Vermoeidheid, tintelingen in handen en voeten en geheugenproblemen kunnen op een tekort wijzen."),
         ("refs", "Bronnen", [("[1] " + OLEARY, True), ("[2] Voorbeeld Voedingsautoriteit (2006): Fictieve bovengrenzen voor vitamines. Voorbeeldrapport p.45", False)]),
     ],
     tail=["Deel deze pagina", "Terug naar boven"])

page(name="h14-fish-oil-news", half="build", lang="en", site="localnews.example.org",
     follows="http://wtvr.com/2012/09/13/fish-oil-supplements-may-not-help-the-heart/",
     title="Fish oil supplements may not help the heart", date="2012-09-13",
     pre=["ALERT: Road closed after storm damage", "News > Health"],
     meta=[("date", "Posted 5:12 PM, September 13, 2012, by Web Staff")],
     body=[
         ("p", "Fish oil is one of the best-selling supplements in the country. A new analysis suggests it may do little for the heart."),
         ("p", "Researchers combined studies with close to 70,000 people and found no clear drop in heart attacks, strokes or deaths."),
         ("p", "The work appeared in a major medical journal."),
     ],
     tail=["Filed in: Health", "Topics: fish oil, heart", "Comments are closed.", "Copyright 2012 Example Broadcasting"])

page(name="h15-stress-late-show", half="build", lang="en", site="community.example.org",
     follows="https://middlesexhealth.org/learning-center/health-tips/stressed-out-skip-the-late-show",
     title="Stressed out? Skip the late show", date="2022-11-29",
     pre=["Learning Center > Health Tips"],
     meta=[],
     body=[
         ("p", "Enough sleep helps you deal with what the day throws at you. Most adults need seven to eight hours."),
         ("p", "If you feel drowsy during the day, try these tips:"),
         ("ul", ["Don't go to bed hungry or overfull.", "Make a calm ritual, such as a warm bath.", "Keep naps short.", "Go to bed at the same time, weekends too.", "Write down worries and leave them for tomorrow."]),
         ("b", "Last Updated Nov 29, 2022"),
     ],
     tail=["Find a Doctor", "Careers", "Contact Us"])

page(name="h16-vitamins-minerals-boots", half="build", lang="en", site="pharmacy.example.org",
     follows="https://sa.boots.com/en/advice-health-vitamins-minerals/",
     title="Vitamins & minerals", date=None,
     pre=["Home > Health advice"],
     meta=[],
     body=[
         ("p", "Our bodies need small amounts of vitamins and minerals to stay healthy. Most of us get them from a balanced diet."),
         ("h", "What are vitamins & minerals?"),
         ("p", "There are thirteen essential vitamins and a larger number of essential minerals, which plants take up from the soil."),
         ("h", "Who can benefit from a supplement?"),
         ("hn", "Breastfed babies"),
         ("p", "Babies who are breastfed are usually given vitamin D drops from birth."),
         ("hn", "Children aged six months to five years"),
         ("p", "A daily supplement with vitamins A, C and D is recommended for this age group."),
         ("table", ["Group", "Supplement"], [["Breastfed babies", "Vitamin D"], ["Children 6 months - 5 years", "Vitamins A, C and D"], ["Adults in winter", "Vitamin D"]], "cells"),
     ],
     tail=["Shop vitamins", "Store locator", "Terms & conditions"])

page(name="h17-behandeltraject", half="build", lang="nl", site="slaapzorg.example.org",
     follows="https://chronomed.nl/diagnose/hulpverleners/behandeltraject-slaapstoornissen",
     title="Van slapeloze nachten naar een plan", date="2025-09-30",
     pre=["Diagnose > Hulpverleners > Behandeltraject"],
     meta=[("date", "Gepubliceerd op 30 september 2025 om 10:45")],
     body=[
         ("p", "Veel mensen wachten te lang met hulp zoeken voor slaapproblemen."),
         ("hn", "De eerste halte: huisarts of bedrijfsarts"),
         ("p", "In Nederland begint het meestal bij de huisarts. Die vraagt door over inslapen, doorslapen, snurken en medicijngebruik."),
         ("hn", "Het slaapcentrum"),
         ("p", "Bij vermoeden van slaapapneu of narcolepsie volgt een verwijzing. Daar wordt je slaap een nacht lang gemeten."),
         ("faq", "Veelgestelde vragen", [("Hoe lang duurt een behandeltraject?", "Dat verschilt; gedragstherapie voor insomnie duurt meestal zes tot acht weken."), ("Vergoedt de zorgverzekeraar het slaaponderzoek?", "Met een verwijzing valt het meestal onder de basisverzekering.")]),
     ],
     tail=["Terug naar het overzicht", "Deel dit artikel"])

page(name="h18-magnesium-alles", half="build", lang="nl", site="humannature.example.org",
     follows="https://gohumannature.com/magnesium/",
     title="Alles wat je moet weten over magnesium", date="2023-05-15",
     pre=["Shop Over ons Blog Contact"],
     meta=[("date", "Publicatie datum 15-05-2023 11:20:05")],
     body=[
         ("p", "Elke cel in je lichaam bevat magnesium. Het regelt onder meer spieren, zenuwen, bloedsuiker en bloeddruk."),
         ("b", "BREAK IT DOWN"),
         ("h", "Hoeveel heb je nodig?"),
         ("p", "Volwassenen hebben afhankelijk van leeftijd en geslacht ongeveer 310 tot 420 milligram per dag nodig [1]."),
         ("h", "Magnesiumtekort"),
         ("p", "Een tekort ontstaat door te weinig inname of verlies, bijvoorbeeld bij diabetes, langdurige diarree of veel alcohol."),
         ("h", "Supplementen"),
         ("p", "Tot 350 milligram per dag uit supplementen is voor de meeste volwassenen veilig [1]."),
         ("refs", "Bronnen", [("[1] " + ODS_MG, True), ("[2] Voorbeeld H. Magnesium en migraine: een verzonnen overzicht. Voorbeeld Neurologie. 2019;7:1-4.", False)]),
     ],
     tail=["Gratis verzending binnen NL", "Volg ons op Instagram", "© 2023 Human Nature Voorbeeld"])

page(name="h19-vitamin-c-history", half="build", lang="en", site="naturalblog.example.org",
     follows="https://hollandandbarrett.com/the-health-hub/3-reasons-need-vitamin-c",
     title="3 reasons you need vitamin C", date="2023-12-13",
     pre=["The Health Hub > Vitamins and Supplements"],
     meta=[("b", "Written by the Health Hub team"), ("date", "13 Dec 2023")],
     body=[
         ("p", "Vitamin C was first identified in the 1930s. Before then, scurvy from a lack of it could be fatal (1)."),
         ("h", "1. It supports your immune system"),
         ("p", "Vitamin C helps the immune system work normally."),
         ("h", "2. It helps you absorb iron"),
         ("p", "Iron from plants is taken up better with vitamin C in the same meal (2)."),
         ("h", "3. Your body cannot store it"),
         ("p", "Because it dissolves in water, you need some every day; adults need about 40mg (3)."),
         ("refs", "Sources", [("1. Example C. A made-up history of scurvy. Example Press; 2010.", False), ("2. Sample D, Test E. Vitamin C and iron uptake: an invented trial. https://example.org/vitc-iron", True), ("3. " + ODS_ZINC, True)]),
     ],
     tail=["Shop vitamin C", "Advice you can trust", "Comments are closed."])

page(name="h20-slapen-ntvg", half="build", lang="nl", site="artsenblad.example.org",
     follows="https://www.ntvg.nl/slapen",
     title="Slapen", date="2024-01-04",
     pre=["Artikel voor onderwijs en opleiding"],
     meta=[("b", "Abstract"), ("b", "Download PDF"), ("date", "04-01-2024")],
     body=[
         ("p", "In deze rubriek beantwoorden deskundigen vragen over een veelvoorkomend onderwerp: slaap en slaapproblemen."),
         ("b", "Schrijf je gratis in op een e-mailalert."),
         ("h", "Leerdoelen"),
         ("ul", ["Soorten slaapstoornissen herkennen.", "De juiste vragen stellen bij een slaapprobleem.", "Weten wanneer verwijzing nodig is."]),
         ("h", "Hoe vaak komen slaapproblemen voor?"),
         ("p", "Slaapproblemen komen veel voor en zijn vaak goed te behandelen, meestal in de eerste lijn."),
         ("refs", "Literatuur", [("1. " + HAASE, True), ("2. " + HARRIS_PUBMED, True)]),
     ],
     tail=["Citeer dit artikel", "Toets voor nascholing", "Maak de toets"])


# ---------------------------------------------------------------- build half, third part (h21-h40: held out in issue 16's second session, measured once, then moved here)
# Written for a fresh measurement after h01-h20 were used; not to be looked at when changing the
# importer. h21-h32 are Dutch, h33-h40 English. Real works cited here were checked while writing
# (PubMed, PMC, the journals' and agencies' own pages); all other entries are made up on purpose.

VANHUNSEL = ("van Hunsel F, van de Koppel S, van Puijenbroek E, Kant A. Vitamin B6 in health "
             "supplements and neuropathy: case series assessment of spontaneously reported cases. "
             "Drug Saf. 2018;41(9):859-869. doi:10.1007/s40264-018-0664-0")
EFSA_B6 = ("EFSA Panel on Nutrition, Novel Foods and Food Allergens (NDA). Scientific opinion on the "
           "tolerable upper intake level for vitamin B6. EFSA Journal. 2023. PMCID: PMC10189633")
LAREB_B6 = ("Bijwerkingencentrum Lareb. Nerve damage due to the use of nutritional supplements with "
            "vitamin B6. https://lareb.nl/en/news/nerve-damage-due-to-the-use-of-nutritional-supplements-with-vitamin-b6")
DRAKE = ("Drake C, Roehrs T, Shambroom J, Roth T. Caffeine effects on sleep taken 0, 3, or 6 hours "
         "before going to bed. J Clin Sleep Med. 2013;9(11):1195-1200. doi:10.5664/jcsm.3170. PMID: 24235903")
REYNOLDS = ("Reynolds A, Mann J, Cummings J, Winter N, Mete E, Te Morenga L. Carbohydrate quality and "
            "human health: a series of systematic reviews and meta-analyses. Lancet. "
            "2019;393(10170):434-445. doi:10.1016/S0140-6736(18)31809-9")
QASEEM_APA = ("Qaseem, A., Kansagara, D., Forciea, M. A., Cooke, M., & Denberg, T. D. (2016). Management "
              "of chronic insomnia disorder in adults: A clinical practice guideline from the American "
              "College of Physicians. Annals of Internal Medicine, 165(2), 125–133. "
              "https://doi.org/10.7326/M15-2175")
BROOKS = ("Brooks A, Lack L. A brief afternoon nap following nocturnal sleep restriction: which nap "
          "duration is most recuperative? Sleep. 2006;29(6):831-840.")
TIETZEL = ("Tietzel AJ, Lack LC. The short-term benefits of brief and long naps following nocturnal "
           "sleep restriction. Sleep. 2001;24(3):293-300. https://pubmed.ncbi.nlm.nih.gov/11322712/")
HE_SALT = ("He FJ, MacGregor GA. How far should salt intake be reduced? Hypertension. "
           "2003;42(6):1093-1099. http://hyper.ahajournals.org/content/42/6/1093")
GR_FOLIUM = ("Gezondheidsraad. Naar een optimaal gebruik van foliumzuur. Den Haag: Gezondheidsraad, 2008. "
             "https://www.gezondheidsraad.nl/documenten/adviezen/2008/02/21/naar-een-optimaal-gebruik-van-foliumzuur")
GR_RGV = "Gezondheidsraad. Richtlijnen goede voeding 2015. Den Haag: Gezondheidsraad, 2015."
BATH = ("Bath SC. The effect of iodine deficiency during pregnancy on child development. Proc Nutr Soc. "
        "2019.")
SCHOMBURG = ("Schomburg L. Selenium, selenoproteins and the thyroid gland: interactions in health and "
             "disease. Nat Rev Endocrinol. 2012;8(3):160-171.")
RAYMAN = "Rayman MP. Selenium and human health. Lancet. 2012;379(9822):1256-1268."
TOULIS = ("Toulis KA, Anastasilakis AD, Tzellos TG, Goulis DG, Kouvelas D. Selenium supplementation in "
          "the treatment of Hashimoto's thyroiditis: a systematic review and a meta-analysis. Thyroid. "
          "2010;20(10):1163-1173.")

page(name="h21-jodium-voeding", half="build", lang="nl", html=True, theme="joomla", site="medischmagazine.example.org",
     follows="https://medicspark.nl/magazine/waarom-is-jodium-belangrijk-in-onze-voeding-welke-invloed-heeft-het-op-het-lichaam",
     title="Waarom je lichaam jodium nodig heeft", date="2023-03-14",
     pre=["Magazine", "Gezondheid", "Voeding"],
     meta=[("b", "Bron foto: Getty images")],
     body=[
         ("p", "Jodium is een spoorelement dat je lichaam niet zelf kan maken. De schildklier heeft het nodig om hormonen te vormen die je energiehuishouding regelen. Waarom is te weinig jodium nog altijd een probleem, en wat merk je ervan?"),
         ("hn", "Wat weten we over jodium?"),
         ("p", "Het element werd in 1811 ontdekt in de as van zeewier. De naam komt van het Griekse woord voor paars, de kleur van jodiumdamp."),
         ("p", "In de bodem zit in veel streken weinig jodium, zodat ook gewassen er weinig van bevatten. Daarom wordt in Nederland jodium toegevoegd aan bakkerszout (1)."),
         ("h", "Waar zit jodium in?"),
         ("ul", ["brood met gejodeerd bakkerszout", "zeevis en schaaldieren", "melk en zuivel", "eieren"]),
         ("h", "Hoeveel jodium heb je nodig?"),
         ("table", ["Groep", "Per dag"], [["Volwassenen", "150 microgram"], ["Zwangere vrouwen", "200 microgram"], ["Vrouwen die borstvoeding geven", "200 microgram"]], "tab"),
         ("b", "Lees ook: Schildklier en vermoeidheid, hoe zit dat?"),
         ("h", "Wat gebeurt er bij een tekort?"),
         ("p", "Bij een langdurig tekort kan de schildklier opzwellen tot een krop. Tijdens de zwangerschap kan al een matig tekort de ontwikkeling van de hersenen van het kind beïnvloeden (2)."),
         ("refs", "Bronnen", [("(1) Voedingscentrum – voedingscentrum.nl", True), ("(2) " + BATH, False), ("(3) Wereldgezondheidsorganisatie – who.int", True)]),
     ],
     tail=["Gepubliceerd: 14-03-2023", "Deel dit artikel", "Facebook", "X", "WhatsApp", "© 2023 Voorbeeld Medisch Magazine"])

page(name="h22-calcium-botten", half="build", lang="nl", html=True, theme="drupal", site="voedingsnieuws.example.org",
     follows="https://nice-info.be/nutrinews/calcium-bouwsteen-van-de-botten",
     title="Calcium, de bouwsteen van je botten", date="2022-09-05",
     pre=["Nutrinews > Mineralen", "leestijd 6 min"],
     meta=[("b", "Lotte Voorbeeld, PhD"), ("b", "Voedingsonderzoeker, Voorbeeld Universiteit"), ("date", "05/09/2022")],
     body=[
         ("hn", "BEKNOPT"),
         ("ul", ["Calcium bouwt het skelet op en houdt het sterk.", "Melk en melkproducten zijn de grootste bron, maar ook groene groenten, noten en tofu leveren calcium.", "Meer dan de helft van de volwassenen haalt de gemiddelde behoefte niet."]),
         ("h", "Calcium in de voeding"),
         ("p", "Geen mineraal zit in zo'n grote hoeveelheid in ons lichaam als calcium: ruim een kilo bij een volwassene, bijna helemaal in botten en tanden (1)."),
         ("h", "Calcium voor sterke botten"),
         ("p", "Tot ongeveer dertig jaar wordt er meer bot opgebouwd dan afgebroken. Daarna draait dat om, en vanaf de overgang gaat het bij vrouwen sneller (2)."),
         ("table", ["Leeftijd", "Aanbevolen hoeveelheid per dag"], [["4-8 jaar", "700 mg"], ["9-17 jaar", "1100-1200 mg"], ["25-50 jaar", "950 mg"], ["70 jaar en ouder", "1200 mg"]], "pipe"),
         ("h", "Wie haalt te weinig?"),
         ("p", "Vooral jongeren drinken minder melk dan vroeger en halen de aanbeveling vaak niet. Wie geen zuivel gebruikt, kiest best voor verrijkte plantaardige dranken (3)."),
         ("refs", "Referenties", [("1. Voorbeeld A, Proef B. Calciumbalans bij volwassenen: een fictief overzicht. Voorbeeldtijdschrift voor Voeding. 2019;11:3-9. doi:10.5555/vtv.2019.011", True), ("2. " + GR_RGV, False), ("3. Voorbeeld C. Verrijkte sojadrank en calcium: verzonnen cijfers voor dit voorbeeld. https://example.org/sojadrank-calcium", True)]),
     ],
     tail=["Deel dit artikel:", "Print", "Schrijf je in op de nieuwsbrief", "Voorbeeld vzw – Voorbeeldstraat 1 – 1000 Brussel"])

page(name="h23-stress-burnout", half="build", lang="nl", site="gezondleven.example.org",
     follows="https://id.nl/gezond-leven/health/medisch/stress-en-burn-out-wat-is-het-verschil-en-wat-doe-je-eraan",
     title="Stress of burn-out: zo herken je het verschil", date=None,
     pre=["Voorbeeldsite logo", "© voorbeeldfoto - stock.adobe.com", "Gezond leven"],
     meta=[],
     body=[
         ("p", "Veel mensen leggen de lat hoog voor zichzelf. Wanneer is het gewone spanning en wanneer ben je te ver gegaan? Zo herken je het verschil en zo kom je er weer bovenop."),
         ("b", "In dit artikel lees je: Wat het verschil is tussen stress en burn-out | Hoe je een burn-out herkent | Hoe je herstelt"),
         ("b", "Ook interessant om te lezen: Zo plan je een week zonder overwerk"),
         ("h", "Wat is het verschil tussen stress en burn-out?"),
         ("p", "Stress is een reactie van je lichaam op wat er van je gevraagd wordt, en een beetje ervan helpt je te presteren. Het gaat mis als de spanning maandenlang blijft en je niet meer tot rust komt."),
         ("p", "Overspannenheid is de stap ervoor: de batterij is bijna leeg, maar met rust laadt hij weer op. Bij een burn-out is hij helemaal leeg en duurt het herstel veel langer."),
         ("b", "©© Voorbeeld"),
         ("b", "Drukke dag, lang gestaan en zere voeten?"),
         ("b", "Een voetmassage geeft ontspanning en rust"),
         ("h", "Hoe herken je een burn-out?"),
         ("ul", ["je bent uitgeput, ook na een weekend vrij", "je kunt je slecht concentreren en vergeet dingen", "je slaapt onrustig", "je raakt sneller geïrriteerd"]),
         ("h", "Hoe kom je ervan af?"),
         ("p", "Herstel begint met erkennen dat het niet meer gaat. Praat met je huisarts of bedrijfsarts, bouw rust en beweging in en pak het werk in kleine stappen weer op."),
     ],
     tail=["Deel dit artikel", "Lees ook", "Slaap je slecht? Dit zijn de oorzaken", "Nieuwsbrief", "Ontvang wekelijks de beste tips in je mailbox"])

page(name="h24-foliumzuur-zwanger", half="build", lang="nl", site="vitaalwinkel.example.org",
     follows="https://vitalnutrition.nl/blogs/blog/foliumzuur-folaat-tijdens-de-zwangerschap",
     title="Foliumzuur tijdens de zwangerschap: wat moet je weten?", date="2025-01-14",
     pre=["Gratis verzending vanaf €25 | Niet goed, geld terug", "groene check icon Laatste update: 14 januari 2025"],
     meta=[("b", "Geschreven door:"), ("b", "Iris Voorbeeld"), ("b", "Iris Voorbeeld Auteur & Diëtist"), ("b", "Iris Voorbeeld is diëtist en tekstschrijver en schrijft sinds 2024 voor deze webshop over voeding en supplementen."), ("b", "Lees meer"), ("b", "Zwangere vrouw houdt buik vast")],
     body=[
         ("p", "Wie zwanger wil worden, hoort al snel: slik foliumzuur. Waarom is dat, en is eten alleen niet genoeg?"),
         ("hn", "Het artikel in het kort:"),
         ("ul", ["Wat is foliumzuur?", "Waar zit het in?", "Vanaf wanneer en tot wanneer?", "Hoeveel heb je nodig?"]),
         ("h", "Wat is foliumzuur?"),
         ("p", "Foliumzuur is de vorm van vitamine B11 die in supplementen zit. In voeding heet de vitamine folaat. Het lichaam zet foliumzuur om in de actieve vorm [1]."),
         ("h", "Waar zit foliumzuur in?"),
         ("p", "Folaat zit in groene groenten, peulvruchten, volkoren brood en zuivel. Voor een zwangerschap is wat je eet alleen niet genoeg."),
         ("h", "Vanaf wanneer en tot wanneer?"),
         ("p", "Het advies is om te beginnen zodra je zwanger wilt worden, minstens vier weken voor de bevruchting, en door te gaan tot acht weken daarna. Zo is de kans op een open ruggetje kleiner [2]."),
         ("h", "Hoeveel foliumzuur heb je nodig?"),
         ("table", ["Situatie", "Advies"], [["Kinderwens", "400 microgram per dag"], ["Eerste acht weken zwangerschap", "400 microgram per dag"], ["Verhoogd risico", "hogere dosis, op voorschrift"]], "tab"),
         ("faq", "Veelgestelde vragen", [("Kan ik ook folaat nemen in plaats van foliumzuur?", "Dat kan; overleg bij twijfel met je verloskundige."), ("Moet mijn partner ook foliumzuur slikken?", "Dat is niet nodig, al kan een gevarieerd eetpatroon geen kwaad.")]),
         ("refs", "Bronnen", [("[1] Voorbeeld I, Model J. Omzetting van foliumzuur in het lichaam: een fictief overzicht. Voorbeeld Voedingsjournaal. 2020;5:8-14.", False), ("[2] " + GR_FOLIUM, True)]),
     ],
     tail=["Bekijk ons foliumzuur-assortiment", "Deel dit artikel", "Klantenservice | Verzending | Retourneren"])

page(name="h25-vitamine-b6-teveel", half="build", lang="nl", html=True, site="mensgezond.example.org",
     follows="https://mens-en-gezondheid.nl/aandoeningen/vitamine-b6-vergiftiging-symptomen-oorzaken-en-behandeling",
     title="Te veel vitamine B6: klachten, oorzaken en herstel", date="2026-02-05",
     pre=["Home » Aandoeningen » Vitamine B6-vergiftiging"],
     meta=[("date", "Last Updated on 5 februari 2026 by M. Voorbeeld")],
     body=[
         ("bl", ["Inhoud", "1 Wat is vitamine B6 eigenlijk?", "2 Hoeveel is te veel?", "3 Symptomen van een teveel", "4 Bronnen", "5 Reacties, vragen en ervaringen"]),
         ("h", "Wat is vitamine B6 eigenlijk?"),
         ("p", "Onder de naam vitamine B6 vallen een paar verwante stoffen; pyridoxine is de bekendste. Het lichaam gebruikt de vitamine voor de eiwitstofwisseling en voor de zenuwen."),
         ("p", "Uit gewone voeding krijg je zelden te veel binnen. Het risico zit in supplementen die je lang en in hoge doses slikt [1]."),
         ("h", "Hoeveel is te veel?"),
         ("p", "De Europese voedselautoriteit stelde in 2023 de veilige bovengrens voor volwassenen op 12 milligram per dag [2]. In Nederland mogen supplementen sinds oktober 2018 niet meer dan 21 milligram per dagdosis bevatten [3]."),
         ("h", "Symptomen van een teveel"),
         ("ul", ["tintelingen in handen en voeten", "een doof of branderig gevoel", "onzeker lopen", "pijn in de benen"], "-"),
         ("b", "📌 Lees verder: Wat doet vitamine B12 voor je zenuwen?"),
         ("p", "Wie stopt met het supplement, knapt meestal op. Het herstel kan wel maanden duren en is niet altijd volledig."),
         ("b", "Disclaimer: deze tekst is geen vervanging van medisch advies."),
         ("refs", "Bronnen", [("1. " + VANHUNSEL, True), ("2. " + EFSA_B6, True), ("3. " + LAREB_B6, True)]),
     ],
     tail=["Reacties, vragen en ervaringen", "Geef een reactie", "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *"])

page(name="h26-cafeine-slaap", half="build", lang="nl", site="voorbeeldlab.example.org",
     follows="https://lifelab.be/inspiratie/slaap_en_cafeine/",
     title="Slaap en cafeïne: waarom die namiddagkoffie telt", date="2024-11-12",
     pre=["Inspiratie", "Slaap"],
     meta=[("date", "dinsdag 12 november 2024, 09:30 uur"), ("b", "Leestijd: 4 minuten")],
     body=[
         ("p", "Een koffie om vier uur 's middags lijkt onschuldig: tot bedtijd duurt het nog uren. Toch liggen veel mensen 's avonds te malen of slapen ze onrustig. De oorzaak zit vaak in die ene kop."),
         ("hn", "🔬 Wat doet cafeïne in je lichaam?"),
         ("p", "Overdag stapelt zich in je hersenen adenosine op, een stof die je slaperig maakt. Cafeïne blokkeert de plekken waar adenosine zich bindt. Je voelt je fitter, terwijl je lichaam eigenlijk moe is."),
         ("hn", "⏱️ De halfwaardetijd van cafeïne"),
         ("p", "Het duurt gemiddeld vijf tot zes uur voordat de helft van de cafeïne is afgebroken. Dat betekent:"),
         ("ul", ["een cappuccino om 14 uur werkt om 20 uur nog voor de helft,", "een espresso na het avondeten zit nog volop in je bloed als je gaat slapen."], "-"),
         ("hn", "🧠 Wat zegt de wetenschap?"),
         ("p", "In een Amerikaanse studie kregen proefpersonen 400 mg cafeïne, vlak voor het slapengaan, drie uur of zes uur ervoor. Zelfs na zes uur sliepen ze gemiddeld meer dan een uur korter."),
         ("hn", "☕ Praktische tips"),
         ("ul", ["Drink je laatste koffie voor 14 uur.", "Let ook op thee, cola en energiedrank.", "Kies 's middags voor cafeïnevrij."], "-"),
         ("refs", None, [("Bron: " + DRAKE, True)]),
     ],
     tail=["Deel dit artikel", "Facebook LinkedIn E-mail", "Ontdek ook", "Hoe licht je slaapritme beïnvloedt", "Voorbeeldlab © 2024"])

page(name="h27-zout-kalium", half="build", lang="nl", html=True, theme="joomla", site="hartenleven.example.org",
     follows="https://hartpatienten.mindworkz.nl/minder-zout-maar-juist-meer-kalium",
     title="Minder zout eten, en meer kalium", date="2019-08-28",
     pre=["Home > Tips > Voeding"],
     meta=[("date", "Algemeen woensdag 28 augustus 2019")],
     body=[
         ("p", "Twee mineralen bepalen samen voor een groot deel hoe hoog je bloeddruk is: natrium en kalium. Van het eerste wil je minder, van het tweede juist meer."),
         ("p", "Dat je beter minder zout kunt eten, weet bijna iedereen. Dat kalium er net zo toe doet, wordt zelden verteld. Wie veel kalium eet, plast ook meer natrium uit, en dat verlaagt de bloeddruk."),
         ("p", "Kalium zit in groenten, fruit, peulvruchten, noten, zuivel en volkoren producten. Eet elke dag minstens 250 gram groente en twee stuks fruit. Gebruik je plastabletten of heb je een nierziekte? Overleg dan eerst met je arts of diëtist."),
         ("refs", "Bronnen:", [("Voorbeeld K, Proef H. Je hart, je leven: een fictieve gids voor hartpatiënten. Voorbeeld Uitgevers; 2019. ISBN 978-0-00-000000-2", True), (HE_SALT, True)]),
     ],
     tail=["Voor meer artikelen klik hier", "Onze zorgboeken", "Hulp en inzicht voor hartpatiënten en hun naasten", "Neem contact op", "Altijd op de hoogte blijven", "Meld je aan voor de nieuwsbrief"])

page(name="h28-powernap-duur", half="build", lang="nl", html=True, theme="ghost", site="slimvitaal.example.org", author="Redactie", tag="Slaap",
     follows="https://www.smartvitaal.nl/blog/powernap-tijd",
     title="Hoe lang moet een middagdutje duren?", date="2021-06-11",
     pre=["Blog"],
     meta=[("b", "power-nap-tijd"), ("date", "11 juni 2021")],
     body=[
         ("p", "Na de lunch even inkakken overkomt veel mensen. Een kort dutje kan je weer opladen, als je het goed timet."),
         ("h", "Wat is een powernap?"),
         ("p", "Een powernap is een kort dutje waarna je je alerter voelt. De NASA onderzocht het omdat astronauten in de ruimte te weinig slapen."),
         ("h", "Waarom een powernap?"),
         ("p", "Na een kort dutje ben je scherper, minder gespannen en werk je beter. Het vervangt geen goede nacht, maar helpt wel om de middag door te komen."),
         ("h", "De beste powernap tijd: hoe laat?"),
         ("p", "Plan je dutje tussen half twee en half vier en doe het elke dag rond hetzelfde tijdstip. Later op de middag kan je nachtrust eronder lijden."),
         ("h", "De beste powernap tijd: hoe lang?"),
         ("table", ["Duur", "Effect"], [["5 minuten", "nauwelijks verschil"], ["10 minuten", "direct fitter, ongeveer drie uur lang"], ["30 minuten", "eerst suf, daarna langer fitter"]], "cells"),
         ("p", "In een Australisch onderzoek na een korte nacht werkte een dutje van tien minuten het best [1][2]."),
         ("refs", "Bronnen", [("[1] " + BROOKS, False), ("[2] " + TIETZEL, True)]),
     ],
     tail=["Gerelateerde berichten", "Slaap je beter met een verzwaringsdeken?", "Tags: slaap, energie, powernap"])

page(name="h29-voedingsvezels", half="build", lang="nl", site="voedingsfit.example.org",
     follows="https://dfc.nl/artikelen-database/voeding/voedingsvezels/",
     title="Hoeveel voedingsvezels heb je per dag nodig?", date="2021-03-08",
     pre=["Artikelen database > Voeding"],
     meta=[("date", "Publicatie datum 08-03-2021 14:22:10"), ("b", "Door: Rob Voorbeeld")],
     body=[
         ("p", "Vezels zijn gezond, dat is bekend. Toch eet bijna niemand er genoeg van. Wie weet waar ze in zitten, kiest makkelijker."),
         ("h", "Wat zijn voedingsvezels?"),
         ("p", "Vezels zijn delen van plantaardig voedsel die de dunne darm niet verteert. In de dikke darm breken bacteriën een deel ervan af; dat levert ongeveer 2 kcal per gram op [1]."),
         ("h", "Waar zijn voedingsvezels goed voor?"),
         ("p", "Vezels helpen de stoelgang en kunnen de bloeddruk iets verlagen [2]. Wie veel vezels eet, heeft ook minder kans op hart- en vaatziekten, diabetes type 2 en darmkanker [3]."),
         ("h", "Hoeveel heb je nodig?"),
         ("table", ["Groep", "Vezels per dag"], [["Vrouwen", "30 gram"], ["Mannen", "40 gram"], ["Gemiddelde inname", "ongeveer 20 gram"]], "tab"),
         ("h", "Waar zitten voedingsvezels in?"),
         ("ul", ["volkoren brood en pasta", "peulvruchten", "groente en fruit", "noten en zaden", "aardappelen met schil"]),
         ("refs", "Referenties", [("1. " + GR_RGV, False), ("2. Voorbeeld R, Model S. Vezels en bloeddruk: een verzonnen meta-analyse. Voorbeeld J Voeding. 2018;3:12-19. doi:10.5555/vjv.2018.03", True), ("3. " + REYNOLDS, True)]),
     ],
     tail=["Deel dit artikel:", "Facebook Twitter LinkedIn", "Meer over voeding", "Terug naar de artikelen database"])

page(name="h30-selenium-schildklier", half="build", lang="nl", html=True, theme="joomla", site="schildkliervereniging.example.org",
     follows="https://schildklier.nl/dagelijks-leven/voeding/selenium/",
     title="Selenium", date="2022-02-03",
     pre=["Home > Dagelijks leven > Voeding", "Word lid en steun ons werk"],
     meta=[("date", "Verschenen op 03/02/2022")],
     body=[
         ("p", "De schildklier gebruikt het spoorelement selenium als antioxidant. Het zit in veel eten, maar hoeveel precies is lang niet altijd gemeten. Of iedereen genoeg krijgt, weten we daarom niet zeker."),
         ("p", "Volgens een aantal onderzoeken beschermt selenium tegen auto-immuunziekten van de schildklier en verlaagt het de antistoffen. Andere onderzoeken vinden dat effect niet."),
         ("hn", "Giftig"),
         ("p", "Artsen schrijven het toch zelden voor, en met reden: in hoge doses is selenium schadelijk voor onder meer huid en bloedsuiker. Wie gevarieerd eet, krijgt rond de 50 microgram per dag."),
         ("hn", "Paranoot"),
         ("p", "De paranoot is de rijkste bron, maar geen betrouwbare: de ene noot bevat veel meer dan de andere, en soms zit er in één noot al meer dan je per dag nodig hebt."),
         ("p", "Denkt u aan een tekort, of wilt u extra selenium nemen? Overleg dan eerst met uw arts."),
         ("b", "Meer lezen over Selenium op Voedingscentrum.nl"),
         ("refs", "Referenties", [(SCHOMBURG, False), (RAYMAN, False), (TOULIS, False)]),
     ],
     tail=["Was deze informatie nuttig?", "Ja Nee", "Privacyverklaring | Disclaimer | Contact"])

page(name="h31-vitamine-k", half="build", lang="nl", site="orthoweten.example.org",
     follows="https://www.orthokennis.nl/artikelen/vitamine-k-veel-meer-essentiele-functies-dan-alleen-bloedstolling",
     title="Vitamine K doet meer dan je bloed laten stollen", date="2009-01-01",
     pre=["Mogelijk gemaakt door:"],
     meta=[("date", "01-jan-2009"), ("b", "Lees hier het resumé")],
     body=[
         ("h", "Over vitamine K"),
         ("p", "Vitamine K kennen we vooral van de bloedstolling: zonder vitamine K maakt de lever te weinig stollingsfactoren. Maar de vitamine activeert ook eiwitten die calcium in het bot vastleggen en kalk uit de vaatwand houden (1,2)."),
         ("hn", "Vitamine K in voeding"),
         ("p", "Vitamine K1 zit vooral in groene bladgroenten. Vitamine K2 wordt door bacteriën gemaakt en zit in kaas, eieren en vooral in natto, een Japans product van gefermenteerde sojabonen (3)."),
         ("hn", "Wie heeft extra nodig?"),
         ("p", "Pasgeborenen krijgen extra vitamine K om bloedingen te voorkomen. Wie bloedverdunners van het type cumarine gebruikt, overlegt eerst met de trombosedienst voordat hij vitamine K gaat slikken."),
         ("refs", "Referenties", [("1. Voorbeeld P, Proef Q. Vitamine K en botdichtheid: een fictief cohort. Voorbeeld Botjournaal. 2007;2:44-50.", False), ("2. Example R. Matrix Gla protein in a made-up vascular study. Example Vascular Reports. 2008;1:1-8. https://example.org/mgp-study", True), ("3. Voorbeeld S. Natto en menachinon-7: een verzonnen analyse. https://doi.org/10.5555/natto.2006.7", True)]),
     ],
     tail=["Gerelateerde artikelen", "Vitamine D en K2: samen sterk?", "Terug naar overzicht"])

page(name="h32-ademhaling-478", half="build", lang="nl", html=True, theme="ghost", site="ademrust.example.org", author="Noor Voorbeeld", tag="Ademwerk",
     follows="https://www.holistischdromen.nl/ademhalingstechnieken/4-7-8-ademhaling-stress-slaap",
     title="🧘 De 4-7-8 ademhaling: rustig worden in vier stappen", date="2025-10-09",
     pre=["Meer weten over ademwerk en ontspanning?", "Lees verder:", "Box breathing: focus en stressbeheersing", "Ademhalingstechnieken tegen angst en paniek", "Beter slapen door ademhalingsoefeningen"],
     meta=[("date", "Gepubliceerd op 9 oktober 2025 om 07:30")],
     body=[
         ("p", "Vier tellen in, zeven vast, acht uit. Meer is het niet, en toch word je er vaak binnen een paar minuten rustiger van."),
         ("h", "Wat is de 4-7-8 ademhaling?"),
         ("p", "De techniek komt uit de yoga en werd bekend door de Amerikaanse arts Andrew Weil. Je ademt vier tellen in, houdt zeven tellen vast en ademt acht tellen uit."),
         ("h", "Zo doe je het"),
         ("ul", ["1️⃣ Adem 4 tellen in door je neus.", "2️⃣ Houd je adem 7 tellen vast.", "3️⃣ Adem 8 tellen uit door je mond, met een zacht geluid.", "4️⃣ Herhaal dit vier keer."], "none"),
         ("h", "Waarom werkt het?"),
         ("p", "De lange uitademing zet het deel van je zenuwstelsel aan dat voor rust en herstel zorgt. Je hartslag daalt en je gedachten worden stiller. Specifiek onderzoek naar deze techniek is er nog weinig."),
         ("faq", "Veelgestelde vragen", [("Hoe vaak kan ik de oefening doen?", "Twee keer per dag is een goed begin; bouw het rustig op."), ("Wat als ik duizelig word?", "Adem dan minder diep of maak de tellen korter.")]),
     ],
     tail=["Disclaimer: deze oefening vervangt geen behandeling.", "Deel dit bericht", "Vorige: Box breathing", "Volgende: Ademen bij paniek"])

page(name="h33-cbti-insomnia", half="build", lang="en", html=True, theme="ghost", site="calmtherapy.example.org", author="J. Example, LMFT", tag="Insomnia",
     follows="https://www.gthompsonpsychotherapy.com/forget-sleep-hygiene-tips-what-cbt-i-for-insomnia-really-teaches-you-about-sleep",
     title="Beyond sleep hygiene tips: what CBT-I actually teaches", date="2025-09-12",
     pre=["Home Services About Blog Contact", "Book a consultation"],
     meta=[("b", "Learn how cognitive behavioral therapy for insomnia works and why it beats quick fixes."), ("b", "INSOMNIA"), ("date", "9/12/20254 min read")],
     body=[
         ("h", "Awake at 3 a.m. again"),
         ("p", "You keep looking at the clock. In a few hours the alarm goes off, and the day ahead will run on coffee."),
         ("p", "Lavender spray, no phone in bed, no coffee after lunch: none of it helped for long. There is a treatment that does, and it needs no pills."),
         ("h", "What is CBT-I?"),
         ("p", "Cognitive behavioral therapy for insomnia is a short, structured treatment that retrains both your habits and your thinking about sleep. The American College of Physicians recommends it as the first treatment for chronic insomnia (Qaseem et al., 2016)."),
         ("h", "Why quick fixes don't work"),
         ("p", "Insomnia keeps itself going: worry about sleep keeps you awake, which gives you more to worry about. Tips ease the symptoms; CBT-I works on the cycle itself."),
         ("h", "What a course of CBT-I looks like"),
         ("ul", ["a sleep diary", "sleep restriction", "stimulus control", "working with anxious thoughts", "a plan to keep the gains"]),
         ("b", "Ready to sleep again? Book a free 15-minute call."),
         ("refs", "References", [(QASEEM_APA, True), ("Example, J. (2024). Sleep restriction without tears: A made-up workbook. Example Press.", False)]),
     ],
     tail=["Share", "Facebook", "LinkedIn", "Copy link", "© 2025 Example Psychotherapy. All rights reserved."])

page(name="h34-potassium-blood-pressure", half="build", lang="en", site="livewell.example.org",
     follows="https://www.livestrong.com/article/486193-how-much-potassium-should-you-take-to-lower-blood-pressure/",
     title="How much potassium do you need to lower blood pressure?", date="2019-03-14",
     pre=["Gold Member Badge", "You're all caught up!"],
     meta=[("b", "author image Nancy Example"), ("b", "Nancy Example began writing about health in 1990 and has edited books on diet and senior care."), ("date", "Thursday, 14 March 2019 3:20 PM EDT"), ("b", "Beans are a good source of potassium. Photo Credit: Example Stock/Getty Images")],
     body=[
         ("p", "High blood pressure often has something to do with what you eat, and with two minerals in particular. A supplement cannot fix a diet on its own."),
         ("b", "Video of the Day"),
         ("h", "Daily values of potassium"),
         ("p", "Adult women need about 2,600 mg of potassium a day and men about 3,400 mg. Few people get that much. Besides blood pressure, your body uses potassium for heart rhythm and for turning food into energy."),
         ("h", "Potassium and sodium"),
         ("p", "Sodium pushes blood pressure up and potassium pulls it down, so eating less salt matters as much as getting more potassium."),
         ("h", "Food first"),
         ("table", ["Food", "Potassium"], [["1 medium banana", "about 420 mg"], ["1/2 cup canned white beans", "about 595 mg"], ["8 oz plain nonfat yogurt", "about 579 mg"]], "pipe"),
         ("h", "When to be careful"),
         ("p", "People with kidney disease, and people taking ACE inhibitors or some diuretics, can get too much potassium. Ask your doctor before you take a supplement."),
         ("refs", "References", [("Office of Dietary Supplements: Potassium, Fact Sheet for Health Professionals", False), ("He FJ, MacGregor GA. How far should salt intake be reduced? Hypertension. 2003;42(6):1093-1099.", False), ("Example N. Potassium pills and blood pressure: an invented trial. https://example.org/potassium-trial", True)]),
     ],
     tail=["Report an Issue", "Screenshot loading...", "Advertisement"])

page(name="h35-chronic-stress-body", half="build", lang="en", html=True, theme="ghost", site="healthplan.example.org", author="Anastasia Example", tag="Blog",
     follows="https://www.medica.com/newsroom/blog/2024/07/how-chronic-stress-affects-the-body",
     title="What chronic stress does to your body", date="2024-07-22",
     pre=["X", "We use cookies to ensure you get the best experience on our website. Cookie Policy", "OK", "Blog"],
     meta=[("b", "Anastasia Example"), ("date", "2024-07-22")],
     body=[
         ("p", "Cortisol, often called the stress hormone, reaches almost every part of you."),
         ("p", "A bit of stress now and then is part of life and can even help you focus. The trouble starts when it never switches off."),
         ("p", "Stress makes the brain call for cortisol. That is useful for a day, but months of high levels wear the body down. You may notice it here:"),
         ("ul", ["Your gut: more stomach acid and slower digestion can worsen reflux and irritable bowel syndrome.", "Your weight: cortisol raises appetite.", "Your skin: eczema and psoriasis can flare.", "Your hair: more hairs go into their resting phase and fall out.", "Your heart: a faster heartbeat over long periods raises blood pressure."]),
         ("h", "Tips to manage your stress"),
         ("ul", ["Move every day, even a short walk helps.", "Keep a regular bedtime.", "Talk to someone you trust.", "Ask your doctor for help if stress does not ease."]),
     ],
     tail=["Related posts", "5 ways to get better sleep", "Is it burnout or depression?", "Example Health Plan © 2024"])

page(name="h36-calcium-supplements", half="build", lang="en", html=True, site="supplementfacts.example.org",
     follows="https://selfhacked.com/blog/calcium-101/",
     title="Calcium supplements: benefits, side effects and dosage", date=None,
     pre=["Evidence Based This post has 3 references"],
     meta=[("b", "Written by Aleksa Example, MS (Pharmacy) | Last updated:"), ("b", "Medically reviewed by"), ("b", "Ognjen Example, MD, PhD")],
     body=[
         ("p", "Calcium is needed well beyond the skeleton: muscles, nerves and the heart use it too. A supplement helps people who eat too little of it, but high doses have downsides."),
         ("h", "What is calcium?"),
         ("p", "Calcium is the most abundant mineral in the body. About 99% of it is stored in bones and teeth; the rest is needed for muscles, nerves and blood clotting [1]."),
         ("hn", "Pros"),
         ("ul", ["helps keep bones strong", "may lower blood pressure a little"]),
         ("hn", "Cons"),
         ("ul", ["can cause constipation", "may raise the risk of kidney stones", "reduces iron absorption when taken with meals"]),
         ("h", "Food sources"),
         ("p", "Dairy is the richest source. Canned fish with bones, calcium-set tofu, kale and almonds also provide calcium."),
         ("h", "Side effects"),
         ("p", "Gas and constipation are the most common complaints. Long-term use of high doses has been linked to kidney stones [2]."),
         ("h", "Dosage"),
         ("p", "Do not take more than 500 mg at once. Spread the dose over the day so more is absorbed [3]."),
         ("refs", "References", [("[1] Example A, Sample B. Where the body keeps its calcium: a made-up review. Example Journal of Bone. 2015;4:1-10. doi:10.5555/ejb.2015.4", True), ("[2] Sample C. Calcium tablets and kidney stones: an invented cohort. https://example.org/calcium-stones", True), ("[3] Test D. Splitting calcium doses: a fictional absorption study. Example Nutrition Reports. 2017;2:33-37.", False)]),
     ],
     tail=["About the Author", "Aleksa Example, MS (Pharmacy)", "Aleksa has a background in pharmacy and writes about supplements.", "Leave a Reply", "Cancel reply"])

page(name="h37-fiber-basics", half="build", lang="en", site="supportcare.example.org",
     follows="https://qandmesupport.com/living-well/nutrition/all-about-fiber",
     title="Fiber: The Basics", date=None,
     pre=["Living Well > Nutrition"],
     meta=[],
     body=[
         ("p", "Fiber does a lot for your health, and it can help with weight control as well."),
         ("hn", "WHAT IS FIBER?"),
         ("p", "Fiber is the part of plant food your body cannot digest. It travels through the gut largely intact and soaks up water, which softens stools."),
         ("hn", "HOW MUCH DO YOU NEED?"),
         ("p", "Men are advised to eat 38 grams of fiber a day and women 25 grams. Most Americans eat only about 16 grams."),
         ("hn", "HIGH-FIBER FOODS"),
         ("table", ["Food", "Serving", "Fiber"], [["Lentils, cooked", "1/2 cup", "8 g"], ["Raspberries", "1 cup", "8 g"], ["Oatmeal, cooked", "1 cup", "4 g"]], "cells"),
         ("hn", "TIPS FOR ADDING FIBER"),
         ("ul", ["Add fiber slowly to avoid gas and bloating.", "Drink plenty of water.", "Choose whole fruit over juice.", "Swap white bread for whole-grain bread."]),
     ],
     tail=["This content is for informational purposes only.", "Back to Living Well", "Privacy Policy | Terms of Use"])

page(name="h38-b12-older-adults", half="build", lang="en", site="eldercare.example.org",
     follows="https://emoha.com/blogs/nutrition/symptoms-and-causes-of-vitamin-b12",
     title="Vitamin B12 deficiency in older adults: symptoms and causes", date="2021-02-18",
     pre=["Nutrition > Vitamin B12", "18th Feb 2021", "Sources of the vitamins for seniors"],
     meta=[],
     body=[
         ("p", "As people age, some nutrients become harder to get, and vitamin B12 is a common one. The body needs it for red blood cells, nerves and DNA."),
         ("h", "What is vitamin B12?"),
         ("p", "Vitamin B12, or cobalamin, is a water-soluble vitamin made by bacteria. We get it from meat, fish, eggs, dairy and fortified foods [1]."),
         ("h", "Why older adults are at risk"),
         ("ul", ["less stomach acid, so less B12 is freed from food", "medicines that lower stomach acid or treat diabetes", "eating little meat or dairy"]),
         ("h", "Symptoms to watch for"),
         ("ul", ["tiredness and weakness", "tingling in the hands and feet", "memory problems", "a sore, swollen tongue"]),
         ("faq", "FAQs", [("Q: Can I get enough B12 from food alone?", "A: Most adults can, but many older adults absorb it poorly and may need a supplement."), ("Q: Is a blood test needed?", "A: Yes, a simple blood test shows whether your level is low.")]),
         ("refs", "References", [("1. " + OLEARY, True), ("2. Example E. Vitamin B12 in care homes: a made-up survey. Example Geriatrics. 2019;6:40-44.", False)]),
     ],
     tail=["Share this article", "Talk to our care team", "Download the app"])

page(name="h39-nap-right-way", half="build", lang="en", site="localnews.example.org",
     follows="https://www.ksl.com/article/51107008/feeling-groggy-in-the-afternoon-heres-how-to-nap-the-right-way",
     title="Groggy after lunch? How to take a nap that helps", date="2018-10-10",
     pre=["Estimated read time: Less than a minute", "This archived news story is available only for your personal, non-commercial use. Information in the story may be outdated or superseded by additional information."],
     meta=[("b", "By Example News Service"), ("date", "Posted - Oct. 10, 2018 at 9:45 a.m.")],
     body=[
         ("p", "WASHINGTON — A short sleep after lunch may make you better at your job, not just less tired, sleep experts say."),
         ("p", "Studies find that keeping a nap under half an hour gives the brain a rest and sharpens attention afterwards."),
         ("p", "Sleep much longer and you may drop into deep sleep, and wake up feeling worse."),
         ("p", "A longtime sleep researcher advises 15 to 30 minutes somewhere dark, quiet and cool. Lying still with your eyes closed helps too, he says, even if sleep never comes."),
     ],
     tail=["Related links", "Related stories", "Most recent Health stories", "Copyright © 2018 Example News. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."])

page(name="h40-iron-vegetarians", half="build", lang="en", site="cancercenter.example.org",
     follows="https://nycancer.com/blog/2016/07/07/tips-vegetarians/",
     title="How to get enough iron from your diet", date="2016-07-07",
     pre=["Blog", "Tips for Vegetarians"],
     meta=[("b", "by Jane Example, BS, RDN, CDN"), ("date", "July 7, 2016")],
     body=[
         ("refs", "Sources", [("ods.od.nih.gov", True), ("eatright.org", True)]),
         ("p", "Going meat-free means paying attention to iron, both how much you eat and how much your body takes up. Iron is needed for hemoglobin, which carries oxygen in the blood."),
         ("hn", "Two kinds of iron: heme and non-heme"),
         ("p", "Non-heme iron comes from plants, such as dark leafy greens. Only about 2% to 20% of it is absorbed."),
         ("p", "Heme iron comes from meat and poultry. About 15% to 35% of it is absorbed."),
         ("hn", "What this means for vegetarians"),
         ("p", "Eat something with vitamin C at the same meal; it can multiply the amount of plant iron you take up. Some combinations:"),
         ("ul", ["Spinach + red bell peppers", "Broccoli + tomatoes", "Black beans + cabbage"]),
     ],
     tail=["Posted in Nutrition", "← Previous post", "Next post →"])


# ---------------------------------------------------------------- build half, fourth part (h41-h60: held out in issue 16's third session, measured once, then moved here)
# Written for a fresh measurement after h21-h40 were used; not to be looked at when changing the
# importer. h41-h52 are Dutch (h43, h46, h47 and h52 after Flemish sites), h53-h60 English. Real
# works cited here were checked while writing (PubMed, PMC, the journals' own pages); all other
# entries are made up on purpose. h45, h47, h50 and h53 are saved from a WordPress site built
# with Elementor, h51, h59 and h60 from a Hugo blog with the PaperMod theme.

KREIDER = ("Kreider RB, Kalman DS, Antonio J, Ziegenfuss TN, Wildman R, Collins R, Candow DG, "
           "Kleiner SM, Almada AL, Lopez HL. International Society of Sports Nutrition position stand: "
           "safety and efficacy of creatine supplementation in exercise, sport, and medicine. J Int Soc "
           "Sports Nutr. 2017;14:18. doi:10.1186/s12970-017-0173-z")
LOPRESTI = ("Lopresti AL, Smith SJ, Malvi H, Kodgule R. An investigation into the stress-relieving and "
            "pharmacological actions of an ashwagandha (Withania somnifera) extract: a randomized, "
            "double-blind, placebo-controlled study. Medicine (Baltimore). 2019;98(37):e17186. "
            "doi:10.1097/MD.0000000000017186")
EBRAHIM = ("Ebrahim IO, Shapiro CM, Williams AJ, Fenwick PB. Alcohol and sleep I: effects on normal "
           "sleep. Alcohol Clin Exp Res. 2013. doi:10.1111/acer.12006")
LANE_UPF = ("Lane MM, Gamage E, Du S, et al. Ultra-processed food exposure and adverse health outcomes: "
            "umbrella review of epidemiological meta-analyses. BMJ 2024;384:e077310. "
            "https://doi.org/10.1136/bmj-2023-077310")

page(name="h41-vitamine-a-signalen", half="build", lang="nl", site="vitamineshop.example.org",
     follows="https://www.topvitamine.com/nl/blogs/news/vroege-tekenen-van-vitamine-a-toxiteit",
     title="Wat zijn de eerste tekenen van te veel vitamine A?", date="2025-12-05",
     pre=["What are the first signs of too much vitamin A? - Voorbeeldvitamine"],
     meta=[("date", "Dec 05, 2025Voorbeeldvitamine")],
     body=[
         ("hn", "Kort antwoord: de eerste tekenen van te veel vitamine A"),
         ("ul", ["Een overmaat ontstaat bijna altijd door pillen, zelden door gewone voeding.",
                 "Hoofdpijn, misselijkheid en een droge, schilferende huid komen vaak eerst.",
                 "Wazig zien en pijn in botten of gewrichten wijzen op een ernstiger stadium.",
                 "Zwangere vrouwen moeten extra opletten met retinol.",
                 "Tel alle bronnen bij elkaar op en overleg bij twijfel met je arts."]),
         ("h", "Inleiding"),
         ("p", "Vitamine A houdt je ogen, je afweer en je huid gezond. Je lichaam slaat het op in de lever, en juist daardoor kan een teveel zich langzaam opbouwen."),
         ("p", "Er bestaan twee vormen: kant-en-klaar retinol uit dierlijke producten en pillen, en bètacaroteen uit planten, dat het lichaam alleen omzet als het nodig is. Problemen komen vrijwel altijd van de eerste vorm."),
         ("h", "1. Wat bedoelen we met vitamine A-toxiciteit?"),
         ("p", "Artsen spreken van hypervitaminose A. Die kan plotseling ontstaan na één zeer hoge dosis, of sluipend na maandenlang net boven de veilige grens van 3000 microgram per dag."),
         ("h", "2. Signalen om op te letten"),
         ("p", "Let vooral op klachten die je niet meteen aan een vitamine zou koppelen:"),
         ("ul", ["aanhoudende hoofdpijn of duizeligheid", "weinig eetlust en een misselijk gevoel", "droge lippen en schilferende huid", "haaruitval", "gevoelige botten"]),
         ("h", "3. Wie loopt meer risico?"),
         ("p", "Kinderen hebben met hun kleinere lichaam sneller te veel binnen. Ook mensen met een leveraandoening en wie meerdere supplementen tegelijk slikt, moeten opletten."),
         ("h", "Conclusie"),
         ("p", "Stoppen met het supplement is meestal genoeg om de klachten te laten verdwijnen. Lees etiketten goed en neem niet op eigen houtje hoge doseringen."),
     ])

page(name="h42-chroom", half="build", lang="nl", site="gezondnet.example.org",
     follows="https://gezondheidsnet.nl/vitamines-en-mineralen/chroom",
     title="Chroom", date=None,
     body=[
         ("hn", "Een mineraal dat je niet kunt missen"),
         ("p", "Over chroom is nog niet zo veel bekend. Vast staat dat insuline het nodig heeft om goed te werken, zodat je bloedsuiker binnen de perken blijft. Verder doet het mee aan de verwerking van vetten."),
         ("p", "Granen met veel zemelen bevatten chroom, al is niet duidelijk hoeveel het lichaam daarvan opneemt. Goede leveranciers zijn verder biergist, volkorenbrood, groente en fruit; vlees en zuivel bevatten minder."),
         ("p", "Of een supplement de bloedsuiker verbetert bij mensen met diabetes type 2, is onderzocht maar niet bewezen."),
         ("h", "Chroomtekort"),
         ("p", "In Nederland is voor zover bekend niemand tekort aan chroom. Wie gevarieerd eet, krijgt genoeg. Vitamine C helpt bij de opname. Schadelijke effecten van te veel chroom zijn niet beschreven; als veilige bovengrens wordt 250 microgram per dag aangehouden."),
         ("refs", None, [("- Voedingscentrum", False), ("- Vitamine Informatie Bureau", False)]),
     ])

page(name="h43-cpap-slaapapneu", half="build", lang="nl", html=True, theme="drupal", site="ziekenhuis-voorbeeld.example.org",
     follows="https://www.imelda.be/zorgaanbod/medische-specialismen/pneumologie/cpap-continuous-positive-airway-pressure",
     title="CPAP: Continuous Positive Airway Pressure", date=None,
     pre=["Zorgaanbod > Medische specialismen > Pneumologie"],
     body=[
         ("h", "INLEIDING"),
         ("p", "Blijkt uit een nacht in het slaaplabo dat u het obstructief slaapapneusyndroom (OSAS) hebt, dan kan een CPAP-toestel de behandeling zijn. De afkorting staat voor een luchtdruk die de hele nacht licht positief blijft in uw luchtwegen."),
         ("p", "Soms volstaat een beugel die de onderkaak naar voren houdt. Bij overgewicht helpt afvallen vaak ook om de apneus te verminderen."),
         ("h", "BESCHRIJVING"),
         ("hn", "Hoe werkt CPAP-therapie?"),
         ("p", "In het kleine toestel zit een pomp die lucht uit de kamer aanzuigt en onder lichte druk zet. Via een slang en een masker gaat die lucht naar neus en keel. Zo kan de keel niet meer dichtvallen, stopt u niet meer met ademen en bent u overdag uitgeruster. De arts bepaalt hoe hoog de druk moet zijn."),
         ("hn", "Hoe wordt het toestel bij u geplaatst?"),
         ("p", "Na de diagnose plant het slaaplabo, via zijn secretariaat, een afspraak met u. Die dag hoeft u zich niet eerst in te schrijven: u gaat rechtstreeks naar het labo."),
         ("hn", "Uw toestel leren kennen"),
         ("p", "Op het toestel vindt u onder meer:"),
         ("ul", ["een aan/uit-knop", "een teller van de gebruiksuren", "een filter aan de luchtinlaat", "een aansluiting voor de slang naar het masker", "een RAMP-knop, waarmee de druk pas geleidelijk oploopt terwijl u inslaapt"]),
     ])

page(name="h44-probiotica", half="build", lang="nl", site="drogist.example.org",
     follows="https://www.etos.nl/advies/maag-darm/probiotica/",
     title="Probiotica", date=None,
     pre=["goed voor jou, elke dag", "Bekijk het hele assortiment", "hand met een paar probiotica-capsules"],
     body=[
         ("p", "Probiotica zijn nuttige bacteriën die je darmen en je afweer een handje kunnen helpen, bijvoorbeeld na een kuur met antibiotica. Haal je ze ook gewoon uit je eten? Kan iedereen ze gebruiken? En merk je er iets vervelends van? Hieronder lees je het."),
         ("b", "Bekijk probiotica-capsules en -poeders"),
         ("b", "Artikel bewaren"),
         ("b", "Zoek je iets specifieks? Spring dan direct naar:"),
         ("bl", ["Uitleg probiotica", "Probiotica of prebiotica", "Werking", "Bijwerkingen"]),
         ("h", "Wat zijn probiotica?"),
         ("p", "Het gaat om levende bacteriën die in een voldoende grote hoeveelheid goed zijn voor je gezondheid. Meestal zijn het lactobacillen of bifidobacteriën; ook enkele gisten werken zo."),
         ("h", "Probiotica of prebiotica: wat is het verschil?"),
         ("p", "Probiotica zijn de bacteriën zelf. Prebiotica zijn vezels waar die bacteriën van leven, zodat ze hun werk kunnen blijven doen. Je vindt beide soms samen in één product."),
         ("h", "Wat doen probiotica?"),
         ("p", "In je darmen leven nuttige en schadelijke bacteriën naast elkaar. Raakt dat evenwicht verstoord, bijvoorbeeld door antibiotica, dan kunnen de schadelijke soorten de overhand krijgen en krijg je darmklachten. Probiotica kunnen helpen het evenwicht te herstellen."),
         ("h", "Hebben probiotica bijwerkingen?"),
         ("p", "De eerste dagen kun je wat winderig zijn of een opgeblazen gevoel hebben. Heb je een verzwakte afweer, vraag dan eerst je arts om advies."),
     ])

page(name="h45-creatine", half="build", lang="nl", html=True, theme="elementor", site="vitaalsupplement.example.org", author="Bram Voorbeeld",
     follows="https://www.changinglife.nl/posts/creatine",
     title="Creatine", date="2025-03-03",
     meta=[("date", "Geschreven door Bram Voorbeeld, oprichter van Voorbeeld Vitaal. Voor het laatst bijgewerkt: 3 maart, 2025")],
     body=[
         ("p", "Creatine is een stof met stikstof die je vooral uit vlees en vis haalt. Bijna al je creatine, zo'n 95 procent, zit in je spieren, waar het snel energie levert bij korte, zware inspanning. Het kleine restje zit in de hersenen en de testes."),
         ("p", "Elke dag zet je lichaam een deel om in creatinine, dat je uitplast. Om je voorraad op peil te houden heb je dagelijks één tot drie gram nodig, deels uit je eten en deels zelf gemaakt."),
         ("h", "Wat levert creatine op bij het sporten?"),
         ("p", "Met gewone voeding zijn je spieren voor 60 tot 80 procent gevuld. Een supplement kan daar nog 20 tot 40 procent bovenop doen. Vooral bij korte, explosieve inspanningen zoals sprinten en krachttraining zie je dat terug; bij duursport lijkt het weinig uit te maken (1)."),
         ("h", "Hoeveel neem je?"),
         ("table", ["Schema", "Hoeveelheid", "Duur"], [["Oplaadfase", "20 gram per dag, verdeeld over vier porties", "5 tot 7 dagen"], ["Onderhoud", "3 tot 5 gram per dag", "zolang je wilt"], ["Zonder oplaadfase", "3 tot 5 gram per dag", "na 3 à 4 weken vol"]], "cells"),
         ("h", "Bijwerkingen"),
         ("p", "De bekendste bijwerking is een paar kilo extra op de weegschaal. Dat komt vooral door vocht dat je spieren vasthouden, niet door vet (2)."),
         ("faq", "Veelgestelde vragen", [
             ("Moet ik creatine op een vast moment innemen?", "Nee, het gaat om de dagelijkse hoeveelheid. Neem het wanneer het jou uitkomt, bijvoorbeeld bij een maaltijd."),
             ("Is creatine slecht voor je nieren?", "Bij gezonde mensen zijn in onderzoek geen nadelige effecten op de nieren gevonden. Heb je een nierziekte, overleg dan eerst met je arts."),
         ]),
         ("refs", "Bronnen", [("1. " + KREIDER, True), ("2. Voorbeeld B, Proef C. Creatine en lichaamsgewicht: een fictieve studie voor dit voorbeeld. Tijdschr Voorbeeldsport. 2021;4:12-18. doi:10.5555/tvs.2021.004", True)]),
     ])

page(name="h46-ploegendienst", half="build", lang="nl", site="gezondheidsportaal.example.org",
     follows="http://www.gezondheid.be/index.cfm?fuseaction=art&art_id=5331",
     title="Slaaptips bij werken in ploegen", date="2023-06-14",
     meta=[("b", "nieuws"), ("date", "woensdag 14-juni-2023")],
     body=[
         ("p", "Licht stuurt onze biologische klok, en net die raakt van slag door wisselende diensten. Fel licht op het juiste moment en vaste tijden om te eten en te slapen helpen om het ritme zo goed mogelijk te bewaren. Draai de diensten bij voorkeur mee met de klok: van vroeg naar laat naar nacht. Korte reeksen van drie à vier dagen zijn makkelijker dan lange reeksen van een week."),
         ("hn", "Nachtdienst"),
         ("ul", ["Overdag slaap je gemiddeld twee uur korter dan 's nachts, en minder diep.",
                 "Een dutje in de vroege avond, voor je vertrekt, houdt je langer alert.",
                 "Maak je slaapkamer donker, stil en koel; oordopjes helpen tegen lawaai van buiten.",
                 "Mik op minstens zes uur slaap per etmaal, dutjes meegerekend.",
                 "Drink de laatste vier uur voor het slapengaan geen koffie meer.",
                 "Tussen 2 en 5 uur 's nachts is de slaapdruk het hoogst: zoek dan afwisseling en collega's op.",
                 "Zet op weg naar huis een zonnebril op, zodat het ochtendlicht je minder wakker maakt."], "•"),
         ("hn", "Vroege dienst"),
         ("ul", ["Ga op tijd naar bed, ook al is het buiten nog licht.", "Eet 's avonds licht en niet te laat."], "•"),
     ])

page(name="h47-eiwit-ouderen", half="build", lang="nl", html=True, theme="elementor", site="voedingsadvies-senioren.example.org",
     follows="https://vladio.be/faqwd/waarom-zijn-eiwitten-belangrijk-voor-ouderen/",
     title="Waarom hebben ouderen extra eiwit nodig?", date=None,
     body=[
         ("p", "Met het ouder worden gaan spiermassa en spierkracht langzaam achteruit. In een kwetsbare periode, zoals tijdens een opname in het ziekenhuis, kan dat ineens hard gaan. We spreken dan van sarcopenie. Gericht advies over eiwit en beweging kan het verlies afremmen."),
         ("p", "Bij sarcopenie zakken spiermassa, kracht en het dagelijks functioneren onder een kritische grens, terwijl het vet gelijk blijft of zelfs toeneemt. Op de weegschaal zie je daardoor vaak niets."),
         ("p", "De gevolgen merk je wel: moeite met aankleden, minder goed ter been en vaker vallen. Spieren zijn bovendien een reserve: na een ziekte herstel je beter als je er genoeg van hebt."),
         ("p", "Ondervoeding versterkt het probleem. Minder trek, misselijkheid en ongewild afvallen zijn waarschuwingstekens."),
         ("p", "Eiwit uit eieren, zuivel, kaas en vlees bevat alle aminozuren die de spier nodig heeft en wordt vlot opgenomen. Verdeel het over de maaltijden en combineer het met bewegen."),
     ])

page(name="h48-blauw-licht", half="build", lang="nl", site="dagblad.example.org",
     follows="https://www.metronieuws.nl/lifestyle/fit-gezond/2025/08/blauw-licht-effect-slaap/",
     title="Houdt het blauwe licht van je telefoon je echt uit je slaap?", date=None,
     pre=["Deel dit artikel: Share Mail Pin"],
     body=[
         ("p", "Lang was het advies simpel: leg je telefoon weg voor het slapen, want het blauwe licht remt melatonine, het hormoon dat je slaperig maakt. Maar onderzoekers zijn daar inmiddels minder stellig over."),
         ("p", "Volgens een recente peiling slaapt ongeveer de helft van de Nederlanders slecht, en laat op een scherm kijken wordt vaak als reden genoemd. Een Amerikaanse hoogleraar psychiatrie zei onlangs tegen een grote krant dat het verband minder duidelijk is dan gedacht."),
         ("h", "Wat laat het onderzoek zien?"),
         ("p", "Veel studies zijn oud of klein, stelt zij. Dat blauw licht de aanmaak van melatonine remt, betekent nog niet dat je er slechter van slaapt. Een Nederlandse chronobioloog wees er in een tv-programma op dat een telefoonscherm te weinig licht geeft om melatonine echt tegen te houden; een laptop kan dat wel."),
         ("h", "Wat speelt er nog meer mee?"),
         ("p", "Hoe lang je kijkt, hoe fel het scherm staat en wat je precies doet, maken allemaal verschil. Een spannende serie of een ruzie in de groepsapp houdt je eerder wakker dan het licht zelf."),
     ])

page(name="h49-tekorten-herkennen", half="build", lang="nl", site="thuistest.example.org",
     follows="https://www.homediq.com/nl/tekorten-vitamine-en-mineralentekorten/",
     title="Tekorten: zo herken je een gebrek aan vitamines en mineralen", date="2024-04-24",
     pre=["Vitaminen en mineralen"],
     meta=[("b", "Geschreven door"), ("b", "Sofie Voorbeeld"), ("date", "24 april, 2024"),
           ("b", "Medisch gecontroleerd artikel Alle VOORBEELDLAB artikelen worden nagelezen door medische specialisten")],
     body=[
         ("p", "Een tekort ontstaat als je lichaam te weinig van een vitamine of mineraal krijgt om zijn werk te doen. Je wordt er moe en slap van, en op den duur kunnen bloedarmoede, broze botten of een zwakke afweer volgen. Omdat de klachten vaag zijn, worden ze makkelijk gemist. Hier lees je welke signalen bij de bekendste tekorten horen."),
         ("b", "Ben je vaak moe zonder aanwijsbare reden? Met de tekortentest van Voorbeeldlab check je thuis hoe je ervoor staat."),
         ("b", "Inhoudsopgave"),
         ("h", "Welke tekorten komen het vaakst voor?"),
         ("p", "Welke tekorten je ziet, hangt af van waar je woont, wat je eet en hoe je leeft. De belangrijkste op een rij, van vaak naar minder vaak:"),
         ("table", ["Vitamine/mineraal", "Waarvoor nodig"], [["Vitamine D", "opname van calcium, sterke botten, afweer"], ["IJzer", "zuurstoftransport in het bloed"], ["Vitamine B12", "rode bloedcellen en zenuwen"], ["Jodium", "schildklierhormoon"]], "glued"),
         ("refs", None, [("Bron: NIH, 2024", False)]),
         ("h", "Hoe merk je een tekort op tijd?"),
         ("p", "Let op klachten die weken blijven: moeheid, kramp, tintelingen, haaruitval of steeds weer verkouden zijn. Een bloedtest geeft uitsluitsel."),
         ("h", "Wat kun je doen bij een tekort?"),
         ("p", "Pas eerst je voeding aan. Is dat niet genoeg, dan kan een supplement helpen, liefst na overleg met je huisarts."),
     ])

page(name="h50-choline-zwanger", half="build", lang="nl", html=True, theme="elementor", site="kruidenvitaal.example.org", author="Redactie",
     follows="https://www.vitakruid.nl/blog/het-belang-van-choline-tijdens-en-na-de-zwangerschap",
     title="Choline: waarom het telt tijdens en na je zwangerschap", date="2025-02-14",
     pre=["Vraag vrijblijvend advies aan", "Doe de Voedingstest", "groen vinkje Laatste update: 14 februari 2025"],
     body=[
         ("p", "Bij voeding en zwangerschap denkt bijna iedereen eerst aan foliumzuur. Nieuwer onderzoek zet een andere stof in de schijnwerpers die minstens zo belangrijk lijkt: choline. Wat is het, en wat betekent het voor moeder en kind?"),
         ("b", "Lees verder onder de afbeelding"),
         ("b", "Onderwerpen in dit artikel"),
         ("bl", ["• Uitleg over choline", "• Functies in het lichaam", "• Bronnen in de voeding", "• Zwanger en borstvoeding", "• Samenvatting"]),
         ("h", "Wat is choline?"),
         ("p", "Choline lost op in water en lijkt op de B-vitamines; soms heet het vitamine B4. Omdat de lever zelf een beetje aanmaakt, is het officieel geen vitamine.1 Die eigen aanmaak is meestal te klein, dus voeding moet de rest leveren. Pasgeboren baby's maken nog niets zelf."),
         ("p", "Voor volwassenen geldt 400 milligram per dag. Tijdens de zwangerschap adviseert de Europese voedselautoriteit 480 mg, bij borstvoeding 520 mg.2"),
         ("h", "Waarvoor heeft je lichaam choline nodig?"),
         ("p", "Het helpt bij de vetstofwisseling, het onderhoud van celwanden en de aanmaak van een stof die zenuwen gebruiken om signalen door te geven.3"),
         ("h", "In welke voeding zit choline?"),
         ("p", "Eidooiers, lever, vlees, vis en peulvruchten zijn goede bronnen. Eén ei levert al een flink deel van wat je per dag nodig hebt."),
         ("h", "Choline rond zwangerschap en borstvoeding"),
         ("p", "De baby haalt choline via de placenta en later via de moedermelk bij de moeder weg. Zo kan haar eigen voorraad slinken, juist als de hersenen van het kind zich snel ontwikkelen."),
         ("h", "Tot slot"),
         ("p", "Eet gevarieerd met genoeg eieren en peulvruchten, en kijk of je zwangerschapsvitamine choline bevat."),
         ("refs", "Bronnen", [("1. Voorbeeld A. Choline als halfvitamine: een verzonnen overzicht. Voorbeeldtijdschr Voeding. 2020;3:1-9. doi:10.5555/vtv.2020.003", True),
                              ("2. Voorbeeld B, Proef C. Fictieve voedingsnormen voor choline. https://example.org/choline-normen", True),
                              ("3. Voorbeeld D. Choline en zenuwcellen (fictief). Voorbeeldblad. 2018;7:44-50.", False)]),
     ])

page(name="h51-mindfulness-stress", half="build", lang="nl", html=True, theme="papermod", site="rustighoofd.example.org", author="Marieke Voorbeeld",
     tags=["mindfulness", "stress", "ademhaling"], toc=True,
     follows="https://mindfuldoorhetleven.nl/mindfulness-tegen-stress-3-manieren-om-je-hoofd-tot-rust-te-brengen/",
     title="Rust in je hoofd: drie mindfulness-oefeningen bij stress", date="2025-02-09",
     meta=[("date", "9 februari 2025 · 4 min · Marieke Voorbeeld")],
     body=[
         ("p", "Herken je dat? Je gedachten blijven maar draaien, je schouders zitten bij je oren en je lijf staat de hele dag aan. Een tijdje kun je het negeren, maar het komt altijd terug, vaak harder dan eerst."),
         ("p", "Mindfulness leert je niet om het denken stil te zetten; dat lukt niemand. Je leert wel om anders met je gedachten om te gaan: je merkt ze op en laat ze gaan, zonder er meteen in mee te gaan."),
         ("p", "Hieronder drie oefeningen. Kijk zelf welke bij je past; wat bij een ander werkt, hoeft voor jou niet te werken."),
         ("h", "1. Eén minuut ademruimte"),
         ("p", "Stress trekt je aandacht naar alles wat nog moet. Een minuut bewust ademen haalt je terug naar nu. Probeer het meteen:"),
         ("ol", ["Ga ergens zitten waar je even niet gestoord wordt.", "Zet een timer op één minuut.", "Volg je adem, zonder hem te veranderen.", "Dwaal je af, breng je aandacht dan vriendelijk terug."]),
         ("h", "2. Voel je voeten"),
         ("p", "Richt je aandacht op de plek waar je voeten de grond raken. Het is een klein anker dat je overal kunt gebruiken, ook in een vergadering."),
         ("h", "3. Benoem wat je voelt"),
         ("p", "Zeg in gedachten wat er is: spanning, onrust, boosheid. Alleen al het benoemen geeft een beetje afstand."),
     ])

page(name="h52-koper", half="build", lang="nl", site="voedingskennis.example.org",
     follows="https://www.flandersfood.com/nl/artikel/2016/09/15/nog-een-reden-om-chocolade-te-eten-koper",
     title="Een excuus voor een stukje chocolade: koper", date="2016-09-15",
     meta=[("date", "Publicatiedatum: 15 september 2016")],
     body=[
         ("p", "Dit spoorelement helpt heel wat enzymen aan het werk en krijgt zelden de aandacht die het verdient. Toch kunnen sommige groepen er te weinig van krijgen, terwijl de oplossing best lekker is."),
         ("h", "Onderschat belang"),
         ("p", "Weinig mensen maken zich zorgen over hun koper, en velen denken zelfs dat het een giftig metaal is. Het lichaam gebruikt het echter om rode bloedcellen te maken, ijzer op te nemen en zuurstof over te dragen. Ook voor botten, kraakbeen en bindweefsel is het nodig, net als voor de afweer en voor het wegvangen van vrije radicalen."),
         ("h", "Soms te weinig, bijna nooit te veel"),
         ("p", "Een tekort geeft vooral bloedarmoede en moeheid, maar ook minder witte bloedcellen, zwakkere botten bij jonge kinderen en zenuwklachten."),
         ("p", "Volwassen vrouwen hebben ongeveer 1,2 mg per dag nodig, mannen 1,7 mg. Gezonde volwassenen komen zelden tekort; te vroeg geboren baby's, ouderen die slecht eten en mensen na een maagoperatie wel. Pure chocolade, noten en volkoren granen zijn goede bronnen."),
     ])

page(name="h53-ashwagandha-cortisol", half="build", lang="en", html=True, theme="elementor", site="labclinic.example.org", author="Dana Example, ND",
     follows="https://www.rupahealth.com/post/ashwagandha-benefits",
     title="Ashwagandha Benefits: What It Does to Cortisol, Plus Practical Tips", date="2024-04-12",
     pre=["Herbal Medicine Fact Sheets", "|", "April 12, 2024"],
     meta=[("b", "Medically Reviewed by"), ("b", "Updated On"), ("b", "September 26, 2024")],
     body=[
         ("p", "Ayurvedic healers have used ashwagandha for some three thousand years, and it is more popular now than ever. Its best-known claim is that it eases stress by lowering the stress hormone cortisol. (1"),
         ("b", "[signup]"),
         ("h", "Ashwagandha: An Overview"),
         ("p", "The plant, Withania somnifera, also goes by Indian ginseng and winter cherry. It is counted among the adaptogens, herbs thought to help the body cope with stress. Most of its effects seem to run through the hormonal axis that links the brain and the adrenal glands. (2"),
         ("h", "Traditional Use"),
         ("p", "Old Ayurvedic texts treat the root as a tonic for strength and long life. Healers also gave it for a long list of complaints, including:"),
         ("ul", ["poor sleep", "joint pain", "digestive upsets", "low mood"]),
         ("h", "What the Research Says About Cortisol"),
         ("p", "In a 60-day trial, sixty stressed but healthy adults took a standardized extract (240 mg a day) or a dummy pill. Morning cortisol fell more in the ashwagandha group, and anxiety scores dropped as well. (3"),
         ("h", "Practical Tips"),
         ("ul", ["Give it six to eight weeks before judging the effect.", "Choose an extract that states its withanolide content.", "Skip it during pregnancy and check with your clinician if you have a thyroid condition."]),
         ("refs", "References", [("1. Example A, Sample B. Adaptogens in daily practice: a made-up review. J Example Herbal Med. 2022;5:10-19. doi:10.5555/jehm.2022.005", True),
                                 ("2. Example C. The stress axis explained (fictional). https://example.org/stress-axis", True),
                                 ("3. " + LOPRESTI, True)]),
     ])

page(name="h54-alcohol-rem-sleep", half="build", lang="en", html=True, site="sciencewire.example.org",
     follows="http://www.redorbit.com/news/health/1112769178/drink-before-bedtime-disrupts-dream-time-012313/",
     title="A Nightcap May Cost You Your Dream Sleep", date="2013-01-23",
     meta=[("date", "January 23, 2013"), ("b", "Jane Example for - Example Science Online")],
     body=[
         ("p", "A drink before bed may help you drop off sooner, but sleep researchers say it does your night no favours."),
         ("p", "Specialists at a London sleep clinic went through every study they could find on what alcohol does to the sleep of healthy people. Their verdict: it throws the normal sleep cycle off balance and eats into REM sleep, the stage in which we dream."),
         ("p", "Over a night we switch between REM and non-REM sleep in cycles of about ninety minutes. Alcohol helps people nod off sooner and deepens sleep early in the night, the team found, but REM sleep arrives later and there is less of it overall. Drinking regularly can also lead to insomnia."),
         ("p", "The journal Alcoholism: Clinical & Experimental Research will carry the review in April 2013; it is already available online."),
         ("p", "\"Even a short spell of drinking does not make sleep better, whatever many people believe,\" the clinic's medical director said."),
         ("refs", None, [("Source: " + EBRAHIM, True)]),
     ])

page(name="h55-jet-lag-melatonin", half="build", lang="en", site="askanything.example.org",
     follows="https://experts123.com/q/can-melatonin-reduce-let-lag.html",
     title="Can melatonin cut down on jet lag?", date=None,
     body=[
         ("p", "Flying east means you need to fall asleep and wake up earlier than you are used to; flying west means staying up and sleeping in later. For a few days after crossing several time zones, most people are drowsy by day and wide awake at night."),
         ("p", "Taken at the right moment, melatonin may help the body clock catch up sooner. The timing matters more than anything: a dose at the wrong hour can push your clock the wrong way, so you could land in Paris with a body that thinks it is in Hawaii."),
         ("p", "Doses and schedules are still being studied, but jet lag is where melatonin has been tested best, and because travellers use small doses for only a few days it is probably one of its safer uses. The usual aim is to sleep during the normal night-time hours of the place you arrive."),
     ])

page(name="h56-manganese", half="build", lang="en", site="communityweekly.example.org",
     follows="https://theweeklychallenger.com/manganese-rich-sources/",
     title="Where to find manganese in your diet", date=None,
     body=[
         ("p", "Manganese helps build bone and is part of many enzymes that handle protein, cholesterol and carbohydrates."),
         ("p", "In the United States most dietary manganese comes from whole grains, with tea in second place. Sweet potatoes, spinach, beans and pineapple add to it as well."),
         ("table", ["Drink (one cup)", "Manganese"], [["Green tea", "about 0.41 to 1.58 mg"], ["Black tea", "about 0.18 to 0.77 mg"]], "tab"),
         ("p", "Because the mineral is found in so many foods, nobody has been shown to fall short from diet alone. Volunteers who were deliberately given too little developed skin rashes and unusually low cholesterol."),
         ("p", "Food has never been known to cause manganese poisoning. Breathing in manganese dust at work is a different matter: it can damage the nervous system and cause tremor and trouble walking that resemble Parkinson's disease."),
     ])

page(name="h57-hydration-older-adults", half="build", lang="en", html=True, theme="ghost", site="agingwell.example.org", author="Example Aging Services", tag="Blog",
     follows="https://missoulaagingservices.org/news-events/blog-pages/stay-hydrated-and-healthy.html",
     title="Why Drinking Enough Matters More as We Get Older", date="2023-08-15",
     pre=["Skip to main content", "August 15, 2023"],
     body=[
         ("p", "Getting enough fluid every day is one of the simplest ways to stay well, and it becomes more important with age. A common rule of thumb is about one cup for each 20 pounds of body weight (six to eight glasses a day), and more when it is hot."),
         ("p", "Some medicines make you lose fluid, so ask your doctor whether yours do."),
         ("p", "Thirst fades as we age, and getting up for a drink can be hard for someone who is frail. A full water bottle within reach is an easy reminder; carers can make refilling it part of the daily routine."),
         ("p", "Watch for these signs that someone is running dry:"),
         ("ul", ["confusion", "dizziness or headache", "a dry mouth", "sunken eyes", "a racing heart", "passing little urine", "constipation"]),
         ("p", "A quick check: gently pinch up the skin on the hand's back and hold it briefly. If it stays tented instead of flattening almost at once, the person is probably short of fluid."),
     ],
     tail=["*This post first ran on the Example Aging Services website in summer 2020."])

page(name="h58-exercise-endorphins", half="build", lang="en", site="localtv.example.org",
     follows="https://www.oc-tv.org/2018/05/22/endorphins-from-exercise/",
     title="Exercise and the feel-good chemicals it releases", date=None,
     meta=[("b", "This story is more than 6 years old—keep that in mind when reading the article or watching the video."), ("b", "By Sam Example")],
     body=[
         ("p", "Most people exercise to burn calories or drop a few pounds, but there is another reason to get moving that is easy to overlook."),
         ("p", "A workout prompts the body to release endorphins, chemicals that lift your mood and dull pain. Researchers at a university in Vermont reported that as little as twenty minutes of exercise can keep spirits higher for up to twelve hours."),
         ("p", "You do not need a gym for it. A brisk walk, a bike ride or dancing in the kitchen all count, and doing something you enjoy makes it far more likely that you will keep it up."),
     ])

page(name="h59-sleep-apnea-signs", half="build", lang="en", html=True, theme="papermod", site="healthyhome.example.org", author="Example Staff",
     tags=["sleep apnea", "snoring"],
     follows="https://halenhearty.co/sleep-apnea-signs-and-symptoms/",
     title="Sleep Apnea: The Signs to Look Out For", date="2023-03-04",
     meta=[("date", "March 4, 2023 · 3 min · Example Staff")],
     body=[
         ("p", "Sleep apnea makes a person stop breathing while asleep, sometimes only now and then, sometimes hundreds of times a night."),
         ("p", "It comes in two forms. In obstructive sleep apnea the airway is blocked during sleep; in central sleep apnea the brain does not send the signals that keep breathing going. Either way the body gets less oxygen, which brings on other health problems that make the apnea worse."),
         ("h", "1. Snoring"),
         ("p", "Loud snoring is often the first complaint, and usually it is the bed partner who makes it. Not everyone who snores has apnea, so a sleep study is the way to be sure."),
         ("h", "2. Gasping or choking at night"),
         ("p", "Breathing that stops and restarts with a gasp is a strong hint. A partner is often the one who notices."),
         ("h", "3. Sleepiness during the day"),
         ("p", "Broken sleep leaves you drowsy at work or behind the wheel, even after what seemed a full night in bed."),
         ("faq", "FAQ", [
             ("Can children have sleep apnea?", "Yes. In children it is often linked to large tonsils and can show up as restless sleep or trouble concentrating."),
             ("Is a home sleep test enough?", "For many adults with typical symptoms it is. A doctor may still ask for a full night in a sleep lab."),
         ]),
     ])

page(name="h60-upf-nova", half="build", lang="en", html=True, theme="papermod", site="wholefoodkitchen.example.org", author="Example Kitchen",
     tags=["ultra-processed food", "NOVA"],
     follows="https://upffreerecipes.co.uk/upf-classification",
     title="How a food gets labelled ultra-processed", date="2024-09-18",
     meta=[("date", "September 18, 2024 · 3 min · Example Kitchen")],
     body=[
         ("p", "Whether a food counts as ultra-processed is usually decided with the NOVA system. It sorts food by how much industrial processing it has been through, and why."),
         ("p", "NOVA has four groups:"),
         ("hn", "NOVA Group 1:"),
         ("hn", "Unprocessed or minimally processed foods"),
         ("p", "Foods that are fresh or have only been cleaned, dried, milled or pasteurised to keep longer, with nothing added. Examples: fruit, vegetables, eggs, milk, raw meat."),
         ("hn", "NOVA Group 2:"),
         ("hn", "Processed culinary ingredients"),
         ("p", "Things taken from group 1 foods to cook and season with, rarely eaten on their own. Examples: oil, butter, sugar, salt, vinegar."),
         ("hn", "NOVA Group 3:"),
         ("hn", "Processed foods"),
         ("p", "Group 1 foods with group 2 ingredients added, for instance by canning or baking. Examples: tinned vegetables, cheese, salted nuts, simple bread."),
         ("hn", "NOVA Group 4:"),
         ("hn", "Ultra-processed foods"),
         ("p", "Industrial products made from many ingredients, often with additives, ready to eat and built to last. Examples: fizzy drinks, sweet snacks, breakfast cereals, many ready meals."),
         ("p", "A large review linked eating more of group 4 with a higher risk of 32 health problems."),
         ("refs", "Further reading", [(LANE_UPF, True), ("Example Kitchen. Our made-up NOVA cheat sheet. https://wholefoodkitchen.example.org/nova-cheat-sheet", True)]),
     ])

# ---------------------------------------------------------------- build half, fifth part (h61-h80: held out in issue 16's third session, measured once, then moved here)
# Written for a fresh measurement after h41-h60 were used; not to be looked at when changing the
# importer. h61-h72 are Dutch (h62, h68, h69 and h72 after Flemish sites), h73-h80 English. Real
# works cited here were checked while writing (PubMed records, PMC, the journals' own pages); all
# other entries are made up on purpose. h67, h69, h79 and h80 are saved from a Hugo site with the
# Ananke theme, h65, h73 and h76 from a Blogger blog.

PATEL_BIOTIN = ("Patel DP, Swink SM, Castelo-Soccio L. A Review of the Use of Biotin for Hair Loss. "
                "Skin Appendage Disord. 2017;3(3):166-169. doi:10.1159/000462981. PMID: 28879195")
MCSTAY_IF = ("McStay M, Gabel K, Cienfuegos S, Ezpeleta M, Lin S, Varady KA. Intermittent Fasting and "
             "Sleep: A Review of Human Trials. Nutrients. 2021;13(10):3489. https://doi.org/10.3390/nu13103489")
TILDA_FOLATE = ("Low folate predicts accelerated cognitive decline: 8-year follow-up of 3140 older adults "
                "in Ireland. Eur J Clin Nutr. 2022. PMID: 35022554")

page(name="h61-vitamine-e-sport", half="build", lang="nl", html=True, site="fitinfo.example.org",
     follows="https://fit.nl/vitamine-e",
     title="Vitamine E: wat doet het en hoeveel heb je nodig?", date="2020-06-04",
     pre=["Home » Voeding » Vitamines en mineralen"],
     meta=[("b", "Dit artikel bevat 4 referenties naar wetenschappelijke onderzoeken."),
           ("b", "Auteur: Sportdiëtiste & personal coach"),
           ("date", "Gepubliceerd: 4 juni 2020"),
           ("b", "Laatste update: 26 februari 2024")],
     body=[
         ("h", "Wat is vitamine E?"),
         ("p", "Onder de naam vitamine E vallen eigenlijk acht verwante stoffen: vier tocoferolen en vier tocotriënolen, elk in een alfa-, bèta-, gamma- en deltavorm. Omdat ze allemaal als vitamine werken, telt men ze samen op als alfa-tocoferol-equivalenten [1]."),
         ("hn", "Functie vitamine E"),
         ("p", "In je lichaam heeft deze vetoplosbare vitamine meerdere taken:"),
         ("ul", ["hij vangt vrije radicalen weg en beschermt zo je cellen tegen oxidatie;",
                 "hij helpt de dunne darm vitamine A en bètacaroteen op te nemen;",
                 "hij maakt celmembranen steviger;",
                 "hij speelt mee bij het transport van waterstof in de cel [1,2]."], "-"),
         ("h", "Bronnen van vitamine E"),
         ("p", "Je vindt het vooral in plantaardige olie, margarine en halvarine, tarwekiemen, noten, volkoren graan en in kleinere hoeveelheden in ei en melk. Verhitten breekt een deel af, maar in bereide maaltijden blijft meestal genoeg over [2]."),
         ("h", "Aanbevolen dagelijkse hoeveelheid"),
         ("p", "Hoeveel je precies nodig hebt, weet niemand. De Gezondheidsraad heeft daarom een adequate inname vastgesteld, een richtwaarde waarmee je zeker goed zit [3,4]."),
         ("table", ["Leeftijd", "Adequate inname (mg per dag)"],
          [["1-2 jaar", "4"], ["4-8 jaar", "6"], ["9-13 jaar", "8 jongens / 7 meisjes"], ["14-17 jaar", "10 jongens / 8 meisjes"], ["18 jaar en ouder", "13 mannen / 11 vrouwen"]], "pipe"),
         ("p", "Staat op een potje IE of IU, reken dan: 1 IE komt overeen met 0,67 mg alfa-tocoferol."),
         ("h", "Gevolgen tekort"),
         ("p", "Een tekort zie je bij gezonde sporters vrijwel nooit. Het komt vooral voor bij mensen die vet slecht opnemen, bijvoorbeeld door een darmziekte. Klachten zijn dan spierzwakte, problemen met evenwicht en een tragere reactie van de zenuwen."),
         ("refs", "Referenties", [
             ("[1] Voorbeeld A, Proef B. Tocoferolen en tocotriënolen: een fictief overzicht. Voorbeeldtijdschrift Voeding. 2019;12:33-41. doi:10.5555/fictief.2019.033", True),
             ("[2] Voorbeeld C. Vitamine E in de sportvoeding (verzonnen). https://example.org/vitamine-e-sport", True),
             ("[3] Voorbeeldraad. Fictieve voedingsnormen voor vitamine E. Den Haag; 2018.", False),
             ("[4] Example D, Sample E. Made-up intake tables for fat-soluble vitamins. Example J Nutr. 2020;4(2):101-9.", False)]),
     ])

page(name="h62-rusteloze-benen", half="build", lang="nl", site="ziekenfonds-voorbeeld.example.org",
     follows="https://cm.be/leef/slaap/gezond-slapen/rusteloze-benen",
     title="Wat zijn rusteloze benen?", date=None,
     pre=["Leef", "Slaap", "Gezond slapen"],
     body=[
         ("p", "Rusteloze benen houden je 's avonds uit je slaap en maken je overdag moe. Hoe komt dat en wat helpt?"),
         ("h", "Wat zijn rusteloze benen?"),
         ("p", "Wie eraan lijdt, voelt in de benen iets kriebelen, tintelen, branden of jeuken, soms is het zelfs pijnlijk. Dat gevoel geeft een bijna onbedwingbare neiging om te bewegen. De klachten steken op zodra je stilzit of gaat liggen. Tijdens de slaap schokken de benen vaak ook, waardoor inslapen en doorslapen lastig worden."),
         ("h", "Waardoor ontstaan rusteloze benen?"),
         ("p", "Meestal is er geen duidelijke oorzaak, maar het zit vaak in de familie; die erfelijke vorm begint doorgaans al op jonge leeftijd. Ook sommige geneesmiddelen en een zwangerschap kunnen de klachten uitlokken, en de kans stijgt met elke zwangerschap. Soms hangt het samen met een andere ziekte: ijzertekort, nierfalen, een trage schildklier, reuma of suikerziekte. Wie rookt, drinkt, veel koffie neemt, te zwaar is of weinig beweegt, heeft vaak meer last."),
         ("b", "Met kleine aanpassingen in je leefstijl kan je de klachten soms afzwakken"),
         ("h", "Wat kan je zelf doen?"),
         ("p", "Genezen kan je het zelf meestal niet, maar deze gewoonten helpen vaak wat:"),
         ("ul", ["rook niet meer;", "laat koffie na de middag staan;", "hou het bij hoogstens twee glazen alcohol per dag, en niet elke dag;", "beweeg overdag genoeg;", "train niet laat op de avond."], "-"),
         ("p", "Hebben je benen ook overdag geen rust, ga dan naar je huisarts. Samen ga je na of een geneesmiddel of een andere ziekte achter de klachten zit. Soms kan een ander middel dan het probleem verhelpen."),
         ("p", "Voor de aandoening zelf bestaat geen echt goede behandeling. Er zijn medicijnen, maar ze helpen weinig en hebben bijwerkingen."),
     ],
     tail=["Deel dit artikel", "Facebook", "LinkedIn", "E-mail", "Was deze info nuttig?", "Ja", "Nee"])

page(name="h63-snurken-folder", half="build", lang="nl", html=True, theme="drupal", site="ziekenhuis-noord.example.org",
     follows="https://www.stjansdal.nl/folders/snurken-en-het-slaapapneusyndroom",
     title="Snurken en het slaapapneusyndroom", date=None,
     pre=["Home > Patiënten > Folders"],
     meta=[("b", "Afdeling: KNO (keel-, neus- en oorheelkunde)")],
     body=[
         ("h", "Wat is snurken?"),
         ("p", "Bij snurken maakt iemand in de slaap bij elke ademhaling een brommend, zagend of ruisend geluid. Dat kan zo luid zijn dat de partner, andere huisgenoten of zelfs de buren er wakker van liggen. De ingeademde lucht gaat door neus en keel, langs de luchtpijp, naar de longen."),
         ("b", "Doorsnede van het hoofd van opzij: neusholte (1), mondholte (2), tong (3), verhemelte vooraan (4), huig met het zachte deel van het verhemelte (5), keelholte (6), stembanden (7), luchtpijp (8) en slokdarm (9)."),
         ("p", "Het geluid ontstaat doordat de luchtweg ergens tussen neusgaten en stembanden te nauw is. Bij een klein deel van de snurkers is de neus te smal; in de meeste gevallen is de keel te nauw ter hoogte van de huig of de tongbasis."),
         ("p", "Op die smalle plek trekt de inademing de weke delen van keel en mond, zoals huig, tong en keelwand, naar elkaar toe. Die delen gaan trillen en dat trillen hoor je. Denk aan een ballon die leegloopt door een dun mondje: de lucht perst zich erdoor en het mondje gaat piepen."),
         ("h", "Wie snurkt?"),
         ("p", "Snurken komt op elke leeftijd voor en neemt toe naarmate we ouder worden. Met de jaren hoopt zich vet op in het slijmvlies van de keel, zodat de doorgang smaller wordt. Het slijmvlies wordt bovendien slapper en trilt daardoor makkelijker."),
         ("h", "Wanneer is snurken meer dan lawaai?"),
         ("p", "Stokt de ademhaling tijdens het snurken steeds even, dan spreken we van het slaapapneusyndroom. Bel dan de polikliniek KNO voor een afspraak of vraag je huisarts om een verwijzing."),
     ],
     tail=["Heeft u nog vragen? Neem contact op met de polikliniek KNO, telefoon (0000) 00 00 00.", "KNO-112 / versie 4", "Deze folder printen"])

page(name="h64-nachtmerries", half="build", lang="nl", site="gezondmagazine.example.org",
     follows="https://sante.nl/gezondheid/zo-kom-je-van-je-nachtmerries-af",
     title="Zo kom je af van steeds terugkerende nachtmerries", date="2022-11-24",
     pre=["Gezondheid"],
     meta=[("date", "24 november 2022")],
     body=[
         ("p", "Af en toe badend in het zweet wakker schrikken overkomt bijna iedereen: tussen de helft en 85 procent van alle volwassenen kent het. Waar komen ze vandaan en wat kun je eraan doen?"),
         ("p", "Per nacht dromen we naar schatting drie tot zeven keer, bij elkaar zo'n twee uur. Waarom we dromen, weten onderzoekers nog altijd niet precies. Misschien verwerken we zo wat we overdag beleefden, misschien is het een bijproduct van de remslaap. Een studie uit 2019 oppert dat nare dromen ons oefenen op spannende situaties."),
         ("hn", "Oorzaken"),
         ("p", "Vaak is er geen aanwijsbare aanleiding. Soms volgen nachtmerries op een ingrijpende gebeurtenis die je in je slaap steeds opnieuw beleeft. Ook problemen die je wegstopt, spanning op het werk, bepaalde medicijnen zoals bloeddrukverlagers en antidepressiva, een wisselend slaapritme, cafeïne, alcohol en drugs kunnen een rol spelen, net als PTSS of slaapapneu."),
         ("hn", "Nachtmerriestoornis of nachtangst?"),
         ("p", "Bij 2 à 8 procent van de volwassenen gaat het om een nachtmerriestoornis. Heb je langer dan een maand minstens eens per week een nachtmerrie, dan heet dat acuut; na een half jaar spreekt men van persisterend. Herinner je je de droom bij het wakker worden niet, dan gaat het eerder om nachtangst. In beide gevallen is het verstandig hulp te zoeken."),
         ("hn", "Schrijf je droom anders af"),
         ("p", "Een methode die therapeuten gebruiken, is de droom overdag opschrijven en er een nieuw, minder eng einde aan geven. Dat nieuwe verhaal lees je een paar keer per dag door, zodat je brein het oefent."),
     ],
     tail=["Lees ook", "Slaap je slecht in de overgang? Dit kun je eraan doen", "Waarom je beter niet op je buik kunt slapen", "Tekst: redactie Voorbeeld", "Beeld: Getty Images"])

page(name="h65-jodium-plantaardig", half="build", lang="nl", html=True, theme="blogger", site="dietistyana.example.org", blog="Diëtist Yara Voorbeeld",
     blog_description="Plantaardig eten zonder tekorten", author="Yara Voorbeeld", tags=["Gezondheid", "jodium", "plantaardig"],
     follows="https://www.yanavanmaarseveen.com/2021/07/21/hoe-krijg-je-voldoende-jodium-binnen-met-een-plant-based-voedingspatroon/",
     title="Genoeg jodium als je plantaardig eet: zo pak je het aan", date="2021-07-21",
     meta=[("b", "• Berichtcategorie:Gezondheid"), ("date", "• Bericht gepubliceerd:21 juli 2021")],
     body=[
         ("p", "Lukt het om voldoende jodium te halen uit een eetpatroon zonder dierlijke producten? En waar let je dan op? Hieronder lees ik je voor waarom jodium ertoe doet, waar je het vindt en hoe je aan je portie komt."),
         ("p", "Je schildklier heeft jodium nodig om goed te werken. Te weinig is schadelijk, maar te veel ook. Volwassenen hebben volgens de aanbeveling 150 microgram per dag nodig; de veilige bovengrens ligt op 600 microgram. Zwangere vrouwen en kinderen hebben andere waarden."),
         ("hn", "Waar zit jodium in?"),
         ("p", "Onze bodem bevat weinig jodium. Daarom voegen we het in Nederland toe aan bakkerszout, keukenzout en veevoer, en zo komt het in brood en zuivel terecht. Laat je zuivel staan, kijk dan goed waar je jodium wel vandaan haalt."),
         ("hn", "Brood"),
         ("p", "Voor de meeste mensen is brood de grootste bron. In zes sneetjes zit ongeveer je hele dagbehoefte. Biologische bakkers laten het jodium vaak weg, dus check of er bakkerszout of gejodeerd zout op het etiket staat."),
         ("hn", "Zout"),
         ("p", "Strooi je zelf zout, neem dan een soort met jodium. Een zoutvervanger met veel kalium is niet geschikt als je nieren minder goed werken of als je plaspillen gebruikt; overleg dat eerst met je arts."),
         ("hn", "Zeewier"),
         ("p", "Zeewier kan enorm veel jodium bevatten, en dat verschilt sterk per soort en per pakje. Eet het met mate, vooral kombu en kelp."),
         ("refs", "Bronnen", [
             ("Voorbeeldcentrum Voeding. Jodium in brood en zout (fictieve pagina). https://example.org/jodium-brood", True),
             ("Voorbeeld Y. Jodiuminname bij veganisten: een verzonnen rekenvoorbeeld. Voorbeeldblad 2020;3:12-15.", False)]),
     ],
     tail=["Je bekijkt nu Genoeg jodium als je plantaardig eet: zo pak je het aan", "Dit bericht heeft één reactie"])

page(name="h66-omega3-kinderen", half="build", lang="nl", site="zuiverevisolie.example.org",
     follows="https://laveen.nl/blogs/tips-en-informatie/omega-3-kinderen",
     title="Omega 3 voor kinderen: wat zeggen de adviezen?", date=None,
     pre=["24/25 dec en 31 dec gelden afwijkende bezorgtijden", "Artikel is toegevoegd", "Subscribe arrow_drop_up"],
     meta=[("b", "• person Lieke Voorbeeld"), ("b", "• calendar_today")],
     body=[
         ("p", "De Gezondheidsraad zegt het kort: eet gevarieerd en gezond. Klinkt logisch, maar wat ons bord vult is in een paar generaties flink veranderd. Hoe weet je dan of je kind genoeg binnenkrijgt van stoffen met weinig natuurlijke bronnen, zoals omega 3?"),
         ("p", "Hieronder zetten we op een rij wat de adviezen zijn, waar omega 3 in zit en hoe je daar thuis mee omgaat."),
         ("h", "Welke adviezen gelden voor kinderen?"),
         ("p", "Meestal gaat men uit van zo'n 250 mg DHA per dag als gemiddelde behoefte.¹ De Gezondheidsraad maakt daar een praktisch advies van: eet wekelijks een keer vette vis. Een stuk van ongeveer 100 gram levert tussen de 500 en 1.000 mg DHA, soms meer.² Verdeel je dat over zeven dagen, dan kom je al aardig in de buurt."),
         ("p", "Niet elk gezin eet wekelijks vis, door smaak, gewoonte of overtuiging. Het helpt dan om te weten waar het advies vandaan komt, zodat je kunt kiezen wat bij jullie past."),
         ("h", "Al vóór de geboorte"),
         ("p", "Een baby haalt al zijn DHA bij de moeder: eerst via de placenta, daarna via de borstvoeding. Daarom krijgen zwangere en zogende vrouwen het advies om twee keer per week vis te eten, of anders een supplement met visvetzuren te nemen.³"),
         ("refs", None, [
             ("¹ Voorbeeldraad. Fictieve richtlijn visvetzuren voor kinderen. Den Haag; 2019.", False),
             ("² Voorbeeld L. DHA-gehalte van vette vis, een verzonnen tabel. https://example.org/dha-vis", True),
             ("³ Voorbeeldraad. Voeding tijdens zwangerschap (fictief advies). https://example.org/zwanger-vis", True)]),
     ],
     tail=["Deel dit artikel", "Gerelateerde producten", "Omega 3 kids - citroensmaak", "€ 24,95", "In winkelwagen"])

page(name="h67-kefir-darmen", half="build", lang="nl", html=True, theme="ananke", site="huisarts-voorbeeld.example.org", author="voorbeeldhealth", tags=["kefir", "microbioom", "voeding"], show_author=False,
     follows="https://www.dokterjooris.com/post/kefir-en-het-darmmicrobioom",
     title="Wat doet kefir in je darmen?", date=None,
     pre=["top of page"],
     meta=[("b", "• voorbeeldhealth"), ("b", "• 20 jul"), ("b", "• 4 minuten om te lezen"), ("b", "Bijgewerkt op: 11 aug")],
     body=[
         ("p", "Wie mijn vorige stuk over zelf kefir maken las, weet al dat het meer is dan een frisse drank: er zitten levende bacteriën en gisten in. Nu wil ik een stap verder gaan. Wat gebeurt er met kefir in je darmen, en wat weten we daar uit onderzoek over?"),
         ("h", "Eerst even de basis: je darmmicrobioom"),
         ("p", "In je darmen leeft een enorme gemeenschap van bacteriën, gisten en virussen. Bij een volwassene weegt dat samen al gauw één tot twee kilo. Die bewoners doen veel voor je:"),
         ("b", "ree"),
         ("ul", ["ze breken vezels af tot korte-keten vetzuren zoals butyraat, het favoriete voedsel van je darmwand;", "ze trainen je afweer;", "ze houden ziekmakers op afstand;", "ze praten mee met je stofwisseling en zelfs met je hersenen."]),
         ("p", "Iedereen heeft een eigen samenstelling, en die reageert op wat je eet, op stress, antibiotica en slaap."),
         ("h", "Kefir als bron van probiotica"),
         ("p", "Een probioticapil bevat vaak één of twee stammen. Melkkefir is veel gevarieerder: melkzuurbacteriën die de zuurgraad verlagen, soorten die smaak maken, azijnzuurbacteriën en gisten. In studies zag men na enkele weken kefir drinken meer verschillende bacteriën in de ontlasting.¹ Of dat op lange termijn gezondheidswinst geeft, is nog niet duidelijk.²"),
         ("b", "ree"),
         ("p", "Begin voorzichtig met een klein glas per dag, zeker als je darmen gevoelig zijn."),
         ("refs", None, [
             ("Voorbeeld M, Proef K. Kefir en diversiteit van de darmflora: een fictieve pilotstudie. Voorbeeld Tijdschr Darm. 2021;5:1-9.", False),
             ("Example R. Fermented milk and long-term health: a made-up review. https://example.org/kefir-review", True)]),
     ],
     tail=["Recente posts", "Zelf kefir maken in vijf stappen", "Alle posts bekijken", "Reacties", "Reageer als eerste.", "bottom of page"])

page(name="h68-pubers-slaap", half="build", lang="nl", site="gezinsblad.example.org",
     follows="https://www.goedgezind.be/tieners/waarom-je-tiener-niet-wakker-krijgen/",
     title="Waarom je je tiener 's morgens niet wakker krijgt", date=None,
     pre=["Home", "Tieners"],
     body=[
         ("p", "'s Avonds is hij niet stil te krijgen, 's morgens krijg je hem met geen mogelijkheid onder het dekbed vandaan. Het slaapritme van je puber maakt je soms radeloos. Geen paniek: hier lees je wat er met die tienerslaap aan de hand is."),
         ("hn", "1) Ze slapen te weinig"),
         ("p", "Tussen 12 en 15 jaar heeft een tiener gemiddeld negen uur slaap per nacht nodig. Hun brein en hormonen werken overuren, er is een groeispurt en er is huiswerk. Dat ze die negen uur ook echt halen, is eerder uitzondering dan regel."),
         ("hn", "2) 's Avonds zijn ze klaarwakker"),
         ("p", "In de puberteit schuift het ritme op. Hun lichaam maakt het slaaphormoon melatonine later aan dan vroeger, dus voelen ze zich rond bedtijd nog fris. Daar kunnen ze zelf weinig aan doen."),
         ("hn", "3) Ochtendmensen zijn het niet"),
         ("p", "Lui of dwars is hij niet, ook al lijkt het zo. Zijn hersenen staan 's morgens nog op nachtstand en hij begint de dag alsof hij net uit het vliegtuig stapt. Sommige artsen vinden dan ook dat scholen voor tieners later zouden moeten beginnen."),
         ("hn", "4)Uitslapen in het weekend verstoort hun klok"),
         ("p", "Lang uitslapen op zaterdag en zondag lijkt een goede inhaalslag, maar het gooit het ritme nog meer in de war. Opstaan op maandag wordt zo nog zwaarder. Laat je tiener liever wat vroeger naar bed gaan als hij echt moe is."),
         ("hn", "5) Het scherm blijft te lang aan"),
         ("p", "Telefoon, tablet en tv houden het brein wakker. Spreek af dat alle schermen een half uur voor het slapengaan uit gaan, en leg de telefoon 's nachts buiten de slaapkamer."),
     ],
     tail=["Lees ook", "Puberbrein: waarom je tiener zo impulsief is", "Mijn tiener wil niet meer mee op vakantie", "Schrijf je in voor onze nieuwsbrief", "© Gezinsblad Voorbeeld"])

page(name="h69-burnout-werkhervatting", half="build", lang="nl", html=True, theme="ananke", site="werkgezondheid-voorbeeld.example.org", author="Voorbeeld vzw", tags=["burn-out", "re-integratie"], show_author=False, cover=True,
     follows="https://www.vocap.be/post/drempels-bij-re-integratie-na-langdurige-ziekte",
     title="Terug aan het werk na een burn-out: welke drempels?", date=None,
     meta=[("b", "• Voorbeeld vzw"), ("b", "• 9 jun"), ("b", "• 3 minuten om te lezen")],
     body=[
         ("p", "Op ons jaarcongres schetste een onderzoeker wat we vandaag weten over de terugkeer naar werk na een burn-out. Zijn conclusie: het onderzoek staat nog in de kinderschoenen, maar er tekenen zich al lijnen af voor wat helpt."),
         ("h", "Herstel en werkhervatting lopen niet gelijk"),
         ("p", "Gezond worden en opnieuw aan de slag gaan zijn twee processen die elk hun eigen tempo hebben. Wachten tot je je weer helemaal 'de oude' voelt, is niet nodig; werk kan net bijdragen aan het herstel. Vermoeidheid kan nog lang aanslepen zonder dat dat hervatten in de weg staat."),
         ("h", "Eén traject voor iedereen bestaat niet"),
         ("p", "Burn-out ziet er bij iedereen anders uit. In een Nederlandse studie keerde negen op de tien mensen binnen drie tot vijf maanden volledig terug naar het werk, los van hoe lang ze thuis waren geweest (Voorbeeld et al., 2024). De diagnose zelf voorspelde weinig; gedeelde onderliggende factoren deden dat beter."),
         ("h", "Welke drempels ervaren mensen?"),
         ("p", "Uit vragenlijsten en gesprekken kwam een reeks obstakels naar boven (Proef & Voorbeeld, 2024). Het moeilijkst bleken de angst om te hervallen en het verlies van motivatie."),
         ("p", "Ook het geloof in eigen kunnen telt: wie twijfelt of hij de drempels aankan, heeft het zwaarder. Een laag zelfvertrouwen en cynisme, twee kernklachten van burn-out, remmen dan extra af."),
         ("refs", "Referenties", [
             ("Voorbeeld, A., Proef, B., & Example, C. (2024). Werkhervatting na burn-out: een fictieve cohortstudie. Voorbeeldtijdschrift Arbeid, 9(1), 1-12. https://doi.org/10.5555/fictief.2024.001", True),
             ("Proef, D., & Voorbeeld, E. (2024). Verzonnen drempels bij re-integratie. Voorbeeld Uitgeverij.", False)]),
     ],
     tail=["Recente posts", "Alles bekijken", "Werkbaar werk begint bij gesprekken", "Re-integratie: wat mag je werkgever vragen?", "0 reacties", "Niet-gemarkeerd"])

page(name="h70-fluoride-peuters", half="build", lang="nl", site="oudersplatform.example.org",
     follows="https://wij.nl/peuter-kleuter/verzorging/tandpasta-en-fluoride/",
     title="Tandpasta en fluoride", date=None,
     pre=["Peuter & kleuter", "Verzorging"],
     meta=[("b", "Ellen Voorbeeld"), ("b", "Wijze raad van"), ("b", "Ellen Voorbeeld"), ("b", "Expert mondgezondheid")],
     body=[
         ("p", "Wie zijn melktanden goed verzorgt, legt de basis voor een sterk volwassen gebit. Fluoride maakt het glazuur harder en beschermt tegen gaatjes; daarom zit het tegenwoordig in bijna alle tandpastaā€™s. Poetsen met de juiste pasta is belangrijk, maar goed poetsen en verstandig eten en drinken tellen net zo zwaar. Een beginnend gaatje kan met de goede aanpak zelfs weer hard worden."),
         ("h", "Wat is fluoride?"),
         ("p", "Fluoride is een mineraal dat in kleine hoeveelheden in voeding voorkomt. Sommige landen doen het in het kraanwater; Nederland niet. Zodra een tand is doorgebroken, neemt het glazuur fluoride op uit tandpasta en speeksel. Het glazuur wordt daardoor harder en beter bestand tegen zuur. Sinds tandpasta fluoride bevat, hebben kinderen flink minder gaatjes."),
         ("h", "Hoe geef ik het?"),
         ("p", "Gewoon via de tandpasta. Vindt de tandarts of mondhygiënist dat je kind extra bescherming nodig heeft, dan kan die een fluoridebehandeling doen."),
         ("p", "Neem een kindertandpasta met een milde muntsmaak, zodat je kind niet gewend raakt aan een zoete smaak in de mond. Op de tube staan de hoeveelheid fluoride en de leeftijd waarvoor de pasta bedoeld is:"),
         ("ul", ["vanaf het eerste tandje: een klein likje, zo groot als een rijstkorrel;", "vanaf twee jaar: een erwtgroot bolletje;", "poets twee keer per dag, en 's avonds altijd."], "•"),
         ("p", "Laat je kind na het poetsen uitspugen, maar niet naspoelen met water. Dan blijft er meer fluoride achter op de tanden."),
     ],
     tail=["Meer over verzorging", "Tandjes poetsen bij een peuter die niet wil", "Wanneer voor het eerst naar de tandarts?", "Deel dit artikel:"])

page(name="h71-magnesium-kramp-lopers", half="build", lang="nl", site="loopwinkel-voorbeeld.example.org",
     follows="https://www.food2run.com/blog-food4thought/magnesium",
     title="Magnesium tegen kramp? Vaak niet. Wat dan wel?", date=None,
     pre=["Blog - food4thought", "Terug naar overzicht"],
     body=[
         ("p", "Bij de krampen die lopers en triatleten op het eind van een lange wedstrijd overvallen, speelt magnesium hooguit een bijrol. Wie gezond eet en genoeg energie binnenkrijgt, heeft doorgaans een ruime voorraad."),
         ("p", "Schiet het toch in je kuit tijdens het sporten? Stop, rek de spier, drink water met een snuifje zout en neem koolhydraten."),
         ("p", "Een gel met magnesium kan ook. Weet dan wel dat niet het magnesium de kramp oplost, maar het stoppen en rekken, het water dat je erbij drinkt en het natrium en de suikers in die gel."),
         ("h", "Kramp is ingewikkelder dan je denkt"),
         ("p", "Er bestaan veel soorten kramp. Bij duursporters gaat het meestal om een plotselinge, pijnlijke samentrekking van een overbelaste spier. Er zijn twee gangbare verklaringen:"),
         ("ul", ["De spier krijgt te weinig zuurstof om afvalstoffen af te voeren; loopt het lactaat hoog op, dan trekt hij samen.", "Een vermoeide spier ontspant trager, terwijl de zenuwen die dat regelen bij langdurige inspanning overbelast raken."], "•"),
         ("h", "'Kramp? Neem magnesium.' Klopt dat?"),
         ("p", "Veel lopers nemen in de weken voor een zware wedstrijd magnesium, en de sportvoedingsindustrie moedigt dat aan met bruistabletten en gels. Het onderzoek bij sporters laat echter geen duidelijk verband zien tussen het magnesiumgehalte in het bloed en het krijgen van kramp."),
         ("p", "Beter werkt: goed getrainde spieren, voldoende drinken en bij lange inspanning extra zout."),
     ],
     tail=["Geschreven door ons voedingsteam", "Deel dit bericht", "Vorig bericht", "Volgend bericht", "Gratis verzending vanaf € 50"])

page(name="h72-koffie-hoofdpijn", half="build", lang="nl", site="plusblad.example.org",
     follows="http://plusmagazine.knack.be/gezondheid/waarom-krijg-je-hoofdpijn-als-je-een-keer-geen-koffie-drinkt/article-normal-822893.html",
     title="Hoofdpijn als je koffie overslaat: hoe komt dat?", date=None,
     pre=["Gezondheid", "Plusblad Voorbeeld"],
     body=[
         ("p", "Die bonkende hoofdpijn op een ochtend zonder koffie komt door een gemis aan cafeïne. Cafeïne zit niet alleen in koffie, maar in kleinere hoeveelheden ook in thee, energiedrank, cola, ijsthee, chocolade en warme chocomelk."),
         ("p", "Cafeïne prikkelt het zenuwstelsel, laat het hart sneller slaan, versnelt de ademhaling en drijft de bloeddruk op. Blijft je vertrouwde dosis uit, dan vallen die effecten weg en krijg je ontwenningsklachten, zoals hoofdpijn."),
         ("p", "Ook te veel koffie kan hoofdpijn geven. Veel cafeïne doet de bloedvaten vernauwen en de bloeddruk stijgen, wat een migraineachtige pijn kan opwekken. Stop je dan ineens, dan verwijden de vaten weer en ook dat kan pijn doen. Zowel drinken als stoppen kan dus de boosdoener zijn."),
         ("h", "Vier koppen koffie per dag"),
         ("p", "Hoeveel koffie je verdraagt, verschilt van persoon tot persoon: de ene is gevoeliger voor cafeïne dan de andere. Als richtlijn geldt hoogstens 400 milligram cafeïne per dag, wat neerkomt op ongeveer vier koppen."),
         ("p", "Wil je minderen? Bouw dan geleidelijk af, bijvoorbeeld met een kop per dag minder per week, zodat je lichaam kan wennen."),
         ("refs", None, [("Bron: Gezondheidsnet.nl", True)]),
     ],
     tail=["Lees ook:", "Is koffie nu gezond of niet?", "Vijf tips om beter te slapen na je zestigste", "Adverteren", "Privacybeleid"])

page(name="h73-biotin-hair", half="build", lang="en", html=True, theme="blogger", site="skepticdoc.example.org", blog="The Example SkepDoc",
     blog_description="Looking at health claims with a critical eye", author="Example SkepDoc", tags=["biotin", "supplements", "hair"],
     follows="https://www.skepdoc.info/biotin-haircuts-plus-health-advice/",
     title="Biotin: Advice From the Hair Salon?", date=None,
     body=[
         ("p", "\"Do you know anything about biotin?\" a friend asked me the other day."),
         ("p", "\"Not a lot,\" I said. \"How come?\""),
         ("p", "Her hairdresser had told her to take it for stronger nails and fuller hair. She did, and a couple of months later her nails were better than she could ever remember: no more ridges, no more splitting. Her thinning hair had filled out again, too."),
         ("p", "Yes, I know. That is one person's story, and the improvement could have happened anyway. Nor is a salon the first place I would go for medical advice; they also sell me shampoos I do not need and, in one case, ear candling."),
         ("h", "What is biotin?"),
         ("p", "Biotin belongs to the B vitamin family and also goes by vitamin B7 or vitamin H. It helps enzymes turn fat, sugar and protein into energy. Eggs, nuts, seeds, meat and some vegetables contain it, and gut bacteria make a little as well, so real deficiency is rare."),
         ("h", "What does the evidence say?"),
         ("p", "For once I was pleasantly surprised. A good database of natural medicines says biotin probably works when someone is actually short of it, and there is preliminary evidence that it thickens brittle nails. A review of the published cases found that everyone who improved with biotin had an underlying problem with hair or nail growth; there is no good evidence for healthy people."),
         ("h", "A catch"),
         ("p", "High-dose biotin can throw off some laboratory tests, including thyroid and heart tests. If you take it, tell your doctor before having blood drawn."),
         ("refs", "References", [
             (PATEL_BIOTIN, True),
             ("Example S. Why my hairdresser is not my doctor (a made-up essay). https://skepticdoc.example.org/hairdresser", True)]),
     ])

page(name="h74-fasting-sleep-qa", half="build", lang="en", site="askaway.example.org",
     follows="https://askmebro.org/question/health/nutrition/diet_plans/intermittent_fasting/how_does_intermittent_fasting_affect_sleep",
     title="Does Intermittent Fasting Change How You Sleep?", date=None,
     pre=["Get Answers to Your Questions", "Browse answers from experts and everyday people."],
     body=[
         ("p", "Intermittent fasting (IF) means switching between periods when you eat and periods when you do not. Whether it helps or hurts your sleep depends on the person, the schedule and the rest of your habits."),
         ("hn", "Possible Benefits"),
         ("ul", ["Steadier rhythm: eating at the same hours every day may help keep the body clock in line.", "Less weight, fewer breathing pauses: losing weight can ease sleep apnea and with it broken nights."], "•"),
         ("hn", "Possible Downsides"),
         ("ul", ["Hunger at bedtime: going to bed with a growling stomach can keep you awake.", "Late meals: a big meal just before bed can also get in the way; try to finish eating two to three hours earlier."], "•"),
         ("hn", "What the Research Shows"),
         ("p", "A 2021 review of human trials found that sleep quality and sleep duration hardly changed with time-restricted eating or alternate-day fasting, though most volunteers already slept well when they started."),
         ("hn", "Bottom Line"),
         ("p", "Watch how your own sleep responds during the first weeks and shift your eating window if nights get worse."),
         ("refs", "Sources", [(MCSTAY_IF, True)]),
     ],
     tail=["Related Questions:", "Can intermittent fasting make insomnia worse?", "See Answer", "Does fasting change your metabolism?", "See Answer", "Is it OK to drink coffee while fasting?", "See Answer"])

page(name="h75-loneliness-stress-wire", half="build", lang="en", site="newswire.example.org",
     follows="http://www.upi.com/Health_News/2007/08/17/Study-Loneliness-is-bad-for-your-health/UPI-41571187390004/?st_rec=41571187390004",
     title="Study: loneliness takes a toll on the body", date=None,
     pre=["Advertisement"],
     body=[
         ("p", "CHICAGO, Aug. 17 (ExampleWire) -- Feeling socially isolated while the body grows older is a harmful combination that leaves more stress hormones in circulation, U.S. psychologists report."),
         ("p", "Two University of Chicago researchers say the cost of loneliness may be small and barely noticeable in youth but can add up over the years. The longer we live, the more stressful events we go through: a new job, marriage or divorce, raising children, money trouble, illness."),
         ("b", "Advertisement"),
         ("p", "Comparing students with adults aged 50 to 68, they saw that lonely people felt more threatened and helpless when facing the same problems as others, and were less likely to ask for help."),
         ("p", "Urine samples showed more epinephrine, one of the body's fight-or-flight chemicals, in the lonely volunteers than in the more contented ones."),
         ("p", "Loneliness, the researchers conclude in their journal article, is not only a state of mind: the lonely live their days on constant alert."),
         ("b", "Advertisement"),
     ],
     tail=["Latest Headlines", "Copyright 2007 by ExampleWire. All Rights Reserved."])

page(name="h76-phosphorus-kidney", half="build", lang="en", html=True, theme="blogger", site="kidneyjourney.example.org", blog="My Kidney Journey (an example blog)",
     blog_description="Notes I keep for myself about living with CKD", author="J. Example", tags=["diet", "phosphorus"],
     follows="https://jmirenal.blogspot.com/2011/12",
     title="Why cut back on phosphorus when your kidneys fail?", date="2011-12-12",
     pre=[("date", "Monday, December 12, 2011")],
     body=[
         ("refs", None, [("http://kidneyinfo.example.org/food-and-nutrition/phosphorus-qa", True)]),
         ("hn", "Question"),
         ("p", "My doctor wants me on a low-phosphorus diet. How does that help with kidney disease, and which foods are high in phosphorus?"),
         ("hn", "Answer"),
         ("b", "from Dr. E. Example, nephrologist"),
         ("p", "Healthy kidneys keep the amount of phosphorus in your blood in check. When they work less well, the level usually climbs, a condition called hyperphosphatemia. Too much phosphorus pulls calcium levels down, and over time that weakens the bones."),
         ("p", "For people with kidney disease the limit is often set at 800 to 1,000 milligrams a day, about half of what a healthy adult may eat."),
         ("p", "Because almost every food contains some phosphorus, you cannot avoid it altogether. Protein-rich foods such as meat, dairy, beans, nuts and seeds tend to have the most, so unless you are on dialysis you will be asked to eat less of them. Whole grains are high too, which is why refined grains are usually the better pick."),
         ("p", "The lists below can help you choose:"),
         ("table", ["Choose more often", "Choose less often"],
          [["Rice milk (unenriched)", "Cow's milk"], ["Corn or rice cereal", "Bran and oat cereal"], ["Clear soda, lemonade", "Cola, beer"], ["Sherbet", "Ice cream"]], "cells"),
     ],
     tail=["Sent from my iPad", "Posted by J. Example at 8:14 PM", "No comments:"])

page(name="h77-niacin-pharmacy", half="build", lang="en", site="cornerpharmacy.example.org",
     follows="http://thompsonpharmacy.com/clinicians-corner-niacin/",
     title="Pharmacist's Corner: Niacin", date=None,
     pre=["800-555-0142 Email Us"],
     body=[
         ("p", "Our tour of the water-soluble vitamins continues with niacin, or vitamin B-3. You can buy it off the shelf in the vitamin aisle, and there is also a prescription extended-release form. Ask your pharmacist to help you find your way through the many products."),
         ("p", "Niacin deficiency causes pellagra, which was common in the American South in the early 1900s, when people lived largely on corn. Today grain products are fortified, so deficiency is rare."),
         ("hn", "NIACIN (Vitamin B-3)"),
         ("p", "Where it comes from: meat, fish, beans and whole grains; flour is enriched with niacin along with thiamin, riboflavin, iron and folic acid."),
         ("p", "Deficiency: rare. Pellagra shows itself with the three D's: dermatitis, diarrhea and dementia."),
         ("p", "Side effects: flushing, an upset stomach and higher blood sugar. The flush feels a lot like a hot flash. An aspirin taken an hour before the niacin can prevent it; acetaminophen does not help."),
         ("p", "Strengths sold over the counter:"),
         ("ul", ["immediate release: 50, 100, 250 and 500 mg; the most likely to cause flushing, especially with the first dose", "\"no-flush\" niacin (inositol hexanicotinate): less flushing, but it lowers cholesterol less well", "slow-release niacin: less flushing, but harder on the liver"], "•"),
         ("p", "Above 1 gram a day niacin raises the risk of muscle pain and muscle breakdown, all the more if you also take a statin. Talk to your pharmacist first."),
     ],
     tail=["Share this:", "Facebook", "Twitter", "Email", "Posted in Pharmacist's Corner", "Leave a Reply", "You must be logged in to post a comment."])

page(name="h78-folate-cognition", half="build", lang="en", html=True, theme="drupal", site="ageingstudy.example.org",
     follows="https://tilda.tcd.ie/news-events/2022/2203-low-folate-linked-cognitivedecline/",
     title="Example University researchers link low folate to faster cognitive decline", date="2022-01-13",
     pre=["Skip to main content", "Example University, Dublin", "University Menu University Search", "You are here News > 2022"],
     body=[
         ("p", "A study by researchers at the Example Longitudinal Study on Ageing, made public on Thursday 13th January, 2022, finds a strong link between low blood folate (folic acid is the version sold in pills) and a quicker decline in thinking skills over eight years."),
         ("p", "The team followed more than 3,000 adults aged 50 and over who live in the community. Folate was measured in blood taken at the start, and memory and other thinking skills were tested again and again during the following eight years. It is the largest study so far to look at folate and cognition over time with repeated tests."),
         ("p", "People with low folate did worse on the cognitive tests overall, and the difference showed most clearly in memory."),
         ("h", "Why folate matters as we age"),
         ("p", "Dementia affects about 7% of people worldwide, and the risk rises steeply with age. Cognitive impairment, a drop in attention, planning, learning and memory, often comes first. Low folate is one of the markers that point to faster decline."),
         ("p", "Because folic acid is not added to food by law in this country, the researchers say older adults should have their folate checked and eat plenty of leafy greens, beans and fortified cereals."),
         ("refs", "Reference", [(TILDA_FOLATE, True)]),
     ],
     tail=["Media contact: Press Office, press@example.org", "Share this page", "Last updated 13 January 2022"])

page(name="h79-breathing-hrv", half="build", lang="en", html=True, theme="ananke", site="endurancecoach.example.org", author="Example Coaching", tags=["breathwork", "HRV", "recovery"],
     follows="https://chaski.fit/2026/02/24/from-stress-to-control-how-breathwork-modulates-the-autonomic-nervous-system",
     title="From stress to calm: what slow breathing does to your nervous system", date="2026-02-24",
     meta=[("date", "February 24, 2026"), ("b", "- 4 minutes read")],
     body=[
         ("p", "Endurance athletes watch their power, pace and heart rate closely. Far less attention goes to a system that decides how well they absorb training and recover: the autonomic nervous system."),
         ("p", "It runs the things you do not think about, such as breathing, heartbeat and blood pressure. The good news is that breathing is the one lever you can also pull on purpose."),
         ("h", "Two branches in balance"),
         ("p", "The sympathetic branch gets you ready for effort; the parasympathetic branch handles rest and repair. Athletes need both. Staying switched on for too long slows recovery and piles up fatigue."),
         ("h", "Slow breathing and coherence"),
         ("p", "Breathing slowly and deeply, with a long out-breath, strengthens vagal tone. Studies link fewer than ten breaths a minute with lower physiological stress and a higher heart rate variability (HRV) [1,2]. At around six breaths a minute heartbeat and breathing tend to fall into step, a state often called cardiac coherence [3]."),
         ("h", "HRV as a window on recovery"),
         ("p", "HRV measures how much the time between heartbeats varies. A higher resting value usually means the rest-and-repair branch has the upper hand. Many coaches use a morning reading to decide whether to push or back off."),
         ("p", "Try this after a hard session: five minutes, in for five seconds, out for five seconds:"),
         ("ol", ["Sit or lie down and close your eyes.", "Breathe in through the nose for a count of five.", "Breathe out slowly for a count of five.", "Repeat for five minutes and note how you feel."]),
         ("refs", "References", [
             ("1. Example A, Sample B. Slow breathing and vagal tone in runners: a made-up trial. J Example Sport Sci. 2022;8:10-18. doi:10.5555/example.2022.10", True),
             ("2. Example C. Breath rate and HRV (fictional data set). https://example.org/hrv-breath", True),
             ("3. Sample D, Example E. Cardiac coherence explained, a made-up primer. Example Press; 2020.", False)]),
     ])

page(name="h80-sauna-sleep", half="build", lang="en", html=True, theme="ananke", site="saunashop.example.org", author="Example Saunas", tags=["sauna", "sleep"], cover=True,
     standfirst="How an evening in the heat can help you drift off",
     follows="https://esteamedsaunas.com/blogs/news/sleep-better-with-sauna-bathing",
     title="Sleep Better After a Sauna Session", date=None,
     meta=[("b", "3 studies cited"), ("b", "Share This:")],
     body=[
         ("p", "Could the sauna in your garden be the key to a better night? Here is what the science says about heat bathing and sleep."),
         ("faq", "Your questions answered", [
             ("Does a sauna improve sleep?", "Many regular bathers say so. In the heat the body releases endorphins, which relax you [1]. When you step out, your core temperature drops quickly, and that drop is one of the body's own signals that it is time to sleep [2]."),
             ("Will I fall asleep faster?", "Possibly. The cooling after a session mimics the evening temperature dip, so sleepiness may come sooner, especially if you bathe one to two hours before bed [2]."),
             ("Is it safe to nap in the sauna?", "No. Falling asleep in the heat risks overheating and dehydration. Enjoy the drowsiness in bed instead [3]."),
         ]),
         ("h", "Other natural sleep helpers"),
         ("ul", ["a short mindfulness exercise before bed", "regular exercise, but not late in the evening", "a dark, cool bedroom"], "•"),
         ("refs", "Studies cited", [
             ("[1] Example H. Endorphins and heat bathing: a made-up study. Example J Therm Med. 2019;2:5-9.", False),
             ("[2] Sample K, Example L. Body temperature and sleep onset after sauna (fictional). https://example.org/sauna-sleep", True),
             ("[3] Example M. Heat safety for home sauna owners, a made-up guide. doi:10.5555/example.sauna.003", True)]),
     ],
     tail=["Back to blog", "Newer post", "Older post"])

# ---------------------------------------------------------------- build half, sixth part (h81-h100: held out in issue 16's fourth session, measured once, then moved here)
# Written for a fresh measurement after h61-h80 were used; not to be looked at when changing the
# importer. h81-h92 are Dutch (h84, h85, h86 and h87 after Flemish sites), h93-h100 English. Real
# works cited here were checked while writing (the NIH ODS fact sheet, the EFSA Journal's own
# pages, NHMRC's page); all other entries are made up on purpose. h81, h86, h88 and h98 are saved
# from a WordPress site with the Twenty Twenty-Four block theme, h91, h94 and h100 from a Shopify
# store's blog with the Dawn theme.

ODS_VITK = ("Office of Dietary Supplements. Vitamin K: Fact Sheet for Health Professionals. "
            "https://ods.od.nih.gov/factsheets/vitaminK-HealthProfessional/")
EFSA_POTASSIUM = ("EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA), Turck D, Bresson JL, et al. "
                  "Dietary reference values for potassium. EFSA Journal. 2016;14(10):e04592. doi:10.2903/j.efsa.2016.4592")
EFSA_CAFFEINE = ("EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA). Scientific Opinion on the safety of "
                 "caffeine. EFSA Journal 2015;13(5):4102.")
NHMRC_VITK = ("National Health and Medical Research Council. Joint statement and recommendations on vitamin K "
              "administration to newborn infants to prevent vitamin K deficiency bleeding in infancy. Canberra: NHMRC; "
              "re-issued October 2010.")

page(name="h81-vitamine-k-antistolling", half="build", lang="nl", html=True, theme="tt4", site="trombosedienst-voorbeeld.example.org",
     site_title="Trombosedienst Voorbeeld", section="clienten/nieuws", categories=["Nieuws"], seo="yoast",
     follows="https://www.denationaletrombosedienst.nl/clienten/nieuws/vitamine-k-en-bloedstolling",
     title="Vitamine K en bloedstolling", date="2017-08-30",
     pre=["Menu", "Home / Cliënten / Nieuws"],
     meta=[("date", "30-8-2017")],
     body=[
         ("p", "Dat vitamine K iets met de stolling van je bloed te maken heeft, weet u misschien al. Maar hoe zit dat precies, en waarom is het voor u als trombosedienstcliënt zo belangrijk?"),
         ("p", "Vitamine K hoort, net als A, D en E, bij de vitamines die in vet oplossen. Zonder vitamine K kan uw lever de stollingsfactoren niet goed aanmaken, en zonder stollingsfactoren stolt het bloed niet. Wie antistollingsmiddelen gebruikt, moet daarom extra letten op hoeveel vitamine K hij binnenkrijgt."),
         ("hn", "Bouwstof voor stollingsfactoren"),
         ("p", "De meeste antistollingsmiddelen die wij doseren, werken juist dóór vitamine K tegen te werken. Het bloed stolt dan trager en de kans op een stolsel neemt af. Krijgt u ineens veel meer vitamine K binnen, dan werkt uw middel minder goed. Dat ziet u terug als een dalende INR-waarde."),
         ("h", "Onze belangrijkste tip: eet gevarieerd"),
         ("p", "Het meeste vitamine K krijgt u via uw eten; een gemiddelde Nederlander komt op ongeveer 100 microgram per dag. Bijna elk product bevat wel wat. Eet u afwisselend en verandert uw eetpatroon niet plotseling, dan blijft ook uw INR stabiel. Met zo'n gevarieerd patroon houden wij bij het bepalen van uw dosering al rekening."),
         ("p", "Let vooral op bij:"),
         ("ul", ["groene bladgroenten zoals spinazie, boerenkool en andijvie in grote porties;", "supplementen of multivitamines met vitamine K;", "een nieuw dieet of een kuur om af te vallen."], "-"),
         ("h", "Wanneer wij extra vitamine K geven"),
         ("p", "Is de antistolling doorgeschoten en de INR erg hoog, dan kan de trombosearts besluiten u tijdelijk vitamine K te laten innemen. Doe dat nooit op eigen houtje: overleg altijd eerst met ons."),
         ("refs", None, [("Bron: " + ODS_VITK, True)]),
     ],
     tail=["Terug naar nieuwsoverzicht", "Deel dit bericht", "Facebook", "LinkedIn", "© 2024 Trombosedienst Voorbeeld", "Privacyverklaring | Cookieverklaring"])

page(name="h82-slapen-jongeren-cjg", half="build", lang="nl", site="cjg-voorbeeld.example.org",
     follows="https://cjgmiddendrenthe.nl/artikel/fysieke-gezondheid/slapen",
     title="Slapen", date=None,
     pre=["Menu", "Zoeken", "Ik ben een jongere", "Fysieke gezondheid"],
     body=[
         ("p", "Wie goed slaapt, groeit beter, leert makkelijker en heeft overdag meer energie. Toch gaat slapen bij veel jongeren niet vanzelf. Hoe komt dat, en welke slaapproblemen komen het meest voor?"),
         ("hn", "Slaapproblemen"),
         ("p", "Veel jongeren slapen weleens slecht. Bijvoorbeeld omdat ze:"),
         ("ul", ["lang wakker liggen voordat ze in slaap vallen;", "midden in de nacht wakker worden en niet meer kunnen slapen;", "veel te vroeg wakker zijn;", "snurken of nare dromen hebben;", "slaapwandelen."], "-"),
         ("hn", "Moe"),
         ("p", "Rond je twaalfde verschuift je slaapritme. 's Avonds ben je nog fit, maar 's ochtends kom je moeilijk je bed uit, zeker op schooldagen. Het weekend gebruiken veel jongeren om bij te slapen, maar heel lang uitslapen maakt het ritme juist nog onrustiger. Slaap inhalen gaat eigenlijk niet."),
         ("hn", "Waarom slaap je slecht?"),
         ("p", "Vraag je het aan jongeren zelf, dan hoor je vaak:"),
         ("ul", ["stress over school of toetsen;", "te laat naar bed;", "'s avonds nog energiedrank of cola;", "ruzie of zorgen thuis;", "lawaai in de buurt."], "-"),
         ("hn", "Beeldschermen"),
         ("p", "Ook je telefoon of laptop kan meespelen. Het licht van het scherm remt het slaaphormoon, zodat je later slaperig wordt. Leg je telefoon daarom een uur voor het slapen weg en laat hem 's nachts buiten je kamer liggen. Blijf je piekeren, praat er dan over met je ouders, een vriend of iemand van het CJG."),
     ],
     tail=["Bekijk ook", "Piekeren", "Stress op school", "Chat met het CJG", "Ma t/m vr 9.00 - 17.00 uur", "Deel deze pagina"])

page(name="h83-vitamine-d-baby-ggd", half="build", lang="nl", site="ggd-voorbeeld.example.org",
     follows="https://ggdwb.nl/?p=12485",
     title="Wanneer en hoelang geef ik mijn kind vitamine D?", date=None,
     pre=["Overslaan en naar de inhoud gaan",
          "You can translate this website using Google Translate. When you select a language there will be data sent to Google.",
          "We are not responsible for the quality of the translation.", "Close",
          "Veelgestelde vragen0 tot 1 jaarWanneer en hoelang geef ik mijn kind vitamine D?"],
     body=[
         ("p", "In Nederland is het advies om alle kinderen tot 4 jaar elke dag extra vitamine D te geven: 10 microgram. Oudere kinderen hebben dat meestal niet meer nodig. Heeft je kind een donkere of getinte huid, komt het weinig buiten of draagt het bedekkende kleding? Ga dan ook na je vierde verjaardag door met 10 microgram per dag."),
         ("h", "Waarom geven wij vitamine D?"),
         ("p", "Met vitamine D neemt het lichaam calcium en fosfor op uit de voeding. Die zijn nodig voor stevige botten en tanden. Vitamine D helpt daarnaast je spieren, je nieren en je afweer. Krijgt een kind in de groei te weinig, dan kan het rachitis (Engelse ziekte) krijgen, met scheefgroei van de botten als gevolg."),
         ("h", "Hoe komt je lijf aan vitamine D?"),
         ("p", "Vooral via de zon: je huid maakt het zelf aan onder invloed van zonlicht. Een kleiner deel komt uit eten, zoals vette vis, eieren, vlees en kaas. In Nederland zit er ook extra vitamine D in zuigelingenvoeding, halvarine, margarine en bak- en braadvetten."),
         ("h", "Hoeveel heb je nodig?"),
         ("table", ["Wie", "Extra vitamine D per dag"],
          [["Baby's en kinderen tot 4 jaar", "10 microgram"], ["Kinderen vanaf 4 jaar met een donkere huid", "10 microgram"], ["Kinderen vanaf 4 jaar die genoeg buiten zijn", "niet nodig"]], "cells"),
         ("p", "Laat je kind elke dag minstens een half uur buiten spelen tussen 11.00 en 15.00 uur, met gezicht en handen onbedekt. Smeer wel in als de zon fel is."),
     ],
     tail=["Andere veelgestelde vragen", "Hoeveel voeding heeft mijn baby nodig?", "Mag mijn baby water drinken?", "Wanneer krijgt mijn kind het eerste tandje?",
           "Was dit antwoord nuttig?", "Ja", "Nee", "Bel ons: 0000 000 000"])

page(name="h84-ondervoeding-ouderen", half="build", lang="nl", html=True, theme="drupal", site="gezondheid-wetenschap-voorbeeld.example.org",
     follows="https://gezondheidenwetenschap.be/richtlijnen/ondervoeding-bij-ouderen",
     title="Ondervoeding bij ouderen", date=None,
     pre=["Home > Richtlijnen > Ondervoeding bij ouderen"],
     meta=[("b", "Richtlijn voor patiënten")],
     body=[
         ("hn", "Wat is ondervoeding?"),
         ("p", "Krijg je lange tijd te weinig energie of voedingsstoffen binnen, dan raak je ondervoed. Het kan ook dat je genoeg brood, pasta of vet eet, maar te weinig eiwitten en vitaminen. Dat valt moeilijker op, want je vermagert dan meestal niet."),
         ("p", "Hoe ouder je wordt, hoe groter de kans. Er zijn veel mogelijke oorzaken:"),
         ("ul", ["problemen met je mond of gebit, minder smaak of minder dorst;", "je bent minder mobiel en komt moeilijker bij de winkel;", "je vergeet te eten, je bent vaak alleen of je hebt weinig geld;", "eenzaamheid en somberheid remmen de eetlust;", "sommige ziekten en geneesmiddelen verstoren eetlust of opname."], "-"),
         ("hn", "Gevolgen"),
         ("p", "Door ondervoeding:"),
         ("ul", ["verlies je sneller spiermassa en kracht;", "val je vaker en breek je sneller iets;", "word je vatbaarder voor infecties;", "genezen wonden trager;", "loop je meer risico op complicaties na een operatie."], "-"),
         ("hn", "Hoe vaak komt het voor?"),
         ("p", "In 2023 was 2% van de thuiswonende 65-plussers in België ondervoed en liep 29% een risico. In woonzorgcentra ligt dat veel hoger: in 2013 was 13% van de bewoners ondervoed en liep de helft risico."),
         ("hn", "Hoe herken je het?"),
         ("ul", ["je kleren, ringen of kunstgebit zitten losser;", "je hebt minder zin in eten of eet kleinere porties;", "je hebt het vaak koud, bent duizelig of snel moe."], "-"),
         ("p", "Herken je een of meer van deze signalen, ga dan naar je huisarts."),
         ("h", "Wat kan je zelf doen?"),
         ("p", "Eet vaker kleine porties en kies bij elke maaltijd iets met eiwit. Enkele tussendoortjes die helpen:"),
         ("table", ["Tussendoortje", "Eiwit (ongeveer)"],
          [["Potje yoghurt of platte kaas (150 g)", "6-10 g"], ["Gekookt ei", "6 g"], ["Handje noten (25 g)", "5 g"], ["Glas melk (200 ml)", "7 g"]], "pipe"),
         ("refs", "Bronnen", [
             ("Voorbeeld A, Proef B. Ondervoeding bij thuiswonende ouderen: een fictieve Belgische peiling. Voorbeeldtijdschr Geriatr. 2023;12:44-51.", False),
             ("Voorbeeldwerkgroep. Verzonnen richtlijn eiwitinname bij 65-plussers. https://example.org/richtlijn-eiwit-ouderen", True)]),
     ],
     tail=["Deze tekst is gebaseerd op een fictieve richtlijn voor zorgverleners.", "Was deze informatie nuttig?", "Print deze pagina"])

page(name="h85-nachtwerk-shiftwerk", half="build", lang="nl", site="werkbaar-voorbeeld.example.org",
     follows="https://waardevolwerk.be/balans-werk-prive/nachtwerk-en-shiftwerk",
     title="Nachtwerk en shiftwerk", date=None,
     pre=["Thema's", "Balans werk-privé"],
     body=[
         ("p", "Onder nachtarbeid valt al het werk tussen 20 uur 's avonds en 6 uur 's morgens. Wie tussen 6 uur en middernacht werkt, of zijn dienst om 5 uur 's morgens begint, doet geen nachtwerk."),
         ("p", "In principe verbiedt de arbeidswet nachtarbeid (art. 35). Er zijn wel uitzonderingen via wet, koninklijk besluit of cao. Een werkgever die nachtwerk wil invoeren, volgt daarvoor een vaste procedure in overleg met de werknemers."),
         ("h", "Je biologische klok"),
         ("p", "Ons lichaam wisselt in elke 24 uur een actieve en een rustige fase af. Overdag gaan onder meer deze waarden omhoog, 's nachts weer omlaag:"),
         ("ul", ["lichaamstemperatuur", "hartslag en bloeddruk", "hormonen zoals cortisol en melatonine", "spijsvertering"], "none"),
         ("p", "We zijn dus gebouwd om overdag actief te zijn en 's nachts te rusten. Nacht- en ploegwerk gaan daar tegenin: je werkt als je lichaam wil slapen en je slaapt als het wakker wil zijn."),
         ("h", "Wie past zich moeilijker aan?"),
         ("p", "Werknemers boven de 45 jaar hebben het meestal lastiger. Ze vallen moeilijker in slaap en slapen minder diep, waardoor herstel na een nacht trager gaat."),
         ("h", "Tips"),
         ("b", "Klik op een rol om alleen de tips voor leidinggevenden (rood), medewerkers (grijs) of organisaties (groen) te zien."),
         ("bl", ["Leidinggevenden", "Medewerkers", "Organisaties"]),
         ("hn", "Een dutje voor de nachtdienst"),
         ("p", "Slaap kort voor je vertrekt: een dutje van 15 minuten of een volledige cyclus van ongeveer 90 minuten."),
         ("hn", "Drie maaltijden, ook 's nachts"),
         ("p", "Eet warm voor je dienst, neem je 'lunch' midden in de nacht en eet je 'ontbijt' voor je gaat slapen."),
         ("hn", "Licht eten tijdens de dienst"),
         ("p", "Vermijd vette, zware en pikante gerechten. Fruit, yoghurt of een volkorenboterham houden je in het tweede deel van de nacht alerter."),
     ],
     tail=["Deel deze pagina", "Gerelateerde thema's", "Werkdruk", "Herstel na het werk", "Een initiatief van Voorbeeld vzw"])

page(name="h86-voetbal-voeding", half="build", lang="nl", html=True, theme="tt4", site="fc-voorbeeld.example.org",
     site_title="FC Voorbeeld", section="jeugdinfo", author="Jeugdwerking", tagline="Jeugdvoetbal in het dorp", comment_items=[],
     follows="http://fcgullegem.be/jeugdinfo/voetbal-en-voeding/",
     title="Voetbal en voeding", date=None,
     pre=["KIDS JUST WANNA HAVE FUN", "Jeugdinfo"],
     meta=[("b", "Geplaatst door Jeugdwerking")],
     body=[
         ("p", "Onze spelers trainen elke week uren aan techniek, kracht, uithouding en snelheid. Wat goede voeding daaraan toevoegt, wordt vaak vergeten."),
         ("hn", "VOEDING, DE TRAINING DIE JE NIET ZIET"),
         ("p", "Spelers, ouders en trainers mogen daar in de opleiding meer aandacht aan geven. Ouders kunnen helpen, maar het zijn de spelers zelf die moeten leren wat, hoeveel en wanneer ze eten en drinken, en dat begint al bij de kleinsten."),
         ("hn", "JE SPEELT ZOALS JE EET"),
         ("p", "Wie te weinig eet of drinkt, wordt sneller moe, herstelt trager na een zware match en loopt meer kans op kwetsuren en overbelasting."),
         ("h", "DRINKEN VOOR, TIJDENS EN NA"),
         ("p", "Een speler verliest tijdens een wedstrijd veel vocht. Drink al voor je dorst krijgt:"),
         ("table", ["Moment", "Hoeveel", "Wat"],
          [["2 uur voor de match", "een halve liter", "water"], ["Tijdens de rust", "een paar flinke slokken", "water of sportdrank"], ["Na de match", "tot je plas weer licht is", "water, melk of soep"]], "tab"),
         ("h", "DE WEDSTRIJDDAG"),
         ("ol", ["Eet drie à vier uur voor de aftrap een koolhydraatrijke maaltijd, zoals pasta of rijst met kip.", "Neem geen vette snacks of frieten vlak voor het spelen.", "Eet binnen het uur na de match iets met eiwit en koolhydraten."]),
     ],
     tail=["Sponsors", "Bakkerij Voorbeeld", "Garage Proef", "Volg ons op Facebook", "© FC Voorbeeld vzw – stamnummer 0000"])

page(name="h87-vitamine-d-kind-test", half="build", lang="nl", site="consumententest-voorbeeld.example.org",
     follows="https://www.test-aankoop.be/gezond/baby-kinderen/jonge-ouder/dossier/voedingssupplementen-voor-kinderen",
     title="Welke vitamine D voor baby of kind?", date="2021-09-06",
     pre=["Gezond", "Baby & kinderen", "Jonge ouder", "Dossier"],
     meta=[("date", "06 september 2021")],
     body=[
         ("p", "Voor gezonde kinderen is alleen een supplement met vitamine D echt nuttig. Maar welk product koop je, in welke dosis en in welke vorm? Onze expert bekeek 37 vitamine D-producten voor kinderen. Meer dan twee derde zouden wij niet aanraden."),
         ("b", "Welke vitamines en mineralen heb je nodig?"),
         ("h", "Waar haal je vitamine D vandaan?"),
         ("p", "Er zijn twee wegen:"),
         ("ul", ["via voeding, vooral vette vis, melk en boter of margarine, al haalt een jong kind daar nooit genoeg uit;", "via de zon, die het lichaam zelf vitamine D laat aanmaken, maar baby's en peuters horen niet in de volle zon."], "•"),
         ("p", "Daarom raadt je (kinder)arts meestal aan om al vanaf de geboorte een supplement te geven."),
         ("h", "Waarom heeft een kind vitamine D nodig?"),
         ("p", "Voor de groei van botten en tanden en voor de afweer. Een langdurig tekort kan rachitis geven, waarbij de botten zacht en misvormd raken."),
         ("h", "Hoeveel per dag?"),
         ("table", ["Leeftijd", "Dagdosis"], [["0 tot 1 jaar", "10 microgram (400 IE)"], ["1 tot 6 jaar", "10 à 15 microgram"]], "glued"),
         ("h", "Waar let je op bij het kopen?"),
         ("ul", ["kies een product met alleen vitamine D, zonder extra's;", "controleer de dosis per druppel: sommige producten geven te veel;", "druppels zijn makkelijker dan tabletten voor jonge kinderen."], "•"),
         ("p", "Let op: een te hoge dosis kan bij jonge kinderen wel degelijk schade doen. Geef nooit twee producten met vitamine D tegelijk."),
         ("b", "Bekijk onze vergelijking van vitamine D-supplementen"),
     ],
     tail=["Word lid", "Deze pagina delen", "Ontdek ook", "Vitamine D: moet je bijslikken?", "Voedingssupplementen: 5 misverstanden"])

page(name="h88-tentamenstress-cafeine", half="build", lang="nl", html=True, theme="tt4", site="studentenwelzijn-voorbeeld.example.org",
     site_title="Welzijn Voorbeeld", section="nl", categories=["Blog"], seo="rankmath", comment_items=[],
     follows="https://www.motiv.tudelft.nl/nl/10-manieren-voor-het-omgaan-van-stress-tijdens-tentamenperiode",
     title="6 manieren om met stress om te gaan in de tentamenperiode", date=None,
     pre=["Home / Blog"],
     body=[
         ("p", "Tentamenperiode: de bibliotheek zit voller dan de kroeg, je slaapritme is zoek en je vraagt je af waarom je ooit voor deze studie koos."),
         ("p", "Herkenbaar? Je bent niet de enige. Een beetje spanning is normaal, maar wordt het te veel, dan merk je dat aan je cijfers, je gezondheid en je humeur. Hieronder geen vage tips, maar dingen die studenten bij ons echt helpen."),
         ("h", "Eerst dit: stress is niet per se slecht"),
         ("p", "Wat spanning houdt je scherp. Het wordt pas een probleem als je niet meer tot rust komt, slecht slaapt of je hoofd nooit stil is."),
         ("h", "6 manieren om grip te krijgen"),
         ("hn", "1. Maak een plan dat je kunt halen"),
         ("ul", ["verdeel de stof in kleine blokken", "plan hooguit zes à zeven uur echte studietijd per dag", "bouw pauzes in"], "•"),
         ("hn", "2. Beweeg, ook als je denkt dat je geen tijd hebt"),
         ("p", "Een half uur wandelen of fietsen doet meer voor je concentratie dan nog een uur achter je laptop."),
         ("hn", "3. Slaap is geen luxe"),
         ("p", "Minder slapen voelt als tijdwinst, maar je onthoudt slechter en raakt sneller uit balans. Mik op zeven à acht uur."),
         ("hn", "4. Kijk uit met koffie en energiedrank"),
         ("p", "Cafeïne geeft een oppepper, maar te veel maakt je onrustig en gejaagd en houdt je 's nachts wakker. Volgens de Europese voedselautoriteit is tot 400 mg per dag, zo'n vier koppen koffie, veilig voor volwassenen; een energiedrankje bevat er vaak al 80 [1]. Drink na vier uur 's middags liever water of thee zonder cafeïne."),
         ("hn", "5. Zoek elkaar op"),
         ("p", "Samen studeren of even bijpraten met een vriend haalt de druk eraf."),
         ("hn", "6. Vraag op tijd hulp"),
         ("p", "Kun je je niet meer concentreren, heb je hartkloppingen of slaap je nachtenlang slecht? Maak een afspraak met een studentpsycholoog."),
         ("refs", "Bron", [("[1] " + EFSA_CAFFEINE, False)]),
     ],
     tail=["Hulp nodig?", "Plan een gesprek met een studentpsycholoog", "Deel dit artikel", "LinkedIn", "WhatsApp"])

page(name="h89-jetlag-tips", half="build", lang="nl", site="slaapinfo-voorbeeld.example.org",
     follows="https://slapenisgoed.nl/blogoverzicht/jetlag-tips/",
     title="10 tips tegen een jetlag", date="2020-05-28",
     pre=["Home » Blog", ("date", "Gepubliceerd op: mei 28, 2020")],
     meta=[("b", "Laatste update: mei 26, 2021")],
     body=[
         ("p", "Vlieg je vaak ver? Dan ken je het gevoel: na een lange vlucht is je slaappatroon helemaal van slag. Een jetlag geldt als een stoornis van het dag-nachtritme. Meestal is het na een paar dagen over, zodra je lichaam gewend is aan de nieuwe tijdzone."),
         ("b", "Geen tijd om alles te lezen? Ga direct naar de 10 tips >>"),
         ("h", "Wat zijn de symptomen van een jetlag?"),
         ("p", "Behalve moe zijn en slecht slapen kun je last krijgen van:"),
         ("ul", ["Hoofdpijn", "Duizeligheid", "Prikkelbaarheid", "Concentratieproblemen", "Misselijkheid", "Buikklachten"], "none"),
         ("h", "Hoe lang duurt het herstel?"),
         ("p", "Reken op ongeveer één dag per tijdzone die je oversteekt. Naar het oosten vliegen is meestal zwaarder dan naar het westen, omdat je lichaam de dag makkelijker oprekt dan inkort."),
         ("h", "De 10 tips op een rij"),
         ("ol", ["Schuif je bedtijd een paar dagen voor vertrek al een uur op.", "Zet je horloge bij het instappen op de tijd van je bestemming.", "Drink genoeg water tijdens de vlucht.", "Laat alcohol aan boord staan.", "Beperk koffie tot de ochtend van de lokale tijd.", "Eet op de tijden van je bestemming.", "Zoek overdag daglicht op.", "Doe 's avonds geen dutje van meer dan twintig minuten.", "Neem oordoppen en een slaapmasker mee.", "Overleg met je arts of melatonine voor jou zinvol is."]),
         ("faq", "Veelgestelde vragen over jetlag", [
             ("Helpt melatonine tegen een jetlag?", "Bij sommige reizigers wel, vooral na een vlucht naar het oosten. Vraag je arts naar de juiste dosis en het juiste moment."),
             ("Kun je een jetlag helemaal voorkomen?", "Niet helemaal, maar met de tips hierboven wordt hij vaak korter en milder."),
         ]),
         ("refs", "Bronnen", [
             ("(1) Voorbeeld S. Tijdzones en herstel: een verzonnen reizigersonderzoek. Slaap & Reizen (fictief). 2019;3:5-9.", False),
             ("(2) Proef T, Voorbeeld S. Daglicht na een lange vlucht (fictief). https://example.org/daglicht-jetlag", True)]),
     ],
     tail=["Over de auteur", "Sanne Voorbeeld schrijft al tien jaar over slapen en matrassen.", "Lees ook", "Melatonine: werkt het echt?", "Powernap: hoe lang is ideaal?", "Dit artikel bevat affiliate links."])

page(name="h90-kalium-bloeddruk", half="build", lang="nl", site="vakblad-voorbeeld.example.org",
     follows="https://bibliotheek.ortho.nl/hoge-bloeddruk-meer-kalium-beperk-natrium/",
     title="Hoge bloeddruk: meer kalium, minder natrium", date=None,
     body=[
         ("p", "Wie de bloeddruk wil verlagen, kan beter niet alleen op zout letten. Meer kalium eten is minstens zo belangrijk, stellen Amerikaanse onderzoekers in een overzichtsartikel."),
         ("p", "Dat minder zout eten de bloeddruk verlaagt bij mensen met hypertensie die veel zout gebruiken, is al lang bekend. Inmiddels laat onderzoek ook zien dat meer kaliumrijke voeding, of een kaliumsupplement, de bloeddruk doet dalen, en dat los van hoeveel natrium iemand binnenkrijgt."),
         ("p", "Proeven bij dieren tonen hoe dat werkt. Veel kalium remt in de nieren een transporteiwit dat natrium terugwint. Zo plast het lichaam meer natrium uit, zonder dat de natriuminname daarop van invloed is."),
         ("p", "De onderzoekers pleiten daarom voor voorlichting die niet alleen over minder zout gaat, maar ook kaliumrijk eten aanmoedigt. De Europese voedselautoriteit houdt 3.500 mg kalium per dag aan als adequate inname voor volwassenen [1]."),
         ("table", ["Product", "Kalium per portie"],
          [["Gekookte aardappelen (200 g)", "ca. 700 mg"], ["Banaan", "ca. 400 mg"], ["Witte bonen (100 g)", "ca. 450 mg"], ["Spinazie (200 g)", "ca. 900 mg"]], "tab"),
         ("refs", None, [("[1] " + EFSA_POTASSIUM, True)]),
     ],
     tail=["Woordenlijst", "VOORBEELD", "vaktijdschrift", "JAARABONNEMENT € 00,00", "Voorbeeld", "bibliotheek",
           "Meld u aan voor één of meer van de gratis nieuwsbrieven.Nieuwsbrief ontvangen", "+"])

page(name="h91-darm-brein-probiotica", half="build", lang="nl", html=True, theme="dawn", site="darmtest-voorbeeld.example.org",
     shop="Darmtest Voorbeeld", blog_handle="gut-health", locale_path=True, author="Redactie Darmtest Voorbeeld", tags=["darmgezondheid", "probiotica"],
     follows="https://www.innerbuddies.com/nl/blogs/gut-health/disrupted-gut-brain-axis",
     title="Wat is een verstoorde darm-hersen-as?", date="2025-06-12",
     pre=["Gratis verzending in Nederland en België"],
     meta=[("date", "12 juni 2025"), ("b", "Redactie Darmtest Voorbeeld")],
     body=[
         ("p", "Je darmen en je hersenen praten voortdurend met elkaar. In deze blog lees je wat er gebeurt als dat gesprek hapert, waarom dat je stemming en spijsvertering kan raken en wat je er zelf aan doet."),
         ("h", "De darm-hersen-as in het kort"),
         ("p", "De darm-hersen-as is een verbinding in twee richtingen tussen je centrale zenuwstelsel en het zenuwstelsel van je darmen. Zenuwen, hormonen, je afweer en de bacteriën in je darm doen allemaal mee."),
         ("p", "Die bacteriën maken onder meer korteketenvetzuren en stoffen die lijken op boodschappers in het brein. Omgekeerd beïnvloeden je hersenen hoe snel je darmen bewegen en wat ze afscheiden."),
         ("h", "Wat als het evenwicht zoek is?"),
         ("p", "Raakt de samenstelling van je darmflora verstoord, dan spreken we van dysbiose. Mogelijke signalen:"),
         ("ul", ["een opgeblazen buik of wisselende ontlasting", "somberheid of prikkelbaarheid", "moeite met concentreren", "slechter slapen"], "•"),
         ("h", "Probiotica en prebiotica"),
         ("p", "Probiotica zijn levende bacteriën, prebiotica zijn vezels waar die bacteriën van leven. Bij gezonde mensen is het bewijs voor supplementen nog mager; een gevarieerd eetpatroon met veel vezels doet vaak meer."),
         ("h", "Wat je zelf kunt doen"),
         ("ol", ["Eet elke dag groente, fruit, peulvruchten en volkoren.", "Probeer gefermenteerde producten zoals yoghurt of zuurkool.", "Beweeg dagelijks en slaap genoeg.", "Zoek een manier om stress af te bouwen."]),
         ("faq", "Veelgestelde vragen", [
             ("V: Kan een darmtest laten zien of mijn darm-hersen-as verstoord is?", "A: Een test laat zien welke bacteriën er in je ontlasting zitten. Een diagnose stelt alleen een arts."),
             ("V: Hoe snel merk ik iets van meer vezels?", "A: Vaak na twee tot vier weken. Bouw het rustig op om buikpijn te voorkomen."),
         ]),
         ("refs", "Referenties", [
             ("Voorbeeld, M., & Proef, L. (2022). De darm-hersen-as uitgelegd: een fictief overzicht. Tijdschrift voor Voorbeeldgeneeskunde, 4(2), 10-18. https://doi.org/10.5555/fictief.2022.010", True),
             ("Example, R. (2021). Made-up notes on fibre and mood. Example Press.", False)]),
     ],
     tail=["Delen", "Terug naar blog"])

page(name="h92-overgang-slaap", half="build", lang="nl", site="overgangspraktijk-voorbeeld.example.org",
     follows="https://www.houseofmenopause.nl/themidlifememo/slaapverlies-in-de-overgang-tips-voor-een-herstellende-nachtrust",
     title="Slecht slapen in de overgang: zo krijg je je nachtrust terug", date=None,
     pre=["Afspraak maken", "De Midlife Memo"],
     body=[
         ("p", "De overgang klinkt als iets waar je 'even' doorheen gaat. Voor veel vrouwen voelt het eerder als een achtbaan, en een van de zwaarste onderdelen is het slaapgebrek. Om drie uur 's nachts klaarwakker liggen: herkenbaar? Lees dan verder."),
         ("h", "Wat gebeurt er met je slaap in de overgang?"),
         ("hn", "Hormonen die alles overhoop halen"),
         ("p", "Je lichaam maakt minder oestrogeen en progesteron aan, en beide werken nauw samen met je slaap. Progesteron werkt een beetje kalmerend; valt het weg, dan staat je systeem 's nachts sneller 'aan'. Daarbij schommelt je lichaamstemperatuur: opvliegers en nachtzweten maken je meerdere keren per nacht wakker."),
         ("hn", "Slapeloze nachten en hoofdpijn bij het opstaan: herkenbaar?"),
         ("p", "Veel vrouwen vallen prima in slaap, maar worden 's nachts steeds wakker en staan op met het gevoel dat ze geen oog hebben dichtgedaan. Vaak wordt dat patroon nooit met de overgang in verband gebracht, terwijl het herkennen ervan de eerste stap naar beter slapen is."),
         ("h", "Waarom slaap nu extra telt"),
         ("p", "Terwijl je lichaam zich aanpast, heb je slaap nodig voor herstel, een stabiele stemming en een goed geheugen. Te weinig slaap maakt opvliegers en prikkelbaarheid vaak erger."),
         ("h", "Tips voor een betere nacht"),
         ("ul", ["houd je slaapkamer koel, rond de 16 à 18 graden;", "kies katoenen of linnen nachtkleding en beddengoed;", "drink na de middag geen koffie en beperk alcohol;", "sta elke dag op dezelfde tijd op;", "bespreek hormoontherapie met je huisarts of overgangsconsulent."], "•"),
     ],
     tail=["Schrijf je in voor De Midlife Memo", "Elke maand tips over leven in de overgang, in je inbox.", "Inschrijven", "Maak een afspraak"])

page(name="h93-vitamin-k-newborn", half="build", lang="en", html=True, theme="drupal", site="health-research-council.example.org",
     follows="https://nhmrc.gov.au/about-us/resources/vitamin-k-newborn-babies-information-parents",
     title="Vitamin K for newborn babies: information for parents", date="2010-10-11",
     pre=["Skip to main content", "Home > About us > Resources"],
     meta=[("date", "11 October 2010")],
     body=[
         ("p", "This brochure gives parents plain information about why every newborn baby should receive vitamin K, the ways it can be given, and who to ask if you have questions."),
         ("h", "Why do babies need vitamin K?"),
         ("p", "Vitamin K helps blood to clot. Babies are born with very little of it, and breast milk contains only small amounts. A few babies who do not get extra vitamin K develop vitamin K deficiency bleeding, which can cause bleeding into the brain."),
         ("h", "How is it given?"),
         ("ul", ["as one injection into the thigh soon after birth, which is the most effective way;", "by mouth, in three doses over the first weeks, if parents prefer."], "•"),
         ("table", ["Route", "Doses", "When"],
          [["Injection", "1", "soon after birth"], ["By mouth", "3", "at birth, at 3-5 days and in week 4"]], "cells"),
         ("h", "Is it safe?"),
         ("p", "Vitamin K has been given to newborns for decades. Some parents worry about earlier reports of a link with childhood cancer, but later studies did not confirm it. Talk to your midwife or doctor about which route suits your baby."),
         ("refs", "Reference", [(NHMRC_VITK, False)]),
     ],
     tail=["File type", "PDF", "Download (312 KB)", "Share this page", "Last updated: 11 October 2010"])

page(name="h94-kids-multivitamin", half="build", lang="en", html=True, theme="dawn", site="kidsvitamins.example.org",
     shop="Little Example Vitamins", author="Dr. Example Snow", tags=["kids", "multivitamins"], jsonld=False,
     follows="https://hiyahealth.com/blogs/news/best-multivitamin-for-kids",
     title="How to Tell Which Multivitamins for Kids Are Best", date=None,
     pre=["Free shipping on every subscription order", "Blog"],
     meta=[("b", "/ Dr. Example Snow")],
     body=[
         ("p", "Your picky eater does not mean to turn dinner into a battle, but it happens. Most parents are less worried about the rejected casserole than about where their child's nutrients will come from."),
         ("p", "Winning the broccoli fight is not the goal: making sure your child has what they need to grow is. Forcing foods tends to backfire, so a supplement can help while you keep working on meals together."),
         ("h", "What growing kids actually need"),
         ("p", "Some children do not need a multivitamin at all. Kids who happily eat almost everything on their plate usually cover their needs with food. By the teenage years most diets have widened anyway."),
         ("p", "Younger children with a short list of accepted foods are another story. For them, vitamin D, iron, calcium and iodine are the nutrients most often running low."),
         ("h", "What to look for on the label"),
         ("ul", ["doses at or below 100% of the daily value for your child's age", "vitamin D3 rather than D2", "no added sugar, or very little", "a form your child will actually take: chewable, powder or liquid"], "•"),
         ("h", "What to leave on the shelf"),
         ("ul", ["artificial colours and flavours", "megadoses of vitamin A", "products that look and taste exactly like candy"], "•"),
         ("faq", None, [
             ("Can my child take an adult multivitamin?", "No. Adult doses, especially of iron and vitamin A, are too high for children."),
             ("Should a multivitamin be taken with food?", "Yes, with a meal. Fat-soluble vitamins are absorbed better and stomach upsets are less likely."),
         ]),
         ("refs", "Sources", [
             ("1. Example S. Picky eating and micronutrient gaps in preschoolers: a made-up survey. Example J Pediatr Nutr. 2021;7:12-19.", False),
             ("2. Sample K. Reading a supplement label (fictional guide). https://example.org/supplement-label-kids", True)]),
     ],
     tail=["Share", "Back to blog"])

page(name="h95-coffee-anxiety-essay", half="build", lang="en", site="stories.example.org",
     follows="https://bekahjoynelson.medium.com/coffee-through-the-lens-of-anxiety-16f31f87e2e6",
     title="Coffee, Seen Through My Anxiety", date="2021-03-09",
     pre=["Open in app", "Sign up", "Sign in", "Write", "Search"],
     meta=[("b", "Bekah Example"), ("b", "Follow"), ("b", "6 min read"), ("b", "·"), ("date", "Mar 9, 2021"), ("b", "124"), ("b", "3"), ("b", "Listen"), ("b", "Share")],
     body=[
         ("p", "I could feel it coming: the shaking hands, the racing heart, the sweat. I walked up and down the hallway outside my lecture room, trying to calm down."),
         ("p", "With anxiety, most days looked like that. And in those shaking hands I was usually holding the one thing that made it worse: a cup of coffee."),
         ("p", "Caffeine is a stimulant. If I gave it up, my head might feel less crowded. But caffeine is also habit-forming, so knowing this has never been enough to keep me away from it."),
         ("p", "I am far from alone. According to a national coffee trade group, about six in ten American adults drink coffee every day. Coffee shops are where we meet friends and family. Coffee is everywhere I look, even in my anxious moments. Especially when I am trying to stop."),
         ("p", "I rarely think about how long I have been drinking it. When I do, I see myself at ten years old with a cup in my hands. That was less unusual than it sounds: a 2014 study found that roughly three in four American children have some caffeine every day."),
         ("p", "At twelve I ordered my sweet blended coffee drink at the counter with total confidence. It had less caffeine than a regular cup, yet I remember the jittery feeling afterwards. I did not connect the two until years later."),
     ],
     tail=["Anxiety", "Coffee", "Mental Health", "Caffeine", "Written by Bekah Example", "32 Followers",
           "Writer and grad student. Notes on health, habits and everything in between.", "More from Bekah Example",
           "Help", "Status", "About", "Careers", "Privacy", "Terms", "Text to speech"])

page(name="h96-shift-work-newsletter", half="build", lang="en", site="burnoutletter.example.org",
     follows="https://beating-burnout.beehiiv.com/p/beating-burnout-january-issue",
     title="January Newsletter: Coping with Shift Work", date=None,
     pre=["- Beating Burnout Newsletter", "- Posts", "- January Newsletter: Coping with Shift Work"],
     body=[
         ("p", "All about shift work: how to look after your sleep, food, exercise and mood when your schedule keeps changing."),
         ("b", "Welcome to the Beating Burnout Newsletter, a digital magazine about mindful living, reflection and growth. Read more on our website."),
         ("hn", "📔 On Shift Work"),
         ("p", "Not every nursing job involves shifts, but round-the-clock units need them. A typical full-time pattern in many hospitals is twelve-hour shifts: two days, two nights, then five days off."),
         ("p", "Plenty of nurses like the long stretch of days off. For students used to regular sleeping hours, though, the first rotation can feel daunting. This issue is for those heading into placements without any say over their schedule."),
         ("hn", "🩹 Anticipating Health Risks"),
         ("p", "Our body clock runs on a cycle of roughly 24 hours, set by light, meal times and routine¹. Working against it leaves many people tired and foggy at first, and over the years night work has been linked to a range of health problems²."),
         ("hn", "😴 Sleep"),
         ("ul", ["Protect a block of at least seven hours after nights, with blackout curtains and earplugs.", "Have a short nap before your first night shift.", "Keep the same wind-down routine whatever time you go to bed."], "•"),
         ("hn", "🥗 Nutrition"),
         ("ul", ["Eat your main meal before the shift, not at 3 a.m.", "Pack snacks with protein and fibre instead of vending-machine sugar.", "Stop caffeine about six hours before you plan to sleep."], "•"),
         ("hn", "🏃 Exercise"),
         ("p", "A short walk in daylight after a night shift helps, but keep hard workouts for your days off."),
         ("refs", "References", [
             ("1. Example, A., & Sample, B. (2019). Light, meals and the body clock: a made-up review. Example Journal of Sleep, 5(1), 1-9. https://doi.org/10.5555/example.2019.001", True),
             ("2. Sample, C. (2020). Night work and long-term health (fictional report). Example Institute.", False)]),
     ],
     tail=["Reply", "Subscribe to Beating Burnout Newsletter", "Enter your email", "Subscribe", "© 2026 Beating Burnout Example.", "Powered by beehiiv", "Terms of Service"])

page(name="h97-jet-lag-podcast", half="build", lang="en", site="whywedo.example.org",
     follows="https://chartable.com/podcasts/why-we-do-what-we-do/episodes/96072355-226-jet-lag",
     title="226: Jet Lag", date=None,
     pre=["Podcasts", "Why We Do What We Do (an example show)", "Episodes"],
     body=[
         ("p", "Travelling far enough and fast enough to feel a completely different day and night is new for humans. Time zones have only existed for about a century and a half, and the idea that crossing them could upset our biology is newer still. Today most of us know jet lag first-hand, and most of the so-called cures do little. Jet lag is best handled by changing what you do, and in this episode we talk through how."),
         ("refs", "Links:", [
             ("1. https://example.org/history-of-jet-lag (When people first travelled fast enough to get jet lag)", True),
             ("2. https://example.org/jet-lag-basics (What jet lag is and how to beat it)", True),
             ("3. https://example.org/jet-lag-psychology (How jet lag affects mood, a made-up overview)", True),
             ("4. https://example.org/origin-of-the-term (Where the term jet lag comes from)", True)]),
     ],
     tail=["Charts", "#212 in Science", "Rate this episode", "More episodes", "225: Daylight Saving Time", "227: Why We Nap"])

page(name="h98-fiber-supplements", half="build", lang="en", html=True, theme="tt4", site="supplementcompare.example.org",
     site_title="Supplement Compare (example)", section="guides", author="Example Editorial Team", categories=["Digestive health"], tags=["fiber", "psyllium", "inulin"], seo="yoast",
     follows="https://ntro.it.com/understanding-your-options-what-is-the-healthiest-fiber-supplement-to-take",
     title="Which Fiber Supplement Is Healthiest? Comparing Your Options", date="2025-10-03",
     pre=["Home › Guides › Digestive health"],
     meta=[("b", "By Example Editorial Team"), ("date", "October 3, 2025")],
     body=[
         ("h", "Understanding Your Fiber Needs"),
         ("p", "Dietary fiber is the part of plant food your body cannot digest. It keeps your bowels regular and helps steady blood sugar and cholesterol. Before picking a supplement, it helps to know the two main kinds."),
         ("hn", "Soluble vs. Insoluble Fiber"),
         ("ul", ["Soluble fiber dissolves in water and forms a gel that slows digestion; many soluble fibers also feed gut bacteria.", "Insoluble fiber does not dissolve; it adds bulk and speeds things along, which helps with constipation."], "-"),
         ("h", "Common Types of Fiber Supplements"),
         ("hn", "Psyllium Husk"),
         ("p", "Made from the seed husk of Plantago ovata, psyllium contains both kinds of fiber. It helps with constipation as well as loose stools and can lower LDL cholesterol. It may cause gas at first and must be taken with plenty of water."),
         ("hn", "Methylcellulose"),
         ("p", "A synthetic fiber that gut bacteria do not ferment, so it causes less gas and bloating. It adds bulk but does little for cholesterol."),
         ("hn", "Inulin"),
         ("p", "Usually taken from chicory root. A prebiotic that feeds gut bacteria, but it can cause wind in sensitive people."),
         ("table", ["Supplement", "Type", "Gas and bloating", "Best for"],
          [["Psyllium husk", "soluble + insoluble", "moderate", "regularity, cholesterol"], ["Methylcellulose", "soluble, non-fermented", "low", "constipation"], ["Inulin", "soluble, fermented", "higher", "gut bacteria"]], "pipe"),
         ("faq", None, [
             ("Can I take a fiber supplement every day?", "Most people can. Start low, increase slowly and drink enough water."),
             ("Is it better to get fiber from food?", "Yes. Food gives you fiber plus vitamins and minerals; a supplement only fills the gap."),
             ("When should I take it?", "Take it at least two hours apart from medicines, because fiber can slow their absorption."),
         ]),
         ("refs", "References", [
             ("Example, J. (2022). Fiber supplements compared: a made-up consumer trial. Example Gut Review, 3(1), 20-28. https://doi.org/10.5555/example.fiber.2022", True),
             ("Sample, L., & Example, M. (2020). Notes on psyllium and cholesterol (fictional). Example University Press.", False)]),
     ],
     tail=["Disclaimer: This article is for information only and is not medical advice.", "Related Articles", "What's the best fiber additive?", "What is the safest fiber supplement to take?"])

page(name="h99-exam-stress-student-paper", half="build", lang="en", html=True, theme="ghost", site="campusnews.example.org", author="Example Reporter", tag="News",
     follows="https://www.utoday.nl/news/75704/want-to-prevent-exam-stress-study-with-friends-and-dont-drink-energy-drinks",
     title="Want to prevent exam stress? Study with friends and skip the energy drinks", date="2024-01-19",
     pre=["Campus paper – independent news for students and staff"],
     meta=[("b", "By Example Reporter"), ("date", "Jan 19, 2024")],
     body=[
         ("p", "Don't panic: nearly everyone feels some stress when exams come up. \"That is quite normal,\" says a student psychologist at the university. \"A bit of stress can even help, because it gets you going. Up to a point, stress is a healthy emotion.\""),
         ("hn", "Make a schedule"),
         ("p", "For most students exam stress stays harmless. Planning and keeping an overview matter most, she says. Take regular breaks and move during them, so your thoughts get a rest too. Free time is not wasted time: it lets your brain store what you have learnt."),
         ("p", "What works differs from person to person. Some concentrate better in a group, others need silence. Find out what suits you."),
         ("hn", "Coffee and energy drinks"),
         ("p", "Many students reach for coffee or energy drinks for a quick boost. \"An energy drink can help for a short while, but later you get a dip, a rebound effect. Coffee does not do that as directly, but too much is not good either. And if you start studying on time, you simply don't need them.\""),
         ("hn", "When to sound the alarm"),
         ("p", "Some students have much heavier complaints:"),
         ("ul", ["palpitations, headaches or a stiff neck;", "fear of failure or perfectionism that stops you from starting;", "not being able to concentrate or sleep for weeks."], "•"),
         ("p", "Then it is time to talk to a student psychologist or your study adviser."),
     ],
     tail=["Photo: Example Photographer", "Read also", "Student psychologists see more fear of failure", "Tips for a good night's sleep before an exam"])

page(name="h100-decaf-anxiety", half="build", lang="en", html=True, theme="dawn", site="roastery.example.org",
     shop="Example Coffee & Tea", blog_handle="blog", author="Example Coffee & Tea", tags=["Decaf", "Coffee", "Caffeine & Recipes"],
     follows="https://weaverscoffee.com/blogs/blog/why-i-drink-decaf-coffee",
     title="Why I Switched to Decaf", date="2023-09-17",
     pre=["Free shipping on orders over $40"],
     meta=[("date", "September 17, 2023 5 min read"), ("b", "Decaf Coffee Caffeine & Recipes")],
     body=[
         ("p", "When customers in our cafes ask me what to try next, I have a confession: I usually point them to our decaf blend."),
         ("p", "I started drinking decaf to calm my anxiety. I have been a barista for seven years and a store manager for three, and I still drink regular coffee too, just less of it."),
         ("p", "Before I worked here I dismissed decaf like everyone else. A colleague talked me into a cup, and I was surprised by how deep and smooth it tasted. These days my go-to is an iced decaf americano."),
         ("h", "A short history of decaf"),
         ("p", "In the early 1900s a German coffee merchant noticed that beans soaked in seawater during shipping had lost much of their caffeine. He went on to patent the first commercial decaffeination process in 1906. It used benzene, which we now know causes cancer, so that method is long gone."),
         ("h", "How is caffeine removed today?"),
         ("ul", ["with water and carbon filters, the method our decaf uses;", "with carbon dioxide under pressure;", "with solvents that are rinsed out before roasting."], "•"),
         ("h", "How much caffeine is left?"),
         ("table", ["Drink", "Caffeine per cup"],
          [["Regular brewed coffee", "about 95 mg"], ["Decaf coffee", "about 2-5 mg"], ["Black tea", "about 45 mg"]], "pipe"),
         ("p", "For healthy adults, Europe's food safety authority considers up to 400 mg of caffeine a day from all sources safe, and single doses up to 200 mg [1]. If caffeine makes you jittery, decaf lets you keep the ritual without the racing heart."),
         ("refs", "Sources", [
             ("[1] " + EFSA_CAFFEINE, False),
             ("[2] Example R. Decaffeination methods compared (a made-up roaster's guide). https://example.org/decaf-methods", True)]),
     ],
     tail=["Share", "Back to blog", "Leave a comment", "Please note, comments need to be approved before they are published."])


# ---------------------------------------------------------------- build half, seventh part (h101-h120: held out in issue 16's fourth session, measured once, then moved here)
# Written for a fresh measurement after h81-h100 were used; not to be looked at when changing the
# importer. h101-h112 are Dutch (h101, h104, h107, h109 and h112 after Flemish sites), h113-h120
# English. Real works cited here were checked while writing (two PubMed/publisher records on
# riboflavin and migraine, NHMRC's iodine statement, CDC's iodine page and the NIH ODS copper fact
# sheet for consumers); all other entries are made up on purpose.

RIBO_REVIEW_2015 = ("Supplementation with Riboflavin (Vitamin B2) for Migraine Prophylaxis in Adults and Children: "
                    "A Review. Int J Vitam Nutr Res. 2015;85(1-2):79-87. doi:10.1024/0300-9831/a000225. PMID: 26780280")
RIBO_NUTRIENTS_2021 = ("Experimental and Clinical Evidence of the Effectiveness of Riboflavin on Migraines. "
                       "Nutrients. 2021;13(8):2612. https://doi.org/10.3390/nu13082612")
NHMRC_IODINE = ("National Health and Medical Research Council. Iodine supplementation for pregnant and breastfeeding "
                "women. https://www.nhmrc.gov.au/about-us/publications/iodine-supplementation-pregnant-and-breastfeeding-women")
CDC_IODINE = ("Centers for Disease Control and Prevention. Iodine (breastfeeding special circumstances). "
              "https://cdc.gov/breastfeeding-special-circumstances/hcp/diet-micronutrients/iodine.html")
ODS_COPPER_CONSUMER = "Office of Dietary Supplements, National Institutes of Health. Copper: Fact Sheet for Consumers."

page(name="h101-vitamine-b1-alcohol", half="build", lang="nl", html=True, theme="drupal", site="formularium-voorbeeld.example.org",
     follows="https://farmaka.bcfi.be/nl/formularium/104",
     title="Vitamine B1 bij chronisch alcoholgebruik", date="2023-05-22",
     pre=["Ga naar de inhoud", "Let op: Om de gebruikerservaring op deze site te verbeteren gebruiken we cookies.", "Menu", "Login redactie", "Formularium Ouderenzorg"],
     meta=[("date", "Literatuur geraadpleegd tot: 22/05/2023")],
     body=[
         ("ul", ["Wie lang en veel alcohol drinkt, raakt vaak vitamine B1 (thiamine) tekort.", "Vooral tijdens het afkicken dreigt dan de encefalopathie van Wernicke.", "Daarom krijgt elke oudere met chronisch alcoholisme preventief thiamine."], "•"),
         ("hn", "Behandeling"),
         ("p", "Bij ernstig alcoholgebruik raden richtlijnen aan om thiamine via de mond te geven. Een Britse richtlijn houdt 50 mg per dag aan als onderhoud. Bij ontwenning en slechte voeding adviseert de Nederlandse huisartsenrichtlijn één tot twee keer per dag een tablet van 100 mg, af te bouwen zodra de patiënt weer gewoon eet."),
         ("hn", "Geselecteerd"),
         ("table", ["Middel", "Vorm", "Dosis"], [["Thiamine", "tablet 100 mg", "1 à 2 x per dag"], ["Thiamine", "injectie", "bij opname, volgens protocol"]], "cells"),
         ("hn", "Niet geselecteerd"),
         ("p", "Voor B-complexpreparaten bij zenuwpijn door alcohol of diabetes is er weinig bewijs. Een routinematige dosering van andere B-vitamines raden we niet aan."),
         ("refs", "Referenties", [
             ("1 Voorbeeld K. Thiamine bij ontwenning: een verzonnen overzicht. Fictief Tijdschr Ouderenzorg 2021;9:12-18.", False),
             ("2 Werkgroep Voorbeeld. Fictieve richtlijn alcohol en voeding. https://example.org/richtlijn-alcohol-voeding", True)]),
     ],
     tail=["Contact", "Disclaimer", "Privacy", "© Centrum Voorbeeld vzw"])

page(name="h102-mangaan", half="build", lang="nl", site="supplementmerk-voorbeeld.example.org",
     follows="https://www.perfect4yourbody.nl/nutrienten/mineralen/mangaan",
     title="Mangaan", date=None,
     pre=["Winkelmand (0)", "Producten", "Nutriënten", "Over ons", "Home / Nutriënten / Mineralen / Mangaan"],
     body=[
         ("p", "Je lichaam gebruikt mangaan om botweefsel te bouwen. Daarnaast doet het mee aan de afbraak van aminozuren, cholesterol en koolhydraten."),
         ("h", "Hoeveel heb ik nodig?"),
         ("p", "Voor mangaan bestaat in Nederland en de EU geen aanbevolen dagelijkse hoeveelheid. De Europese voedselautoriteit noemt 3 milligram per dag een adequate inname voor volwassenen."),
         ("h", "Welke factoren beïnvloeden de opname van mangaan?"),
         ("p", "Calcium, fosfaat en ijzer remmen de opname als er veel van in je eten zit. Eet je er weinig van, dan neem je mangaan juist beter op."),
         ("h", "Wat is veilig?"),
         ("p", "Als veilige bovengrens geldt 11 milligram per dag. Dat is een gemiddelde met een ruime marge: af en toe iets meer is geen direct gevaar."),
         ("h", "Wat gebeurt er bij te veel of te weinig?"),
         ("p", "Te veel mangaan kan het zenuwstelsel beschadigen, maar via gewone voeding gebeurt dat bijna nooit. Over een tekort bij mensen is weinig bekend; bij proefdieren zag men afwijkingen aan hersenen en skelet."),
         ("h", "Waar zit het in?"),
         ("ul", ["volkoren granen en rijst", "noten", "bladgroenten en fruit", "thee"], "-"),
         ("faq", "Veelgestelde vragen", [
             ("Zit er mangaan in een multivitamine?", "In de meeste wel, meestal 1 tot 2 milligram per tablet."),
             ("Moet ik mangaan apart slikken?", "Nee, bij een gevarieerd eetpatroon krijg je genoeg binnen."),
         ]),
     ],
     tail=["Gerelateerde producten", "Multi Voorbeeld Basis", "Mineralen Complex (fictief)", "Klantenservice", "Verzending & retour", "Algemene voorwaarden"])

page(name="h103-jodium-zwanger", half="build", lang="nl", html=True, theme="tt4", site="zwanger-voorbeeld.example.org",
     site_title="Zwanger Voorbeeld", section="zwanger", author="Lotte Voorbeeld", categories=["Zwanger"], seo="yoast", comment_items=[],
     follows="https://zwangerennu.nl/zwanger/jodium-tijdens-de-zwangerschap",
     title="Jodium tijdens de zwangerschap", date=None,
     pre=["Skip to content", "Menu"],
     meta=[("b", "Dit artikel is geschreven door:"), ("b", "Lotte Voorbeeld, verloskundige"), ("b", "Leesduur 3 minuten")],
     body=[
         ("p", "Zwanger zijn verandert veel in je lijf, en je let vast beter op wat je eet. Jodium komt daarbij vaak ter sprake. Wat doet het, waarom heb je er nu meer van nodig en hoe krijg je genoeg binnen?"),
         ("h", "Wat is jodium en wat doet het?"),
         ("p", "Jodium is een spoorelement: je hebt er maar weinig van nodig en je lichaam maakt het niet zelf. Je schildklier gebruikt het om hormonen te maken die je stofwisseling regelen."),
         ("h", "Waarom is jodium extra belangrijk voor je baby?"),
         ("p", "Je baby heeft jodium nodig voor:"),
         ("ul", ["de groei van het lichaam;", "het rijpen van de botten;", "de ontwikkeling van de hersenen en het zenuwstelsel."], "•"),
         ("hn", "Je baby is afhankelijk van jou"),
         ("p", "De schildklier van je kindje werkt pas rond week 18 tot 20 echt mee. Tot die tijd leunt het volledig op jouw jodium."),
         ("h", "Hoe krijg je genoeg binnen?"),
         ("p", "In Nederland zit jodium vooral in brood met bakkerszout. Eet je weinig brood, vraag dan je verloskundige of een supplement met jodium zinvol is."),
     ],
     tail=["Lees ook", "Foliumzuur: wanneer begin je?", "Vitamine D in de zwangerschap", "Deel dit artikel", "© Zwanger Voorbeeld"])

page(name="h104-melatonine-kinderen", half="build", lang="nl", html=True, theme="ananke", site="babyslaap-voorbeeld.example.org",
     author="lise Voorbeeld", tags=["melatonine", "kinderslaap"], show_author=False,
     follows="https://www.debabyslaapcoach.be/post/heel-veel-kinderen-krijgen-melatonine-maar-wist-je-dat-je-dit-ook-natuurlijk-kan-boosten",
     title="Veel kinderen krijgen melatonine, maar je kan het ook op een natuurlijke manier ondersteunen", date=None,
     pre=["top of page"],
     meta=[("b", "lise Voorbeeld"), ("b", "18 jan"), ("b", "5 minuten om te lezen")],
     body=[
         ("p", "Melatonine is een hormoon dat je lichaam zelf maakt. Het vertelt je lijf wanneer het tijd is om te slapen, niet óf je slaapt. Zie het als een klok, geen aan-uitknop. In deze blog leg ik uit wat melatonine doet, wanneer een supplement zinvol kan zijn en wat je als ouder eerst kan proberen."),
         ("h", "Eerst: wat is melatonine?"),
         ("hn", "Waar wordt melatonine gemaakt?"),
         ("p", "In de pijnappelklier, in de hersenen. Die reageert vooral op licht en donker:"),
         ("ul", ["Licht → weinig melatonine → lichaam staat aan", "Donker → melatonine stijgt → lichaam vertraagt"], "none"),
         ("hn", "Hoe zit dat bij baby's en jonge kinderen?"),
         ("p", "Pasgeboren baby's maken nog nauwelijks zelf melatonine. Ze leren hun ritme via daglicht overdag, donker en rust 's avonds en de nabijheid van een volwassene. Daarom slapen baby's chaotisch en is 's nachts wakker worden normaal."),
         ("h", "Wanneer melatonine wél kan helpen"),
         ("p", "Het meeste bewijs is er voor kinderen bij wie de klok echt verschoven is, en voor sommige kinderen met autisme of ADHD. Overleg altijd eerst met je huisarts of kinderarts."),
         ("h", "Zo ondersteun je het natuurlijk"),
         ("ol", ["Ga 's ochtends samen naar buiten.", "Dim het licht een uur voor bedtijd.", "Geen schermen in het laatste uur.", "Houd elke dag ongeveer dezelfde bedtijd aan."]),
     ],
     tail=["Recente blogposts", "Alles weergeven", "Slaapregressie bij 4 maanden", "Dutjes bij peuters", "Commentaren", "Schrijf een reactie...", "Plaats een reactie", "bottom of page"])

page(name="h105-lawaai-slaap", half="build", lang="nl", site="stichting-geluid-voorbeeld.example.org",
     follows="https://nsg.nl/nl/lawaai_een_ongezond_geluid",
     title="Lawaai: een ongezond geluid", date="1997-11-12",
     pre=["image-slider-9", "Lawaai is geen leven (campagne-slogan, 1984-1992)", "image-slider-8", "Het mooiste geluid is stilte", "left", "Artikel"],
     body=[
         ("p", "Geluid kan je leven 'verzieken'"),
         ("p", "Delft, 12 november 1997 - \"Ik word gek van die herrie!\" Wie dat roept, overdrijft niet altijd. Lawaai kan de geestelijke en lichamelijke gezondheid flink ondermijnen, en onze stichting krijgt daar geregeld vragen over."),
         ("p", "Volgens een medewerker van de stichting begint het vaak met irritatie: de buren verbouwen, je kunt je niet concentreren en wordt prikkelbaar. Het geluid gaat een steeds grotere rol spelen. Bij veel overlast kan die spanning iemand zelfs agressief of somber maken."),
         ("hn", "Lichamelijke klachten"),
         ("p", "Lawaai 's nachts is extra schadelijk. Je wordt vaker kort wakker, zonder dat je het merkt, en slaapt minder diep. Overdag ben je moe, en op termijn kan de bloeddruk stijgen."),
         ("hn", "Wat kunt u doen?"),
         ("ul", ["Maak afspraken met de buren voordat de ergernis oploopt.", "Isoleer de slaapkamer of verplaats het bed naar de stille kant.", "Probeer oordopjes als het lawaai van buiten komt."], "-"),
     ],
     tail=["Terug naar overzicht", "Stichting Geluid Voorbeeld", "Postbus 0000", "Word donateur"])

page(name="h106-ademhaling-stress", half="build", lang="nl", html=True, theme="elementor", site="leefstijl-voorbeeld.example.org", author="Noor Voorbeeld",
     follows="https://payload.jlam.nl/5-ademhalingsoefeningen-voor-minder-stress",
     title="5 ademhalingsoefeningen voor minder stress", date="2026-01-22",
     meta=[("b", "Auteur: Diëtist & leefstijlcoach Noor Voorbeeld"), ("date", "Verschenen op: 22 januari 2026"), ("b", "Gewijzigd op: 22 januari 2026")],
     body=[
         ("p", "Stress hoort bij het leven, maar als het lang aanhoudt, wordt ontspannen steeds moeilijker. Je ademhaling speelt daarin een grotere rol dan je denkt. Hieronder lees je waarom ademhalingsoefeningen helpen en vind je vijf oefeningen om uit te proberen."),
         ("hn", "Kernboodschappen van dit artikel (leestijd 6 minuten)"),
         ("ul", ["Effect op stress: rustig ademen geeft je lichaam het signaal dat het veilig is.", "Kies wat bij je past: er is niet één beste oefening.", "Maak er een routine van: een paar minuten per dag is genoeg."], "•"),
         ("h", "1. Wat zijn ademhalingsoefeningen en waarom helpen ze bij stress?"),
         ("p", "Bij stress adem je snel en hoog in je borst, waardoor je lichaam alert blijft. Door trager en dieper te ademen zet je het deel van je zenuwstelsel aan dat voor rust en herstel zorgt. De oorzaak van je stress verdwijnt er niet door, de lichamelijke reactie wel sneller."),
         ("h", "2. Vijf oefeningen"),
         ("hn", "Buikademhaling"),
         ("p", "Leg een hand op je buik en adem zo in dat vooral die hand omhoog komt."),
         ("hn", "4-7-8"),
         ("p", "Adem 4 tellen in, houd 7 tellen vast en adem 8 tellen uit."),
         ("hn", "Box breathing"),
         ("p", "Adem in, houd vast, adem uit en houd weer vast, telkens 4 tellen."),
         ("hn", "Langer uitademen"),
         ("p", "Adem 4 tellen in en 6 tellen uit."),
         ("hn", "Zuchten"),
         ("p", "Adem twee keer kort in door je neus en daarna lang uit door je mond."),
         ("refs", "Bronnen", [
             ("Voorbeeld N. Ademhaling en herstel: een verzonnen pilotstudie. Tijdschrift Leefstijl (fictief). 2024;2:4-9.", False),
             ("Proef A. Vijf minuten ademen per dag (fictief). https://example.org/vijf-minuten-ademen", True)]),
     ],
     tail=["Deel dit artikel", "Meld je aan voor de nieuwsbrief", "Je e-mailadres", "Aanmelden"])

page(name="h107-sportdranken-hitte", half="build", lang="nl", html=True, theme="joomla", site="sportgezond-voorbeeld.example.org",
     follows="https://gezondsporten.be/wiki/item/2021/06/15/Hot-hot-hot-Wat-drink-je-dan-het-best",
     title="Het is warm! Wat drink je dan best tijdens het sporten?", date=None,
     pre=["Inge is een sportdiëtiste en coach met een eigen praktijk. Ze begeleidt al jaren Belgische topatleten en jonge sporters.", "Sporter Blog Voeding"],
     body=[
         ("p", "Het wordt warm in België. Drink dan voldoende, en zeker als je sport. Maar wat en hoeveel? Dat bekijk je het best per persoon, al zijn er algemene richtlijnen. Sportdiëtiste Inge Voorbeeld legt uit hoe het zit."),
         ("p", "Hoeveel iemand zweet en wat er in dat zweet zit, verschilt sterk van persoon tot persoon. Toch kan je het aanbod aan sportdranken al goed indelen."),
         ("hn", "Hypotoon, isotoon of hypertoon?"),
         ("p", "Een isotone drank heeft ongeveer dezelfde concentratie als je bloed. Een hypotone drank is minder geconcentreerd, een hypertone meer."),
         ("table", ["Soort", "Voorbeeld", "Wanneer"], [["Hypotoon", "water, sterk verdunde siroop", "korte training, veel zweten"], ["Isotoon", "klassieke sportdrank", "langer dan een uur intensief"], ["Hypertoon", "energiedrank, vruchtensap", "na de inspanning, om bij te tanken"]], "cells"),
         ("hn", "Hoeveel drinken?"),
         ("p", "Weeg jezelf voor en na de training. Elke kilo die je verliest, vul je aan met ongeveer anderhalve liter vocht, verspreid over de uren erna."),
     ],
     tail=["Tags: hydratatie, hitte, sportvoeding", "Delen", "Gerelateerde artikels", "Voeding voor de marathon", "Krampen bij het fietsen"])

page(name="h108-suikerdip", half="build", lang="nl", site="leefstijlcoach-voorbeeld.example.org",
     follows="https://www.leefstijlcoachingbrabant.nl/vitaal-ervaren/in-de-praktijk/",
     title="De beruchte “energiedip” of “suikerdip”", date=None,
     pre=["Home", "Over ons", "Vitaal ervaren", "In de praktijk", "Contact"],
     body=[
         ("p", "Onze coach kreeg laatst tijdens een lezing over voeding de vraag: “Hoe komt het dat ik na het eten zo moe word?” Een herkenbare vraag, dus we delen het antwoord graag."),
         ("b", "Leefstijlcoach Voorbeeld insulinepiek bloedsuiker geraffineerde koolhydraten"),
         ("p", "Koolhydraten knipt je lichaam op tot glucose, die in je bloed komt en overal energie levert. Eenvoudige suikers zijn zo klein dat ze binnen een kwartier al in je bloed zitten. De bloedglucose schiet dan boven de normale waarde uit: een suikerpiek."),
         ("p", "Je lichaam wil de glucose tussen ongeveer 4 en 6 mmol/l houden. Gaat het daarboven, dan maakt de alvleesklier insuline aan, die de suiker de cellen in helpt. Na een suikerrijke maaltijd gebeurt dat zo krachtig dat de bloedsuiker onder de normaalwaarde zakt. Voilà: een suikerdip."),
         ("p", "Je voelt je slap, trillerig en duizelig, en je krijgt zin in… suiker. Zo begint de cirkel opnieuw."),
         ("hn", "Hoe voorkom je het?"),
         ("ul", ["Kies volkoren in plaats van wit.", "Combineer koolhydraten met eiwit en vet.", "Eet regelmatig, zodat je niet uitgehongerd aan tafel gaat."], "-"),
     ],
     tail=["Meer weten? Plan een gratis kennismaking", "Leefstijlcoach Voorbeeld", "KvK 00000000", "Privacyverklaring"])

page(name="h109-darmen-depressie", half="build", lang="nl", site="krant-voorbeeld.example.org",
     follows="https://www.hbvl.be/cnt/dmf20190204_04152508/depressief-t-ligt-vermoedelijk-aan-uw-darmen",
     title="Depressief? ’t Ligt mogelijk aan uw darmen", date=None,
     pre=["Menu", "Zoeken", "Abonneer", "Aanmelden", "Regio", "Limburg", "PLUS"],
     body=[
         ("p", "Hasselt - Last van een depressie? Dan zitten uw darmen er mogelijk voor iets tussen. Onderzoekers van een Vlaamse universiteit vonden voor het eerst een verband tussen depressie en bepaalde bacteriën in de darmflora."),
         ("p", "“We weten nog niet in welke richting het verband loopt”, zegt een van de onderzoekers. “Maar de kans is groot dat darmbacteriën onze geestelijke gezondheid beïnvloeden.”"),
         ("p", "De onderzoekers vergeleken de stoelgang van ruim duizend Vlamingen met hun antwoorden op vragenlijsten over stemming. Bij mensen met depressieve klachten ontbraken twee groepen bacteriën vaker."),
         ("b", "Lees ook: Wat eet u best voor een gezonde darm?"),
         ("p", "Of probiotica of een ander dieet depressie kunnen helpen, is nog niet onderzocht. De onderzoekers waarschuwen dan ook om niet zomaar supplementen te slikken."),
     ],
     tail=["Dit artikel is voorbehouden voor abonnees.", "Lees verder met een abonnement", "Meer over", "Gezondheid", "Wetenschap", "Hasselt"])

page(name="h110-vitamine-b2-migraine", half="build", lang="nl", site="hoofdpijnkliniek-voorbeeld.example.org",
     follows="https://lacliniquedelatete.ca/blogues/therapies/la-riboflavine/",
     title="Riboflavine", date=None,
     pre=["Blogues", "Therapieën"],
     body=[
         ("p", "= vitamine B2"),
         ("p", "Riboflavine, of vitamine B2, wordt goed verdragen, is goedkoop en kan bij volwassenen het aantal migraineaanvallen verminderen [1][2]. In één studie had na drie maanden 59% van de deelnemers minstens de helft minder aanvallen, tegenover 19% in de controlegroep [3]."),
         ("p", "Bij kinderen en jongeren zijn de resultaten minder duidelijk [1]. Als preventie wordt meestal 400 mg per dag gebruikt, bij voorkeur 200 mg twee keer per dag bij de maaltijd. Mogelijke bijwerkingen zijn licht: felgele urine en af en toe diarree."),
         ("p", "Vermoedelijk werkt riboflavine via de energiehuishouding in de cellen; tijdens een aanval is die in de hersenen verstoord [2]. Je vindt het ook in voeding: verrijkte ontbijtgranen, magere melk, eieren, amandelen en spinazie."),
         ("refs", "Referenties", [
             ("- [1] " + RIBO_REVIEW_2015, True),
             ("- [2] " + RIBO_NUTRIENTS_2021, True),
             ("- [3] Voorbeeld J, Proef L. Riboflavine en migraine: een verzonnen gerandomiseerde studie. Fictief Tijdschr Neurol. 1999;4:1-6.", False)]),
     ],
     tail=["Deel op Facebook", "Vorig artikel", "Magnesium", "Volgend artikel", "Co-enzym Q10", "© Hoofdpijnkliniek Voorbeeld"])

page(name="h111-koper", half="build", lang="nl", site="dietistenplatform-voorbeeld.example.org",
     follows="https://www.dietcetera.nl/voedingsstoffen/koper-in-voeding/",
     title="Koper in voeding", date=None,
     pre=["Zoek een diëtist", "Voedingsstoffen", "Recepten", "Inloggen"],
     body=[
         ("p", "Koper is nodig om ijzer in hemoglobine vast te leggen, en hemoglobine vervoert zuurstof door je lichaam. Koper is een anorganische stof: het komt uit levenloos materiaal, net als water en de andere mineralen."),
         ("p", "Je lichaam kan mineralen en spoorelementen niet zelf maken, dus je haalt ze uit je eten. Van spoorelementen zoals koper heb je per dag maar enkele microgrammen tot milligrammen nodig."),
         ("hn", "Functies"),
         ("ul", ["vorming van rode bloedcellen", "opname en transport van ijzer", "stevige botten en bindweefsel", "pigment van huid en haar"], "•"),
         ("hn", "Hoeveel heb je nodig?"),
         ("p", "Volwassenen hebben ongeveer 0,9 milligram per dag nodig. Bij zwangerschap en borstvoeding ligt dat iets hoger."),
         ("hn", "Waar zit koper in?"),
         ("p", "In orgaanvlees, schaaldieren, noten, peulvruchten, volkoren graanproducten en cacao."),
         ("hn", "Tekort en teveel"),
         ("p", "Een tekort is zeldzaam en komt vooral voor na darmoperaties of bij hoge doses zink. Te veel koper via voeding komt bijna niet voor."),
     ],
     tail=["Deze informatie is opgesteld door diëtisten.", "Heeft u een vraag? Stel hem aan een diëtist", "Gerelateerd", "IJzer in voeding", "Zink in voeding"])

page(name="h112-stress-vakbond", half="build", lang="nl", site="vakbond-voorbeeld.example.org",
     follows="https://acv-antwerpen.acv-online.be/acv-online/het-acv/sociale-verkiezingen-2016/themas/stress-en-burn-out/stress-en-burn-out.html",
     title="Stress en burn-out", date=None,
     pre=["Word lid", "Contact", "Zoeken", "Het ACV > Sociale verkiezingen > Thema's > Stress en burn-out"],
     body=[
         ("p", "Te flexibele uurroosters, onredelijke eisen, saaie taken: steeds meer werknemers voelen zich niet goed in hun vel. Het beste medicijn is werkbaar werk, zonder overdreven flexibiliteit en zonder stress."),
         ("p", "Stress is een steeds vaker genoemde reden voor afwezigheid. Ongeveer een op de tien ziekteverloven komt door stress alleen, een op de vier door stress samen met andere oorzaken. Aanslepende stress en te veel werk leiden vaak tot een burn-out: mensen raken uitgeput, missen energie en zien geen uitweg meer."),
         ("h", "ACV-aanpak"),
         ("p", "Stress is zelden een individueel probleem. Meestal gaat het om werkdruk en de manier waarop het werk georganiseerd is. Daarom willen onze afgevaardigden er werk van maken in het comité voor preventie en de ondernemingsraad."),
         ("ul", ["een jaarlijkse risicoanalyse van de psychosociale risico's;", "een vertrouwenspersoon in elk bedrijf;", "aangepast werk voor wie na een burn-out terugkomt."], "-"),
         ("b", "Lees ook: Werkbaar werk: onze tien eisen"),
     ],
     tail=["Deel deze pagina", "Facebook", "Twitter", "Afdrukken", "Vakbond Voorbeeld – Antwerpen", "Disclaimer", "Cookies"])

page(name="h113-vitamin-d-darker-skin", half="build", lang="en", html=True, theme="dawn", site="naturalremedies.example.org",
     shop="Example Natural Remedies", blog_handle="health-blog", author="Example Natural Remedies", tags=["Vitamin D", "Skin"],
     follows="https://www.amoils.com/blogs/health-blog/those-with-a-darker-skin-have-a-higher-risk-of-being-vitamin-d-deficient",
     title="People with Darker Skin Are More Likely to Be Low in Vitamin D", date="2022-02-14",
     pre=["Free UK delivery on orders over £30", "Skip to content"],
     meta=[("date", "February 14, 2022")],
     body=[
         ("p", "Here in the UK the health secretary has asked for evidence on how to raise vitamin D levels across the population, and has spoken openly about the gaps between communities."),
         ("p", "Vitamin D matters for healthy bones, yet older people and people from Asian and Black communities are more likely to have low levels."),
         ("h", "Who is more at risk of low vitamin D?"),
         ("p", "Melanin protects skin from the sun, but it also slows down how much vitamin D the skin makes. Someone with darker skin needs more UVB exposure to make the same amount as someone with lighter skin. We also make less as we get older."),
         ("p", "In winter almost nobody in the UK gets enough from sunlight, whatever their skin colour, and even summer is no guarantee."),
         ("h", "What does the government plan to do?"),
         ("ul", ["raise awareness of vitamin D among the public and health professionals;", "look at fortified foods;", "make supplements easier to get for groups at risk."], "•"),
         ("h", "What can you do now?"),
         ("p", "UK advice is to take 10 micrograms (400 IU) a day in autumn and winter, and all year round if you have dark skin or spend little time outdoors."),
     ],
     tail=["Share", "Back to blog", "Subscribe to our emails", "Email", "© 2026, Example Natural Remedies Powered by Shopify"])

page(name="h114-fasting-women", half="build", lang="en", html=True, theme="ghost", site="womenshealthapp.example.org", author="Example Health Team", tag="Nutrition",
     follows="https://flouria.health/blog/intermittent-fasting-for-women-how-to-do-it-safely-with-your-hormones-in-mind",
     title="Intermittent fasting for women: how to do it safely with your hormones in mind", date="2025-10-20",
     pre=["Blog"],
     meta=[("b", "Learn how fasting affects women's hormones and cycles, with gentle tips that respect them."), ("date", "Oct 20, 2025")],
     body=[
         ("p", "Intermittent fasting promises more energy, easier weight control and sharper focus. What is often left out is that most of the research was done in men. Women's hormones shift through the month, and fasting can feel very different."),
         ("bl", ["Table of contents", "1. What is intermittent fasting?", "2. Why fasting affects women differently", "3. When to fast, and when not to, in your cycle", "4. Who should avoid fasting"]),
         ("h", "What is intermittent fasting?"),
         ("p", "You alternate periods of eating with periods of not eating. Common patterns:"),
         ("ul", ["16:8, with an 8-hour eating window", "14:10, with a 10-hour window", "5:2, eating less on two days a week"], "•"),
         ("h", "Why fasting affects women differently"),
         ("p", "To the body, a long stretch without food can look like stress. Cortisol rises, and the brain may turn down the hormones that run the cycle. Some women notice irregular periods, poorer sleep or more anxiety."),
         ("h", "When to fast, and when not to, in your cycle"),
         ("p", "Many women find shorter fasts easier in the first half of the cycle and prefer to eat normally in the week before their period."),
         ("h", "Who should avoid fasting"),
         ("ul", ["pregnant or breastfeeding women", "anyone with a history of eating disorders", "women trying to conceive, unless a doctor agrees"], "•"),
         ("faq", "FAQ", [
             ("Can fasting change my period?", "It can, especially with long or frequent fasts. Stop and talk to your doctor if your cycle changes."),
             ("Is a 12-hour overnight fast safe?", "For most healthy women, yes. It is a gentle place to start."),
         ]),
     ],
     tail=["Track your cycle with the Example app", "Download on the App Store", "Related articles", "Cycle syncing: what the evidence says", "Magnesium for PMS"])

page(name="h115-afternoon-slump-sugar", half="build", lang="en", html=True, theme="papermod", site="wellnesscoach.example.org", author="Renee Example",
     tags=["energy", "sugar cravings"],
     follows="http://www.reneepletka.com/blog/2017/9/28/5-tips-for-managing-your-afternoon-slump-without-candy-or-coffee",
     title="5 Tips for Managing Your Afternoon Slump (Without Candy or Coffee)", date="2017-09-28",
     meta=[("date", "September 28, 2017 · 3 min · Renee Example")],
     body=[
         ("p", "Do you crave something sweet every afternoon? Many of my clients do. Around two or three o'clock their eyes get heavy, their focus drops and the biscuit tin starts calling."),
         ("p", "Sugar gives a quick lift, but the crash that follows only brings more cravings. And giving in has nothing to do with weak willpower."),
         ("h", "Programmed for Sleepiness"),
         ("p", "Your body clock has two dips a day: a deep one in the middle of the night and a smaller one in the early afternoon.* That natural low is one reason the cravings hit when they do."),
         ("h", "How to Manage Your Slump"),
         ("ol", ["Get enough sleep. Short nights make the afternoon dip deeper.", "Take a catnap of 15 to 20 minutes if you can.", "Eat a lunch with protein and fibre instead of a big plate of pasta.", "Step outside for a ten-minute walk.", "Drink a glass of water before you reach for a snack."]),
         ("refs", None, [("*Example R. The afternoon dip: a made-up look at circadian timing. Example Sleep Notes. 2016;1:3-5.", False)]),
     ],
     tail=["Share this post", "Older post", "Newer post", "Subscribe to my newsletter", "© Renee Example Wellness"])

page(name="h116-sports-drinks-kids", half="build", lang="en", html=True, site="extension-kitchen.example.org",
     follows="https://eatsmartidahointhekitchen.com/2019/04/26/sports-hydration/",
     title="Sports Hydration", date="2019-04-26",
     pre=["Eat Smart in the Kitchen (an example extension blog)", "Recipes", "Nutrition", "About"],
     meta=[("date", "Posted on April 26, 2019"), ("b", "by Example Extension Educator")],
     body=[
         ("p", "Warmer weather means more time outdoors, and for many families that means sports. So what should we and our children drink to stay hydrated?"),
         ("p", "The short answer: water. Drink it before, during and after exercise. Sports drinks are only worth it after a lot of sweating, such as a long football or basketball game, and even then most of the fluid should be water."),
         ("p", "Young children rarely sweat enough to need sports drinks at all. Energy drinks are never suitable for young children, and teens should skip them too: the caffeine and other ingredients can harm them."),
         ("p", "If your kids don't like plain water, try this:"),
         ("h", "Water with a Twist"),
         ("hn", "Ingredients"),
         ("ul", ["Your choice of orange, lemon, lime, strawberries, pineapple or cucumber", "Chilled water"], "•"),
         ("hn", "Directions"),
         ("ol", ["Slice the fruit or vegetable.", "Put one to three slices in a cup of chilled water and squeeze them a little.", "Enjoy!"]),
     ],
     tail=["Categories: Beverages, Physical Activity", "Leave a comment", "Previous post: Spring Salad Jars", "Next post: Grilling Safety"])

page(name="h117-earplugs-white-noise", half="build", lang="en", html=True, theme="blogger", site="quietnights.example.org", blog="Quiet Nights (an example blog)",
     blog_description="Living and sleeping in a noisy world", author="Example Sleeper", tags=["earplugs", "white noise", "sleep"],
     follows="https://noisyworld.org/earplugs-or-white-noise/",
     title="Earplugs or White Noise or Both?", date=None,
     pre=["Earplugs or White Noise"],
     body=[
         ("p", "Earplugs keep noise away from your eardrums by absorbing and reflecting sound. A white noise machine does the opposite: it adds a steady, waterfall-like sound that masks the noises that bother you."),
         ("p", "Picture a library. With earplugs, the whispering and the creaking chairs disappear and the occasional cough is much quieter. Now picture sitting near a waterfall: children shouting in the distance simply vanish into the rushing water."),
         ("p", "The lesson: both work well, and often they work best together."),
         ("h", "A closer look at earplugs"),
         ("p", "Foam earplugs reduce noise across the whole range we can hear, from truck rumble and snoring to chatter and birdsong."),
         ("b", "cylindrical-PVC-foam-earplug"),
         ("p", "How much they block depends on the pitch. Typical values for a good foam plug:"),
         ("table", ["Frequency (Hz)", "125", "500", "1000", "4000"], [["Reduction (dB)", "30", "34", "35", "42"]], "tab"),
         ("b", "foam-earplug-noise-reduction"),
         ("h", "A closer look at white noise"),
         ("p", "A fan or a sound machine works best against irregular sounds like voices or a dog barking. Keep it quiet enough that it does not become a new disturbance."),
     ],
     tail=["12 comments:", "Anonymous said...", "Wax plugs were the only thing that worked for me. Thanks!", "Reply", "Post a Comment", "Newer Post", "Older Post", "Home"])

page(name="h118-iodine-pregnancy-phn", half="build", lang="en", site="primaryhealthnetwork.example.org",
     follows="https://www.cesphn.org.au:9001/news/latest-updates/2996-iodine-supplementation",
     title="Iodine supplementation", date=None,
     pre=["Home", "News", "Latest updates"],
     body=[
         ("h", "Recommendations for women considering pregnancy, are pregnant or are breastfeeding"),
         ("ul", ["Women who are planning a pregnancy, are pregnant or are breastfeeding should take 150 micrograms of iodine a day as a supplement, as well as eating a healthy diet.", "Women with a known thyroid condition should ask their doctor before taking an iodine supplement.", "Most Australian foods contain little iodine. Seafood is rich in it, but pregnant and breastfeeding women should keep to two serves of cooked seafood a week because of mercury. Bread, eggs, dairy and iodised salt also provide iodine."], "•"),
         ("p", "Breastfed babies get their iodine from breast milk, so a mother's intake matters after birth too. In the United States the recommended intake rises from 150 micrograms before pregnancy to 220 during pregnancy and 290 while breastfeeding."),
         ("refs", None, [("Source: " + NHMRC_IODINE, True), ("See also: " + CDC_IODINE, True)]),
     ],
     tail=["Print", "Email", "Related updates", "Immunisation update for practices", "Antenatal shared care newsletter", "Subscribe to our GP bulletin"])

page(name="h119-copper-basics", half="build", lang="en", site="fitnessapp.example.org",
     follows="https://fitnesstracker.ca/resources/nutrition/minerals/copper",
     title="Copper", date=None,
     pre=["Example Fitness Tracker", "Features", "Resources", "Pricing", "Log in", "Resources / Nutrition / Minerals"],
     body=[
         ("p", "Copper is a trace mineral that supports your heart, your immune system and the production of red blood cells."),
         ("p", "It helps your body make red blood cells, absorb iron and keep connective tissue healthy, and it protects cells against oxidative stress."),
         ("p", "A shortage is rare, but it can cause anaemia, weak bones and more infections. It is most likely in people with absorption problems or those taking a lot of zinc, which blocks copper uptake."),
         ("hn", "Recommended Daily Intake"),
         ("table", ["Group", "Amount"], [["Women", "900 micrograms"], ["Men", "900 micrograms"], ["Pregnancy", "1,000 micrograms"], ["Breastfeeding", "1,300 micrograms"], ["Upper limit", "10,000 micrograms"]], "pipe"),
         ("hn", "Deficiency Symptoms"),
         ("ul", ["Anaemia", "Osteoporosis, bone fractures", "Frequent infections", "Loss of skin pigment"], "-"),
         ("hn", "Common Food Sources"),
         ("ul", ["Beef liver", "Oysters, crab", "Dark chocolate", "Cashews", "Chickpeas", "Whole wheat pasta"], "-"),
         ("refs", "Sources", [(ODS_COPPER_CONSUMER, False)]),
     ],
     tail=["Track your copper intake", "Start free trial", "Related minerals", "Zinc", "Iron", "Selenium", "© 2026 Example Fitness Tracker"])

page(name="h120-exam-stress-students-union", half="build", lang="en", site="studentsunion.example.org",
     follows="https://www.uswsu.com/articles/exec-blog-dealing-with-exam-stress",
     title="Exec Blog: Dealing with Exam Stress", date="2019-04-17",
     pre=["Students' Union (example)", "Menu", "Basket", "Login", "Articles"],
     meta=[("date", "Wednesday 17-04-2019 - 13:53")],
     body=[
         ("p", "Hi there, Sam again!"),
         ("p", "I hope your Easter break is going well, with enough chocolate to fuel the revision. Exams are stressful whether you are in your first year or your last, and you are not the only one finding it hard. Here are some things that helped me."),
         ("hn", "Take regular, structured breaks"),
         ("p", "It is easy to think you cannot stop, and then you are three episodes into a series and feeling guilty. Planned breaks give revision a shape and make it easier to take things in."),
         ("hn", "Breathe before you panic"),
         ("p", "When your mind goes blank, breathe in for four counts and out for six, five times. It slows your heart rate and gives your head a moment to reset."),
         ("hn", "Keep eating properly"),
         ("p", "Don't get on first-name terms with every delivery driver. Your body has enough to deal with."),
         ("hn", "Don't be afraid to reach out"),
         ("p", "The Students' Union and Student Services are here for you. If you or a friend are struggling, talk to us."),
         ("p", "Good luck, everyone!"),
     ],
     tail=["Sam Example, VP Welfare", "Share this article", "Facebook", "Twitter", "Related Articles", "Pop Your Stress week is back", "Free fruit in the library"])


# ---------------------------------------------------------------- build half, eighth part (h121-h140: held out in issue 16's fifth session, measured once, then moved here)
# Written for a fresh measurement after h101-h120 were used; not to be looked at when changing the
# importer. h121-h132 are Dutch (h122, h123, h125, h127 and h129 after Flemish sites), h133-h140
# English. Real works cited here were checked while writing (the 2020 meta-analysis on valerian
# and sleep, the DPPOS paper on metformin and vitamin B12, the 2020 systematic review on
# L-theanine and stress, and Lareb's news item on red yeast rice), each with only the identifiers
# seen on PubMed, the publisher's or the agency's own page; all other entries are made up on
# purpose.

SHINJYO_VALERIAN = ("Shinjyo N, Waddell G, Green J. Valerian Root in Treating Sleep Problems and Associated "
                    "Disorders-A Systematic Review and Meta-Analysis. J Evid Based Integr Med. 2020 Jan-Dec;25:"
                    "2515690X20967323. doi: 10.1177/2515690X20967323. PMID: 33086877; PMCID: PMC7585905.")
ARODA_METFORMIN = ("Aroda VR, Edelstein SL, Goldberg RB, et al. Long-term Metformin Use and Vitamin B12 "
                   "Deficiency in the Diabetes Prevention Program Outcomes Study. J Clin Endocrinol Metab. "
                   "2016;101(4):1754-1761. doi:10.1210/jc.2015-3754. PMID: 26900641")
WILLIAMS_THEANINE = ("Williams, J. L., Everett, J. M., D'Cunha, N. M., Sergi, D., Georgousopoulou, E. N., Keegan, R. J., "
                     "McKune, A. J., Mellor, D. D., Anstice, N., & Naumovski, N. (2020). The effects of green tea amino "
                     "acid L-theanine consumption on the ability to manage stress and anxiety levels: A systematic "
                     "review. Plant Foods for Human Nutrition, 75(1), 12–23. https://doi.org/10.1007/s11130-019-00771-5")
LAREB_RED_YEAST_RICE = ("Lareb. Rode gist rijst: dezelfde bijwerkingen als statines. "
                        "https://lareb.nl/news/rode-gist-rijst-dezelfde-bijwerkingen-als-statines-1")

page(name="h121-valeriaan-slaap", half="build", lang="nl", html=True, theme="ghost", site="medisch-voorbeeld.example.org",
     author="Sanne Voorbeeld", tag="Slaap",
     follows="https://www.medicusonline.nl/gezondheid/is-het-verstandig-om-valeriaan-te-gebruiken-bij-slaapproblemen/",
     title="Is valeriaan een goed idee als je slecht slaapt?", date="2024-03-12",
     pre=["Elke week nieuws van onze artsen in je mailbox? Schrijf je gratis in"],
     meta=[("b", "Sanne Voorbeeld"), ("date", "12 mrt 2024"), ("b", "6 min leestijd")],
     body=[
         ("p", "Wie slecht slaapt, gaat vaak zelf op zoek naar iets dat helpt. Valeriaan staat bij vrijwel elke drogist in het schap. In dit stuk bekijken we wat een groot overzichtsonderzoek zegt over valeriaan bij slaapproblemen."),
         ("h", "Wat verstaan we onder slaapproblemen?"),
         ("p", "Goed slapen is belangrijk voor je gezondheid en voor hoe je je voelt [1]. Je kunt moeilijk in slaap komen, vaak wakker worden of slapen zonder uitgerust op te staan. Wie lange tijd slecht slaapt, heeft meer kans op een hoge bloeddruk, hart- en vaatziekten en stemmingsklachten [2]."),
         ("p", "Bij ernstige klachten schrijven artsen soms een slaapmiddel uit de groep van de benzodiazepinen voor. Die middelen werken, maar je raakt er snel aan gewend en ze geven bijwerkingen. De richtlijn voor huisartsen raadt af om zelf melatonine of valeriaan voor te schrijven."),
         ("h", "Wat is valeriaan?"),
         ("p", "Valeriaan is een kruidenmiddel dat uit de wortel van de valeriaanplant wordt gemaakt. Het zou licht kalmerend werken en wordt gebruikt bij onrust, spanning en slecht slapen. De oude Grieken kenden de plant al, en tot halverwege de vorige eeuw schreven artsen het nog geregeld voor."),
         ("b", "Afbeelding 1. Bloeiende valeriaan langs een slootkant"),
         ("h", "Wat werd er onderzocht?"),
         ("p", "Onderzoekers zetten in 2020 de resultaten van tientallen studies naar valeriaan en slaap op een rij [3]. Ze keken vooral naar hoe snel mensen in slaap vielen en hoe ze hun eigen slaap beoordeelden."),
         ("h", "Wat kwam eruit?"),
         ("ul", ["Een deel van de studies zag een betere slaapkwaliteit, andere studies zagen geen verschil.", "Extracten van de hele wortel leken beter te werken dan losse bestanddelen.", "Ernstige bijwerkingen werden niet gemeld."], "•"),
         ("h", "Conclusie"),
         ("p", "Valeriaan is waarschijnlijk veilig, maar het bewijs dat het je slaap echt verbetert is wisselend. Slaap je al langer slecht, bespreek dat dan met je huisarts: een behandeling zonder pillen werkt vaak beter."),
         ("refs", "Bronnen", [
             ("[1] Voorbeeld A, Proef B. Slaap en kwaliteit van leven: een verzonnen overzicht. Fictief Tijdschr Gezondh. 2019;12:33-41.", False),
             ("[2] Voorbeeld C. Kort slapen en het hart (fictief). https://example.org/kort-slapen-hart", True),
             ("[3] " + SHINJYO_VALERIAN, True)]),
     ],
     tail=["Deel dit artikel", "Facebook", "LinkedIn", "E-mail", "Lees ook: Melatonine bij een jetlag"])

page(name="h122-rode-gistrijst", half="build", lang="nl", site="apothekersblad-voorbeeld.example.org",
     follows="https://www.deapotheker.be/actualiteit/rode-gistrijst/article-normal-26327.html",
     title="Rode gistrijst: een statine in een potje", date="2019-10-03",
     pre=["Inloggen", "Abonneren", "Actualiteit", "Praktijk", "Vorming", "Vacatures", "Actualiteit"],
     meta=[("b", "Redactie"), ("date", "03/10/19 om 11:48")],
     body=[
         ("p", "Supplementen met rode gistrijst worden verkocht om de cholesterol te verlagen. Wat veel klanten niet beseffen: de werkzame stof is dezelfde als in een cholesterolverlagend geneesmiddel."),
         ("p", "Rode gistrijst ontstaat wanneer rijst gist met de schimmel Monascus purpureus. Daarbij wordt monacoline K gevormd, een stof die chemisch gelijk is aan lovastatine. Lovastatine is in ons land niet als geneesmiddel op de markt."),
         ("hn", "Afhankelijk van de dosis"),
         ("p", "Zoals bij elke statine hangt het effect af van de dosis. De FOD Volksgezondheid legde de grens voor vrij verkochte supplementen op 10 mg monacoline K per dag; hogere dosissen moeten als geneesmiddel geregistreerd worden. Bij 10 mg mag het product de erkende claim dragen dat het bijdraagt tot normale cholesterolwaarden."),
         ("hn", "Dezelfde bijwerkingen"),
         ("p", "Omdat het om een statine gaat, zijn ook de bijwerkingen dezelfde: spierpijn, maag- en darmklachten en in zeldzame gevallen leverproblemen. Het Nederlandse bijwerkingencentrum zag het aantal meldingen op twee jaar tijd stijgen van 16 naar 74."),
         ("b", "Lees ook: Statines en grapefruitsap, een bekende combinatie"),
         ("hn", "Tips aan de toog"),
         ("ul", ["Vraag of de klant al een statine of een ander cholesterolverlagend middel neemt.", "Raad het product af bij zwangerschap, borstvoeding en ernstige lever- of nierziekten.", "Zet het supplement mee op het medicatieschema."], "•"),
         ("refs", None, [("Bron: " + LAREB_RED_YEAST_RICE, True)]),
     ],
     tail=["Tags", "Voedingssupplementen", "Cholesterol", "Meer artikels uit Actualiteit", "© Voorbeeld Media nv", "Privacybeleid", "Cookiebeleid"])

page(name="h123-q10-statines", half="build", lang="nl", html=True, theme="papermod", site="kinepraktijk-voorbeeld.example.org",
     section="blog", author="Lotte Voorbeeld", tags=["statines", "co-enzym Q10", "casus"],
     follows="https://trigger.be/blog/trigger-2/het-effect-van-q10-op-statin-induced-muscle-pain-90",
     title="Het effect van Q10 op spierpijn door statines", date="2024-10-03",
     pre=["Home", "Blog", "Casussen"],
     meta=[("b", "Casus - Lotte Voorbeeld"), ("date", "3 oktober, 2024 in"), ("b", "Voorbeeld Lotte")],
     body=[
         ("p", "Een grondige anamnese blijft de basis. Wanneer zijn de klachten begonnen? Welke medicatie neemt de patiënt, en passen de bijwerkingen daarvan bij wat je ziet?"),
         ("p", "Mijn patiënte kwam met pijn aan beide achillespezen die haar sterk beperkte. Oefentherapie, manuele therapie, rekken, dry needling, tape, een bezoek aan osteopaat en podoloog: niets hielp. Pas later bleek dat ze kort voor het begin van de klachten een cholesterolverlager was gestart. In overleg met de huisarts kreeg ze een ander middel, aangevuld met co-enzym Q10. Drie weken later was ze pijnvrij."),
         ("h", "Statines en spierklachten"),
         ("p", "Statines zijn de eerste keuze bij een te hoge cholesterol en beschermen tegen hart- en vaatziekten. Toch stoppen veel patiënten ermee, vaak door spierklachten. Die gaan van lichte spierpijn en vermoeidheid tot, zelden, afbraak van spierweefsel. Naar schatting 10 tot 25% van de gebruikers meldt zulke klachten."),
         ("h", "Waarom Q10?"),
         ("p", "Statines remmen een enzym dat nodig is om cholesterol aan te maken, maar langs dezelfde weg ontstaat ook co-enzym Q10. Spiercellen hebben Q10 nodig om energie te maken. Een tekort zou de spierklachten dus deels kunnen verklaren."),
         ("h", "Wat zegt het onderzoek?"),
         ("p", "Kleine studies geven wisselende resultaten: sommige vinden minder pijn met Q10, andere geen verschil met placebo [1]. Een proefperiode kan, maar altijd in overleg met arts of apotheker."),
         ("h", "Take home message"),
         ("ul", ["Vraag bij onverklaarde pees- of spierpijn altijd naar recent gestarte medicatie.", "Overleg met de huisarts voor er aan de medicatie wordt geraakt.", "Q10 is geen wondermiddel, maar kan bij sommige patiënten helpen."], "-"),
         ("refs", "Referenties", [("1. Voorbeeld L, Proef K. Co-enzym Q10 bij spierpijn door statines: een verzonnen meta-analyse. Fictief Tijdschr Kinesither. 2022;14(2):45-52. doi:10.5555/fictief.q10.2022", True)]),
     ],
     tail=["Deel deze post", "Archief", "Volgende post: Schouderpijn bij zwemmers"])

page(name="h124-sint-janskruid", half="build", lang="nl", site="geneesmiddelenagentschap-voorbeeld.example.org",
     follows="https://www.cbg-meb.nl/onderwerpen/medicijninformatie-kruiden/veelgebruikte-kruiden/sint-janskruid",
     title="Sint-Janskruid (Hypericum perforatum L.)", date=None,
     pre=["Ga direct naar de inhoud", "Menu", "Zoeken", "Home > Onderwerpen > Kruiden als medicijn > Veelgebruikte kruiden"],
     body=[
         ("p", "Producten met Sint-Janskruid zijn als kruidengeneesmiddel toegelaten voor volwassenen met lichte tot matige neerslachtigheid en voor lichte maag-darmklachten. Als supplement wordt het ook gebruikt bij andere klachten, zoals rugpijn of een verkoudheid."),
         ("h", "Samen met andere medicijnen"),
         ("p", "Sint-Janskruid kan veranderen hoeveel van een ander medicijn in je lichaam terechtkomt. Dat medicijn werkt dan minder goed of juist te sterk, soms met ernstige gevolgen."),
         ("p", "Medicijnen die minder goed kunnen werken zijn onder meer:"),
         ("ul", ["antibiotica", "de anticonceptiepil", "hiv-remmers", "middelen tegen kanker", "middelen die het afweersysteem onderdrukken"], "•"),
         ("p", "Een voorbeeld van medicijnen die juist sterker kunnen gaan werken:"),
         ("ul", ["antidepressiva"], "•"),
         ("h", "Vertel het je arts of apotheker"),
         ("p", "Meld altijd dat je Sint-Janskruid gebruikt of wilt gaan gebruiken, zeker als je een van de bovenstaande middelen slikt of binnenkort gaat slikken."),
         ("h", "Bijwerkingen"),
         ("p", "Gemelde bijwerkingen zijn onder andere:"),
         ("ul", ["misselijkheid", "hoofdpijn", "klachten van maag en darmen", "een droge mond"], "•"),
         ("h", "Hoe wordt een kruidengeneesmiddel beoordeeld?"),
         ("p", "De beoordeling steunt onder meer op de Europese monografie van het kruid. Werkzaamheid en veiligheid worden wetenschappelijk bekeken voordat een product als geneesmiddel wordt toegelaten. Producten die als voedingssupplement worden verkocht, worden niet op deze manier beoordeeld."),
     ],
     tail=["Bijwerking melden", "Heb je last van een bijwerking? Meld het bij het bijwerkingencentrum.", "Naar boven", "Over ons", "Contact", "Privacy", "Toegankelijkheid"])

page(name="h125-magnesium-factcheck", half="build", lang="nl", html=True, theme="drupal", site="factcheck-voorbeeld.example.org",
     follows="https://factcheck.vlaanderen/factcheck/te-veel-mangesium-werkt-laxerend-beweringen-over-magnesiumsupplementen",
     title="Magnesium op TikTok: vier beweringen gecheckt", date="2024-11-14",
     pre=["Factchecks", "Over ons", "Methode", "Tip ons", "Neen, niet iedereen moet zomaar vitamine D-supplementen innemen"],
     meta=[("b", "factcheck"), ("date", "14 nov 2024"), ("b", "Door de redactie")],
     body=[
         ("p", "Voedingssupplementen verkopen beter dan ooit, en magnesium hoort bij de populairste. Op TikTok prijzen videomakers het aan tegen slecht slapen, stress, spierpijn en zelfs een hoge bloeddruk. Anderen waarschuwen dan weer voor een overdosis. Wij legden de bekendste beweringen naast het wetenschappelijk bewijs."),
         ("h", "“Bijna iedereen heeft een magnesiumtekort”: klopt niet"),
         ("p", "Magnesium zit in groenten, peulvruchten, volle granen, noten en pure chocolade. Bij gezonde mensen is een tekort zeldzaam, schrijft de Hoge Gezondheidsraad in zijn voedingsaanbevelingen. In Nederland zou het om één à twee procent van de bevolking gaan."),
         ("h", "“Magnesium helpt je beter slapen”: onvoldoende bewezen"),
         ("p", "Een paar kleine studies bij ouderen zien een licht effect op het inslapen. Voor gezonde volwassenen is er geen overtuigend bewijs."),
         ("h", "“Te veel magnesium werkt laxerend”: klopt"),
         ("p", "Hoge dosissen uit supplementen trekken water aan in de darm en geven diarree. Via gewone voeding krijg je zelden te veel binnen, omdat gezonde nieren het overschot uitscheiden."),
         ("h", "“Magnesiumolie op je huid werkt even goed”: klopt niet"),
         ("p", "Er is geen goed bewijs dat magnesium in betekenisvolle hoeveelheden door de huid wordt opgenomen."),
         ("h", "Conclusie"),
         ("p", "Een supplement is alleen nodig als een arts een tekort heeft vastgesteld. Wie gevarieerd eet, krijgt genoeg magnesium binnen."),
         ("refs", "Bronnen", [
             ("Voorbeeldraad voor Gezondheid. Verzonnen voedingsaanbevelingen voor volwassenen. https://example.org/voedingsaanbevelingen", True),
             ("Voorbeeld M. Magnesium en slaap bij ouderen: een verzonnen overzicht. Fictief Tijdschr Geriatr. 2021;3:10-16.", False)]),
     ],
     tail=["Deel deze factcheck", "Facebook", "X", "LinkedIn", "Meer factchecks", "Geen wetenschappelijk bewijs voor fenegriek als wondermiddel", "Contact", "Privacy"])

page(name="h126-tandenknarsen", half="build", lang="nl", html=True, theme="elementor", site="slaapkliniek-voorbeeld.example.org",
     follows="https://ruysdaelslaapkliniek.nl/slaapproblemen/tandenknarsen/",
     title="Tandenknarsen (bruxisme)", date=None,
     pre=["What are you looking for?", "Slaapproblemen", "Behandelingen", "Verwijzers", "Contact", "Slaapprobleem"],
     body=[
         ("p", "Na gaatjes en tandvleesproblemen is tandenknarsen een van de gebitsklachten waar veel mensen mee te maken krijgen. Een korte periode is niet erg, maar wie jarenlang 's nachts knarst, kan flinke schade oplopen. Hieronder leggen we uit hoe het zit."),
         ("b", "Parasomnie"),
         ("h", "Wat is tandenknarsen?"),
         ("p", "Bruxisme is de medische naam voor knarsen of hard klemmen met de tanden. Bij knarsen schuift de onderkaak met kracht heen en weer over de bovenkaak; bij klemmen bijt u de kiezen stevig op elkaar. Ook klemmen kan zoveel kracht geven dat er stukjes glazuur afspringen."),
         ("h", "Overdag en 's nachts"),
         ("table", ["Vorm", "Wanneer", "Hoe vaak bij volwassenen"], [["Waakbruxisme", "overdag, wakker", "20 tot 30 procent"], ["Slaapbruxisme", "tijdens de slaap", "8 tot 10 procent"]], "tab"),
         ("p", "Nachtelijk knarsen hoort bij de parasomnieën: ongewoon gedrag tijdens de slaap waarvan u zelf niets merkt, net als slaapwandelen of praten in uw slaap."),
         ("h", "Hoe tandenknarsen uw slaap verstoort"),
         ("p", "Knarsen gaat vaak samen met andere slaapproblemen, zoals snurken of slaapapneu: ongeveer 60 procent van de snurkers knarst ook. Omgekeerd kan het knarsen zelf uw slaap lichter maken."),
         ("h", "Oorzaken"),
         ("ul", ["stress en spanning", "de stand van het gebit", "alcohol, cafeïne en roken", "sommige medicijnen, zoals bepaalde antidepressiva"], "•"),
         ("h", "Behandeling"),
         ("p", "De tandarts kan een opbeetplaat aanmeten die het gebit 's nachts beschermt. Omdat de oorzaak vaak in de slaap of in spanning ligt, kijken wij in de kliniek ook naar uw slaappatroon en leert u ontspannen voor het slapengaan."),
         ("b", "Slecht geslapen door knarsen? Vraag uw huisarts om een verwijzing"),
     ],
     tail=["Delen", "Gerelateerde slaapproblemen", "Snurken", "Slaapapneu", "Slaapwandelen", "Slaapkliniek Voorbeeld", "Privacyverklaring", "Klachtenregeling"])

page(name="h127-supplementen-medicatieschema", half="build", lang="nl", site="omroep-voorbeeld.example.org",
     follows="https://www.vrt.be/vrtnws/nl/2022/01/26/eerstelijnszone-in-regio-deinze-voert-campagne-rond-de-medische/",
     title="Eerstelijnszone rond Deinze wil dat ook supplementen op het medicatieschema komen", date="2022-01-26",
     pre=["Omroep Voorbeeld NWS", "Nieuws", "Sport", "Meest gelezen", "Zoeken", "Oost-Vlaanderen"],
     meta=[("b", "Piet Voorbeeld"), ("date", "wo 26 jan 2022 14:05"), ("b", "Bijgewerkt wo 26 jan 2022 16:40")],
     body=[
         ("p", "Wie meerdere geneesmiddelen neemt, heeft best een medicatieschema. De eerstelijnszone in de regio Deinze start een campagne om dat schema bij meer mensen ingang te doen vinden, en vraagt om er ook de voedingssupplementen op te zetten."),
         ("p", "Een medicatieschema is een overzicht van alle geneesmiddelen die iemand neemt, met het tijdstip en de dosis. Huisarts en apotheker stellen het samen op en houden het bij. Volgens de eerstelijnszone gebruiken nog te weinig mensen zo'n schema, of maken ze er zelf een dat onvolledig is."),
         ("hn", "Onschuldig? Niet altijd"),
         ("p", "Apotheker en projectverantwoordelijke Matthijs Voorbeeld geeft een voorbeeld. \"Sint-Janskruid ligt vrij in de apotheek en lijkt onschuldig. Wie het neemt naast een antidepressivum, kan een serotoninesyndroom krijgen, en dat kan gevaarlijk zijn.\""),
         ("p", "\"Of neem ginkgo biloba, dat mensen nemen voor hun geheugen. Samen met een bloedverdunner kan dat onverwachte bloedingen geven. Als alleen de voorgeschreven medicatie op het schema staat, weet niemand dat.\""),
         ("b", "Lees ook: Meer dan 600.000 chronische patiënten kozen al een huisapotheker"),
         ("hn", "Zes maanden campagne"),
         ("p", "De campagne loopt een halfjaar in vijf gemeenten. Er komen affiches, infomomenten en filmpjes op de wachtschermen van het ziekenhuis. Daarna volgt een bevraging om te zien of meer mensen een schema gebruiken."),
         ("p", "\"Sommige mensen kopen supplementen buiten hun huisarts om\", zegt Voorbeeld. \"Dat mag, maar vertel het dan aan je apotheker.\""),
     ],
     tail=["Meer over", "Deinze", "Gezondheid", "Geneesmiddelen", "Meest gelezen", "Omroep Voorbeeld NWS", "Contact", "Privacy", "Cookies"])

page(name="h128-oxazepam-afbouwen", half="build", lang="nl", site="ggz-spreekuur-voorbeeld.example.org",
     follows="https://www.psychosenet.nl/online-spreekuur/oxazepam-afbouwen/",
     title="Oxazepam afbouwen", date=None,
     pre=["Hoofdinhoud", "Menu", "Zoeken", "Online spreekuur", "Stel je vraag"],
     body=[
         ("hn", "Vraag"),
         ("p", "Ik slik al jaren oxazepam en zou daar heel graag mee stoppen. Kunt u mij een goed afbouwschema geven? Ik neem nu drie keer per dag 10 mg."),
         ("hn", "Antwoord"),
         ("p", "Beste M.,"),
         ("p", "Stoppen na jaren gebruik doe je het best geleidelijk en samen met je behandelaar. Zo kan dat gaan:"),
         ("ol", ["Je arts kan afbouwmedicatie in kleine, steeds lagere doses voorschrijven. Samen kies je een schema, en dat kan onderweg altijd worden bijgesteld.", "Houd elke dag kort bij hoe het gaat en neem die notities mee naar je arts.", "Reken erop dat er tijdens het afbouwen klachten kunnen komen, zoals onrust of slechter slapen.", "Zijn de klachten mild en goed te dragen, dan kun je in overleg gewoon doorgaan.", "Worden ze heftiger of komen er nieuwe klachten bij, ga dan niet verder maar neem contact op met je behandelaar.", "Samen beslis je dan: trager afbouwen, een tijd op dezelfde dosis blijven of even een stap terug."]),
         ("p", "Veel sterkte met het afbouwen!"),
     ],
     tail=["Dr. K. Voorbeeld, psychiater", "Let op: dit antwoord vervangt geen behandeling. Bespreek veranderingen in je medicatie altijd met je arts.", "Bekijk ook deze vragen", "Slaapmiddel en alcohol", "Melatonine naast een antidepressivum", "Stel zelf een vraag"])

page(name="h129-vitamine-a-zwanger", half="build", lang="nl", site="zwangerworden-voorbeeld.example.org",
     follows="https://www.gezondzwangerworden.be/voor-de-zorgverlener/gezond-leven/overzicht-vitaminen-mineralen/vitamine-a",
     title="Vitamine A", date=None,
     pre=["Zoeken", "Voor wie zwanger wil worden", "Voor de zorgverlener", "Home > Voor de zorgverlener > Gezond leven > Vitaminen en mineralen"],
     body=[
         ("hn", "Advies"),
         ("p", "Vermijd voor en tijdens de zwangerschap een inname van meer dan 3000 µg vitamine A per dag (= 10.000 IE)."),
         ("p", "Het gaat vooral om lever en leverproducten en om multivitaminen die niet speciaal voor zwangere vrouwen bedoeld zijn."),
         ("hn", "Achtergrond"),
         ("p", "De aanbevolen dagelijkse hoeveelheid voor zwangere vrouwen is 700 µg RE¹, tegenover 650 µg RE voor vrouwen die niet zwanger zijn. Tijdens zwangerschap en borstvoeding ligt de behoefte hoger, voor de groei van de foetus en om een voorraad in de lever op te bouwen."),
         ("p", "Vitamine A is dus nodig, maar een inname van meer dan 3000 µg per dag in het eerste trimester kan aangeboren afwijkingen veroorzaken en wordt daarom afgeraden."),
         ("table", ["Voedingsmiddel", "Vitamine A", "Advies"], [["Lever (portie)", "zeer veel", "niet eten"], ["Leverpastei op een boterham", "ongeveer 1000 µg", "hoogstens één boterham per dag"], ["Wortelen, spinazie", "als bètacaroteen", "geen beperking"]], "cells"),
         ("p", "¹ RE: retinolequivalenten"),
         ("refs", "Bronnen", [
             ("Voorbeeldraad voor Gezondheid. Voedingsaanbevelingen voor zwangere vrouwen (fictief). https://example.org/aanbevelingen-zwanger", True),
             ("Werkgroep Voorbeeld. Verzonnen richtlijn preconceptiezorg. 2019.", False)]),
     ],
     tail=["Terug naar het overzicht", "Een initiatief van Voorbeeld vzw en partners", "Disclaimer", "Privacy"])

page(name="h130-kurkuma-lever", half="build", lang="nl", html=True, theme="tt4", site="natuurdietisten-voorbeeld.example.org",
     site_title="Natuurdiëtisten Voorbeeld", author="Marleen Voorbeeld", categories=["Voedingssupplementen"], tags=["kurkuma", "lever"],
     seo="yoast", comment_items=[],
     follows="https://www.natuurdietisten.nl/kurkuma-kan-leverklachten-geven/",
     title="Kurkuma kan leverklachten geven", date="2019-11-20",
     pre=["skip to Main Content", "Groot kenniscentrum met meer dan 1000 artikelen over gezondheid!"],
     meta=[("date", "20 november 2019"), ("b", "Marleen Voorbeeld")],
     body=[
         ("p", "De verkoop van kurkuma is de afgelopen jaren enorm gestegen. Er is ook een keerzijde: kurkuma als supplement, of de geïsoleerde stof curcumine, kan leverklachten geven, waaronder galstuwing en leverontsteking."),
         ("p", "Curcumine grijpt in op meer dan honderd signaalstoffen in het lichaam. Veel studies melden gunstige effecten, vooral door ontstekingsremming en bescherming tegen oxidatie. Overzichtsartikelen belichtten tot voor kort vooral die positieve kant [1]."),
         ("h", "Wisselwerking met tamoxifen"),
         ("p", "Een Nederlands kankerinstituut waarschuwde al eerder dat kurkuma de werking van de hormoontherapie tamoxifen bij borstkanker kan verzwakken. Het advies is om tijdens die behandeling geen kurkuma te slikken."),
         ("h", "Leverklachten"),
         ("p", "In Italië werden meerdere gevallen van leverontsteking gemeld bij mensen die een kurkumasupplement gebruikten; de Italiaanse overheid raadde het gebruik met klem af. In België werden in juni 2019 om dezelfde reden supplementen met kurkuma en zwarte peper uit de handel genomen. Ook recente casusbeschrijvingen wijzen op leverschade [2][3]."),
         ("h", "Wat betekent dit voor jou?"),
         ("ul", ["Kurkuma als specerij in je eten is geen probleem.", "Wees voorzichtig met hooggedoseerde supplementen, zeker als er zwarte peper (piperine) in zit.", "Krijg je een gele huid, donkere urine of jeuk, stop dan en ga naar je arts."], "•"),
         ("refs", "Referenties", [
             ("[1] Voorbeeld J. Curcumine en ontsteking: een verzonnen overzichtsartikel. Fictief Tijdschr Voeding. 2017;22:100-109.", False),
             ("[2] Example A, Sample B. Made-up case of hepatitis after turmeric use. Fict Case Rep. 2019;7:e1. doi:10.5555/fict.2019.0001", True),
             ("[3] Voorbeeld K. Galstuwing na curcumine (fictieve casus). https://example.org/casus-curcumine", True)]),
     ],
     tail=["Deel dit artikel", "Lees ook", "Zwarte peper en de opname van supplementen", "Ashwagandha en de lever"])

page(name="h131-vitamine-b12-ziekenhuis", half="build", lang="nl", site="ziekenhuis-vallei-voorbeeld.example.org",
     follows="https://www.geldersevallei.nl/patient/behandelingen/vitamine-B12-tekort",
     title="Vitamine B12", date="2023-05-12",
     pre=["Zoeken", "Menu", "Afspraak maken", "Patiënt", "Bezoeker", "Verwijzer", "Home > Patiënt > Behandelingen > Vitamine B12-tekort"],
     body=[
         ("p", "Vitamine B12 (cobalamine) is een vitamine die oplost in water. Uw lichaam heeft het nodig voor een goed werkend zenuwstelsel en om rode bloedcellen aan te maken, die zuurstof door het bloed vervoeren. Bij een tekort kan uw gezondheid daaronder lijden."),
         ("h", "Hoe krijgt mijn lichaam vitamine B12 binnen?"),
         ("p", "Via uw voeding. Vitamine B12 zit bijna alleen in dierlijke producten, zoals melk en melkproducten, vlees, vis en eieren."),
         ("h", "Krijg ik te weinig binnen als ik vegetarisch of veganistisch eet?"),
         ("p", "Dat kan. Eet u weinig of geen dierlijke producten, neem dan een supplement met vitamine B12 of kies producten waaraan het is toegevoegd."),
         ("h", "Aandoening"),
         ("h", "Welke klachten kan een tekort geven?"),
         ("ul", ["bloedarmoede", "moeheid", "duizeligheid", "hartkloppingen", "oorsuizen"], "•"),
         ("p", "Ook het zenuwstelsel kan klachten geven:"),
         ("ul", ["tintelingen in vingers of tenen", "vergeetachtigheid", "moeite met de coördinatie", "zwakke spieren in de benen"], "•"),
         ("h", "Kan een medicijn een tekort veroorzaken?"),
         ("p", "Ja. Wie lang metformine tegen diabetes of een maagzuurremmer gebruikt, neemt minder vitamine B12 op. Uw arts kan dan af en toe uw bloed laten controleren."),
         ("h", "Hoe wordt een tekort behandeld?"),
         ("p", "Meestal met tabletten of met injecties. Uw arts bepaalt wat in uw situatie het beste past en hoe lang de behandeling duurt."),
     ],
     tail=["Contact", "Polikliniek Interne Geneeskunde", "Telefoon: 0000 000 000", ("date", "Laatst gewijzigd op 12 mei 2023"), "Was deze informatie nuttig?", "Ja", "Nee"])

page(name="h132-collageen-poeder", half="build", lang="nl", site="eiwitshop-voorbeeld.example.org",
     follows="https://personalprotein.nl/wat-is-collageen-poeder-en-wat-doet-het/",
     title="Wat is collageenpoeder en wat doet het?", date="2023-01-17",
     pre=["Gratis verzending vanaf €40", "Shop", "Blog", "Over ons", "Winkelwagen (0)", "Home / Blog / Huid"],
     meta=[("date", "17 januari 2023"), ("b", "Geschreven door Team Voorbeeld")],
     body=[
         ("p", "Waar veel geld te verdienen valt, duiken ook veel producten op die weinig waarmaken. Collageenpoeder wordt steeds populairder. Terecht?"),
         ("p", "In eerdere blogs legden we uit hoe de huid is opgebouwd en hoe ze veroudert. Die kennis komt hier van pas. We verkopen zelf collageenpoeder, maar willen dat niet doen zonder eerlijk uit te leggen wat het onderzoek laat zien."),
         ("b", "Inhoudsopgave"),
         ("h", "Niet smeren, maar slikken."),
         ("p", "Collageen wordt al lang aan crèmes toegevoegd [1]. De moleculen zijn echter te groot om door de huid te dringen, dus van smeren mag je weinig verwachten [2]. Daarom wordt collageen tegenwoordig vooral als poeder ingenomen."),
         ("h", "Wat gebeurt er in je lichaam?"),
         ("p", "In je darmen wordt collageen afgebroken tot kleine eiwitstukjes en losse aminozuren. Een deel van die stukjes komt in het bloed en zou de cellen in de huid aanzetten om zelf nieuw collageen te maken [3]."),
         ("h", "Wat zeggen de studies?"),
         ("p", "Een aantal studies ziet na acht tot twaalf weken een iets soepelere en beter gehydrateerde huid. Veel van die studies zijn klein en betaald door fabrikanten, dus we blijven voorzichtig."),
         ("h", "Conclusie"),
         ("p", "Collageenpoeder is geen wondermiddel, maar het kan een kleine bijdrage leveren aan je huid, zeker samen met voldoende eiwit, vitamine C en bescherming tegen de zon."),
         ("faq", "Veelgestelde vragen", [
             ("Hoeveel collageen per dag?", "In de meeste studies ging het om 2,5 tot 10 gram per dag."),
             ("Kan ik collageen in mijn koffie doen?", "Ja, het poeder lost op in warme dranken en verliest daarbij zijn waarde niet."),
         ]),
         ("refs", "Bronnen", [
             ("[1] Voorbeeld S. Collageen in cosmetica: een verzonnen geschiedenis. Fictief Tijdschr Dermatol. 2015;8:2-9.", False),
             ("[2] Example T. Why large molecules stay outside the skin (made-up). https://example.org/skin-barrier", True),
             ("[3] Voorbeeld S, Proef R. Collageenpeptiden in het bloed na inname (fictief). doi:10.5555/fictief.collageen.2020", True)]),
     ],
     tail=["Producten in dit artikel", "Collageen Poeder Naturel (fictief)", "In winkelwagen", "Deel dit bericht", "Klantenservice", "Verzenden en retourneren", "Algemene voorwaarden"])

page(name="h133-metformin-b12-blog", half="build", lang="en", html=True, theme="blogger", site="diabetesdiary.example.org",
     blog="A Diabetic's Diary (example)", blog_description="Notes from thirty years with type 2", author="Bob Example",
     tags=["metformin", "vitamin B12", "prediabetes"],
     follows="http://bobsdiabetes.blogspot.com/2016/12/preventing-or-delaying-type-2.html",
     title="Metformin for Prediabetes, and a Word on B12", date="2016-12-20",
     pre=[("date", "December 20, 2016")],
     body=[
         ("p", "At last the diabetes association's new standards mention what others have been publishing all year about metformin and vitamin B12."),
         ("p", "Here is what the two recommendations say, in my own words:"),
         ("ul", ["Metformin can be considered to prevent type 2 diabetes in people with prediabetes, especially those with a BMI of 35 or more, those under 60 and women who had gestational diabetes.", "Taking metformin for a long time may lower vitamin B12, so B12 levels should be checked now and then, above all in people with anemia or nerve damage."], "•"),
         ("p", "Several drugs have delayed diabetes in people with prediabetes, but metformin has the longest safety record and the strongest evidence. In the big prevention trial it worked less well than changing diet and exercise, yet over ten years it may even save money."),
         ("p", "What I would add: if you have been on metformin for years, ask your doctor for a B12 test. In the long follow-up of that same trial, low B12 was clearly more common in the metformin group, and the risk grew with every year of use."),
         ("p", "Have you had your B12 checked? Let me know in the comments."),
         ("refs", "Reference:", [(ARODA_METFORMIN, True)]),
     ],
     tail=["Posted by Bob Example at 7:15 AM", "Labels: metformin, prediabetes, vitamin B12", "Post a Comment", "Newer Post", "Older Post", "Home"])

page(name="h134-weighted-blankets", half="build", lang="en", site="hospitalnews.example.org",
     follows="https://mountsinai.org/about/newsroom/2019/can-weighted-blankets-really-help-you-sleep-better",
     title="“Do Weighted Blankets Really Help You Sleep?”", date="2019-02-04",
     pre=["Find a Doctor", "Request an Appointment", "Locations", "Patient Care", "Research", "Education", "About Us", "Newsroom", "In the News"],
     meta=[("date", "Health Daily (example) — Feb 4, 2019")],
     body=[
         ("p", "Weighted blankets first caught on as a help for children with sensory problems. Now more adults are buying them, hoping to feel calmer and sleep better. The blankets are filled with beads or pellets and can weigh as much as 30 pounds."),
         ("p", "They are sold with promises of less stress and anxiety, and even of relief from insomnia. Experts say that good research to back those claims is still missing."),
         ("p", "“We can't say for sure from a rigorous scientific point of view, but patients' stories and a few small studies suggest they help some people,” said Neomi Example, MD. “Used the right way they look safe. With children, take extra care over the size and weight, and adults with lung disease or problems of the chest wall should be cautious.”"),
         ("p", "— Neomi Example, MD, Associate Professor, Medicine, Pulmonary, Critical Care and Sleep Medicine"),
         ("p", "Anyone with a sleep disorder such as sleep apnea should talk to a doctor before trying one."),
     ],
     tail=["Additional Coverage: Sleep Weekly; Channel 9 News; Example Radio", "Share", "Facebook", "X", "Email", "Related News", "Sleep apnea and the heart: what patients should know", "Example Health System", "Terms & Conditions", "Privacy Policy"])

page(name="h135-kiwi-sleep", half="build", lang="en", html=True, theme="ananke", site="kiwigrowers.example.org",
     tags=["sleep", "kiwifruit"], show_author=False,
     follows="https://www.zespri.com/en-US/blogdetail/dyk-eating-kiwifruit-before-bed-could-help-you-sleep-like-a-pro",
     title="#DYK? A Kiwifruit Before Bed Might Help You Sleep Better", date=None,
     pre=["Woman in a striped pajama top hugging a pillow with a sleep mask pushed up on her forehead"],
     meta=[("b", "Health & Lifestyle"), ("b", "Did You Know")],
     body=[
         ("p", "Everyone knows the secret to a good night is going to bed early. Yet plenty of adults put off bedtime because they dread lying awake counting sheep."),
         ("p", "Most of us could do with more sleep. Health agencies say adults need at least seven hours a night¹, but about a third of adults get less, and nearly half say they feel sleepy on three to seven days a week²."),
         ("p", "Habits are hard to change. There may, however, be a simple food that helps you drift off sooner: kiwifruit."),
         ("h", "A SLEEP STUDY: TWO KIWIFRUIT BEFORE BED"),
         ("p", "In a four-week study, 24 adults with sleep complaints ate two green kiwifruit an hour before bed every night³. They fell asleep 42% faster and slept about 13% longer. For someone aiming at seven hours, that comes to nearly 55 extra minutes."),
         ("h", "WHY MIGHT IT WORK?"),
         ("p", "Kiwifruit contains serotonin, antioxidants such as vitamin C, and folate, all of which have been linked to sleep. Researchers are still working out which of these matters most."),
         ("h", "MAKE IT A BEDTIME SNACK"),
         ("ul", ["Scoop two kiwifruit straight from the skin with a spoon.", "Slice them over plain yogurt.", "Blend one into a small smoothie with oats."], "•"),
         ("refs", "References", [
             ("1. Example Health Agency. How much sleep do I need? (made-up page). https://example.org/how-much-sleep", True),
             ("2. Sleep Example Foundation. Made-up survey of daytime sleepiness. 2020.", False),
             ("3. Example A, Sample B. Kiwifruit and sleep quality: a made-up four-week trial. Example J Clin Nutr. 2011;20:1-6. doi:10.5555/kiwi.sleep.2011", True)]),
     ],
     tail=["Share this article", "Related Articles", "Kiwifruit and digestion: what the research says", "How much vitamin C is in a kiwi?"])

page(name="h136-tart-cherry-sleep", half="build", lang="en", html=True, theme="dawn", site="sportlabs.example.org",
     shop="Example Sport Labs", blog_handle="news", author="Example Sport Labs Team", tags=["Sleep", "Recovery"],
     follows="https://athlicorelabs.com/blogs/news/the-science-behind-tart-cherry-juice-and-sleep-does-it-really-help",
     title="Tart Cherry Juice and Sleep: What Does the Science Say?", date="2025-03-03",
     pre=["Free shipping on orders over $50"],
     meta=[("b", "Updated"), ("date", "Mar 3, 2025")],
     body=[
         ("p", "Sleeping badly? A tart cherry juice concentrate could be a natural thing to try."),
         ("p", "Montmorency tart cherries are rich in plant compounds, including melatonin, the hormone that helps set your sleep–wake cycle. But does a glass of the juice really change how you sleep? Here is what one study found."),
         ("h", "What the Research Says"),
         ("p", "In a randomized, double-blind, placebo-controlled trial, researchers tested whether tart cherry concentrate raised melatonin levels and improved sleep in healthy adults."),
         ("ul", ["20 adults took tart cherry concentrate or a placebo for 7 days.", "Sleep was measured with a wrist tracker and with questionnaires.", "Melatonin in the urine was measured over 48 hours."], "•"),
         ("hn", "Key Results"),
         ("p", "People who took the cherry concentrate had clearly higher melatonin levels than the placebo group, and they slept better:"),
         ("ul", ["more time in bed", "longer total sleep", "better sleep efficiency"], "•"),
         ("p", "The timing of the body's melatonin rhythm did not shift, although its peak tended to be a little higher."),
         ("h", "How to Use It"),
         ("ul", ["Take 30 ml (1 oz) of concentrate twice a day, mixed with water.", "Best times: in the morning and one to two hours before bed.", "Keep it up every day for at least a week."], "•"),
         ("faq", "FAQs", [
             ("Does tart cherry juice contain a lot of sugar?", "Concentrate contains natural fruit sugar, so dilute it and count it as part of your fruit for the day."),
             ("Can I take it with melatonin tablets?", "Ask your doctor or pharmacist before combining sleep aids."),
         ]),
         ("b", "Ready for deeper rest? Shop Tart Cherry Concentrate"),
     ],
     tail=["Share", "Back to blog", "Leave a comment", "Please note, comments need to be approved before they are published.", "Subscribe to our emails", "© 2025, Example Sport Labs Powered by Shopify"])

page(name="h137-l-theanine-research", half="build", lang="en", site="nutripsych.example.org",
     follows="https://www.nutritional-psychology.org/research/diet-stress-and-mental-health/page/6",
     title="Diet, Stress, and Mental Health", date=None,
     pre=["Nutritional Psychology Example", "About", "Research", "Education", "Membership", "Donate", "Research Library"],
     body=[
         ("p", "Short summaries of studies on how what we eat relates to stress and mental health."),
         ("h", "L-theanine and stress: a systematic review"),
         ("p", "L-theanine, an amino acid found in green tea, has been linked with better mood and thinking and with fewer stress- and anxiety-like symptoms. This review brought together nine randomized controlled trials that compared L-theanine supplements with a control. The authors conclude that 200 to 400 mg a day may help people in stressful situations feel less stressed and anxious. Before it can be recommended as a treatment, they say, longer and larger studies are needed, including ones in which L-theanine is part of the everyday diet."),
         ("refs", None, [(WILLIAMS_THEANINE, True)]),
         ("b", "Read more"),
         ("h", "Skipping breakfast and perceived stress in students"),
         ("p", "In this made-up survey of university students, those who regularly skipped breakfast reported more stress during exam weeks than those who ate in the morning. Because the design was cross-sectional, the authors cannot say which came first."),
         ("refs", None, [("Example, A., & Sample, B. (2021). Breakfast habits and perceived stress in students: A made-up survey. Example Journal of Nutrition and Mind, 4(2), 55–63.", False)]),
         ("b", "Read more"),
         ("h", "Dietary magnesium and stress in adults"),
         ("p", "Adults in the lowest fifth of magnesium intake scored higher on a stress questionnaire in this fictional study. The difference was small and disappeared after the authors accounted for overall diet quality."),
         ("refs", None, [("Voorbeeld, K., & Example, C. (2019). Dietary magnesium and self-reported stress: A made-up cross-sectional study. https://example.org/magnesium-stress-study", True)]),
         ("b", "Read more"),
     ],
     tail=["« Previous 1 … 5 6 7 … Next »", "Subscribe to our newsletter", "© 2026 Nutritional Psychology Example", "Privacy Policy"])

page(name="h138-magnesium-dreams", half="build", lang="en", html=True, site="nasalstrips.example.org",
     follows="https://inspirenasalstrips.com/body/magnesium-and-dreams",
     title="Magnesium and Dreams", date="2021-06-08",
     pre=["Shop", "How It Works", "Blog", "Reviews", "Cart (0)", "Home » Body » Magnesium and Dreams"],
     meta=[("date", "Posted on June 8, 2021"), ("b", "by Example Sleep Team")],
     body=[
         ("p", "Magnesium has some surprising effects on sleep. In one double-blind, placebo-controlled study, older adults with insomnia slept better on several measures when they took magnesium. The mineral also seems to play a part in the daily timekeeping of cells, and low intake has been linked with depression."),
         ("p", "But what does it do to your dreams?"),
         ("h", "What Magnesium Does to Dreams"),
         ("p", "No formal study has looked at magnesium and dreaming. There are, however, plenty of stories. A quick search turns up forum posts and Reddit threads about “insane” dreams after starting a supplement, and some people say their dreams become more vivid and easier to remember."),
         ("p", "“Every night this week has been a movie. Last night a flock of geese chased me through a shopping mall and I woke up at 3 am with my heart pounding.”"),
         ("p", "— u/example_sleeper"),
         ("p", "So, at least going by these stories, magnesium may change how much people dream, or how much of it they remember."),
         ("h", "Why Magnesium May Affect Dreams"),
         ("p", "Magnesium helps the body handle calcium and vitamin D, but its link with dreaming is not well understood. One idea is that better sleep means longer stretches of REM sleep, the stage in which the most vivid dreams happen."),
         ("h", "How Much Magnesium Is Needed?"),
         ("p", "For sleep, adult men often take around 300 mg. Higher doses can cause nausea or cramps. Check with your doctor before adding or changing any supplement."),
         ("b", "Breathe easier at night: try Example Nasal Strips"),
     ],
     tail=["Share this:", "Facebook", "X", "Related posts", "Mouth taping: does it help?", "Why we snore more after a drink", "© 2026 Example Nasal Strips"])

page(name="h139-beets-nitrate", half="build", lang="en", html=True, theme="joomla", site="nutrisoftware.example.org",
     follows="https://dietarysoftware.com/blog/item/6-good-news-about-beets",
     title="Good News About Beets", date="2018-03-06",
     pre=["Home", "Products", "Blog", "Support", "Contact", "Home > Blog"],
     meta=[("date", "Tuesday, 06 March 2018 09:14"), ("b", "Written by Example Dietitian"), ("b", "Published in Blog")],
     body=[
         ("p", "Beets and beet greens are back in fashion, and not only for their colour. Research on the nitrate they contain has given athletes and people with high blood pressure a reason to take a second look."),
         ("h", "Nitrate and Nitric Oxide"),
         ("p", "The body turns nitrate from food into nitric oxide, which relaxes blood vessels and helps blood flow. Vegetables are the richest sources, some far more than others."),
         ("table", ["Vegetable", "Nitrate content"], [["Beetroot, rocket, spinach", "very high"], ["Lettuce, celery", "high"], ["Carrots, tomatoes", "low"]], "pipe"),
         ("h", "Beets and Exercise"),
         ("p", "In one small trial, cyclists drank beetroot juice or a placebo for six days. With the beetroot juice, moderate cycling took 19% less oxygen, and at high intensity they lasted 17% longer before they were exhausted."),
         ("h", "Beets and Blood Pressure"),
         ("p", "Half a litre of beetroot juice lowered blood pressure in healthy volunteers, with the largest drop about three hours after drinking it. Researchers are also testing whether it helps people with poor circulation in the legs to walk further."),
         ("h", "Getting More Beets"),
         ("ul", ["Roast beets with olive oil and herbs.", "Grate raw beet into a salad.", "Add a small glass of beet juice to a smoothie."], "-"),
         ("p", "Log your vegetables in the food diary to see how close you come to the recommended servings each day."),
         ("refs", "Resources", [
             ("Example A, Sample B. Made-up trial of beetroot juice in cyclists. Example J Appl Physiol. 2009;107:1-8. doi:10.5555/beet.cycling.2009", True),
             ("Example Heart Association. Made-up fact sheet on dietary nitrate. https://example.org/dietary-nitrate", True),
             ("Voorbeeld K. Nitrate and walking distance: a made-up pilot study. Example Vasc Med. 2012;17:20-26.", False)]),
     ],
     tail=["Read 2481 times", "Tweet", "Like", "Tagged under: vegetables, blood pressure, sports nutrition", "Related items", "Sodium and potassium: getting the balance right", "Counting fiber with your food diary"])

page(name="h140-sleep-supplements-newsletter", half="build", lang="en", site="congregationnews.example.org",
     follows="https://shorelines.insb.org/2016/06/north-shore-shape-up-safe-supplements-to-help-you-sleep",
     title="Shape Up: Two Supplements That May Help You Sleep", date="2016-06-15",
     pre=["Community Lines (example)", "News and views from our congregation", "Home", "Events", "Classes", "Shape Up"],
     meta=[("date", "June 15, 2016"), ("b", "by Example Editor")],
     body=[
         ("p", "Struggling to get a solid night's sleep? One of two over-the-counter supplements may give you some relief, according to a hospital's wellness newsletter:"),
         ("p", "If you are a night owl who would rather be a lark, or you have been told you have a delayed sleep phase (your body wants to go to bed and get up much later than usual), a small dose of melatonin, 0.3 or 0.5 mg, may help. The tablets are a man-made copy of a substance the brain makes itself. Taken four to five hours before bedtime, melatonin sends the brain a “dark” signal, a sleep psychologist explains. If it is going to work for you, you should notice within about a week."),
         ("p", "If your mind won't quiet down even after you have cut back on caffeine and stress, ask your doctor about magnesium. Low levels may keep the brain from settling at night. Magnesium interacts with a number of medicines and too much can be dangerous, so get the go-ahead first. If you get it, a chelated form such as magnesium glycinate, 400 mg, is gentler on the stomach than other forms."),
         ("p", "Both are sold without a prescription, but that does not make them risk-free: always tell your doctor and pharmacist what you take."),
         ("p", "Sweet dreams!"),
     ],
     tail=["Tags: melatonin, magnesium, sleep", "Leave a Reply", "Your email address will not be published. Required fields are marked *", "« Previous: Summer walking group starts Tuesday", "Next: Hydration tips for the heat »", "© 2016 Community Lines"])


# ---------------------------------------------------------------- build half, ninth part (h141-h160: held out in issue 16's fifth session, measured once, then moved here)
# Written for a fresh measurement after h121-h140 were used; not to be looked at when changing the
# importer. h141-h152 are Dutch (h142, h143, h144, h145 and h149 after Flemish sites), h153-h160
# English. Real works cited here were checked while writing (the 2021 trial of a saffron extract
# on mood and stress, the 2022 review of Rhodiola rosea preparations for stress, and the 2019
# meta-analysis of black elderberry for upper respiratory symptoms), each with only the
# identifiers seen on the publisher's page, PMC or a page citing it; all other entries are made up
# on purpose.

JACKSON_SAFFRON = ("Jackson, P. A., Forster, J., Khan, J., Pouchieu, C., Dubreuil, S., Gaudout, D., ... & Kennedy, D. O. "
                   "(2021). Effects of Saffron Extract Supplementation on Mood, Well-Being, and Response to a Psychosocial "
                   "Stressor in Healthy Adults: A Randomized, Double-Blind, Parallel Group, Clinical Trial. Frontiers in "
                   "Nutrition, 7. https://doi.org/10.3389/fnut.2020.606124")
IVANOVA_RHODIOLA = ("Ivanova Stojcheva E, Quintela JC. The Effectiveness of Rhodiola rosea L. Preparations in Alleviating "
                    "Various Aspects of Life-Stress Symptoms and Stress-Induced Conditions—Encouraging Clinical Evidence. "
                    "Molecules. 2022 Jun 17;27(12):3902. doi: 10.3390/molecules27123902. PMID: 35745023; PMCID: PMC9228580.")
HAWKINS_ELDERBERRY = ("Hawkins J et al. “Black elderberry (Sambucus nigra) supplementation effectively treats upper "
                      "respiratory symptoms: A meta-analysis of randomized, controlled clinical trials.” Complementary "
                      "Therapies in Medicine, vol. 42 (2019): 361-365")

page(name="h141-passiebloem", half="build", lang="nl", site="kruidenwijzer-voorbeeld.example.org",
     follows="https://kruidenhelen.nl/passiebloem",
     title="Passiebloem", date=None,
     pre=["Kruidenwijzer Voorbeeld", "Home", "Kruiden A-Z", "Klachten", "Blog", "Contact", "Zoeken…"],
     body=[
         ("p", "Andere namen: passiebloem, maypop, passiflora, passionflower (Engels)"),
         ("hn", "Botanie en signatuur"),
         ("p", "Latijnse naam: Passiflora incarnata"),
         ("p", "De passiebloem hoort bij de familie van de Passifloraceae. Het is een vaste klimplant die zich met ranken vastgrijpt aan hekken, struiken en bomen. De frisgroene bladeren hebben drie lobben en staan om en om aan de stengel. De bloem is ingewikkeld van bouw: witte blaadjes met daarboven een krans van paarse, blauwe en roze draden. De eetbare, eivormige vruchten heten in Amerika maypops. Wie in de bloem een beeld van orde en evenwicht ziet, begrijpt waarom de plant als rustgevend kruid bekendstaat."),
         ("hn", "Belangrijke toepassingen"),
         ("ul", ["Kalmerend", "brengt een gejaagd zenuwstelsel tot rust en vermindert nervositeit.", "Slaapbevorderend", "helpt bij inslaapproblemen en een onrustige nacht.", "Hartondersteunend", "kan helpen bij hartkloppingen die met spanning samenhangen."], "none"),
         ("hn", "Herkomst en vindplaats"),
         ("p", "De plant komt oorspronkelijk uit Noord- en Midden-Amerika, vooral uit het zuidoosten van de Verenigde Staten, Mexico en delen van Brazilië. Daar groeit ze op bosranden, open plekken en langs rivieroevers, overal waar ze met haar ranken houvast vindt. De oorspronkelijke bewoners gebruikten de vruchten als voedsel en de plant als medicijn."),
         ("p", "In de zestiende eeuw namen Spaanse missionarissen de passiebloem mee naar Europa. In kloostertuinen werd ze gekweekt om haar geneeskracht en om haar opvallende bloemen, waarin men de lijdensweg van Christus meende te herkennen."),
         ("hn", "Werkzame stoffen"),
         ("p", "De bovengrondse delen bevatten vooral flavonoïden, zoals vitexine en apigenine, en kleine hoeveelheden alkaloïden. Men denkt dat deze stoffen inwerken op dezelfde boodschappersstof in de hersenen (GABA) als sommige kalmerende medicijnen, maar dan veel milder."),
         ("hn", "Gebruik en dosering"),
         ("ul", ["Thee: giet een kop kokend water op 1 tot 2 gram gedroogd kruid en laat tien minuten trekken.", "Bij onrust overdag: twee tot drie koppen, verdeeld over de dag.", "Bij slecht slapen: één kop ongeveer een uur voor het slapengaan.", "Tinctuur of capsules: volg de aanwijzingen op de verpakking."], "•"),
         ("hn", "Voorzorgen"),
         ("p", "Gebruik passiebloem niet tijdens zwangerschap en borstvoeding en geef het niet zonder advies aan jonge kinderen. Het kruid kan de werking van slaapmiddelen en kalmeringsmiddelen versterken en je wat suf maken; rijd dus geen auto tot je weet hoe je erop reageert."),
     ],
     tail=["Disclaimer: de informatie op deze website is algemeen van aard en vervangt geen advies van een arts of therapeut.", "Gerelateerde kruiden", "Valeriaan", "Citroenmelisse", "Hop", "© 2025 Kruidenwijzer Voorbeeld"])

page(name="h142-mariadistel-blog", half="build", lang="nl", html=True, theme="blogger", site="gezondheidsweb-voorbeeld.example.org",
     blog="Gezondheidsweb Voorbeeld", blog_description="Natuurlijke gezondheid, kruiden en supplementen", author="Jan Voorbeeld",
     tags=["kruiden", "lever", "mariadistel"],
     follows="http://gezondheidsweb.blogspot.be/2009/09/mariadistel-extract-100-mg.html",
     title="Mariadistel", date="2009-09-16",
     pre=["Gezondheidsweb Voorbeeld", "Natuurlijke gezondheid, kruiden en supplementen", ("date", "woensdag 16 september 2009")],
     body=[
         ("p", "De stoffen silymarine en silybine uit mariadistel beschermen de levercellen en zijn krachtige antioxidanten."),
         ("p", "Latijnse naam: Silybum marianum"),
         ("p", "Andere namen: Onze-Lieve-Vrouwedistel, melkdistel, bonte distel, silymarine, St. Mary's thistle"),
         ("p", "Mariadistel kan ondersteunend werken bij de volgende aandoeningen:"),
         ("ul", ["Overmatig alcoholgebruik: met 3 x 140 mg silymarine per dag gedurende 4 tot 8 weken dalen verhoogde leverwaarden vaak duidelijk. Ook vermoeidheid, misselijkheid en weinig eetlust nemen af.",
                 "Geelzucht: helpt mee om leverschade door giftige stoffen te beperken.",
                 "Leverontsteking: kan ondersteunen bij een virale of alcoholische hepatitis en bij een trage leverfunctie.",
                 "Levercirrose: in studies met ongeveer 420 mg silymarine per dag verbeterde de toestand van de lever, vooral bij cirrose door alcohol.",
                 "Leververvetting en galklachten: wordt gebruikt om de galstroom op gang te helpen."], "•"),
         ("p", "Dosering: meestal 1 tot 3 capsules van 100 mg extract per dag, bij voorkeur bij de maaltijd. Kies een extract dat gestandaardiseerd is op silymarine."),
         ("p", "Bijwerkingen zijn zeldzaam. Soms geeft mariadistel een wat lossere stoelgang. Wie allergisch is voor composieten zoals kamille of artisjok, is beter voorzichtig."),
         ("p", "Let op: mariadistel is geen vervanging voor een behandeling door je arts. Heb je een leverziekte, overleg dan eerst met je huisarts of specialist."),
     ],
     tail=["Geplaatst door Jan Voorbeeld op 10:42", "0 reacties", "Labels: kruiden, lever, mariadistel", "Een reactie posten", "Nieuwere post", "Oudere post", "Homepage", "Abonneren op: Reacties posten (Atom)"])

page(name="h143-ginkgo-apothekersvraag", half="build", lang="nl", html=True, theme="drupal", site="fytovraagbaak-voorbeeld.example.org",
     follows="http://q-box.be/node/420",
     title="Ginkgo biloba bij geheugenklachten: na hoeveel tijd effect?", date="2013-03-12",
     pre=["Skip to Content", "Home", "Vragen", "Producten", "Over de vraagbaak", "Zoeken", "Home » Vragen » Fytotherapie"],
     meta=[("date", "Ingediend door redactie op di, 12/03/2013 - 14:27")],
     body=[
         ("hn", "Vraag"),
         ("p", "Een oudere klante krijgt van mij ginkgo biloba mee om de doorbloeding en zo ook haar geheugen te verbeteren. Hoe lang duurt het voor ze iets merkt: drie maanden, langer of korter?"),
         ("hn", "Antwoord"),
         ("p", "Het beste effect op het geheugen mag je na ongeveer twee à drie maanden verwachten, al kan een verbetering ook eerder optreden."),
         ("p", "Verschillende studies tonen dat oudere mensen met een gestandaardiseerd ginkgopreparaat beter scoren op tests van het denkvermogen. Enkele ervan staan in de tabel hieronder. Een studie die ruim 3600 mensen ouder dan 65 jaar twintig jaar lang volgde, zag bij gebruikers minder achteruitgang [1]."),
         ("p", "In de meeste studies ging het om het extract EGb 761. Dat wordt op een vaste manier bereid en bevat 24 % flavonoïdeglycosiden en 6 % terpeenlactonen (ginkgoliden en bilobalide)."),
         ("p", "Die studies lopen doorgaans lang. De kortste studie in de tabel waarin bij ouderen al een effect werd gezien, duurde zes weken [2]. Dat past bij wat we van plantaardige middelen weten: het volle effect komt vaak pas na weken tot maanden."),
         ("p", "Tabel: overzicht van enkele relevante klinische studies."),
         ("table", ["Opzet", "Deelnemers", "Duur", "Resultaat"], [["Cohortstudie", "3612 personen > 65 jaar", "20 jaar", "minder cognitieve achteruitgang [1]"], ["Dubbelblind, placebo", "ouderen met lichte geheugenklachten", "6 weken", "betere score op geheugentests [2]"], ["Dubbelblind, placebo", "gezonde 60-plussers", "6 maanden", "geen duidelijk verschil [3]"]], "cells"),
         ("p", "Ginkgo kan de bloedstolling beïnvloeden. Vraag daarom altijd na of de klant bloedverdunners neemt."),
         ("refs", "Referenties", [
             ("[1] Voorbeeld A, Proef B. Ginkgo en cognitieve achteruitgang: een verzonnen cohort van twintig jaar. Fictief Tijdschr Geriatr. 2012;8:101-110.", False),
             ("[2] Example C, Sample D. A made-up six-week trial of ginkgo extract in older adults. Example J Phytother. 2001;3:15-22. doi:10.5555/ginkgo.six.weeks", True),
             ("[3] Voorbeeld E. Ginkgo bij gezonde ouderen (fictief). https://example.org/ginkgo-ouderen", True)]),
     ],
     tail=["Trefwoorden: ginkgo biloba, geheugen, ouderen", "Log in om te reageren", "Disclaimer", "Contact"])

page(name="h144-hittegolf-slapen", half="build", lang="nl", site="metro-voorbeeld.example.org",
     follows="https://nl.metrotime.be/2020/08/06/must-read/zo-hou-je-de-komende-dagen-je-slaapkamer-fris/",
     title="Zo hou je je slaapkamer koel tijdens de hittegolf", date="2020-08-06",
     pre=["Metro Voorbeeld", "Nieuws", "Must Read", "Lifestyle", "Sport", "Zoeken", "Must Read"],
     meta=[("b", "Lotte Voorbeeld"), ("date", "06 aug 2020, 11:04")],
     body=[
         ("p", "Zweten, zweten en nog eens zweten: dat is het vooruitzicht voor de komende dagen. Wil je tijdens de hittegolf toch een beetje slapen, dan helpen een paar eenvoudige regels. We zetten ze voor je op een rij."),
         ("hn", "1. Zet je diepvries en koelkast aan het werk"),
         ("p", "Zoek je verkoeling, kijk dan naar de koudste plek in huis. Stop je hoofdkussen in een plastic zak en leg het een paar uur voor het slapengaan in de diepvries. Zo blijft je hoofd 's nachts letterlijk langer koel."),
         ("p", "Ook een warmwaterkruik kan dienst doen: vul ze met ijskoud water, leg ze in de koelkast en neem ze mee in bed."),
         ("b", "LEES OOK: Zo help je je hond of kat de hitte door"),
         ("hn", "2. Kies katoen in plaats van zijde"),
         ("p", "Zijden of satijnen lakens voelen luxueus aan, maar ze laten weinig lucht door en je begint er sneller onder te zweten. Lichte, katoenen lakens zijn een betere keuze. Een dun laken over je heen helpt bovendien om tot rust te komen: je lichaam is gewend aan iets op de huid."),
         ("hn", "3. Drink genoeg, maar laat de alcohol staan"),
         ("p", "Een terrasje hoort voor veel Belgen bij de zomer, maar alcohol maakt je slaap onrustiger en droogt je uit. Drink overdag en 's avonds genoeg water, en houd een glas naast je bed."),
         ("hn", "4. Houd overdag de warmte buiten"),
         ("p", "Laat ramen, gordijnen en rolluiken dicht zolang het buiten warmer is dan binnen. Zet alles pas open als de avond afkoelt, en laat het 's nachts goed doortrekken."),
         ("hn", "5. Gebruik je ventilator slim"),
         ("p", "Zet een kom met ijsblokjes voor de ventilator: de lucht die erlangs blaast, koelt mee af. Richt het toestel niet recht op je gezicht, anders word je met een stijve nek wakker."),
     ],
     tail=["Deel dit artikel", "Facebook", "Twitter", "WhatsApp", "Meer Must Read", "Vijf manieren om koel te blijven op het werk", "© Voorbeeld Media 2020"])

page(name="h145-supplementengids", half="build", lang="nl", site="humo-voorbeeld.example.org",
     follows="https://www.humo.be/nieuws/humo-s-on-volledige-voedingssupplementen-gids~b7f5279d/",
     title="De (on)volledige supplementengids van Humo Voorbeeld", date="2019-05-14",
     pre=["Humo Voorbeeld", "Nieuws", "Tv", "Muziek", "Film", "Zoeken", "Abonneer"],
     meta=[("b", "Redactie"), ("date", "14 mei 2019, 10:00")],
     body=[
         ("p", "Voedingssupplementen zien eruit als geneesmiddelen: ze komen meestal als tablet of capsule. Toch zijn het er geen. Wie ze verkoopt, mag niet beweren dat ze ziekten voorkomen of genezen, wel dat ze 'bijdragen tot een goede gezondheid'. Wij zochten uit wat er van de beloften overblijft."),
         ("p", "Wat: SPIRULINA is een blauwgroene alg uit tropische en subtropische meren. De Azteken aten ze al, en rond het Tsjaadmeer gebeurt dat nog steeds. Ze wordt ook gebruikt als voer in de viskweek en de kippenhouderij."),
         ("p", "Claims: Zou vol vitamine B12 zitten en dus ideaal zijn voor vegetariërs. Ook ijzer zou er in overvloed in zitten, tien keer meer dan in spinazie. Reclamefolders prijzen het aan voor sporters, studenten, drukbezette werknemers, zwangere vrouwen en actieve senioren."),
         ("p", "Doeltreffendheid: Bevat inderdaad heel wat vitaminen en mineralen, maar niet meer nut dan gewone voeding. De vorm van B12 in spirulina kan het lichaam nauwelijks gebruiken. Risico's: Algen kunnen besmet zijn met bacteriën of zware metalen."),
         ("p", "Conclusie: Geen bewijs dat spirulina iets toevoegt aan een evenwichtige voeding. Als eiwitbron is ze ook niet beter dan vlees, en wel vele malen duurder."),
         ("b", "undefined"),
         ("p", "Wat: SINT-JANSKRUID is een plant die de oude Grieken al als geneesmiddel gebruikten."),
         ("p", "Claims: Soms de 'natuurlijke Prozac' genoemd. Zou de stemming opkrikken en helpen tegen slecht slapen."),
         ("p", "Doeltreffendheid: Bij lichte tot matige neerslachtigheid ongeveer even doeltreffend als een laag gedoseerd antidepressivum, al zijn niet alle studies het eens. Geen bewijs voor een effect op de slaap. Risico's: Beïnvloedt de werking van veel geneesmiddelen, waaronder de pil en bloedverdunners."),
         ("p", "Conclusie: Werkt mogelijk bij een lichte depressie, maar neem het nooit zonder overleg met arts of apotheker."),
         ("b", "undefined"),
         ("p", "Wat: GLUCOSAMINE is een bouwsteen van kraakbeen en wordt meestal gewonnen uit de schalen van schaaldieren."),
         ("p", "Claims: Zou versleten kraakbeen herstellen en pijnlijke gewrichten soepeler maken."),
         ("p", "Doeltreffendheid: Grote onafhankelijke studies vonden nauwelijks verschil met een placebo. Risico's: Mensen met een schaaldierallergie zijn beter voorzichtig."),
         ("p", "Conclusie: Weinig reden om er geld aan uit te geven."),
     ],
     tail=["Lees ook", "Wat zit er echt in je multivitamine?", "Deel dit artikel", "© Voorbeeld Media nv"])

page(name="h146-saffraan-stemming", half="build", lang="nl", html=True, theme="tt4", site="orthofyto-voorbeeld.example.org",
     site_title="Orthofyto Voorbeeld", author="Geert Voorbeeld", categories=["Orthomoleculair"], tags=["saffraan", "stress", "stemming"],
     seo="rankmath", comment_items=[],
     follows="https://www.orthofyto.com/orthomoleculair/saffraan-verbetert-het-emotionele-welzijn-bij-gezonde-volwassenen",
     title="Saffraan en het emotionele welzijn van gezonde volwassenen", date="2021-04-21",
     pre=["Webshop", "Kennisbank", "Nieuws", "Contact", "Home › Nieuws › Orthomoleculair"],
     meta=[("date", "21 Apr, 2021"), ("b", "Geert Voorbeeld")],
     body=[
         ("p", "Stress, onrust en een sombere stemming kunnen samen de weg vrijmaken voor depressieve klachten. Een extract van saffraan zou het emotionele welzijn van gezonde volwassenen kunnen verbeteren en hen wat weerbaarder maken tegen stress."),
         ("p", "In een Britse studie kregen 56 mannen en vrouwen van 18 tot 54 jaar acht weken lang elke dag 30 mg van een gestandaardiseerd saffraanextract of een placebo. Ze waren gezond, maar voelden zich geregeld neerslachtig, gespannen of angstig. Met vragenlijsten werd gemeten hoe hun stemming, stress en angst veranderden. Daarnaast werden ze in het lab blootgesteld aan een stressvolle opdracht."),
         ("p", "Na acht weken rapporteerde de saffraangroep minder depressieve gevoelens en betere sociale contacten dan de placebogroep. Tijdens de stresstest bleef de reactie van het lichaam, gemeten aan de variatie in hartslag, bovendien milder."),
         ("p", "Een betere stemming en meer veerkracht tegen stress kunnen de kans op een depressie mogelijk verkleinen. Eerder bleek saffraan al nuttig bij een milde depressie. In drukke, stressvolle periodes kan het dus een zinvolle ondersteuning zijn."),
         ("p", "De volledige Engelstalige publicatie kunt u hier nalezen."),
         ("refs", "Bronvermelding:", [(JACKSON_SAFFRON, True)]),
     ],
     tail=["Deel dit artikel", "Gerelateerde artikels", "Echte lavendel bij stress en angstgevoelens", "Rhodiola bij vermoeidheid"])

page(name="h147-echinacea-verkoudheid", half="build", lang="nl", html=True, theme="elementor", site="kennisinstituut-voorbeeld.example.org",
     author="Team Kennisinstituut Voorbeeld",
     follows="https://www.sohf.nl/blog/is-echinacea-effectief-bij-verkoudheid-dit-zegt-de-wetenschap",
     title="Helpt echinacea tegen verkoudheid? Wat het onderzoek laat zien", date="2023-10-17",
     pre=["Orthomoleculair kennisinstituut", "Menu"],
     meta=[("date", "17 oktober 2023"), ("b", "7 minuten leestijd")],
     body=[
         ("p", "In de herfst en de winter lopen veel mensen een verkoudheid op, al kan dat het hele jaar door gebeuren. Echinacea zou de weerstand ondersteunen en bij verkoudheid helpen. Maar wat zegt het onderzoek eigenlijk? Wij zochten het uit."),
         ("b", "Is gezondheid ook jouw passie en wil je meer weten over voeding en suppletie? Bekijk dan onze e-learning Orthomoleculair Adviseur."),
         ("h", "Wat is echinacea?"),
         ("p", "Echinacea is een geslacht van negen plantensoorten uit de composietenfamilie. De plant komt uit Noord-Amerika, waar de oorspronkelijke bewoners haar gebruikten bij luchtweginfecties en slangenbeten. Wortel, stengel, bloem en blad worden verwerkt tot extracten, tincturen en thee. De bekendste soort is Echinacea purpurea, de rode zonnehoed."),
         ("p", "De plant bevat onder meer polysachariden, alkylamiden, flavonoïden en cafeïnezuurderivaten.1,2 Vermoedelijk werken deze stoffen samen op het afweersysteem."),
         ("h", "Het afweersysteem in het kort"),
         ("p", "Huid en slijmvliezen vormen de eerste verdedigingslinie tegen virussen en bacteriën. Komt een indringer toch binnen, dan ruimen witte bloedcellen hem op en maakt het lichaam antistoffen aan.3"),
         ("h", "Helpt echinacea als je al verkouden bent?"),
         ("p", "Een aantal studies vond dat mensen die bij de eerste klachten echinacea namen, iets sneller herstelden.4,5 Andere studies vonden geen verschil met een placebo.6 De uitkomsten lopen sterk uiteen, mede omdat elk onderzoek een ander product en een andere dosis gebruikte."),
         ("h", "Kan echinacea een verkoudheid voorkomen?"),
         ("p", "In een grote studie kregen deelnemers vier maanden lang echinacea. Zij kregen minder vaak een verkoudheid en minder terugkerende infecties dan de placebogroep.7 Ook twee meta-analyses zagen een iets kleiner risico, vooral bij mensen die snel ziek worden.8"),
         ("h", "Conclusie"),
         ("p", "Meerdere studies wijzen op een klein gunstig effect, maar hard bewijs is er nog niet. Er is meer onderzoek nodig om te weten welke vorm en dosis het best werkt."),
         ("h", "Bijwerkingen en interacties"),
         ("p", "Echinacea wordt meestal goed verdragen. Soms geeft het maag- en darmklachten of huiduitslag. Wie allergisch is voor composieten of een auto-immuunziekte heeft, overlegt beter eerst met een arts."),
         ("refs", "Bronnen", [
             ("1. Voorbeeld A. Inhoudsstoffen van de rode zonnehoed (fictief). Fictief Tijdschr Fytother. 2015;7:1-9.", False),
             ("2. Example B, Sample C. Made-up analysis of echinacea extracts. Example J Herb Chem. 2017;4:33-40. doi:10.5555/echinacea.chem.2017", True),
             ("3. Voorbeeld D. Het afweersysteem uitgelegd. https://example.org/afweersysteem", True),
             ("4. Example E. A made-up trial of echinacea at the first sign of a cold. Example Fam Med. 2010;2:5-11.", False),
             ("5. Sample F, Voorbeeld G. Verzonnen studie naar herstel van verkoudheid. doi:10.5555/fictief.herstel.2012", True),
             ("6. Example H. Echinacea versus placebo: a made-up negative trial. Example N Engl Rev. 2005;1:1-8.", False),
             ("7. Voorbeeld I, Example J. Vier maanden echinacea ter preventie (fictief). Fictief Tijdschr Huisarts. 2012;9:44-52.", False),
             ("8. Sample K. Made-up meta-analysis of echinacea for prevention. https://example.org/echinacea-meta", True)]),
     ],
     tail=["Deel dit artikel", "Gerelateerde artikelen", "Vitamine C en je weerstand", "Zink bij verkoudheid: wat zegt het onderzoek?"])

page(name="h148-vitamine-b5", half="build", lang="nl", site="viteducatief-voorbeeld.example.org",
     follows="https://viteducatief.nl/vitamine-b5",
     title="Vitamine B5", date=None,
     pre=["VitEducatief Voorbeeld", "Vitamines", "Mineralen", "Overige stoffen", "Over ons", "Home / Vitamines / Vitamine B5"],
     body=[
         ("p", "Vitamine B5, ook pantotheenzuur genoemd, is een in water oplosbare B-vitamine. Ze speelt een rol in veel stofwisselingsprocessen en zit in bijna alle onbewerkte voedingsmiddelen; de naam komt van het Griekse 'pantos', overal. Goede bronnen zijn vlees en vooral orgaanvlees, eieren, volkorenproducten, avocado, paddenstoelen, noten, zuivel en peulvruchten. Koken breekt de vitamine nauwelijks af, maar een deel lekt wel weg in het kookvocht (Example & Sample, 2022)."),
         ("h", "Werkingsmechanisme"),
         ("p", "Het lichaam gebruikt pantotheenzuur om co-enzym A te maken. Dat co-enzym vervoert vetzuren naar de mitochondriën, waar ze worden verbrand, en is nodig voor de aanmaak van cholesterol en van hormonen uit de bijnier zoals cortisol (Voorbeeld, 2014)."),
         ("b", "Figuur 1 Chemische structuur van co-enzym A"),
         ("h", "Gezondheidseffecten"),
         ("p", "Vitamine B5 is nodig voor de aanmaak van geslachtshormonen en stresshormonen, voor de vorming van rode bloedcellen en voor een gezond spijsverteringskanaal. Ook helpt ze het lichaam andere vitamines, zoals vitamine B2, te benutten."),
         ("h", "Aanbevolen inname"),
         ("table", ["Groep", "Adequate inname (mg per dag)"], [["Kinderen 1-3 jaar", "4"], ["Volwassenen", "5"], ["Zwangere vrouwen", "5"], ["Vrouwen die borstvoeding geven", "7"]], "tab"),
         ("h", "Tekort"),
         ("p", "Een tekort is zeldzaam, omdat de vitamine in zoveel voedingsmiddelen zit. Het werd vooral gezien bij ernstige ondervoeding. Klachten zijn dan vermoeidheid, hoofdpijn, slecht slapen en een brandend of tintelend gevoel in de voeten."),
         ("h", "Veiligheid"),
         ("p", "Er is geen bovengrens vastgesteld. Pas bij zeer hoge doses, van gram-hoeveelheden per dag, kunnen maag-darmklachten en diarree optreden."),
         ("refs", "Referenties", [
             ("Voorbeeld, A. (2014). Verzonnen handboek voedingsbiochemie (4e druk). Fictieve Uitgeverij.", False),
             ("Example, B., & Sample, C. (2022). A made-up review of pantothenic acid in health and disease. Example Nutrients, 14(3), 1-12. https://doi.org/10.5555/pantothenic.2022", True)]),
     ],
     tail=["Deze informatie is uitsluitend bedoeld voor educatieve doeleinden en vervangt geen medisch advies.", "Vorige: Vitamine B3", "Volgende: Vitamine B6", "© 2025 VitEducatief Voorbeeld"])

page(name="h149-veenbessen-blaasontsteking", half="build", lang="nl", site="weekblad-voorbeeld.example.org",
     follows="https://www.knack.be/nieuws/gezondheid/veenbessen-dan-toch-niet-zo-effectief-tegen-blaasontsteking/article-normal-878093.html",
     title="Veenbessen helpen minder tegen blaasontsteking dan gedacht", date="2017-06-09",
     pre=["Weekblad Voorbeeld", "Nieuws", "Gezondheid", "Ontdek", "Inloggen", "Nieuws > Gezondheid"],
     meta=[("b", "Dokter Voorbeeld"), ("date", "09/06/17 om 09:30")],
     body=[
         ("p", "Veenbessen, ook wel cranberry's, zouden blaasinfecties helpen voorkomen of zelfs genezen. Overtuigend bewijs daarvoor is er nog altijd niet, en wat er in de supplementen zit, loopt sterk uiteen."),
         ("p", "Het effect wordt toegeschreven aan proanthocyanidinen, stoffen die bacteriën moeilijker aan de blaaswand laten hechten. Ondanks veel onderzoek blijven de resultaten wisselvallig."),
         ("hn", "Honderd keer meer of minder"),
         ("p", "Een onderzoekster van een Antwerpse universiteit bestelde veenbesextracten bij twaalf gespecialiseerde bedrijven. Sommige poeders bevatten amper 0,01 procent van de werkzame stof, andere 1,4 procent: zowat honderd keer meer. Op de verpakking staat dat lang niet altijd, en fabrikanten zijn ook niet verplicht het te vermelden."),
         ("p", "Voedingssupplementen moeten wettelijk alleen veilig zijn. Gezondheidsclaims moeten volgens de Europese regels wetenschappelijk onderbouwd en door het Europese voedselagentschap goedgekeurd zijn, maar voor plantaardige supplementen is dat nog niet gebeurd."),
         ("b", "Lees ook: Zo voorkom je een blaasontsteking na het zwemmen"),
         ("hn", "Vaak onschuldig"),
         ("p", "De helft van alle vrouwen krijgt minstens één keer in haar leven een blaasinfectie met klachten. Meestal gaat het om een ongecompliceerde ontsteking door darmbacteriën, vaak Escherichia coli. Bij mannen komen urineweginfecties ongeveer vijftig keer minder voor, omdat de bacteriën een langere weg moeten afleggen."),
         ("p", "Typische klachten zijn pijn bij het plassen en vaak moeten plassen, telkens maar een beetje. Seks, urineverlies en diabetes verhogen het risico."),
     ],
     tail=["Lees meer over:", "Gezondheid", "Vrouwen", "Voedingssupplementen", "Fout opgemerkt of meer nieuws? Meld het hier"])

page(name="h150-gember-zwanger", half="build", lang="nl", site="ouderblad-voorbeeld.example.org",
     follows="https://www.oudersvannu.nl/voor-ouders/jojanneke-zoekt-het-uit-helpt-gemberthee-echt-tegen-zwangerschapsmisselijkheid~4976f46",
     title="Annelies zoekt het uit: helpt gemberthee echt tegen misselijkheid in de zwangerschap?", date="2020-03-13",
     pre=["Ouderblad Voorbeeld", "Zwanger", "Baby", "Peuter", "Shop", "Zoeken", "Zwanger", "Gezondheid"],
     meta=[("b", "Tekst: Annelies Voorbeeld"), ("date", "13-03-20")],
     body=[
         ("hn", "Vies spul"),
         ("p", "Eerlijk is eerlijk: vroeger vond ik gember smerig. Waarom zou je water drinken waar een stuk wortel in heeft gedreven? Tot ik zwanger was en doodmisselijk. Toen iemand zei dat gember hielp, werd gemberthee meteen mijn redding, samen met droge crackers. Of het klopte, vroeg ik me niet af. Nu wel: word je van gember echt minder misselijk?"),
         ("b", "Lees ook: Alles over misselijkheid in de zwangerschap"),
         ("hn", "Zoet en scherp"),
         ("p", "Gember is een tropische plant waarvan we de wortelstok in de keuken gebruiken, in stoofpotjes, gemberbier en taai-taai. Van oudsher krijgt de specerij allerlei krachten toegedicht: beter geheugen, minder pijn, meer zin in seks en minder misselijkheid. Vooral dat laatste zou welkom zijn in het eerste trimester."),
         ("hn", "Neppe gember"),
         ("p", "Er zijn verschillende studies waarin een groep zwangere vrouwen een paar keer per dag gember kreeg, als capsule, limonade of koekje, en een andere groep een namaakversie zonder gember. Geen van de vrouwen wist in welke groep ze zat. Onderzoekers legden onlangs de uitkomsten van acht van zulke studies, met samen zo'n elfhonderd vrouwen, naast elkaar¹. Gember hielp duidelijk beter tegen misselijkheid dan de namaakversie."),
         ("p", "Ook de huisartsenrichtlijn over zwangerschap noemt gember bij lichte misselijkheid, in capsules verdeeld over de dag. Thee van verse gember mag ook."),
         ("hn", "Een bijsmaakje"),
         ("p", "Helemaal vrij van bezwaren is gember niet: sommige vrouwen krijgen er brandend maagzuur van. En ben je zo misselijk dat je niets meer binnenhoudt, bel dan je verloskundige."),
         ("refs", None, [("¹ Voorbeeld, K. et al. Gember bij misselijkheid in de zwangerschap: een verzonnen meta-analyse. Fictief Tijdschrift voor Verloskunde, 2019.", False)]),
     ],
     tail=["Meer over: zwangerschap, misselijkheid, voeding", "Meer Annelies zoekt het uit", "Helpt een kopje koffie tegen een zwangerschapsdip?", "© Ouderblad Voorbeeld"])

page(name="h151-citroenmelisse-avondonrust", half="build", lang="nl", html=True, site="hotel-voorbeeld.example.org",
     follows="https://www.hoteldewaagmakkum.nl/12425-avondelijke-onrust-bij-ouderen-de-infusie-van-deze-plant-uit-je-tuin-verandert-je-nachten",
     title="Onrust bij ouderen in de avond: een kruid uit de tuin kan de nachten rustiger maken", date="2025-11-14",
     pre=["Hotel De Waag Voorbeeld", "Kamers", "Restaurant", "Arrangementen", "Blog", "Contact", "Welzijn"],
     meta=[("b", "Sanne Voorbeeld"), ("date", "14/11/2025 18:45")],
     body=[
         ("p", "In veel gezinnen is het moment na zonsondergang het zwaarste van de dag. Terwijl het huis tot rust komt, neemt bij sommige ouderen de spanning juist toe. Mantelzorgers zoeken manieren om deze avondonrust draaglijker te maken zonder meteen naar zware slaapmiddelen te grijpen. Daarbij duikt steeds vaker een eenvoudige tuinplant op: citroenmelisse (Melissa officinalis)."),
         ("h", "Wat is avondonrust bij ouderen?"),
         ("p", "Bij avondonrust, in het Engels 'sundowning', worden ouderen tegen de avond rusteloos: ze stellen steeds dezelfde vragen, dwalen door het huis en raken snel geïrriteerd. In woonzorgcentra zou het bij ongeveer vier op de tien bewoners met geheugenproblemen voorkomen."),
         ("p", "De klachten nemen toe wanneer prikkels van buiten wegvallen: het wordt donkerder en stiller, en de vermoeidheid stapelt zich op. Artsen spreken van een verstoord dag-nachtritme: lichaam en hoofd lopen niet meer gelijk met licht en donker."),
         ("p", "Veel licht overdag en vaste gewoontes helpen, zeggen zorgverleners. Toch zoeken families ook naar plantaardige middelen die kalmeren zonder dat je eraan verslaafd raakt."),
         ("h", "Citroenmelisse: erkend bij lichte stress"),
         ("p", "Het Europese geneesmiddelenagentschap erkent citroenmelisse als traditioneel kruidengeneesmiddel bij lichte stress en slaapproblemen. De plant bevat onder meer rozemarijnzuur, citral en citronellal, stoffen die op dezelfde plek in de hersenen lijken in te werken als kalmerende medicijnen, maar veel zachter."),
         ("b", "Welzijn“Na retinol is er dit nieuwe wonderingrediënt voor je huid”"),
         ("h", "Zo zet je een kopje"),
         ("ul", ["Pluk een handvol verse blaadjes of neem een theelepel gedroogd kruid.", "Giet er een kop heet, niet kokend water op.", "Laat vijf tot tien minuten trekken onder een schoteltje.", "Drink het een uur voor het slapengaan."], "•"),
         ("h", "Let wel op"),
         ("p", "Citroenmelisse is geen vervanging voor medische zorg. Neemt iemand al medicijnen, zeker schildkliermedicatie of kalmeringsmiddelen, overleg dan eerst met de huisarts of apotheker."),
     ],
     tail=["Deel dit artikel:", "Facebook", "X", "Pinterest", "Misschien vind je dit ook leuk", "Met deze avondroutine val je sneller in slaap", "Reserveer uw kamer", "© 2025 Hotel De Waag Voorbeeld"])

page(name="h152-luteine-ogen", half="build", lang="nl", site="gezondheidsketen-voorbeeld.example.org",
     follows="https://www.healthcarechain.nl/zeaxanthine-en-luteine/",
     title="Zeaxanthine en luteïne: bescherming voor je ogen", date="2025-09-03",
     pre=["Gezondheidsketen Voorbeeld", "Home", "Kennisbank", "Supplementen", "Contact", "Home » Kennisbank » Zeaxanthine en luteïne"],
     meta=[("b", "Redactie Gezondheidsketen"), ("date", "3 september 2025"), ("b", "9 min leestijd")],
     body=[
         ("p", "Je ogen krijgen de hele dag licht, zuurstof en dus oxidatieve stress te verwerken. Met de jaren neemt de kans op oogproblemen toe, vooral op maculadegeneratie, een van de belangrijkste oorzaken van slechtziendheid bij ouderen."),
         ("p", "Het oog heeft een eigen bescherming: twee gele pigmenten, zeaxanthine en luteïne. Ze hopen zich op in het netvlies, filteren blauw licht en vangen vrije radicalen weg. Mensen met meer van deze stoffen in hun oog lijken minder vaak leeftijdsgebonden maculadegeneratie te krijgen."),
         ("h", "Wat zijn zeaxanthine en luteïne?"),
         ("hn", "Carotenoïden voor het oog"),
         ("p", "Beide stoffen horen bij de carotenoïden, de pigmenten die groenten en fruit hun gele, oranje of rode kleur geven. Van de honderden carotenoïden in de natuur zijn deze twee de enige die zich in het netvlies ophopen."),
         ("p", "Wat ze bijzonder maakt:"),
         ("ul", ["ze passeren de barrière tussen bloed en netvlies;", "ze concentreren zich in de gele vlek (macula);", "het lichaam zet ze niet om in vitamine A, anders dan bètacaroteen;", "je lichaam maakt ze niet zelf aan."], "-"),
         ("h", "Het verschil tussen de twee"),
         ("table", ["Kenmerk", "Zeaxanthine", "Luteïne"], [["Plaats in het oog", "midden van de macula", "rand van de macula"], ["Belangrijke bronnen", "maïs, paprika, eidooier", "boerenkool, spinazie, eidooier"]], "tab"),
         ("h", "Wanneer is een supplement zinvol?"),
         ("p", "Wie weinig groene bladgroenten eet, rookt of al beginnende maculadegeneratie heeft, kan baat hebben bij een supplement. Bespreek dit met je oogarts, zeker als je al andere oogmiddelen gebruikt."),
         ("faq", "Veelgestelde vragen", [
             ("Hoeveel luteïne heb ik per dag nodig?", "Er is geen officiële aanbeveling. In studies werd vaak 10 mg luteïne met 2 mg zeaxanthine gebruikt."),
             ("Kan ik te veel binnenkrijgen?", "Bij normale doses zijn geen schadelijke effecten bekend. Je huid kan bij zeer hoge inname licht geel kleuren."),
             ("Werkt het ook tegen staar?", "Daarvoor is het bewijs nog zwak."),
         ]),
     ],
     tail=["Deel dit artikel", "Gerelateerde artikelen", "Omega-3 bij droge ogen", "Blauw licht en je netvlies", "Disclaimer", "© 2025 Gezondheidsketen Voorbeeld"])

page(name="h153-rhodiola-evidence", half="build", lang="en", html=True, theme="papermod", site="hormone-evidence.example.org",
     section="supplements", author="Example Editorial Team", tags=["rhodiola", "stress", "fatigue"], toc=True,
     follows="https://clearhormones.com/supplements/rhodiola",
     title="Rhodiola rosea for stress and fatigue: what the research shows", date="2026-03-02",
     pre=["Home", "Supplements"],
     meta=[("date", "March 2, 2026"), ("b", "6 min"), ("b", "Example Editorial Team")],
     body=[
         ("p", "Also known as: golden root, arctic root, roseroot, SHR-5 extract"),
         ("hn", "Evidence grade"),
         ("p", "Weak evidence"),
         ("p", "Rhodiola rosea is an adaptogen. A handful of small randomized and open-label trials suggest it eases stress-related fatigue and burnout symptoms, but its effect on cortisol is inconsistent. Many of the studies are small, open-label or funded by manufacturers, and extracts differ in how much rosavin and salidroside they contain, so the evidence is best seen as preliminary."),
         ("h", "What is Rhodiola rosea?"),
         ("p", "Rhodiola is a flowering plant of cold, mountainous regions of Europe and Asia whose root has long been used in folk medicine against tiredness. In the US it is sold as a dietary supplement, which means it is regulated as a food: no one checks that the label claims or the dose are right before it goes on sale."),
         ("h", "What the studies found"),
         ("ul", ["Stress: small improvements in some trials, but not always better than placebo.", "Fatigue: the most consistent signal, mainly in people with stress-related exhaustion.", "Cortisol: results go in both directions.", "Mental performance under stress: a few positive short-term trials."], "•"),
         ("p", "A 2022 review of clinical studies concluded that the results are encouraging, especially for symptoms of life stress and burnout, but it also noted that most trials were small."),
         ("h", "Typical dosing"),
         ("p", "Trials usually used 200 to 600 mg a day of a standardized root extract, often taken in the morning or early afternoon because some people find it mildly stimulating."),
         ("h", "Safety and interactions"),
         ("p", "Side effects in studies were uncommon and mild: dizziness, a dry mouth or trouble sleeping when taken late. Avoid it in pregnancy and while breastfeeding, and talk to your doctor first if you take antidepressants, blood thinners or medication for diabetes or blood pressure."),
         ("refs", "Sources", [
             (IVANOVA_RHODIOLA, True),
             ("Example A, Sample B. A made-up open-label study of rhodiola in burnout. Example J Stress Med. 2012;3:40-47.", False),
             ("Example Health Agency. Rhodiola (made-up fact sheet). https://example.org/rhodiola-fact-sheet", True)]),
     ],
     tail=["Medical disclaimer: this review is for education only and is not medical advice.", "Related reviews", "Ashwagandha for cortisol", "Magnesium for sleep"])

page(name="h154-ginseng-fatigue", half="build", lang="en", html=True, theme="ananke", site="familyhealth-example.example.org",
     author="Frank Example", tags=["ginseng", "fatigue", "supplements"], cover=True,
     standfirst="A former pharma scientist reads the trials on ginseng and tiredness",
     follows="https://www.lanfamhealth.com/post/panax-ginseng-benefits-energy-fatigue",
     title="Panax Ginseng and Fatigue: What Twelve Trials Really Show", date="2026-06-03",
     pre=[("date", "Jun 3rd, 2026")],
     body=[
         ("p", "After forty years in the pharmaceutical industry, Frank Example goes through the ginseng trials on fatigue: a 2022 meta-analysis of twelve randomized trials, how ginsenosides might work, and an honest look at where ginseng beats placebo and where it does not."),
         ("b", "person walking along the sea at sunrise"),
         ("p", "Last month a reader wrote to me with a question I hear more than almost any other. He had been tired for most of a year, not the kind of tired a weekend of rest cures, and a friend had told him to try ginseng. Before spending the money he wanted to know one thing: does it work, or is it just the oldest name on the supplement shelf?"),
         ("p", "It is a fair question, and it deserves a straight answer rather than a sales pitch. So I read the trials."),
         ("h", "The short answer"),
         ("p", "For fatigue that comes with a chronic illness, such as cancer or a long inflammatory disease, the pooled evidence shows a small but statistically significant benefit. A 2022 meta-analysis of twelve randomized trials with about 1,300 patients found a modest effect in favour of ginseng.¹"),
         ("p", "For everyday tiredness in otherwise healthy people the evidence is thinner. Some trials found a benefit, others a difference you would hardly notice.² And one of the most careful trials, at a large cancer centre, saw both ginseng and placebo help, with no real difference between them.³"),
         ("h", "How might it work?"),
         ("p", "Ginseng contains ginsenosides, compounds that seem to dampen inflammation and influence the body's stress response. That fits with a small effect that builds up over weeks rather than a quick lift like caffeine."),
         ("h", "Who might consider it"),
         ("ul", ["people with fatigue linked to a chronic illness, after talking to their doctor;", "those willing to try it for six to eight weeks and then judge honestly;", "not anyone on blood thinners or diabetes medication without medical advice."], "•"),
         ("h", "The bottom line"),
         ("p", "Ginseng is not a stimulant and it is not magic. At best it is a slow, modest support. If you are tired for months, see a doctor first: low iron, thyroid problems and poor sleep are far more common causes."),
         ("refs", "References", [
             ("1. Example A, Sample B. Ginseng for disease-related fatigue: a made-up meta-analysis. Example Medicine. 2022;101:e1. doi:10.5555/ginseng.meta.2022", True),
             ("2. Sample C. A made-up trial of ginseng in healthy adults with tiredness. Example J Nutr. 2013;8:61-67.", False),
             ("3. Example D et al. Made-up randomized trial of ginseng for cancer-related fatigue. https://example.org/ginseng-crf-trial", True)]),
     ],
     tail=["Share", "Facebook", "X", "LinkedIn", "Recent Posts", "See All", "Magnesium glycinate or citrate: which one for sleep?"])

page(name="h155-chamomile-sleep", half="build", lang="en", html=True, theme="dawn", site="examplebeds.example.org",
     shop="Example Beds", blog_handle="sleep-matters-club", author="Holly Example", tags=["Sleep tips", "Wellbeing"],
     follows="https://www.dreams.co.uk/sleep-matters-club/?p=38391",
     title="Can Chamomile Tea Help You Sleep Better?", date="2025-10-10",
     pre=["Free delivery on all beds and mattresses", "Up to 40% off selected bed frames"],
     meta=[("b", "4 Min Read | By Holly Example"), ("date", "Last Modified 10 October 2025   First Added 10 October 2025"), ("b", "This article was written and reviewed in line with our editorial policy.")],
     body=[
         ("p", "For lots of us, a warm mug of chamomile tea is the ideal way to wind down before bed. It has a long reputation for calming the mind and easing the way to sleep. But does it actually work? Here we look at what chamomile is, how it might support sleep and how to make it part of your evening routine."),
         ("h", "What is chamomile?"),
         ("p", "Chamomile is a group of daisy-like flowers from the same family as sunflowers. The tea is made from the dried flower heads, steeped in hot water. People have drunk it for centuries to settle the nerves, soothe an upset stomach and relax, and its mild, apple-like taste has made it one of the best-selling herbal teas."),
         ("h", "Is chamomile tea good for sleep?"),
         ("p", "In short, it can help a little, especially if stress or worry is what keeps you awake. It is not a cure for serious insomnia, but studies suggest small to moderate improvements in how well people sleep. Here is why:"),
         ("ul", ["Calming plant compounds – chamomile contains flavonoids such as apigenin, which act on the same calming system in the brain as some anti-anxiety medicines.", "Less anxiety – several small studies found people felt less anxious after taking chamomile for a few weeks.", "A bedtime ritual – making and sipping a hot drink tells your body the day is over."], "•"),
         ("h", "How to make the perfect cup"),
         ("ol", ["Pour freshly boiled water over one tea bag or a heaped teaspoon of dried flowers.", "Cover the mug and steep for five to ten minutes.", "Drink it about 30 to 60 minutes before bed, so you are not up in the night for the loo."]),
         ("h", "Are there any side effects?"),
         ("p", "Chamomile is safe for most people. Avoid it if you are allergic to ragweed or daisies, and check with your GP or pharmacist if you are pregnant or take blood thinners or sedatives."),
         ("faq", "FAQs", [
             ("Does chamomile tea contain caffeine?", "No, it is naturally caffeine-free, which is why it works well as an evening drink."),
             ("Can I drink it every night?", "Yes, one or two cups a night is fine for most healthy adults."),
         ]),
         ("b", "Ready for a better night? Shop our pillows and mattress toppers"),
     ],
     tail=["Share", "Back to blog", "Related articles", "How to choose a pillow if you sleep on your side", "What is a good bedtime routine for adults?", "Subscribe to our emails", "© 2025, Example Beds Powered by Shopify"])

page(name="h156-elderberry-meta-analysis", half="build", lang="en", site="nutritionmagazine.example.org",
     follows="https://nutritionaloutlook.com/view/elderberry-reduces-upper-respiratory-symptom-duration-and-severity-says-new-meta-analysis",
     title="Meta-analysis: elderberry shortens and eases upper respiratory symptoms", date="2019-02-19",
     pre=["Nutrition Magazine (example)", "Ingredients", "Regulatory", "Dietary Supplements", "Food & Beverage", "Subscribe", "Dietary Supplements"],
     meta=[("b", "By Jennifer Example"), ("date", "Published on: February 19, 2019")],
     body=[
         ("p", "A new meta-analysis in Complementary Therapies in Medicine concludes that elderberry makes upper respiratory symptoms shorter and milder."),
         ("b", "Photo © stock.example.org/example"),
         ("p", "The researchers pooled four randomized, placebo-controlled studies with a total of 180 people: 89 who took elderberry and 91 controls.¹ Across the studies, elderberry clearly cut the time people had symptoms such as a blocked nose, sore throat and cough."),
         ("p", "Elderberry seemed to work better against influenza than against the common cold. The authors warn, however, that this comparison should be read with care, because only one of the four studies included people with a cold."),
         ("p", "In their view the findings offer an option for viral upper respiratory infections, for which antibiotics are often misused, and a possibly safer alternative to prescription drugs in routine cases of cold and flu."),
         ("p", "Earlier trials of elderberry were small, and the products tested differed in how much of the berries' anthocyanins they contained. Larger studies with well-defined extracts are still needed."),
         ("refs", None, [("1. " + HAWKINS_ELDERBERRY, False)]),
     ],
     tail=["Related Content", "Elderberry sales climb again in cold and flu season", "Subscribe to our newsletter", "© 2026 Example Media. All rights reserved."])

page(name="h157-boron-fact-sheet", half="build", lang="en", site="supplement-office.example.org",
     follows="https://ods.od.nih.gov/factsheets/Boron-HealthProfessional/",
     title="Boron", date="2023-06-09",
     pre=["Skip to main content", "Example Office of Dietary Supplements", "Health Information", "Research", "About ODS", "News & Events", "Search",
          "Home > Dietary Supplement Fact Sheets > Boron > Boron - Health Professional"],
     meta=[("b", "Fact Sheet for Health Professionals"), ("b", "This is a fact sheet intended for health professionals. For a general overview, see our consumer fact sheet.")],
     body=[
         ("h", "Introduction"),
         ("p", "Boron is a trace element found in many foods and sold as a dietary supplement. Plants need it to build their cell walls, to be pollinated and to form seeds [1]."),
         ("p", "Boron is not considered an essential nutrient for humans, because no clear biological function has been found for it [2]. It may, however, play a part in bone formation, calcium metabolism, brain function and the action of steroid hormones such as vitamin D and estrogen [1,3]. The body absorbs most of the boron in food and gets rid of it mainly in the urine; bone, nails and hair contain more boron than other tissues [2]."),
         ("h", "Recommended Intakes"),
         ("p", "No Recommended Dietary Allowance or Adequate Intake has been set for boron. The Food and Nutrition Board did establish Tolerable Upper Intake Levels (ULs) from food and supplements combined:"),
         ("table", ["Age", "Male", "Female", "Pregnancy", "Lactation"], [["Birth to 12 months", "Not possible to establish", "Not possible to establish", "", ""], ["1–3 years", "3 mg", "3 mg", "", ""], ["4–8 years", "6 mg", "6 mg", "", ""], ["9–13 years", "11 mg", "11 mg", "", ""], ["14–18 years", "17 mg", "17 mg", "17 mg", "17 mg"], ["19+ years", "20 mg", "20 mg", "20 mg", "20 mg"]], "tab"),
         ("h", "Sources of Boron"),
         ("hn", "Food"),
         ("p", "Foods from plants are the richest sources, especially fruit and fruit juices such as raisins, peaches and prune juice, as well as avocados, potatoes, legumes and nuts. Coffee, milk, cider and wine also provide some boron."),
         ("hn", "Dietary supplements"),
         ("p", "Supplements contain boron as boron citrate, boron aspartate, boron glycinate or calcium fructoborate, among other forms. It is not known whether one form is absorbed better than another."),
         ("h", "Boron Intakes and Status"),
         ("p", "Most adults in the United States get about 1 mg of boron a day from food, and people who eat more plant foods get more [4]. Boron status is not measured in routine clinical practice."),
         ("h", "Boron and Health"),
         ("hn", "Bone health"),
         ("p", "A few small studies suggest that boron supplements reduce calcium loss in the urine of postmenopausal women, but there is no evidence yet that they prevent fractures [3]."),
         ("hn", "Osteoarthritis"),
         ("p", "Lower boron intakes have been linked with more osteoarthritis in population studies. Good clinical trials of boron supplements in people with osteoarthritis are lacking [1]."),
         ("h", "Health Risks from Excessive Boron"),
         ("p", "Boron from food is not known to be harmful. Swallowing large amounts of boric acid or borax, usually by accident, can cause nausea, vomiting, diarrhea, skin rash and, in severe cases, death [2]."),
         ("h", "Interactions with Medications"),
         ("p", "Boron is not known to interact with medications in a clinically important way, but few studies have looked at this."),
         ("refs", "References", [
             ("1. Example A. Boron in human nutrition: a made-up review. Example J Trace Elem. 2015;31:1-10.", False),
             ("2. Example Board on Nutrition. Made-up dietary reference intakes for trace elements. https://example.org/trace-element-dris", True),
             ("3. Sample B, Example C. Boron, bone and hormones: a made-up overview. doi:10.5555/boron.bone.2019", True),
             ("4. Example D. Made-up survey of boron intakes in US adults. Example Nutr Surv. 2010;5:20-28.", False)]),
     ],
     tail=["Disclaimer", "This fact sheet is general information and should not take the place of advice from your health care provider.", ("date", "Updated: June 9, 2023"), "History of changes to this fact sheet"])

page(name="h158-heatwave-sleep-coop", half="build", lang="en", html=True, theme="joomla", site="starcoop.example.org",
     follows="http://chelmsfordstar.coop/news/top-tips-sleeping-heatwave",
     title="Our top tips for sleeping through a heatwave", date="2019-07-24",
     pre=["Home", "Food", "Funeralcare", "Travel", "Membership", "News", "Home > News"],
     meta=[("b", "Written by Example Editor"), ("date", "24 July 2019")],
     body=[
         ("b", "Heatwave tips"),
         ("hn", "1. Go for cotton."),
         ("p", "Keep the satin and polyester sheets for cooler nights. Light-coloured cotton bedding breathes and lets air move around you."),
         ("hn", "2. Chill your bedding."),
         ("p", "Put your sheets or pillowcases in a plastic bag and leave them in the fridge or freezer for a few minutes before bed. It won't last all night, but it gives you a cool start."),
         ("hn", "3. Turn your hot-water bottle into an ice pack."),
         ("p", "A hot-water bottle is handy all year round. In winter it saves on heating; in summer, fill it with water and freeze it for a cold companion in bed."),
         ("hn", "4. Make your fans work harder."),
         ("p", "Point a box fan out of the window to push hot air out, and set a ceiling fan to turn anticlockwise so it draws warm air up and away."),
         ("hn", "5. Dress light."),
         ("p", "Choose a loose cotton T-shirt and shorts. Whether sleeping naked keeps you cooler is up for debate: some say it helps, others find the sweat has nowhere to go."),
         ("hn", "6. Build your own air cooler."),
         ("p", "Put a shallow tray of ice in front of a fan. As the ice melts, the breeze picks up the cold and cools the room a little."),
         ("hn", "7. Keep the heat out by day."),
         ("p", "Close blinds and curtains on the sunny side of the house during the day and open the windows once it is cooler outside than in."),
     ],
     tail=["Share this page", "Back to News", "Find your nearest store", "Star Co-operative Society (example)", "Privacy Policy", "Cookie Settings"])

page(name="h159-kava-doctor-answers", half="build", lang="en", site="askadoctor.example.org",
     follows="https://www.healthtap.com/user_questions/791325-is-kava-dangerous-to-your-health-if-so-is-there-a-certain-amount-of-consumption-that-should-be-avo",
     title="Is kava bad for your health? Is there an amount I should stay under (is once a week okay)?", date=None,
     pre=["Ask a Doctor (example)", "Find a Doctor", "Ask a Question", "Log in", "Sign up", "Questions", "Kava"],
     meta=[("b", "A 34-year-old member asked:")],
     body=[
         ("b", "2 doctor answers"),
         ("b", "Dr. Alan Example answered"),
         ("b", "Internal Medicine • 35 years experience"),
         ("hn", "Low doses are fine"),
         ("p", "Kava is drunk across Polynesia, Melanesia and parts of Micronesia, including Hawaii and Vanuatu. It relaxes people without clouding the mind much. The active compounds are called kavalactones. At least one trial found it worked better than a placebo for anxiety. In low doses it appears to be safe, so a drink once a week is unlikely to be a problem for a healthy adult."),
         ("b", "Dr. Maria Sample answered"),
         ("b", "Family Medicine • 22 years experience"),
         ("hn", "Watch your liver"),
         ("p", "There have been reports of serious liver damage in people taking kava extracts, and several countries restricted its sale for a time. The risk seems highest with concentrated extracts, long-term use and in combination with alcohol or other drugs that strain the liver."),
         ("p", "If you drink kava, avoid mixing it with alcohol, don't take it if you have liver disease or take medicines metabolised by the liver, and ask your doctor for a liver test if you use it regularly."),
     ],
     tail=["3 doctors agree", "Thank", "Related questions", "Can kava help with anxiety?", "Is it safe to drink kava and alcohol together?", "Disclaimer: answers on this site are general information and are not a substitute for a visit to your own doctor.", "© 2026 Ask a Doctor Example"])

page(name="h160-sleep-doctor-qa", half="build", lang="en", html=True, theme="ghost", site="familymag.example.org",
     author="Michael Example", tag="Sleep",
     follows="https://www.familycircle.com/health/weight-loss-issues-cbd-sleep-doctor-answers-common-questions/",
     title="The Sleep Doctor Answers Your Questions on Supplements, Night Waking and Your Gut", date="2019-11-05",
     pre=["Subscribe to the print edition and save 50%"],
     meta=[("b", "By Michael Example, PhD"), ("date", "November 5, 2019")],
     body=[
         ("p", "The Sleep Doctor is in. Psychologist Michael Example answers the questions readers ask most about getting the rest they need."),
         ("h", "Q. Which supplements can help me get a good night's sleep?"),
         ("b", "Photo by Example Photographer"),
         ("p", "If you already avoid the big mistakes, like coffee after two in the afternoon, I understand wanting to try something more. Keep in mind that most supplements take about a month to show what they can do."),
         ("p", "If falling asleep is the problem, try magnesium. Many adults get less than they need, and if you are one of them you may notice a difference within a few weeks."),
         ("p", "Another option is 5-HTP, a substance the body makes itself that is also extracted from the seeds of an African plant. It is a step on the way to melatonin, and some research suggests it shortens the time it takes to drop off."),
         ("p", "Or go straight to melatonin. Many of my patients say it didn't work for them, but melatonin tells your brain it is night; it doesn't make you sleepy. It is great for jet lag, less so for insomnia."),
         ("h", "Q. Help! I fall asleep fine but can't stay asleep."),
         ("p", "Patients often tell me they see the same time on the clock every night. One simple thing to try is a teaspoon of raw honey before bed. Sleep is a long fast, and a dip in blood sugar may be what wakes you up too early."),
         ("h", "Q. What does my gut have to do with sleep?"),
         ("p", "More than you might think. The bacteria in your gut help make some of the chemical messengers involved in sleep and mood. Eating plenty of fibre and fermented foods such as yoghurt supports them, and a regular sleep schedule seems to help them in return."),
     ],
     tail=["Share", "Facebook", "Pinterest", "Email", "Related Stories", "How to build a bedtime routine that sticks"])


# ---------------------------------------------------------------- held-out half (h161-h180)
# Written for a fresh measurement after h141-h160 were used; not to be looked at when changing the
# importer. h161-h172 are Dutch (h161, h162, h163, h164, h165 and h172 after Flemish sites),
# h173-h180 English. Real works cited here were seen while writing (the 2011 Cochrane review of
# zinc for the common cold, the 2016 individual patient data meta-analysis of zinc acetate
# lozenges and the 2017 meta-analysis comparing zinc acetate and zinc gluconate lozenges, the 2010
# trial of the oral lavender oil preparation silexan, the 2009 study of orally administered
# lavender oil and anxiety-provoking film clips, and Prescrire International's 2020 note on
# vitamin B6 neuropathy), each with only the identifiers seen on a page citing it or on its
# PubMed record; all other entries are made up on purpose.

SINGH_ZINC = ("Singh M, Das RR. Zinc for the common cold. Cochrane Database of Systematic Reviews 2011; 2: CD001364. "
              "DOI: 10.1002/14651858.CD001364.pub3")
HEMILA_IPD = ("Hemilä H, Fitzgerald JT, Prasad A et al. Zinc acetate lozenges for treating the common cold: an individual "
              "patient data meta-analysis. British Journal of Clinical Pharmacology, 2016. doi:10.1111/bcp.13057")
HEMILA_DOSE = ("Harri Hemilä. Zinc lozenges and the common cold: a meta-analysis comparing zinc acetate and zinc gluconate, "
               "and the role of zinc dosage. 2017 May 2. doi: 10.1177/2054270417694291")
KASPER_SILEXAN = ("Kasper S, Gastpar M, Müller WE, Volz HP, Möller HJ, Dienel A, Schläfke S. Silexan, an orally administered "
                  "Lavandula oil preparation, is effective in the treatment of 'subsyndromal' anxiety disorder: a randomized, "
                  "double-blind, placebo controlled trial. International Clinical Psychopharmacology, 2010 Sep;25(5):277-87.")
LAVENDER_FILM = ("Effects of orally administered lavender essential oil on responses to anxiety-provoking film clips. "
                 "Hum Psychopharmacol. 2009 Jun;24(4):319-30. doi: 10.1002/hup.1016. PMID: 19382124")
PRESCRIRE_B6 = "\"Vitamin B6: more cases of neuropathy through chronic overdosing\" Prescrire Int 2020; 29 (211): 21-22."

page(name="h161-water-per-dag", half="held-out", lang="nl", site="tinto-voorbeeld.example.org",
     follows="https://tingo.be/eten-en-drinken/zoveel-liter-water-wordt-aangeraden-per-dag-te-drinken",
     title="Zoveel liter water wordt aangeraden per dag te drinken", date=None,
     pre=["Tinto Voorbeeld", "Nieuws", "Eten en drinken", "Gezondheid", "Wonen", "Reizen", "Zoeken", "Eten en drinken"],
     meta=[("b", "Door Redactie Tinto Voorbeeld")],
     body=[
         ("p", "Hoeveel water jij elke dag nodig hebt, hangt van een hele reeks dingen af: je leeftijd, je gewicht, of je man of vrouw bent, hoeveel je beweegt en hoe warm het is. Als vuistregel wordt 1,5 tot 2 liter per dag genoemd, wat ongeveer neerkomt op zes à acht glazen. Hieronder lees je waar je verder op kunt letten."),
         ("h", "Vocht uit drank én voeding"),
         ("p", "Kijk je naar de totale vochtinname, dan ligt de aanbeveling hoger: gemiddeld 2,7 liter voor vrouwen en 3,7 liter voor mannen. Daarin zit ook het water uit eten, zoals fruit, groenten en soep. Zo'n 20 tot 30 procent van wat je binnenkrijgt, komt uit je bord; de rest moet je drinken."),
         ("h", "Wanneer heb je meer nodig?"),
         ("ul", ["Bij warm weer, omdat je dan meer zweet.", "Tijdens het sporten of bij zwaar lichamelijk werk.", "Als je ziek bent, bijvoorbeeld met koorts of diarree.", "Als je zwanger bent of borstvoeding geeft."], "•"),
         ("b", "Lees ook: Zo herken je het verschil tussen honger en dorst"),
         ("h", "Signalen dat je te weinig drinkt"),
         ("p", "Donkere urine, een droge mond of droge lippen, vermoeidheid, hoofdpijn en een licht gevoel in je hoofd kunnen erop wijzen dat je lichaam vocht tekortkomt. Drink daarom de hele dag door kleine slokken, in plaats van alles in één keer."),
         ("h", "Kan je te veel water drinken?"),
         ("p", "Ja. Wie in korte tijd heel grote hoeveelheden drinkt, kan het zoutgehalte in het bloed te sterk verdunnen. Dat heet watervergiftiging en is zeldzaam, maar verdeel je drinken dus goed over de dag."),
     ],
     tail=["Deel dit artikel", "Facebook", "WhatsApp", "E-mail", "Meer in Eten en drinken", "Is bruiswater even gezond als kraantjeswater?", "Vijf fruitsoorten met veel water", "© 2025 Tinto Voorbeeld. Alle rechten voorbehouden.", "Privacybeleid", "Cookiebeleid"])

page(name="h162-slaapmutsje-fabel", half="held-out", lang="nl", site="matrassen-voorbeeld.example.org",
     follows="https://www.ergosleep.com/nl/blog/fabel-of-feit-een-slaapmutsje-helpt-je-beter-en-dieper-te-slapen",
     title="Fabel of feit? Een slaapmutsje helpt je beter en dieper te slapen!", date="2022-01-20",
     pre=["Gratis levering en retour", "Matrassen Voorbeeld", "Matrassen", "Bedbodems", "Hoofdkussens", "Winkels", "Blog", "Mijn account", "Winkelmandje (0)", "Home / Blog / Fabel of feit? Een slaapmutsje helpt je beter en dieper te slapen!"],
     meta=[("date", "Geplaatst op: 20/01/2022")],
     body=[
         ("p", "Na een slechte nacht loop je de hele dag op halve kracht: je bent moe, je concentratie laat je in de steek en misschien bonkt je hoofd. Goed en genoeg slapen is belangrijk voor lichaam en geest. Veel mensen nemen 's avonds een glaasje om makkelijker in slaap te vallen. Maar is dat wel slim?"),
         ("b", "Vrouw-boek-wijn"),
         ("h", "Een slaapmutsje tegen slapeloosheid"),
         ("p", "Of je nu één glas drinkt of meer: met alcohol op val je sneller in slaap. In het eerste deel van de nacht slaap je zelfs wat vaster en word je minder vaak wakker. Dat klinkt mooi, maar de tweede helft van de nacht verloopt juist onrustiger en minder diep."),
         ("h", "Alcohol vermindert je REM-slaap"),
         ("p", "Om te begrijpen wat er gebeurt, moet je terug naar de slaapcyclus. In onze vorige blog bespraken we de vijf stadia ervan. Ongeveer anderhalf uur na het inslapen begint de REM-slaap, de fase waarin je het meest droomt. Dan verwerk je ook indrukken en emoties, sla je dingen op in je geheugen en herstelt je lichaam."),
         ("b", "Slaap-syclus-rondjes"),
         ("p", "Alcohol schuift de REM-slaap naar later op en maakt hem korter. Je slaapt daardoor minder rustig en staat 's ochtends niet uitgerust op. Wie vaak REM-slaap mist, merkt dat overdag aan vermoeidheid en een slechtere concentratie."),
         ("h", "Effecten verschillen van persoon tot persoon"),
         ("p", "Niet iedereen reageert even sterk. Hoeveel je drinkt, hoe laat en hoe goed je lichaam alcohol afbreekt, maakt allemaal uit. Wil je echt beter slapen, laat het glas dan een paar uur voor het slapengaan staan en zorg voor een vast slaapritueel."),
         ("h", "Conclusie: fabel!"),
         ("p", "Een slaapmutsje helpt je misschien sneller indommelen, maar beter en dieper slapen doe je er niet van."),
     ],
     tail=["Deel dit artikel", "Gerelateerde artikels", "De vijf fasen van je slaapcyclus uitgelegd", "Hoe kies je het juiste hoofdkussen?", "Schrijf je in voor onze nieuwsbrief", "Klantenservice", "Veelgestelde vragen", "Algemene voorwaarden", "Privacy", "© Matrassen Voorbeeld 2022"])

page(name="h163-vitamine-c-verkoudheid", half="held-out", lang="nl", html=True, theme="dawn", site="apotheekverzorging-voorbeeld.example.org",
     shop="Zorgwinkel Voorbeeld", blog_handle="news", author="Zorgwinkel Voorbeeld", tags=["Vitamines", "Weerstand"],
     follows="https://phera-care.be/blogs/news/vitamine-c-de-vrees-van-elke-verkoudheid",
     title="Vitamine C: de vrees van elke verkoudheid?", date="2023-01-17",
     pre=["Gratis verzending vanaf € 40 in België"],
     meta=[("date", "17 januari 2023")],
     body=[
         ("h", "Inleiding"),
         ("p", "In de winter, met koude dagen en lange avonden, lopen we sneller een verkoudheid of griep op en voelen velen zich futloos. Om de winter door te komen, nemen veel mensen extra vitamine C voor energie en weerstand. Daarom staan we deze week stil bij deze vitamine en bij de vraag of hoge doses eigenlijk iets opleveren."),
         ("h", "Vitamine C"),
         ("p", "Vitamine C heet scheikundig ascorbinezuur. Het lost goed op in water, waardoor het lichaam er geen voorraad van kan aanleggen en het teveel met de urine verliest. We moeten het dus elke dag binnenkrijgen, via voeding of supplementen."),
         ("p", "Lang voordat vitamine C in 1932 werd ontdekt, wisten zeevaarders al dat citrusvruchten beschermden tegen scheurbuik. Tussen 1500 en 1800 zou die ziekte aan zo'n twee miljoen zeelui het leven hebben gekost [1]. Vandaag is scheurbuik bij ons zeldzaam, maar een licht tekort komt nog voor bij mensen die weinig groenten en fruit eten."),
         ("h", "Wat doet vitamine C in het lichaam?"),
         ("ul", ["Het werkt als antioxidant en maakt vrije radicalen onschadelijk.", "Het is nodig om collageen, L-carnitine en sommige boodschapperstoffen in de hersenen te maken.", "Het helpt het lichaam ijzer uit de voeding op te nemen [2]."], "•"),
         ("h", "Helpt een hoge dosis tegen verkoudheid?"),
         ("p", "Wie gewoon gezond eet, wordt door extra vitamine C niet minder vaak verkouden. Bij mensen die zich zwaar fysiek inspannen, zoals marathonlopers, lijkt het risico wel wat te dalen. Wie dagelijks een supplement neemt, is soms iets korter ziek, maar wie pas begint als de neus al loopt, merkt meestal geen verschil [3]."),
         ("h", "Besluit"),
         ("p", "Een gevarieerd eetpatroon met veel groenten en fruit geeft de meeste mensen genoeg vitamine C. Twijfel je of een supplement voor jou zinvol is, vraag dan raad aan je apotheker."),
         ("refs", "Bronnen", [
             ("[1] Voorbeeld L. Scheurbuik op zee: een verzonnen geschiedenis. Fictief Tijdschr Geschied Geneesk. 2010;12:44-51.", False),
             ("[2] Example M, Sample N. Vitamin C and iron uptake, a made-up review. doi:10.5555/vitc.iron.2018", True),
             ("[3] Voorbeeld P. Vitamine C en verkoudheid: fictief overzicht. https://example.org/vitamine-c-verkoudheid", True)]),
     ],
     tail=["Delen", "Terug naar blog", "Abonneer op onze e-mails", "© 2025, Zorgwinkel Voorbeeld Aangedreven door Shopify", "Privacybeleid", "Terugbetalingsbeleid"])

page(name="h164-jasmijn-slapen", half="held-out", lang="nl", site="gazet-voorbeeld.example.org",
     follows="http://www.gva.be/cnt/dmf20170221_02742810/dit-parfum-moet-je-helpen-om-beter-te-slapen",
     title="Dit parfum moet je helpen om beter te slapen", date="2017-02-21",
     pre=["Gazet Voorbeeld", "Nieuws", "Regio", "Sport", "Economie", "Lifestyle", "Abonneer", "Aanmelden", "Lifestyle"],
     meta=[("date", "21/02/2017 om 14:36"), ("b", "Bron: Belga")],
     body=[
         ("p", "Een warm bad genomen, een kopje kruidenthee gedronken, en toch lig je nog te woelen? Volgens de Amerikaanse arts Andrew Voorbeeld, verbonden aan een bekende universiteit, kan een jasmijngeur in je slaapkamer helpen."),
         ("p", "Die geur zou rustgevend werken. Je zou er niet alleen sneller door in slaap vallen, maar ook minder draaien en keren en minder piekeren, en je zou je de volgende dag frisser voelen. Op zijn website raadt hij slechte slapers aan om hun lakens te wassen met producten op basis van jasmijn, de geur in de slaapkamer te verstuiven of een zakje gedroogde bloemen onder het kussen te leggen."),
         ("b", "LEES OOK. Zo lang moet je slapen, afhankelijk van je leeftijd"),
         ("hn", "Bewezen: lavendel kalmeert"),
         ("p", "Slaapexpert Johan Voorbeeld van een Antwerps universitair ziekenhuis kent het effect van jasmijn niet. Wel zegt hij dat sommige planten echt slaapverwekkend werken. Zo is aangetoond dat lavendel het inslapen vergemakkelijkt. \"Een lavendelgeur werkt lang niet zo sterk als een slaappil, maar mensen met lichte slaapproblemen dommelen er vlotter door in. Hoe dat precies komt, weten we niet. Vergeet ook de gewone slaaphygiëne niet: geen koffie, alcohol of tv vlak voor het slapengaan.\""),
         ("hn", "Opletten met Sint-Janskruid"),
         ("p", "Andere plantaardige middelen kunnen ook helpen, zegt Voorbeeld, maar ga er voorzichtig mee om. Valeriaan, citroenmelisse, passiebloem en Sint-Janskruid zijn bekende slaapkruiden. Vooral Sint-Janskruid kan de werking van andere geneesmiddelen, zoals de pil, verstoren. Overleg daarom altijd eerst met je huisarts of apotheker."),
     ],
     tail=["Meer over", "Slapen", "Gezondheid", "Deel dit artikel", "Facebook", "Twitter", "Mail", "Reageer", "Gazet Voorbeeld © 2017 Voorbeeld Media NV"])

page(name="h165-stresseten-dietiste", half="held-out", lang="nl", html=True, theme="drupal", site="regiotv-voorbeeld.example.org",
     follows="https://www.rtv.be/gezondheid-en-welzijn-gezondheid/dietiste-deelt-tips-rond-stresseten-sla-geen-maaltijden-over-en",
     title="Diëtiste deelt tips rond stresseten: “Sla geen maaltijden over en volg geen strenge diëten”", date="2025-09-27",
     pre=["Regio TV Voorbeeld", "Nieuws", "Sport", "Programma's", "Live", "Gezondheid en welzijn"],
     meta=[("date", "zat 27 Sep 2025"), ("b", "Beeldmontage Regio TV Voorbeeld - rechtenvrije stockfoto/Loes Voorbeeld"), ("b", "© Beeldmontage Regio TV Voorbeeld - rechtenvrije stockfoto/Loes Voorbeeld")],
     body=[
         ("p", "Een overvolle werkdag, kinderen met honderd vragen, een huishouden dat blijft liggen... en voor je het beseft, is dat ene handje chips een lege zak geworden. Dat noemen we stresseten. Volgens diëtiste Loes Voorbeeld uit de Kempen is dat een heel gewone reactie op spanning. Pas als het vaak gebeurt, kan het een probleem worden."),
         ("hn", "Wat is stresseten eigenlijk?"),
         ("p", "Bij stresseten eet je in gespannen periodes meer dan anders, en vaak voel je je daar achteraf schuldig over. \"Onder stress nemen we een grotere portie of gaan we tussendoor snoepen\", zegt Loes. \"Bij dagelijkse stress zie je vooral dat mensen meer eten. Bij een plotse, zware schok krijgen sommigen juist niets meer door hun keel.\""),
         ("p", "Ook frustratie speelt mee, merkt ze in haar praktijk. \"Als we een situatie niet in de hand hebben, zoeken we iets wat we wél kunnen controleren.\""),
         ("hn", "Waarom grijpen we naar ongezonde snacks?"),
         ("p", "Bij stress maakt het lichaam meer cortisol aan. \"Dat hormoon wekt de eetlust op en geeft zin in calorierijk eten\", legt Loes uit. Bovendien is een zak chips sneller open dan een fruitsla gemaakt, en ook gewoontes spelen een grote rol."),
         ("hn", "Tips van de diëtiste"),
         ("ul", ["Eet op vaste momenten en sla geen maaltijden over.", "Begin niet aan strenge diëten: die maken de drang naar snacks alleen groter.", "Leg gezonde tussendoortjes klaar, zoals fruit, een handje noten of yoghurt.", "Zoek een andere uitlaatklep: een korte wandeling, even bellen met een vriendin of een paar minuten rustig ademen."], "•"),
         ("p", "\"Wees vooral mild voor jezelf\", besluit Loes. \"Af en toe troost zoeken in eten is menselijk. Merk je dat het je leven gaat beheersen, praat er dan over met je huisarts of een diëtist.\""),
     ],
     tail=["Deel dit artikel", "Meer nieuws uit Gezondheid en welzijn", "Kempense huisartsen zoeken versterking", "Contact", "Privacyverklaring", "Cookiebeleid", "© Regio TV Voorbeeld 2025"])

page(name="h166-cafeine-zwanger-borstvoeding", half="held-out", lang="nl", site="kraamzorg-voorbeeld.example.org",
     follows="https://www.bobbykraamzorg.nl/post/koffie-tijdens-de-borstvoeding-hoe-zit-dat-nou",
     title="Cafeïne tijdens de zwangerschap of borstvoeding.", date="2025-03-03",
     pre=["Kraamzorg Voorbeeld", "Home", "Over ons", "Kraamzorg aanvragen", "Blog", "Contact", "Alle berichten", "Zwangerschap", "Borstvoeding"],
     meta=[("b", "Desiree Voorbeeld"), ("date", "3 mrt 2025"), ("b", "4 minuten om te lezen"), ("b", "Bijgewerkt op: 19 jan")],
     body=[
         ("p", "Koffie is voor veel mensen meer dan een dosis cafeïne: het is een ritueel, de start van de dag of een welkom rustmoment. En dan ben je zwanger, of geef je borstvoeding, en vraag je je ineens af of dat nog mag."),
         ("p", "Het goede nieuws: je hoeft koffie niet helemaal te schrappen. Het gaat er niet om óf je koffie drinkt, maar hoeveel."),
         ("hn", "Hoeveel cafeïne is veilig tijdens de zwangerschap?"),
         ("p", "Over de grens zijn internationale richtlijnen het verrassend eens: blijf tijdens de zwangerschap onder de 200 mg cafeïne per dag. Cafeïne is dus niet verboden, maar het loont om op je totale inname te letten."),
         ("p", "In sommige studies ging een inname boven de 300 mg per dag samen met een lager geboortegewicht. Tot 200 mg per dag zijn geen nadelige effecten gevonden."),
         ("hn", "Hoe zit het met cafeïne bij borstvoeding?"),
         ("p", "Via de moedermelk krijgt je baby een heel klein beetje van je cafeïne binnen, ongeveer een half tot één procent. De meeste baby's hebben daar geen last van. Pasgeborenen breken cafeïne wel trager af, dus bij sommigen blijft het wat langer in het lijfje."),
         ("p", "Tijdens de borstvoeding wordt meestal een ruimere grens van ongeveer 300 mg per dag aangehouden. Merk je dat je baby op dagen met meer koffie onrustiger is of slechter slaapt, probeer dan eens te minderen of je koffie direct na een voeding te drinken."),
         ("hn", "Waar zit cafeïne allemaal in?"),
         ("ul", ["Een kop filterkoffie: ongeveer 85 tot 100 mg", "Een espresso: ongeveer 60 tot 80 mg", "Een kop zwarte thee: ongeveer 30 tot 50 mg", "Een blikje cola: ongeveer 35 mg", "Een blikje energiedrank: ongeveer 80 mg of meer"], "•"),
         ("p", "Heb je vragen over voeding tijdens je kraamtijd? Stel ze gerust aan je kraamverzorgende."),
     ],
     tail=["Facebook", "LinkedIn", "Link kopiëren", "Recente posts", "Alles zien", "Slapen met een pasgeborene: wat is normaal?", "Borstvoeding in de eerste week", "Opmerkingen", "Schrijf een opmerking...", "© 2025 Kraamzorg Voorbeeld"])

page(name="h167-zinkzuigtabletten", half="held-out", lang="nl", html=True, site="sportgezondheid-voorbeeld.example.org",
     follows="https://www.sportengezond.nl/zinkzuigtabletten-verkorten-verkoudheden/",
     title="Zinkzuigtabletten verkorten verkoudheden", date="2018-01-12",
     pre=["Sport & Gezondheid Voorbeeld", "Home", "Voeding", "Supplementen", "Training", "Blessures", "Contact"],
     meta=[("date", "12 januari 2018"), ("b", "door redactie")],
     body=[
         ("b", "Zinkzuigtablet-verkoudheid"),
         ("p", "Volgens een rapport dat vijftien studies naast elkaar legde, helpen zuigtabletten met zink bij een verkoudheid. Wie ze neemt, is korter verkouden en heeft minder zware klachten. Zink zou ook beschermen tegen een opkomende verkoudheid, waardoor er minder vaak antibiotica worden voorgeschreven. Kinderen die zink kregen, misten bovendien minder schooldagen."),
         ("p", "Niet alle studies kwamen tot hetzelfde resultaat. Dat komt volgens onderzoekers vooral door de vorm van zink die gebruikt werd. Het zink moet los en in opgeloste vorm in de mond vrijkomen. Veel tabletten in de winkel bevatten smaakstoffen en suiker die het zink binden, waardoor het niet meer werkt."),
         ("p", "De beste zinkzuigtabletten smaken wat metalig en samentrekkend en geven een droog gevoel in de mond. Laat ze zo langzaam mogelijk smelten en begin er zo snel mogelijk mee, liefst binnen een dag na de eerste klachten."),
         ("p", "Neem zink niet wekenlang in hoge doses: te veel zink kan misselijkheid veroorzaken en op termijn de opname van koper verstoren."),
         ("refs", "Referenties:", [
             (SINGH_ZINC, True),
             ("Voorbeeld G. Zinkvormen en zuigtabletten: een fictieve hypothese. Fictief Tijdschr Voed. 2009;73:12-20.", False),
             ("https://example.org/zink-tegen-verkoudheid", True),
             (HEMILA_IPD, True),
             (HEMILA_DOSE, True)]),
         ("b", "Bron: Gezondheidsblad Voorbeeld"),
     ],
     tail=["Reacties zijn gesloten.", "Vorig bericht: Hoeveel eiwit heb je nodig als duursporter?", "Volgend bericht: Magnesium en spierkramp", "© 2018 Sport & Gezondheid Voorbeeld"])

page(name="h168-kombucha-gezond", half="held-out", lang="nl", html=True, theme="tt4", site="goedgevoel-voorbeeld.example.org",
     site_title="Goed Gevoel Voorbeeld", section="voeding", author="Sanne Voorbeeld", categories=["Voeding"], tags=["kombucha", "fermenteren", "darmen"],
     seo="yoast", comment_items=[],
     follows="https://goodfeeling.nl/kombucha",
     title="Kombucha: wat is het en is het echt zo gezond?", date=None,
     pre=["kombucha"],
     meta=[("b", "18 keer gelezen sinds"), ("b", "13 minuten leestijd")],
     body=[
         ("p", "Kombucha ligt steeds vaker in de koelkast van de supermarkt, en niet alleen meer bij de natuurwinkel. De gefermenteerde drank heeft een lange geschiedenis en wordt wereldwijd geprezen om zijn gezondheidseffecten. Sommigen spreken zelfs van 'thee van de onsterfelijkheid', al is dat vooral mooi gezegd."),
         ("p", "In dit artikel lees je hoe kombucha gemaakt wordt, waar die bijzondere reputatie vandaan komt en hoe je het veilig in je eigen leefstijl past."),
         ("b", "Alvast 5 van de belangrijkste punten"),
         ("ol", ["Kombucha ontstaat in ongeveer een week fermentatie, maar begint met slechts drie ingrediënten.", "De SCOBY is het hart van kombucha: een levende cultuur die de gisting op gang houdt.", "De drank bevat natuurlijke zuren, levende bacteriën en enzymen die je spijsvertering kunnen helpen.", "Er zit een klein beetje alcohol en cafeïne in, wat niet voor iedereen geschikt is.", "Zelf maken kan, maar vraagt zorg en kennis van het fermentatieproces."]),
         ("h", "Wat is kombucha?"),
         ("p", "Kombucha is zwarte of groene thee waaraan suiker en een mengsel van bacteriën en gisten zijn toegevoegd. Die micro-organismen zetten de suiker om in zuren, een beetje koolzuur en een spoortje alcohol. Zo krijgt de drank zijn frisse, licht zure smaak en zijn lichte prik."),
         ("p", "De SCOBY, kort voor 'Symbiotic Culture Of Bacteria and Yeast', is een geleiachtige schijf die tijdens de gisting bovenop de thee groeit. Er leven de bacteriën en gisten in die de volgende partij weer op gang brengen."),
         ("h", "Is kombucha gezond?"),
         ("p", "Er wordt veel beweerd: kombucha zou de weerstand versterken, de lever helpen ontgiften en ontstekingen remmen. Het meeste onderzoek is echter bij dieren of in het lab gedaan. Bij mensen is er nog weinig bewijs. Wat wel vaststaat: kombucha bevat minder suiker dan de meeste frisdranken, al verschilt dat sterk per merk."),
         ("h", "Voor wie is kombucha minder geschikt?"),
         ("ul", ["Zwangere vrouwen en vrouwen die borstvoeding geven, vanwege de alcohol.", "Mensen met een verzwakte weerstand.", "Kinderen.", "Mensen die gevoelig zijn voor cafeïne."], "•"),
         ("h", "Zelf kombucha maken"),
         ("p", "Maak je kombucha thuis, werk dan heel schoon, gebruik glazen potten en gooi de partij weg als je schimmelplekken ziet of als het vreemd ruikt."),
     ],
     tail=["Gerelateerde artikelen", "Kefir: wat is het en hoe maak je het zelf?", "Zuurkool en je darmen", "Schrijf je in voor de nieuwsbrief", "© 2025 Goed Gevoel Voorbeeld"])

page(name="h169-lavendel-slapen", half="held-out", lang="nl", html=True, theme="elementor", site="kruidenhuis-voorbeeld.example.org",
     author="Kruidenhuis Voorbeeld",
     follows="https://www.chi.nl/blog/lekker-slapen-lavendel/",
     title="Lekker slapen met lavendel", date=None,
     pre=["Gratis verzending vanaf € 35", "Home > Blog > Lekker slapen met lavendel"],
     body=[
         ("p", "De geur van lavendel kent bijna iedereen. Al eeuwen gebruiken mensen de etherische olie van deze plant om beter te slapen. Traditie, ervaring en onderzoek maken van lavendelolie een steeds vaker gebruikt kruidenmiddel bij spanning, stress, onrust en de slaapproblemen die daaruit voortkomen. Binnen de aromatherapie geldt lavendel als een van de meest kalmerende oliën."),
         ("h", "Echte lavendel"),
         ("p", "Als we het over de rustgevende werking hebben, bedoelen we de echte lavendel, Lavandula angustifolia. Er bestaan meer dan veertig soorten en kruisingen die allemaal lavendel heten. De echte lavendel wordt op veel plaatsen gekweekt, maar vooral rond de Middellandse Zee, in Zuid-Frankrijk en Bulgarije. De plant groeit graag op kalkrijke, goed doorlatende grond tussen 800 en 1800 meter hoogte. Al sinds de vijftiende eeuw wordt de olie met stoom uit de bloeiende toppen gedestilleerd."),
         ("h", "Geschiedenis"),
         ("p", "De Romeinen hielden al van lavendel en in het oude Egypte werd de plant ook gebruikt. In 1554 beschreef de Zuid-Nederlandse arts en plantkundige Dodoens in zijn Cruydeboeck de olie uitgebreid als middel tegen vermoeidheid en slapeloosheid. Toen er goedkope synthetische geurstoffen en geneesmiddelen kwamen, raakte lavendel als medicijn wat uit beeld."),
         ("h", "Hoe gebruik je lavendel om te slapen?"),
         ("ul", ["Doe een paar druppels lavendelolie in een verdamper in de slaapkamer, een half uur voor het slapengaan.", "Leg een zakje gedroogde lavendelbloemen bij je kussen.", "Neem een warm bad met enkele druppels olie, gemengd in wat melk of badolie.", "Wrijf een druppel verdunde olie op je polsen of slapen."], "•"),
         ("h", "Let op"),
         ("p", "Gebruik etherische olie nooit onverdund op de huid en houd ze buiten bereik van kinderen. Neem lavendelolie niet in zonder advies van een deskundige, en overleg met je arts als je zwanger bent of medicijnen gebruikt."),
     ],
     tail=["Deel dit bericht", "Facebook", "Pinterest", "E-mail", "Gerelateerde producten", "Lavendelolie 10 ml", "Slaapkussentje lavendel", "Klantenservice", "Verzenden en retourneren", "© Kruidenhuis Voorbeeld"])

page(name="h170-emotioneel-eten", half="held-out", lang="nl", site="dietistpraktijk-voorbeeld.example.org",
     follows="https://dietistindebuurt.nl/blog/emotioneel-eten",
     title="Emotioneel Eten: Herken en Doorbreek de Cyclus", date=None,
     pre=["Diëtist Voorbeeld", "Home", "Behandelingen", "Tarieven", "Blog", "Afspraak maken"],
     meta=[("b", "Van stress-eten naar bewust genieten: leer triggers herkennen en doorbreek patronen met bewezen strategieën")],
     body=[
         ("h", "Het Verschil: Emotionele vs Fysieke Honger"),
         ("table", ["", "Emotionele honger", "Fysieke honger"], [
             ["Hoe het opkomt", "Plots, binnen enkele minuten", "Geleidelijk, over een paar uur"],
             ["Waar je zin in hebt", "Iets specifieks: zoet, vet of hartig", "Bijna alles smaakt"],
             ["Stoppen", "Moeilijk, je blijft doorgaan", "Vanzelf als je verzadigd bent"],
             ["Gevoel achteraf", "Schaamte of schuld", "Geen schuldgevoel"],
             ["Waar je het voelt", "In je hoofd", "In je maag: rommelen, weinig energie"],
             ["Hoe lang je voldaan bent", "Kort", "Drie tot vijf uur"]], "tab"),
         ("h", "6 Meest Voorkomende Emotionele Eet-Triggers"),
         ("hn", "Stress en Spanning"),
         ("p", "Bij stress maakt je lichaam cortisol aan, en dat vergroot de trek in suiker en vet voor snelle energie. Denk aan chips bij een deadline of koekjes na een ruzie. Wat helpt: even wandelen, rustig ademen of iemand bellen."),
         ("hn", "Verdriet en Eenzaamheid"),
         ("p", "Eten zet het beloningssysteem in je hersenen aan en geeft zo even een opkikker. Een eenzame avond wordt dan een avond met ijs of chocola. Zoek liever contact met anderen of doe iets wat je echt prettig vindt."),
         ("hn", "Verveling"),
         ("p", "Niets te doen? Dan is de koelkast dichtbij. Houd een lijstje bij de hand met kleine klusjes of hobby's waar je naar kunt grijpen."),
         ("hn", "Vermoeidheid"),
         ("p", "Wie te weinig slaapt, heeft meer trek en minder rem. Een vast slaapritme helpt dus ook tegen snaaien."),
         ("hn", "Beloning en Feest"),
         ("p", "Ook blije momenten kunnen een trigger zijn: 'dat heb ik verdiend'. Beloon jezelf eens op een andere manier, bijvoorbeeld met een uitje of iets moois."),
         ("hn", "Gewoonte en Omgeving"),
         ("p", "Snoep op het aanrecht, altijd iets bij de tv: je omgeving stuurt meer dan je denkt. Zet verleidingen uit het zicht."),
         ("h", "Hulp nodig?"),
         ("p", "Lukt het niet om het patroon zelf te doorbreken? Een diëtist kan samen met jou je triggers in kaart brengen. Diëtetiek wordt tot drie uur per jaar vergoed uit de basisverzekering."),
     ],
     tail=["Maak een afspraak", "Bel ons", "Gerelateerde artikelen", "Gezond afvallen zonder dieet", "Snaaien in de avond: zo stop je ermee", "© 2025 Diëtist Voorbeeld", "Privacyverklaring", "Klachtenregeling"])

page(name="h171-water-drinken-krant", half="held-out", lang="nl", site="dagblad-voorbeeld.example.org",
     follows="https://www.telegraaf.nl/lifestyle/1071286779/eindelijk-antwoord-zoveel-water-moet-je-drinken-op-een-dag-en-zo-doe-je-dat?utm_source=RSS&utm_medium=RSS",
     title="Eindelijk antwoord: zoveel water moet je drinken op een dag (en zo doe je dat)", date="2024-03-22",
     pre=["Dagblad Voorbeeld", "Nieuws", "Sport", "Financieel", "Entertainment", "Lifestyle", "Puzzels", "Abonneren", "Inloggen", "Lifestyle"],
     meta=[("b", "Van onze redactie"), ("date", "22 mrt. 2024 in LIFESTYLE")],
     body=[
         ("p", "Ons lichaam bestaat voor een groot deel uit water: gemiddeld 52 procent bij vrouwen en 63 procent bij mannen. Bij baby's is het zelfs driekwart. Om niet uit te drogen, moeten we dus elke dag genoeg drinken."),
         ("p", "Drink je te weinig, dan kun je suf, verward of duizelig worden. Volgens Tara Voorbeeld van het Voedingscentrum Voorbeeld kun je ook minder gaan plassen en wordt je huid minder soepel."),
         ("p", "Met voldoende water kunnen voedingsstoffen uit de darm worden opgenomen en raakt je lichaam afvalstoffen goed kwijt. Die afvoer loopt veel moeizamer als je te weinig drinkt."),
         ("b", "LEES OOK: Wordt koffie nu wel of niet meegeteld als vocht?"),
         ("hn", "Hoeveelheid water drinken per dag"),
         ("p", "De hamvraag dus: hoeveel? Het advies voor volwassenen en kinderen vanaf 14 jaar is elke dag 1,5 tot 2 liter. „Hoeveel jij nodig hebt, hangt af van hoeveel vocht je verliest\", zegt Voorbeeld. „Sport je veel of is het warm, dan heb je meer nodig. Zit je stil in een koele ruimte, dan minder.\" Door verspreid over de dag te drinken, voorkom je dat je te weinig of juist te veel binnenkrijgt."),
         ("hn", "Extreme hoeveelheden"),
         ("p", "De nieren kunnen ongeveer 0,7 tot 1 liter water per uur verwerken. Drink je veel meer, dan kun je misselijk of duizelig worden of spierkrampen krijgen. In uitzonderlijke gevallen daalt het natriumgehalte in het bloed zo sterk dat het hartritme ontregeld raakt."),
         ("hn", "Zo drink je genoeg"),
         ("ul", ["Begin de dag met een glas water.", "Zet een fles of karaf in het zicht op je bureau.", "Drink bij elke maaltijd een glas.", "Maak water lekkerder met een schijfje citroen, komkommer of wat munt."], "•"),
     ],
     tail=["Deel dit artikel", "Meer Lifestyle", "Zo slaap je beter tijdens de overgang", "Dagblad Voorbeeld", "Colofon", "Privacy", "Cookie-instellingen", "© 2024 Voorbeeld Media"])

page(name="h172-zink-verkoudheid-krant", half="held-out", lang="nl", site="nieuwsblad-voorbeeld.example.org",
     follows="http://www.nieuwsblad.be/cnt/dmf20170517_02886221?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+nieuws%2Fsnelnieuws+%28Nieuwsblad.be%3A+Snelnieuws%29",
     title="Zinktabletten laten verkoudheid tot drie keer sneller verdwijnen", date="2017-05-17",
     pre=["Het Nieuwsblad Voorbeeld", "Binnenland", "Buitenland", "Sport", "Regio", "Lifestyle", "Meer", "Zoeken", "Mijn account"],
     meta=[("date", "17 mei 2017 om 10:32"), ("b", "(mvb)")],
     body=[
         ("p", "Verkouden? Zinktabletten kunnen je tot drie keer sneller van je snotneus afhelpen, zo blijkt uit een analyse van drie Finse studies in het vakblad Open Forum Infectious Diseases. Maar er zijn ook kanttekeningen: veel tabletten bevatten gewoon te weinig zink, en niet elk tablet geeft het zink goed vrij."),
         ("p", "In de onderzochte studies namen zo'n tweehonderd verkouden mensen zinktabletten of een placebo. Ze kregen 80 tot 92 mg zink per dag, veel meer dan in de meeste tabletten zit. In de Verenigde Staten ligt de aanbevolen dagelijkse hoeveelheid op 11 mg voor mannen en 8 mg voor vrouwen."),
         ("p", "Na vijf dagen was 70 procent van de zinkgebruikers van hun verkoudheid verlost, tegenover 27 procent van wie een placebo kreeg. Volgens de onderzoekers maakt het niet uit hoe oud iemand is, of hij rookt of allergieën heeft."),
         ("hn", "Misselijkheid"),
         ("p", "Toch is voorzichtigheid geboden. Een Amerikaanse wetenschappelijke academie vindt dat je je zinkinname hooguit beperkt mag verhogen, tot 40 mg per dag en onder toezicht van een arts. Te veel zink kan misselijkheid, maagkrampen, diarree, hoofdpijn en braken geven, en op lange termijn de weerstand en de goede cholesterol verlagen."),
         ("p", "De Finse onderzoeker Harri Hemilä van de universiteit van Helsinki zag bij de deelnemers aan de drie studies echter geen bijwerkingen. Volgens hem kunnen de meeste mensen voor korte tijd zelfs 100 mg per dag nemen. Een Amerikaanse collega van hem raadt wel aan om eerst met je arts te overleggen."),
     ],
     tail=["Lees meer over", "Gezondheid", "Verkoudheid", "Meest gelezen", "Vijf tips om de griep voor te blijven", "Het Nieuwsblad Voorbeeld © 2017 Voorbeeld Media NV"])

page(name="h173-caffeine-half-life-blog", half="held-out", lang="en", html=True, theme="blogger", site="decafdiary.example.org",
     blog="The Decaf Diary (example)", blog_description="Notes from a recovering coffee addict", author="Dino Example",
     tags=["caffeine", "sleep", "decaf"],
     follows="https://www.decafdino.com.au/blogs/decaf/caffeine-half-life",
     title="The half-life of coffee (and why I switched to decaf)", date="2021-06-14",
     pre=["The Decaf Diary (example)", "Notes from a recovering coffee addict", ("date", "Monday, 14 June 2021")],
     body=[
         ("p", "A while ago I did an online sleep course taught by a neuroscientist. What stuck with me wasn't so much the science as one way he put it:"),
         ("p", "If you're sensitive to caffeine and have a coffee at 9am, it's a bit like getting into bed at 9pm and deciding to drink a quarter of a cup of coffee."),
         ("p", "Nobody does that. I certainly don't. Some people can drink coffee in the evening and sleep like a log, but for those of us with a lower tolerance, caffeine later in the day can really keep us up."),
         ("p", "What I hadn't really taken in: caffeine has a half-life of about 6 hours. Every 6 hours, the amount still in your body halves, and then halves again, and so on."),
         ("p", "At one point I was having two or three cups a day without a break, so it really added up. Using the neuroscientist's example, a full-strength coffee at 9am works out like this:"),
         ("ul", ["9am: one full-strength coffee.", "3pm: half the caffeine has gone. 50% left.", "9pm: another half gone. 25% left.", "3am (next day): another half gone. 12.5% left.", "9am (next day): another half gone. 6.25% left.", "3pm (next day): about 3% left, which I'm calling more or less gone."], "•"),
         ("p", "So a coffee at 9am is still hanging around until the middle of the next afternoon, and that's before you add a second or third cup on top. That changed how I think about when and how much coffee I drink. These days it's mostly decaf, so I don't have to wonder whether it'll cost me sleep."),
     ],
     tail=["Posted by Dino Example at 8:15 pm", "2 comments:", "Email This", "BlogThis!", "Share to X", "Share to Facebook", "Labels: caffeine, decaf, sleep", "Newer Post", "Older Post", "Home", "Subscribe to: Post Comments (Atom)"])

page(name="h174-electrolytes-hydration", half="held-out", lang="en", html=True, theme="joomla", site="lakeshorehealth.example.org",
     follows="https://www.nm.org/healthbeat/healthy-tips/do-electrolytes-really-boost-hydration",
     title="Do Electrolytes Really Boost Hydration?", date=None,
     pre=["Find a Doctor", "Locations", "Patients & Visitors", "Conditions & Care Areas", "HealthBeat", "HealthBeat > Healthy Tips"],
     meta=[("b", "Everything You Need to Know"), ("b", "Published August 2025")],
     body=[
         ("p", "Electrolyte drinks are everywhere, from gym bags to social media feeds, and some young adults now swap their morning coffee for a hydration powder. But do these products really help you stay hydrated, or is it mostly hype?"),
         ("p", "Let's start with the basics."),
         ("b", "Our bodies rely on electrolytes, especially when it comes to hydration.— Jeevan Example, MD"),
         ("h", "What are electrolytes and how do they affect hydration?"),
         ("p", "Water is the first thing most people think of, but hydration is about more than fluids. Electrolytes are minerals with an electric charge that help move water in and out of your cells. Without the right amount, water alone may not hydrate you as well as it should, says Jeevan Example, MD, a sports medicine physician at Lakeshore Health (example)."),
         ("p", "The most common electrolytes include:"),
         ("ul", ["Sodium", "Potassium", "Magnesium", "Chloride", "Bicarbonate", "Phosphate"], "•"),
         ("p", "Besides fluid balance, they help control muscle and nerve function (including your heart), blood pressure and the pH of your blood."),
         ("h", "How do you know if you are low on electrolytes?"),
         ("p", "It depends on which one is low, but muscle cramps or twitching, tiredness, dizziness or confusion, nausea, a dry mouth and an irregular heartbeat are common signs. If symptoms don't go away, see a physician; a blood test can show whether something is off."),
         ("h", "Can you have too many electrolytes?"),
         ("p", "Yes. Taking too much, especially sodium or potassium, can raise blood pressure or upset your heart rhythm, and people with kidney disease need to be extra careful, says urologist Perry Example, MD."),
         ("h", "So, who actually needs them?"),
         ("p", "For most people, water and a balanced diet are enough. An electrolyte drink makes sense after more than an hour of hard exercise, in hot weather when you sweat a lot, or when you're losing fluid through vomiting or diarrhea."),
     ],
     tail=["Share", "Print", "Related Articles", "How Much Water Do You Really Need?", "Heat Exhaustion vs. Heat Stroke", "Subscribe to HealthBeat", "Lakeshore Health (example)", "Privacy Policy", "Terms of Use", "© 2025 Lakeshore Health (example)"])

page(name="h175-lavender-oil-capsules", half="held-out", lang="en", html=True, theme="ananke", site="drexample-health.example.org",
     author="Dr Sarah Example", tags=["anxiety", "lavender", "herbal medicine"], show_author=False,
     follows="https://drsarahbrewer.com/lavender-oil-capsules-effectively-treat-anxiety",
     title="Lavender Oil Capsules For Anxiety", date="2023-03-03",
     meta=[("date", "Last updated by Dr Sarah Example on 3 March 2023")],
     body=[
         ("p", "Lavender oil capsules are a traditional herbal medicine used to ease the symptoms of anxiety, such as stress and nervousness. More than 15 clinical trials with around 2,200 people suggest they work about as well as prescribed medication for mild anxiety, with clear benefits within two weeks."),
         ("h", "Lavender oil for anxiety"),
         ("p", "Breathed in, lavender aromatherapy oil is a well-known aid to sleep – but please don't drink from the bottle at the back of your bathroom cabinet. To be taken by mouth, the oil has to come from the flowers of one particular species, Lavandula angustifolia Miller."),
         ("p", "It also has to be made to pharmaceutical standards (known as GMP), so that every capsule gives the same dose of active ingredients. Other lavender oils should not be swallowed, as they may contain pesticides, impurities or synthetic chemicals."),
         ("h", "How lavender oil reduces anxiety"),
         ("p", "As many as one in five people feel anxious a lot or all of the time. Worry and spinning thoughts sap confidence and concentration, and can make it hard to sleep. These symptoms, along with a racing pulse, nausea, tension and headache, come from overstimulation of the nervous system."),
         ("p", "In brain scans of 17 healthy men who took lavender oil capsules or a placebo for eight weeks, lavender reduced the binding at one type of serotonin receptor, leaving more serotonin free to act on mood and anxiety. Other studies suggest it also calms overexcited nerve cells in other ways [2]."),
         ("h", "Clinical trials show lavender oil works"),
         ("p", "In one trial, 221 adults with anxiety and poor sleep took 80 mg of a lavender oil preparation or a placebo every day for ten weeks. Those taking lavender had less anxiety and slept better than those on placebo [1]."),
         ("h", "Is lavender oil safe?"),
         ("p", "Side effects are uncommon. Some people notice burping with a lavender taste or mild indigestion. Lavender oil capsules are not for children, or during pregnancy or breastfeeding, and you should check with your doctor before taking them alongside other medicines for anxiety or sleep."),
         ("refs", "References", [
             ("[1] " + KASPER_SILEXAN, False),
             ("[2] " + LAVENDER_FILM, True)]),
     ],
     tail=["Share this:", "Related", "Valerian for sleep: does it work?", "Dr Sarah Example", "Medical Doctor and Registered Nutritionist (example)", "© 2023 Dr Sarah Example"])

page(name="h176-green-tea-supplements-liver", half="held-out", lang="en", html=True, theme="ghost", site="businessdaily.example.org",
     author="Alice Example", tag="Health",
     follows="https://fortune.com/2018/04/18/are-green-tea-supplements-safe-liver/",
     title="Green Tea Supplements Could Be Hurting Your Liver, Researchers Say", date="2018-04-18",
     meta=[("b", "By Alice Example"), ("date", "April 18, 2018")],
     body=[
         ("p", "Those green tea capsules may not be doing you as much good as you think. Taking too much of them can harm your liver, according to the European Food Safety Authority (EFSA)."),
         ("p", "A supplement is not the same as a cup of tea, which the agency considers generally safe. A brewed cup of green tea usually contains 90 to 300 mg of the plant's antioxidants, called catechins, while many supplements pack up to 1,000 mg."),
         ("p", "The researchers concluded that taking 800 mg or more of green tea catechins a day raises the risk of harm, including liver damage. The agency did not name a dose of supplement that it considers completely safe."),
         ("b", "Read more: Why the supplement aisle is so lightly regulated"),
         ("p", "Green tea has long been linked to health benefits, from sharper thinking to a faster metabolism and a lower risk of some cancers, which is why extracts are popular in weight-loss and energy products."),
         ("p", "If you enjoy green tea as a drink, there's no reason to stop. People who take concentrated extracts, especially on an empty stomach or for weight loss, should talk to their doctor and stop at once if they notice yellowing skin or eyes, dark urine or stomach pain."),
     ],
     tail=["Share", "Facebook", "X", "LinkedIn", "Email", "Sign up for our health newsletter", "Most Popular", "The real cost of sleep deprivation at work"])

page(name="h177-vitamin-b6-neuropathy", half="held-out", lang="en", site="drugbulletin.example.org",
     follows="https://english.prescrire.org/en/81/168/58217/0/2020/ArchiveNewsDetails.aspx?page=3",
     title="Vitamin B6: neuropathies from overdose", date="2020-01-01",
     pre=["Drug Bulletin (example)", "Home", "Spotlight", "Subscribe", "Our Product Awards", "Contact", "Home > Spotlight > 2020 > Vitamin B6: neuropathies from overdose"],
     meta=[("b", "Vitamin B6 overdose can cause disabling sensory neuropathies, sometimes with lasting effects.")],
     body=[
         ("p", "Vitamin B6 is found in many foods of plant and animal origin. A lack of it is rare and can damage the nerves. Too much of it can damage them too: overdoses cause sensory neuropathies, with pain, pins and needles, numbness in the hands and feet, burning, stinging or itching, and occasionally weakness."),
         ("p", "These problems can be disabling, with worsening loss of coordination, an unsteady walk and clumsy hands."),
         ("p", "How quickly they appear depends on the dose and how long the vitamin is taken: the higher the daily dose, the sooner. They improve at least partly once vitamin B6 is stopped, sometimes only over several months, and some patients are left with lasting effects."),
         ("p", "Except in a few specific medical situations, there is no good reason to take vitamin B6 on top of a normal diet, and even less so in doses above 25 mg a day."),
         ("p", "Some patient leaflets do not mention this risk. Patients should be told that vitamin overdoses can arise from many medicines and food supplements, from the size of the dose units offered, from combining several products and from taking them for a long time."),
         ("refs", None, [(PRESCRIRE_B6 + " (Pdf, subscribers only).", False)]),
     ],
     tail=[("date", "©Drug Bulletin (example) 1 January 2020"), "Share", "Download the full review", "Drug Bulletin (example) is independent: no advertising, no subsidies."])

page(name="h178-hangover-myths", half="held-out", lang="en", html=True, theme="papermod", site="rehydrate.example.org",
     section="blog", author="Rehydrate Example Team", tags=["hangover", "hydration", "electrolytes"],
     follows="https://electrolit.com/blog/hangover-cure-5-myth-busting-truths/",
     title="Hangover cure: 5 myth-busting truths", date=None,
     pre=["Home » Blog"],
     meta=[("b", "Rehydrate Example Team")],
     body=[
         ("p", "Will the real hangover cures please stand up"),
         ("p", "Last night you were the life of the party; this morning you can barely lift your head. Everyone has a favourite hangover cure, but most of them don't hold up. Here's the truth about five of the most common ones, and what actually helps."),
         ("h", "1. Hair of the dog"),
         ("p", "Myth: A drink in the morning is what your body needs to stop the shakes."),
         ("p", "Myth-buster: Another drink only pushes the hangover back; it doesn't cure it. Alcohol dehydrates you, so what you need is fluid. An electrolyte drink, served cold from the fridge, is a better choice."),
         ("h", "2. Carb-a-palooza"),
         ("p", "Myth: A pile of bread and pasta the next day will soak up the alcohol."),
         ("p", "Myth-buster: Nothing you eat afterwards absorbs alcohol you've already drunk. What helps is eating before you drink; a meal with some fat and protein slows down how fast alcohol reaches your blood."),
         ("h", "3. Catching some Z's"),
         ("p", "Myth: Sleeping it off is the best cure."),
         ("p", "Myth-buster: Rest feels good, but your body clears alcohol at its own pace, through your urine and your breath. Drink plenty of fluids and get some fresh air once you can face it."),
         ("h", "4. A cup of joe"),
         ("p", "Myth: A strong coffee the next morning fixes everything."),
         ("p", "Myth-buster: Coffee can irritate an already unhappy stomach and won't replace the fluid you've lost. If you need it, have it with plenty of water."),
         ("h", "5. Sweating it out"),
         ("p", "Myth: A hard workout or a sauna gets the alcohol out faster."),
         ("p", "Myth-buster: You'll mostly lose more fluid. Take it easy, rehydrate first and save the workout for another day."),
     ],
     tail=["Share this post", "Related posts", "What are electrolytes and why do they matter?", "Shop", "Store locator", "Contact us", "© 2025 Rehydrate Example. All rights reserved."])

page(name="h179-iron-tablets-tips", half="held-out", lang="en", site="medhealthguide.example.org",
     follows="https://m.md-health.com/Iron-Tablets.html",
     title="Iron Tablets: Using Tips and Possible Side Effects", date=None,
     pre=["MedHealth Guide (example)", "Home", "Diseases & Conditions", "Symptoms", "Drugs", "Healthy Living", "Home > Drugs > Iron Tablets"],
     meta=[("b", "Iron tablets are often used by people and correct usage is important. How to take them and the possible side effects are explained in this article.")],
     body=[
         ("p", "Taken in the right amount, iron is safe for most people. Like other tablets, though, it can cause constipation or diarrhea, an upset or painful stomach, nausea and vomiting. Taking the tablets with food can reduce these problems, but food also lowers how much iron you absorb. If you can, take them on an empty stomach; if the side effects are too much, take them with a meal, but not with cereals, tea, coffee or dairy products."),
         ("h", "How to Take Iron Tablets"),
         ("hn", "1. Things to Do Before Taking the Tablets"),
         ("p", "Tell your doctor or pharmacist about any medical conditions you have, because some of them interact with iron. In particular, mention:"),
         ("ul", ["If you are pregnant, planning a pregnancy or breast-feeding", "Any medicines, supplements or herbs you take, with or without a prescription", "Any allergies to foods, medicines or other substances", "Bowel or stomach problems, such as Crohn disease, colitis, ulcers or diverticulitis", "Any kind of anemia, or a related condition such as G6PD deficiency or sickle cell disease", "Frequent blood transfusions, or a blood disorder such as thalassemia or porphyria"], "•"),
         ("p", "Some medicines, such as penicillamine, mycophenolate, doxycycline and thyroid hormones like levothyroxine, may work less well when taken with iron. Ask your doctor about anything else you take."),
         ("hn", "2. How to Take the Tablets"),
         ("ul", ["Swallow the tablet whole with a full glass of water or orange juice.", "Take it one hour before or two hours after a meal, unless your doctor says otherwise.", "Keep two hours between iron and antacids or calcium.", "Don't lie down for ten minutes after taking it."], "•"),
         ("h", "Possible Side Effects of Iron Tablets"),
         ("p", "Not everyone gets side effects, but if you do and they bother you, seek medical advice."),
         ("hn", "Common Side Effects"),
         ("ul", ["Constipation", "Dark or black stools", "Stomach cramps or upset", "Nausea"], "•"),
         ("hn", "Less Common Side Effects"),
         ("ul", ["Diarrhea", "Heartburn", "Stained teeth (with liquid iron)"], "•"),
         ("p", "An overdose can cause severe stomach cramps, diarrhea and vomiting, pale or bluish skin and nails, and weakness. In children, iron poisoning can be fatal, so treat any suspected overdose as an emergency and keep tablets out of reach."),
     ],
     tail=["Related Articles", "Foods High in Iron", "Anemia Symptoms in Women", "About Us", "Privacy Policy", "Disclaimer", "Copyright © MedHealth Guide (example). All rights reserved."])

page(name="h180-caffeine-sleep-essay", half="held-out", lang="en", site="healthnotes.example.org",
     follows="https://healthonnews.com/essays/caffeine-and-sleep-the-half-life-math",
     title="Caffeine and sleep: the half-life math no one teaches you.", date=None,
     pre=["Health Notes (example)", "Essays", "Briefs", "About", "Subscribe"],
     meta=[("b", "— You can probably fall asleep after an afternoon coffee. The question is not whether you fall asleep. The question is what the caffeine still in your bloodstream does to the sleep itself.")],
     body=[
         ("hn", "The five things, if you read nothing else."),
         ("ol", ["On average, caffeine has a half-life of about five hours, but it varies a lot from person to person, from about 3 to 9 hours.",
                 "In controlled trials, caffeine taken as much as six hours before bed cut total sleep time and made sleep less efficient.",
                 "Caffeine doesn't give you energy; it blocks adenosine, the signal of built-up tiredness.",
                 "Slow metabolisers, who carry a common gene variant, clear caffeine roughly 40% more slowly, and many don't know it.",
                 "'No caffeine after noon' is a cautious rule, but the right one for most adults who care about how well they sleep."]),
         ("p", "The most common mistake habitual coffee drinkers make is also the most expensive one: thinking that because they can fall asleep after an afternoon coffee, the coffee has no effect. Falling asleep is only the first step. What happens over the next eight hours, how you cycle through the stages and how much deep and REM sleep you get, decides how well your brain works tomorrow. And caffeine has a lot to say about that."),
         ("h", "§ The mechanism: caffeine does not give energy"),
         ("p", "Start with the pharmacology, because the usual story gets it wrong. As the day goes on, your brain cells build up adenosine as a by-product of using energy. The more adenosine binds to its receptors, the sleepier you feel. Caffeine sits on those same receptors and hides the signal. The tiredness is still there; you just can't feel it."),
         ("h", "§ The half-life math"),
         ("p", "Say you drink a 200 mg coffee at 3 pm. With a five-hour half-life, about 100 mg is still in your blood at 8 pm, and about 50 mg at 1 am, roughly what's in a cup of tea. For a slow metaboliser, the numbers are higher still."),
         ("table", ["Time", "Caffeine left (average)", "Caffeine left (slow metaboliser)"], [["3 pm", "200 mg", "200 mg"], ["8 pm", "100 mg", "130 mg"], ["1 am", "50 mg", "85 mg"], ["6 am", "25 mg", "55 mg"]], "pipe"),
         ("h", "§ What to do with this"),
         ("p", "Move your last caffeinated drink earlier, by an hour a week, and notice how you feel in the morning. Count all the sources, including tea, cola, energy drinks and dark chocolate. And if you sleep badly, try two weeks with no caffeine after noon before blaming anything else."),
     ],
     tail=["Filed under: Sleep, Nutrition", "Share", "Copy link", "More essays", "Alcohol and the second half of the night", "Health Notes (example) is reader-supported. Nothing here is medical advice.", "© 2026 Health Notes (example)"])
