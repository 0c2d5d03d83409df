# Approved products. Keys: therapy-<id> (the brand name) with .generic, .disease, .who,
# .tool, .route, .approved, optional .caveat (plain text, shown on every step, no glossary
# markup); therapy-<id>-<step> is the product's own note for that step
# of its pathway (running text: glossary terms may be marked there, not in attributes);
# therapy-<id>-glance holds its answers at a glance (attributes only, plain text, each at
# most 40 words). Structure, sources, label checked and skipped facts:
# content/therapies/<pathway>.toml; the labels read: sources/labels/ex-vivo.md.
# Plain language, reading age about 12.

## Labels and regulator texts the products were checked against (2026-12-01)

source-casgevy-us-label-2026 = CASGEVY (exagamglogene autotemcel) U.S. prescribing information, as updated in July 2026 (FDA label record, openFDA)
    .short = CASGEVY label (U.S., 2026)
source-lyfgenia-us-label = LYFGENIA (lovotibeglogene autotemcel) U.S. prescribing information (FDA label record, openFDA)
    .short = LYFGENIA label (U.S.)
source-zynteglo-us-label = ZYNTEGLO (betibeglogene autotemcel) U.S. prescribing information (FDA label record, openFDA)
    .short = ZYNTEGLO label (U.S.)
source-strimvelis-nice = NICE (National Institute for Health and Care Excellence) guidance HST7 on Strimvelis: the technology
    .short = NICE: Strimvelis
source-kymriah-us-label = KYMRIAH (tisagenlecleucel) U.S. prescribing information, as updated in June and December 2025 (FDA label record, openFDA)
    .short = KYMRIAH label (U.S.)
source-kymriah-eliana = Novartis: KYMRIAH information for health professionals, results of the ELIANA study
    .short = KYMRIAH ELIANA study
source-yescarta-us-label = YESCARTA (axicabtagene ciloleucel) U.S. prescribing information (FDA label record, openFDA)
    .short = YESCARTA label (U.S.)
source-yescarta-zuma1 = Kite: YESCARTA information for health professionals, results of the ZUMA-1 study
    .short = YESCARTA ZUMA-1 study
source-breyanzi-us-label = BREYANZI (lisocabtagene maraleucel) U.S. prescribing information, as updated in February 2026 (FDA label record, openFDA)
    .short = BREYANZI label (U.S.)
source-breyanzi-approval-2021 = Bristol Myers Squibb: news release on the U.S. approval of BREYANZI (5 February 2021)
    .short = BREYANZI approval news (2021)
source-carvykti-us-label = CARVYKTI (ciltacabtagene autoleucel) U.S. prescribing information (FDA label record, openFDA)
    .short = CARVYKTI label (U.S.)
source-carvykti-cartitude1 = Johnson & Johnson medical information: CARVYKTI in the CARTITUDE-1 and CARTITUDE-4 studies
    .short = CARVYKTI CARTITUDE-1 study
source-carvykti-dosing = Johnson & Johnson medical information: how CARVYKTI is given
    .short = CARVYKTI dosing

## References from sources/facts.md

source-fda-scd-approvals-2023 = U.S. FDA news release: FDA approves first gene therapies to treat patients with sickle cell disease (8 December 2023)
    .short = FDA approval news (2023)
source-fda-zynteglo-2022 = U.S. FDA news release on the approval of ZYNTEGLO (17 August 2022)
    .short = FDA ZYNTEGLO news (2022)
source-car-t-rems-2025 = U.S. FDA safety communication: the REMS safety programme for CAR-T therapies ends, and their labels change (26 June 2025)
    .short = FDA CAR-T update (2025)
source-kymriah-pi = KYMRIAH (tisagenlecleucel) prescribing information
    .short = KYMRIAH prescribing information

## Ex vivo: blood stem cells

therapy-casgevy = Casgevy
    .generic = exagamglogene autotemcel
    .disease = Sickle cell disease and beta thalassemia
    .who = In the U.S., people aged 2 and older, since July 2026, with sickle cell disease and repeated pain crises, or beta thalassemia needing regular transfusions, who meet certain criteria
    .tool = CRISPR gene editing of the person's own blood stem cells: it changes a switch so red blood cells make fetal hemoglobin again
    .route = A drip into a vein of the person's own changed cells
    .approved = United States (FDA) and the European Union
therapy-casgevy-assessment = Since July 2026, Casgevy is approved in the U.S. from age 2. Before that, it was from age 12. Each treatment centre also checks its own rules.
therapy-casgevy-mobilize = For sickle cell disease, red blood cell transfusions start about 2 months before the cells are collected. In sickle cell disease, the medicine that moves the stem cells into the blood is plerixafor.
therapy-casgevy-collect = For Casgevy, the stem cells are collected from the blood. One hospital says each round of [[apheresis]] takes 2 to 3 days. If too few cells are collected, more rounds may be needed.
therapy-casgevy-lab = Casgevy adds no new gene. It uses [[crispr|CRISPR]] to edit a switch for a gene called BCL11A, so red blood cells make fetal hemoglobin again. It does not repair the sickle cell or thalassemia gene.
therapy-casgevy-conditioning = Casgevy needs full-strength [[chemotherapy]] with busulfan, given over several days in the week before the cells go back. Busulfan can cause infertility, low platelets and bleeding, mouth sores, hair loss, and a later risk of other cancers.
therapy-casgevy-engraftment = In a beta thalassemia study, [[neutrophil|neutrophils]] came back after 12–40 days in adults, and [[platelet|platelets]] after about 6 weeks. Engraftment can be slow or, rarely, fail; unchanged back-up cells are kept for this. Most people stay 3–5 weeks, says one hospital.
therapy-casgevy-follow-up = The cancer risk below comes from vectors that put a gene into a chromosome. Casgevy edits the DNA instead. Its label warns of a different possible risk: the editing tool might change the DNA in places it was not aimed at. Check-ups go on.
therapy-casgevy-test-freeze = For Casgevy, one hospital says making and testing the edited cells can take several months. The 3 to 4 weeks given below is for Kymriah, a different kind of product.
therapy-casgevy-glance =
    .time = About 6 to 12 months from the first visit to recovery, say one hospital and one patient website.
    .hospital = About 4 to 6 weeks in all, says one hospital. Most of that is the 3 to 5 weeks after the changed cells go back.
    .risks = Strong chemotherapy: infections, bleeding, mouth sores, hair loss, infertility and a later risk of other cancers. The edited cells can be slow to take hold or, rarely, fail to. Unintended edits elsewhere in the DNA are a possible risk.
    .who = In the U.S., since July 2026, people aged 2 and older with sickle cell disease and repeated pain crises, or with beta thalassemia needing regular transfusions. Each centre checks further rules.
    .works = In the sickle cell study behind its 2023 approval, 29 of 31 people followed long enough had no severe pain crises for at least a year. Results differ from person to person.

therapy-lyfgenia = Lyfgenia
    .generic = lovotibeglogene autotemcel
    .disease = Sickle cell disease
    .who = People aged 12 and over with sickle cell disease who meet certain criteria
    .tool = A lentiviral vector adds a changed adult beta-globin gene to the person's own blood stem cells
    .route = A drip into a vein of the person's own changed cells
    .approved = United States (FDA)
therapy-lyfgenia-lab = Lyfgenia uses a [[lentivirus|lentiviral]] vector to add a changed adult beta-globin gene to the stem cells. The hemoglobin made from it resists sickling.
therapy-lyfgenia-conditioning = Lyfgenia also needs full-strength [[chemotherapy]] with busulfan. Busulfan can cause infertility, low platelets and bleeding, mouth sores, hair loss, and a later risk of other cancers.
therapy-lyfgenia-engraftment = The changed cells can be slow to take hold or, rarely, fail to. Unchanged back-up stem cells are kept, so they can be given if needed.
therapy-lyfgenia-follow-up = Lyfgenia's label has a boxed warning: blood cancer has occurred in people treated with it. Blood counts are checked at least every 6 months, for the rest of the person's life.
therapy-lyfgenia-mobilize = Our sources do not say whether Lyfgenia needs a medicine to move the stem cells into the blood, or how the cells are collected. The details below are for Casgevy. Ask the treatment centre what Lyfgenia needs.
therapy-lyfgenia-collect = Our sources do not say how the cells are collected for Lyfgenia, or how long each round takes. The 2 to 3 days below are one hospital's figure for Casgevy. Unchanged back-up stem cells are also collected and kept.
therapy-lyfgenia-test-freeze = Our sources give no time for making and testing Lyfgenia. The times below are for other products. The treatment centre can say how long it takes.
therapy-lyfgenia-glance =
    .time = Our sources give no time for Lyfgenia itself. For sickle cell gene therapy such as Casgevy, one hospital and one patient website say about 6 to 12 months in all.
    .hospital = Our sources give no figure for Lyfgenia's hospital stay; ask the treatment centre. For Casgevy, one hospital says about 4 to 6 weeks.
    .risks = Boxed warning: blood cancer has occurred, so blood counts are checked for life. Strong chemotherapy brings infections, bleeding and infertility. The changed cells can be slow to take hold or, rarely, fail to.
    .who = In the U.S., people aged 12 and over with sickle cell disease, if they meet the rules set for this treatment.
    .works = In the main study, 28 of 32 people had no vaso-occlusive events, the painful blockages of sickle cell disease, from 6 to 18 months after treatment. Results differ from person to person.

therapy-zynteglo = Zynteglo
    .generic = betibeglogene autotemcel
    .disease = Beta thalassemia
    .who = Adults and children with beta thalassemia who need regular red blood cell transfusions
    .tool = A lentiviral vector adds a working beta-globin gene to the person's own blood stem cells
    .route = One drip into a vein of the person's own changed cells
    .approved = United States (FDA)
therapy-zynteglo-collect = For Zynteglo, a medicine first moves the stem cells into the blood. Then [[apheresis]] collects them from the blood, its label says.
therapy-zynteglo-lab = Zynteglo uses a [[lentivirus|lentiviral]] vector to add a working beta-globin gene to the stem cells. This gene carries the instructions for part of adult hemoglobin.
therapy-zynteglo-conditioning = Zynteglo needs full-strength [[chemotherapy]] with busulfan. Busulfan can cause infertility, low platelets and bleeding, mouth sores, hair loss, and a later risk of other cancers.
therapy-zynteglo-engraftment = The changed cells can be slow to take hold or, rarely, fail to. Unchanged back-up stem cells are kept, so they can be given if needed.
therapy-zynteglo-follow-up = Zynteglo's [[lentivirus|lentiviral]] vector builds the new gene into the chromosomes. This could cause errors in genes, which can lead to cancer. For such vectors, FDA guidance sets check-ups for about 15 years. Blood cancer has occurred with Lyfgenia, which uses the same type of vector.
therapy-zynteglo-assessment = Zynteglo also uses busulfan [[chemotherapy]], which can make it hard to have children later. For sickle cell gene therapy, one patient website says saving eggs or sperm is discussed first; ask whether this applies. Our sources give no total time for the Zynteglo journey.
therapy-zynteglo-mobilize = The details below about transfusions and plerixafor are for Casgevy in sickle cell disease. Zynteglo is for beta thalassemia; its label says a medicine first moves the stem cells into the blood.
therapy-zynteglo-test-freeze = Our sources give no time for making and testing Zynteglo. The times below are for other products. The treatment centre can say how long it takes.
therapy-zynteglo-glance =
    .time = Our sources give no time for Zynteglo's whole journey; ask the treatment centre. For Casgevy in sickle cell disease, one hospital says about 6 to 12 months.
    .hospital = Our sources give no figure for Zynteglo's hospital stay; ask the treatment centre. For Casgevy, one hospital says about 4 to 6 weeks in all.
    .risks = Strong chemotherapy: infections, bleeding, infertility and later other cancers. The changed cells can be slow to take hold or, rarely, fail to. Its vector builds the gene into the chromosomes, a possible cancer risk, so check-ups go on for years.
    .who = Adults and children with beta thalassemia who need regular red blood cell transfusions.
    .works = The FDA's 2022 approval news says about 9 in 10 of 41 treated people no longer needed regular transfusions. The source read here does not give the follow-up time. Results differ from person to person.

therapy-strimvelis = Strimvelis
    .generic = No generic name is given in our sources
    .disease = ADA-SCID, a type of severe combined immunodeficiency
    .who = People with ADA-SCID, an inherited immune condition, who have no matched stem cell donor in their family
    .tool = A gammaretroviral vector that adds a working gene to the person's own blood stem cells
    .route = A drip into a vein of the person's own changed cells
    .approved = European Union (European Medicines Agency, 2016) and the United Kingdom; given at one hospital in Milan, Italy
therapy-strimvelis-mobilize = For Strimvelis, the stem cells are taken from the [[bone-marrow|bone marrow]], not collected from the blood. Our sources describe no medicine to move them into the blood.
therapy-strimvelis-collect = Strimvelis is made from cells taken from the [[bone-marrow|bone marrow]]. A bone marrow test first shows whether enough of the right cells can be collected.
therapy-strimvelis-lab = Strimvelis uses a [[gammaretrovirus|gammaretroviral]] vector, an older type of vector that puts the new gene into the cell's [[chromosome|chromosomes]].
therapy-strimvelis-test-freeze = The picture shows cells frozen and stored, but Strimvelis is not kept like that. It can be used for only about 6 hours after it is made. So it is made in Milan, Italy, and given at just one hospital there.
therapy-strimvelis-conditioning = Our sources do not say which [[chemotherapy]] Strimvelis uses, or how much. For some immune conditions, less is needed than for a [[transplant]] from an unrelated [[donor]]. Ask the treatment centre.
therapy-strimvelis-infusion = Strimvelis is not thawed: it is given fresh, within about 6 hours of being made, at the hospital in Milan. The drip of the person's own changed cells goes into a vein.
therapy-strimvelis-follow-up = By 2020, 33 people had been treated. One of them got leukemia about 4 years later, caused by [[insertional-oncogenesis|insertional oncogenesis]]. Doctors were then told to watch every patient closely for signs of leukemia.
therapy-strimvelis-assessment = Strimvelis is approved in Europe, not in the United States, and is given at one hospital in Milan, Italy. Our sources give no total time for its journey and do not say which chemotherapy it uses.
therapy-strimvelis-engraftment = Our sources give no times for the cells to take hold after Strimvelis, and no hospital stay. They also do not say whether back-up cells are kept, as the step text says for some products. Ask the treatment centre.
therapy-strimvelis-glance =
    .time = Our sources give no time for the whole journey with Strimvelis; ask the treatment centre. The changed cells last only about 6 hours, so they are made and given in Milan.
    .hospital = Our sources give no figure for the hospital stay. Strimvelis is given at only one hospital, in Milan, Italy, so families may need to travel there.
    .risks = The older type of vector it uses can cause leukemia: one of 33 people treated by 2020 got it, about 4 years later. Other reported side effects include anemia and autoimmune problems.
    .who = People with ADA-SCID who have no matched stem cell donor in their family.
    .works = Our sources give no trial figure for Strimvelis; ask the treatment centre. For immune conditions like this, corrected cells can build a new, working immune system in about 2 to 3 months.

## Ex vivo: CAR-T (immune cells, not stem cells)
# These walk the ex vivo steps, which describe blood stem cells, so each has a .caveat
# (shown on every step) and a note on each step that differs. Figures from one product's
# label or site name that product ("for CAR-T therapies such as Tecartus").

## References the CAR-T notes add (from sources/facts.md)

source-kymriah-info = KYMRIAH (tisagenlecleucel) product information
    .short = KYMRIAH information
source-kite-tecartus = Kite, maker of TECARTUS: patient information
    .short = Kite (TECARTUS)
source-tecartus = TECARTUS prescribing information
    .short = TECARTUS information
source-dana-farber = Dana-Farber Cancer Institute: patient information on CAR T-cell therapy
    .short = Dana-Farber
source-car-t-boxed-2024 = Becker's Hospital Review: the FDA asks makers of CAR-T therapies, Kymriah included, to add a boxed warning of T-cell cancers (January 2024)
    .short = CAR-T warning news (2024)
source-car-t-ltfu-2025 = U.S. FDA safety communication on the end of the CAR-T REMS safety programme (26 June 2025), as quoted by MLO (3 July 2025)
    .short = FDA CAR-T follow-up (2025)

therapy-kymriah = Kymriah
    .generic = tisagenlecleucel
    .disease = Blood cancers: a type of leukemia (B-ALL) and some types of lymphoma
    .who = People up to 25 with B-ALL that has not responded or has come back twice or more, and some people whose lymphoma has come back or not responded
    .tool = CAR-T: the person's own immune cells are changed in a lab so they can find and attack the cancer
    .route = The changed immune cells are given back into the body
    .approved = United States (FDA); recommended in Denmark
    .caveat = Kymriah is a CAR-T therapy. It changes immune cells called T cells, not blood stem cells, so that they fight some blood cancers. Some steps here are different for Kymriah: where our sources say how, a note explains.
therapy-kymriah-mobilize = Kymriah is made from [[t-cell|T cells]] taken from the blood, not from stem cells. Our sources describe no step like this one for Kymriah.
therapy-kymriah-collect = For Kymriah, a machine collects immune cells called [[t-cell|T cells]] from the blood ([[apheresis]]). Its patient website says this takes one day, about 3 to 6 hours.
therapy-kymriah-lab = For Kymriah, it is [[t-cell|T cells]] that are changed in the lab, so that they can find and attack the cancer cells. Its patient website says making it takes about 3 to 4 weeks.
therapy-kymriah-conditioning = Before the cells go back, a few days of [[chemotherapy]] lower the number of some of the person's own immune cells. Kymriah's label gives 4 days for B-ALL and 3 days for lymphoma.
therapy-kymriah-infusion = The changed T cells go back through a drip into a vein, in about 30 minutes, say one cancer center and the information for Tecartus. The fact below is for stem-cell products: CAR-T cells can cause strong [[immune-system|immune]] reactions and nerve problems.
therapy-kymriah-engraftment = The picture and text here are about stem-cell products; CAR-T cells do not settle in the marrow this way, and no back-up cells are kept. Since June 2025: daily checks for a week or more; no driving and staying nearby for 2 weeks or more.
therapy-kymriah-follow-up = In June 2025, the FDA said makers of CAR-T therapies such as Kymriah must still study treated people for 15 years, looking for new cancers and other late effects.
therapy-kymriah-assessment = Kymriah treats some blood cancers, not an inherited condition. So the facts below about one faulty gene and about sickle cell treatment describe other products.
therapy-kymriah-test-freeze = The several months below are for Casgevy. For Kymriah, its patient website says making the cells takes about 3 to 4 weeks.
therapy-kymriah-glance =
    .time = Our sources give no figure for the whole journey. Collecting takes one day and making the cells about 3 to 4 weeks. Afterwards, people stay near the centre for at least 2 weeks.
    .hospital = Our sources give no figure for Kymriah's hospital stay; ask the treatment centre. Since June 2025, people are checked daily for at least a week and stay nearby for at least 2 weeks.
    .risks = Its maker's study page names a boxed warning: cytokine release syndrome, a strong immune reaction, sometimes life-threatening, and nerve problems. News reports say a new blood cancer warning was required in 2024; our label check did not cover it.
    .who = People up to 25 with B-ALL that has not responded or has come back twice or more, and some people with lymphoma.
    .works = In the main study in children and young adults with B-ALL, 68 people were given Kymriah. Of the 63 checked at 3 months, 52 were in remission. Results differ from person to person.

therapy-yescarta = Yescarta
    .generic = axicabtagene ciloleucel
    .disease = Large B-cell lymphoma, a blood cancer
    .who = Adults with certain types of large B-cell lymphoma that have not responded to treatment or have come back
    .tool = CAR-T: the person's own immune cells are changed in a lab so they can find and attack the cancer
    .route = The changed immune cells are given back into the body
    .approved = United States (FDA); recommended in Denmark
    .caveat = Yescarta is a CAR-T therapy. It changes immune cells called T cells, not blood stem cells, so that they fight large B-cell lymphoma, a blood cancer. Some steps here are different for Yescarta: where our sources say how, a note explains.
therapy-yescarta-mobilize = Yescarta is made from [[t-cell|T cells]] taken from the blood, not from stem cells. Our sources describe no step like this one for Yescarta.
therapy-yescarta-collect = For Yescarta, it is the person's own [[t-cell|T cells]], collected from the blood by a machine ([[apheresis]]). For CAR-T therapies such as Kymriah and Tecartus, this takes one day, about 3 to 6 hours.
therapy-yescarta-lab = For Yescarta, the [[t-cell|T cells]] are changed to find and attack the cancer. Kymriah's website and one cancer center say making CAR-T cells takes about 3 to 4 weeks; our sources give no time for Yescarta.
therapy-yescarta-conditioning = Before the cells go back, [[chemotherapy]] lowers the number of some of the person's own immune cells. In Yescarta's first main study, it was given on 3 days, ending 3 days before the infusion.
therapy-yescarta-infusion = The changed T cells go back through a drip into a vein, in about 30 minutes, say one cancer center and the information for Tecartus. The fact below is for stem-cell products: CAR-T cells can cause strong [[immune-system|immune]] reactions and nerve problems.
therapy-yescarta-engraftment = The picture and text here are about stem-cell products; CAR-T cells do not settle in the marrow this way, and no back-up cells are kept. Since June 2025: daily checks for a week or more; no driving and staying nearby for 2 weeks or more.
therapy-yescarta-follow-up = Yescarta's label warns that new blood cancers have occurred after treatment. In June 2025, the FDA said makers of CAR-T therapies must still study treated people for 15 years.
therapy-yescarta-assessment = Yescarta treats some lymphomas, a type of blood cancer, not an inherited condition. So the facts below about one faulty gene and about sickle cell treatment describe other products.
therapy-yescarta-test-freeze = The times below are for Casgevy and Kymriah. Our sources give no time for making Yescarta itself; for CAR-T therapies in general, one cancer center says about 3 to 4 weeks.
therapy-yescarta-glance =
    .time = Our sources give no figure for Yescarta's whole journey. For CAR-T therapies such as Kymriah, making the cells takes about 3 to 4 weeks. Afterwards, people stay near the centre for at least 2 weeks.
    .hospital = Our sources give no figure for Yescarta's hospital stay; ask the treatment centre. Since June 2025, people are checked daily for at least a week and stay nearby for at least 2 weeks.
    .risks = Boxed warning: cytokine release syndrome, a strong immune reaction, nerve problems, both sometimes life-threatening, and new blood cancers after treatment. No driving for 2 weeks after the infusion.
    .who = Adults with certain types of large B-cell lymphoma that have not responded to treatment or have come back.
    .works = In its first main study of 101 adults, followed for about 15 months, the lymphoma shrank in about 72 in 100. No sign of it was found in about half. Results differ from person to person.

therapy-breyanzi = Breyanzi
    .generic = lisocabtagene maraleucel
    .disease = Diffuse large B-cell lymphoma and some other lymphomas, blood cancers
    .who = Adults with large B-cell lymphoma that has come back or not responded after other treatment; its label also covers some other lymphomas
    .tool = CAR-T: the person's own immune cells are changed in a lab so they can find and attack the cancer
    .route = The changed immune cells are given back into the body
    .approved = United States (FDA); recommended in Denmark (Danish Medicines Council)
    .caveat = Breyanzi is a CAR-T therapy. It changes immune cells called T cells, not blood stem cells, so that they fight some lymphomas, which are blood cancers. Some steps here are different for Breyanzi: where our sources say how, a note explains.
therapy-breyanzi-mobilize = Breyanzi is made from [[t-cell|T cells]] taken from the blood, not from stem cells. Our sources describe no step like this one for Breyanzi.
therapy-breyanzi-collect = For Breyanzi, it is the person's own [[t-cell|T cells]], collected from the blood by a machine ([[apheresis]]). For CAR-T therapies such as Kymriah and Tecartus, this takes one day, about 3 to 6 hours.
therapy-breyanzi-lab = For Breyanzi, the [[t-cell|T cells]] are changed to find and attack the cancer. Kymriah's website and one cancer center say making CAR-T cells takes about 3 to 4 weeks; our sources give no time for Breyanzi.
therapy-breyanzi-conditioning = Before the cells go back, a few days of [[chemotherapy]] lower the number of some of the person's own immune cells. Our sources give no exact schedule for Breyanzi; ask the treatment centre.
therapy-breyanzi-infusion = The changed T cells go back through a drip into a vein, in about 30 minutes, say one cancer center and the information for Tecartus. The fact below is for stem-cell products: CAR-T cells can cause strong [[immune-system|immune]] reactions and nerve problems.
therapy-breyanzi-engraftment = The picture and text here are about stem-cell products; CAR-T cells do not settle in the marrow this way, and no back-up cells are kept. Since June 2025: daily checks for a week or more; no driving and staying nearby for 2 weeks or more.
therapy-breyanzi-follow-up = In June 2025, the FDA said makers of CAR-T therapies such as Breyanzi must still study treated people for 15 years, looking for new cancers and other late effects.
therapy-breyanzi-assessment = Breyanzi treats some blood cancers, not an inherited condition. So the facts below about one faulty gene and about sickle cell treatment describe other products.
therapy-breyanzi-test-freeze = The times below are for Casgevy and Kymriah. Our sources give no time for making Breyanzi itself; for CAR-T therapies in general, one cancer center says about 3 to 4 weeks.
therapy-breyanzi-glance =
    .time = Our sources give no figure for Breyanzi's whole journey. For CAR-T therapies such as Kymriah, making the cells takes about 3 to 4 weeks. Afterwards, people stay near the centre for at least 2 weeks.
    .hospital = Our sources give no figure for Breyanzi's hospital stay; ask the treatment centre. Since June 2025, people are checked daily for at least a week and stay nearby for at least 2 weeks.
    .risks = At its 2021 approval, the boxed warning named cytokine release syndrome, a strong immune reaction, and nerve problems. News reports say a new blood cancer warning was required in 2024; our label check did not cover it.
    .who = Adults with large B-cell lymphoma that has come back or not responded after other treatment. Its label also covers some other lymphomas.
    .works = At its 2021 approval, the maker said the lymphoma shrank in about 73 in 100 people in the main study. No sign of it was left in about 54 in 100. The release gives no number studied or follow-up time.

therapy-carvykti = Carvykti
    .generic = ciltacabtagene autoleucel
    .disease = Multiple myeloma, a cancer of the bone marrow
    .who = Adults whose multiple myeloma has come back or stopped responding after other treatments
    .tool = CAR-T: the person's own immune cells are changed in a lab so they can find and attack the cancer
    .route = The changed immune cells are given back into the body
    .approved = United States (FDA); recommended in Denmark (Danish Medicines Council)
    .caveat = Carvykti is a CAR-T therapy. It changes immune cells called T cells, not blood stem cells, so that they fight multiple myeloma, a cancer of the bone marrow. Some steps here are different for Carvykti: where our sources say how, a note explains.
therapy-carvykti-mobilize = Carvykti is made from [[t-cell|T cells]] taken from the blood, not from stem cells. Our sources describe no step like this one for Carvykti.
therapy-carvykti-collect = For Carvykti, it is the person's own [[t-cell|T cells]], collected from the blood by a machine ([[apheresis]]). For CAR-T therapies such as Kymriah and Tecartus, this takes one day, about 3 to 6 hours.
therapy-carvykti-lab = For Carvykti, the [[t-cell|T cells]] are changed to find and attack the cancer. Kymriah's website and one cancer center say making CAR-T cells takes about 3 to 4 weeks; our sources give no time for Carvykti.
therapy-carvykti-conditioning = Before the cells go back, [[chemotherapy]] lowers the number of some of the person's own immune cells. For Carvykti, it is given daily for 3 days, and the cells follow 2 to 4 days later.
therapy-carvykti-infusion = The changed T cells go back through a drip into a vein, in about 30 minutes, say one cancer center and the information for Tecartus. The fact below is for stem-cell products: CAR-T cells can cause strong [[immune-system|immune]] reactions and nerve problems.
therapy-carvykti-engraftment = The picture and text here are about stem-cell products; CAR-T cells do not settle in the marrow this way, and no back-up cells are kept. Since June 2025: daily checks for a week or more; no driving and staying nearby for 2 weeks or more.
therapy-carvykti-follow-up = Carvykti's label warns that new blood cancers have occurred after treatment, and that low blood counts can last or come back. In June 2025, the FDA said makers must still study treated people for 15 years.
therapy-carvykti-assessment = Carvykti treats multiple myeloma, a blood cancer, not an inherited condition. So the facts below about one faulty gene and about sickle cell treatment describe other products.
therapy-carvykti-test-freeze = The times below are for Casgevy and Kymriah. Our sources give no time for making Carvykti itself; for CAR-T therapies in general, one cancer center says about 3 to 4 weeks.
therapy-carvykti-glance =
    .time = Our sources give no figure for Carvykti's whole journey. For CAR-T therapies such as Kymriah, making the cells takes about 3 to 4 weeks. Afterwards, people stay near the centre for at least 2 weeks.
    .hospital = Our sources give no figure for Carvykti's hospital stay; ask the treatment centre. Since June 2025, people are checked daily for at least a week and stay nearby for at least 2 weeks.
    .risks = Boxed warning: cytokine release syndrome, nerve problems, a severe immune overreaction called HLH, low blood counts that last or return, and new blood cancers. No driving for 2 weeks after the infusion.
    .who = Adults whose multiple myeloma has come back or stopped responding after other treatments.
    .works = In its first main study of 97 adults with hard-to-treat myeloma, the myeloma responded (shrank) in about 98 in 100. The typical (median) follow-up was about 22 to 28 months. A response is not a cure.
