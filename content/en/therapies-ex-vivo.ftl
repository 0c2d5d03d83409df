# Approved products. Keys: therapy-<id> (the brand name) with .generic, .disease, .who,
# .tool, .route, .approved, optional .caveat (plain text, shown on every step, no glossary
# markup); therapy-<id>-<step> is the product's own note for that step
# of its pathway (running text: glossary terms may be marked there, not in attributes).
# Structure and sources: content/therapies/<pathway>.toml. Plain language, reading age about 12.

## Ex vivo: blood stem cells

therapy-casgevy = Casgevy
    .generic = exagamglogene autotemcel
    .disease = Sickle cell disease and beta thalassemia
    .who = People aged 12 and over who meet certain criteria
    .tool = CRISPR gene editing of the person's own blood stem cells
    .route = A drip into a vein of the person's own changed cells
    .approved = United States (FDA) and the European Union
therapy-casgevy-mobilize = For sickle cell disease, red blood cell transfusions start about 2 months before the cells are collected. In sickle cell disease, the medicine that moves the stem cells into the blood is plerixafor.
therapy-casgevy-collect = One hospital says each round of [[apheresis]] takes 2 to 3 days. If too few cells are collected, more rounds may be needed.
therapy-casgevy-lab = For Casgevy, the stem cells are changed with [[crispr|CRISPR]] gene editing.
therapy-casgevy-conditioning = Casgevy needs full-strength [[chemotherapy]] with busulfan, given over several days in the week before the cells go back. Busulfan can cause infertility.
therapy-casgevy-engraftment = In a beta thalassemia study, [[neutrophil|neutrophils]] came back after 12–40 days in adults, and [[platelet|platelets]] after about 6 weeks. One hospital says most people stay 3–5 weeks after the infusion.

therapy-lyfgenia = Lyfgenia
    .generic = lovotibeglogene autotemcel
    .disease = Sickle cell disease
    .who = People aged 12 and over with sickle cell disease who meet certain criteria
    .tool = Made from your own blood stem cells; our sources give no detail
    .route = Our sources give no detail
    .approved = United States (FDA)

therapy-zynteglo = Zynteglo
    .generic = betibeglogene autotemcel
    .disease = Beta thalassemia
    .who = People with beta thalassemia who need regular red blood cell transfusions
    .tool = Made from your own blood stem cells; our sources give no detail
    .route = Our sources give no detail
    .approved = United States (FDA)

therapy-strimvelis = Strimvelis
    .generic = No generic name is given in our sources
    .disease = ADA-SCID, a type of severe combined immunodeficiency
    .who = People with ADA-SCID, an inherited immune condition
    .tool = A gammaretroviral vector that adds a working gene to the person's own blood stem cells
    .route = A drip into a vein of the person's own changed cells
    .approved = European Union (European Medicines Agency, 2016), and still approved when our source was written
therapy-strimvelis-lab = Strimvelis uses a [[gammaretrovirus|gammaretroviral]] vector, an older type of vector that puts the new gene into the cell's [[chromosome|chromosomes]].
therapy-strimvelis-follow-up = By 2020, 33 people had been treated. One of them got leukemia about 4 years later, caused by [[insertional-oncogenesis|insertional oncogenesis]]. Doctors were then told to watch every patient closely for signs of leukemia.

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

therapy-kymriah = Kymriah
    .generic = tisagenlecleucel
    .disease = Blood cancers: a type of leukemia (B-ALL) and some types of lymphoma
    .who = Some people whose blood cancer has come back or has not responded to treatment
    .tool = CAR-T: the person's own immune cells are changed in a lab so they can find and attack the cancer
    .route = The changed immune cells are given back into the body
    .approved = United States (FDA); recommended in Denmark
    .caveat = Kymriah is a CAR-T therapy. It changes immune cells called T cells, not blood stem cells, so that they fight some blood cancers. Some steps here are different for Kymriah: where our sources say how, a note explains.
therapy-kymriah-mobilize = Kymriah is made from [[t-cell|T cells]] taken from the blood, not from stem cells. Our sources describe no step like this one for Kymriah.
therapy-kymriah-collect = Kymriah is made from immune cells called [[t-cell|T cells]], not stem cells. A machine collects them from the blood ([[apheresis]]). Its patient website says this takes one day, about 3 to 6 hours.
therapy-kymriah-lab = In the lab, the T cells are changed so that they can find and attack the cancer cells. Kymriah's patient website says making it takes about 3 to 4 weeks.
therapy-kymriah-conditioning = Before the cells go back, a short course of [[chemotherapy]] lowers the number of some of the person's own immune cells. For Kymriah, this takes 2 to 3 days.
therapy-kymriah-infusion = The changed T cells go back through a drip into a vein. One cancer center says a CAR-T infusion takes about 30 minutes, as does the information for Tecartus, another CAR-T therapy.
therapy-kymriah-engraftment = For CAR-T therapies such as Tecartus, people are watched for at least 7 days and stay within 2 hours of the treatment center for at least 4 weeks. [[car-t|CAR-T]] can cause strong [[immune-system|immune]] reactions, such as cytokine release syndrome, and nerve problems.

therapy-yescarta = Yescarta
    .generic = axicabtagene ciloleucel
    .disease = Large B-cell lymphoma, a blood cancer
    .who = Adults with certain types of large B-cell lymphoma that have not responded to treatment
    .tool = CAR-T: the person's own immune cells are changed in a lab so they can find and attack the cancer
    .route = The changed immune cells are given back into the body
    .approved = United States (FDA); recommended in Denmark
    .caveat = Yescarta is a CAR-T therapy. It changes immune cells called T cells, not blood stem cells, so that they fight large B-cell lymphoma, a blood cancer. Some steps here are different for Yescarta: where our sources say how, a note explains.
therapy-yescarta-mobilize = Yescarta is made from [[t-cell|T cells]] taken from the blood, not from stem cells. Our sources describe no step like this one for Yescarta.
therapy-yescarta-collect = Yescarta is made from the person's own [[t-cell|T cells]], collected from the blood by a machine ([[apheresis]]), not from stem cells. For CAR-T therapies such as Kymriah and Tecartus, this takes one day, about 3 to 6 hours.
therapy-yescarta-lab = In the lab, the T cells are changed so that they can find and attack the cancer cells. Kymriah's patient website and one cancer center say making CAR-T cells takes about 3 to 4 weeks. Our sources give no time for Yescarta itself.
therapy-yescarta-conditioning = Before the cells go back, a short course of [[chemotherapy]] lowers the number of some of the person's own immune cells. For CAR-T therapies such as Kymriah and Tecartus, this takes 2 to 3 days.
therapy-yescarta-infusion = The changed T cells go back through a drip into a vein. One cancer center says a CAR-T infusion takes about 30 minutes, as does the information for Tecartus, another CAR-T therapy.
therapy-yescarta-engraftment = For CAR-T therapies such as Tecartus, people are watched for at least 7 days and stay within 2 hours of the treatment center for at least 4 weeks. [[car-t|CAR-T]] can cause strong [[immune-system|immune]] reactions, such as cytokine release syndrome, and nerve problems.

therapy-breyanzi = Breyanzi
    .generic = lisocabtagene maraleucel
    .disease = Diffuse large B-cell lymphoma, a blood cancer
    .who = Some people with diffuse large B-cell lymphoma who have already had other treatment
    .tool = CAR-T: the person's own immune cells are changed in a lab so they can find and attack the cancer
    .route = The changed immune cells are given back into the body
    .approved = Recommended in Denmark (Danish Medicines Council)
    .caveat = Breyanzi is a CAR-T therapy. It changes immune cells called T cells, not blood stem cells, so that they fight diffuse large B-cell lymphoma, a blood cancer. Some steps here are different for Breyanzi: where our sources say how, a note explains.
therapy-breyanzi-mobilize = Breyanzi is made from [[t-cell|T cells]] taken from the blood, not from stem cells. Our sources describe no step like this one for Breyanzi.
therapy-breyanzi-collect = Breyanzi is made from the person's own [[t-cell|T cells]], collected from the blood by a machine ([[apheresis]]), not from stem cells. For CAR-T therapies such as Kymriah and Tecartus, this takes one day, about 3 to 6 hours.
therapy-breyanzi-lab = In the lab, the T cells are changed so that they can find and attack the cancer cells. Kymriah's patient website and one cancer center say making CAR-T cells takes about 3 to 4 weeks. Our sources give no time for Breyanzi itself.
therapy-breyanzi-conditioning = Before the cells go back, a short course of [[chemotherapy]] lowers the number of some of the person's own immune cells. For CAR-T therapies such as Kymriah and Tecartus, this takes 2 to 3 days.
therapy-breyanzi-infusion = The changed T cells go back through a drip into a vein. One cancer center says a CAR-T infusion takes about 30 minutes, as does the information for Tecartus, another CAR-T therapy.
therapy-breyanzi-engraftment = For CAR-T therapies such as Tecartus, people are watched for at least 7 days and stay within 2 hours of the treatment center for at least 4 weeks. [[car-t|CAR-T]] can cause strong [[immune-system|immune]] reactions, such as cytokine release syndrome, and nerve problems.

therapy-carvykti = Carvykti
    .generic = ciltacabtagene autoleucel
    .disease = Multiple myeloma, a cancer of the bone marrow
    .who = Selected people with multiple myeloma
    .tool = CAR-T: the person's own immune cells are changed in a lab so they can find and attack the cancer
    .route = The changed immune cells are given back into the body
    .approved = Recommended in Denmark (Danish Medicines Council)
    .caveat = Carvykti is a CAR-T therapy. It changes immune cells called T cells, not blood stem cells, so that they fight multiple myeloma, a cancer of the bone marrow. Some steps here are different for Carvykti: where our sources say how, a note explains.
therapy-carvykti-mobilize = Carvykti is made from [[t-cell|T cells]] taken from the blood, not from stem cells. Our sources describe no step like this one for Carvykti.
therapy-carvykti-collect = Carvykti is made from the person's own [[t-cell|T cells]], collected from the blood by a machine ([[apheresis]]), not from stem cells. For CAR-T therapies such as Kymriah and Tecartus, this takes one day, about 3 to 6 hours.
therapy-carvykti-lab = In the lab, the T cells are changed so that they can find and attack the cancer cells. Kymriah's patient website and one cancer center say making CAR-T cells takes about 3 to 4 weeks. Our sources give no time for Carvykti itself.
therapy-carvykti-conditioning = Before the cells go back, a short course of [[chemotherapy]] lowers the number of some of the person's own immune cells. For CAR-T therapies such as Kymriah and Tecartus, this takes 2 to 3 days.
therapy-carvykti-infusion = The changed T cells go back through a drip into a vein. One cancer center says a CAR-T infusion takes about 30 minutes, as does the information for Tecartus, another CAR-T therapy.
therapy-carvykti-engraftment = For CAR-T therapies such as Tecartus, people are watched for at least 7 days and stay within 2 hours of the treatment center for at least 4 weeks. [[car-t|CAR-T]] can cause strong [[immune-system|immune]] reactions, such as cytokine release syndrome, and nerve problems.

