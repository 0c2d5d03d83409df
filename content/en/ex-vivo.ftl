# Ex vivo gene therapy: the person's own blood stem cells are collected, changed in a
# lab and given back. Plain language, reading age about 12. Every number is a range.
# Keys: pathway-<id>, step-<pathway>-<step> (.lead), fact-<pathway>-<step>-<fact>,
# diagram-<id> (.title, .desc). Sources for each key are set in content/pathways/ex-vivo.toml.

pathway-ex-vivo = Ex vivo gene therapy
    .short = Your own cells, changed in a lab
    .summary = Your own cells are taken out, changed in a lab, and given back to you: blood stem cells for most products here, immune cells for CAR-T.

## References this pathway adds (from sources/facts.md)

source-lyfgenia-pi = LYFGENIA (lovotibeglogene autotemcel) U.S. prescribing information
    .short = LYFGENIA prescribing information
source-zynteglo-pi = ZYNTEGLO (betibeglogene autotemcel) U.S. prescribing information
    .short = ZYNTEGLO prescribing information
source-casgevy-label-conditioning = CASGEVY U.S. label, on conditioning (busulfan) before the infusion
    .short = CASGEVY label (conditioning)
source-casgevy-2026 = Vertex announcement and FDA supplemental approval of CASGEVY for younger children (1 July 2026), as reported by news pages
    .short = CASGEVY approval update (July 2026)

## At a glance (each answer at most 40 words; sources in content/pathways/ex-vivo.toml, [glance])

glance-ex-vivo =
    .time = About 6 to 12 months from the first visit to recovery, for sickle cell gene therapy such as Casgevy, say one hospital and one patient website. For CAR-T, making the cells takes about 3 to 4 weeks.
    .hospital = For Casgevy, about 4 to 6 weeks in all, mostly the 3 to 5 weeks after the cells go back, say one hospital and one patient website. After CAR-T, people stay nearby for at least 2 weeks.
    .risks = Sickle cell and thalassemia products: strong chemotherapy (infections, bleeding, infertility, later other cancers); cells slow to take hold or, rarely, failing to; blood cancer with Lyfgenia. CAR-T: strong immune reactions and nerve problems; some labels warn of new blood cancers.
    .who = Stem-cell products: some people with an inherited blood or immune condition caused by one known gene, such as Casgevy from age 2 and Lyfgenia from 12. CAR-T: some blood cancers. Elsewhere, often only clinical trials.
    .works = Results differ by product and condition: choose a therapy to see what its studies found. For immune conditions, the IDF says treatment cannot undo earlier damage. A treated person can still pass the faulty gene on.

## 1. Assessment and tests

step-ex-vivo-assessment = Checks and tests come first
    .lead = This kind of [[gene-therapy|gene therapy]] is for some people with an inherited blood or immune condition, such as sickle cell disease, or, for CAR-T, some blood cancers. Before anything starts, the care team checks the diagnosis and whether the body can cope with the treatment. For some treatments they also talk about having children later, because a medicine used along the way can affect fertility.
fact-ex-vivo-assessment-what = Gene therapy treats or prevents disease by changing genes. It can add a working gene, switch a harmful gene off or a helpful one on, or edit the cell's DNA. Or a new gene can give cells a new ability, as in [[car-t|CAR-T]].
fact-ex-vivo-assessment-one-gene = Each product is made for particular conditions, sometimes more than one: Casgevy treats sickle cell disease and beta thalassemia. For primary immunodeficiencies, a group of immune conditions, a tool must be made for each type, and only works when one known [[gene]] is the cause.
fact-ex-vivo-assessment-approved = In the United States, approved examples are Casgevy (sickle cell disease or beta thalassemia), from age 2 since July 2026, and Lyfgenia (sickle cell disease), from age 12. Zynteglo is for beta thalassemia needing regular transfusions. Each has rules about who can have it.
fact-ex-vivo-assessment-trial = Gene therapy is still used for only a few conditions. For many others, it is only available by taking part in a [[clinical-trial|clinical trial]].
fact-ex-vivo-assessment-rules = In the U.S., the FDA's center for biological medicines (CBER) oversees gene therapy. A clinical trial needs its go-ahead before it starts, through a request called an IND. A product needs its license, called a BLA, before it can be sold.
fact-ex-vivo-assessment-tests = Tests before treatment can include blood tests, scans and genetic tests to confirm the diagnosis.
fact-ex-vivo-assessment-fertility = Sickle cell gene therapy uses a [[chemotherapy]] called busulfan, which can make it hard to have children later. Saving eggs or sperm is discussed before treatment starts.
fact-ex-vivo-assessment-duration = For sickle cell gene therapy such as Casgevy, one hospital and one patient website say the whole journey, from first visit to recovery, takes about 6 to 12 months.
diagram-assessment =
    .title = Checks before treatment
    .desc = A person and a member of their care team, who wears a badge, with a checklist between them. The list has three lines, for blood tests, scans and genetic tests, and each has a tick. Tubes of blood samples go from the person for testing.
    .frame-1 = You meet your care team, who explain what will happen. Blood samples are taken for tests.
    .frame-2 = The first check is done and ticked off.
    .frame-3 = All the checks are done before treatment can start.

## 2. Preparing and mobilizing

step-ex-vivo-mobilize = Getting the stem cells ready
    .lead = [[stem-cell|Blood stem cells]] are the cells that make all your blood cells. They are collected from the [[bone-marrow|bone marrow]] or from the blood. To collect enough of them from the blood, a medicine is given first that brings more of them into the bloodstream. This is called [[mobilization]].
fact-ex-vivo-mobilize-transfusions = For Casgevy in sickle cell disease, red blood cell transfusions start about 2 months before the stem cells are collected.
fact-ex-vivo-mobilize-plerixafor = For Casgevy in sickle cell disease, the mobilizing medicine is plerixafor. Another one, G-CSF, is not used in sickle cell disease.
diagram-mobilize =
    .title = Mobilization
    .desc = A bone with marrow inside. Round stem cells leave the marrow and move into a blood vessel below it, where they can be collected.
    .frame-1 = Stem cells sit inside the bone marrow.
    .frame-2 = After the medicine, stem cells move out into the blood.
    .frame-3 = More stem cells travel in the blood, ready to be collected.

## 3. Collecting the cells

step-ex-vivo-collect = Collecting the stem cells
    .lead = The [[stem-cell|stem cells]] can be collected from the blood with a machine. This is called [[apheresis]]: blood flows from a vein through the machine, which collects the stem cells. They can also be taken from the [[bone-marrow|bone marrow]] in the hip bone, or, for a newborn baby, from the [[cord-blood|blood of the umbilical cord]]. For products such as Casgevy, some extra cells are kept unchanged, as a back-up.
fact-ex-vivo-collect-where-from = Stem cells can come from the bone marrow, from the blood, or for a newborn, from umbilical cord blood.
fact-ex-vivo-collect-hip = Bone marrow is taken from the hip bone with a large needle.
fact-ex-vivo-collect-apheresis-days = For Casgevy, one hospital says a round of apheresis takes 2 to 3 days, with about 6 to 8 hours a day on the machine.
fact-ex-vivo-collect-more-cycles = If not enough cells are collected, more rounds may be needed.
fact-ex-vivo-collect-back-up = For Casgevy, Lyfgenia and Zynteglo, extra stem cells are also collected and stored without being changed. These back-up cells, sometimes called "rescue" cells, can be given if the changed cells do not take hold.
diagram-collect =
    .title = Apheresis
    .desc = A tube carries blood from the person's arm to an apheresis machine. The machine collects the stem cells into a bag.
    .frame-1 = Blood flows from the arm through a tube.
    .frame-2 = The machine picks out the stem cells.
    .frame-3 = The stem cells gather in a bag.

## 4. In the lab

step-ex-vivo-lab = In the lab: changing the cells' genes
    .lead = In the lab, the cells are grown for a few days with growth factors, [[protein|proteins]] that help them grow and divide. Then their [[gene|genes]] are changed in one of two ways. A [[vector|viral vector]] can carry a working copy of the gene into the cells. It is a virus that has been emptied out and changed so that it should not cause an infection. Or a gene editing tool, such as [[crispr|CRISPR]], can change the cell's own DNA.
fact-ex-vivo-lab-culture = The cells are kept in the lab for a few days with growth factors that help them grow and divide.
fact-ex-vivo-lab-vector-safe = A viral vector is a virus with its own genes swapped for a human gene. It can still carry genes into cells but is changed so that it should not cause an infection. Even so, Mayo Clinic lists infection from the virus among possible risks.
fact-ex-vivo-lab-vector-types = There are several kinds of viral vector. With some, like [[aav|AAV]], the gene mostly stays outside the cell's [[chromosome|chromosomes]]. [[lentivirus|Lentivirus]] vectors put it into the chromosomes, so the new gene is copied each time the stem cell divides.
fact-ex-vivo-lab-integrate = A lentiviral vector puts the new gene into the cell's chromosomes. Every blood cell that stem cell makes from then on carries the gene too.
fact-ex-vivo-lab-editing = Gene editing can aim to repair a faulty gene or to switch a gene off, right inside the cell's own DNA.
fact-ex-vivo-lab-casgevy-edit = Casgevy uses [[crispr|CRISPR]] to change a switch that controls a gene called BCL11A. Red blood cells then make fetal hemoglobin again, the kind made before birth. It does not repair the sickle cell or thalassemia gene itself.
fact-ex-vivo-lab-added-gene = Lyfgenia and Zynteglo work differently: a [[lentivirus|lentiviral vector]] adds a working, slightly changed beta-globin gene, which carries the instructions for part of adult hemoglobin. For Lyfgenia in sickle cell disease, the change helps its hemoglobin resist sickling.
fact-ex-vivo-lab-first-trial = History: the first gene therapy trial, in 1990, treated a 4-year-old girl with ADA-SCID, an inherited immune condition. Only her [[t-cell|T cells]] were changed, not her stem cells. Over 30 years later she was still well.
diagram-lab =
    .title = Changing the gene in the lab
    .desc = A round lab dish holds stem cells and small vector particles, each carrying a short piece of DNA. One particle holds on to a cell. Inside the cell's nucleus, the new piece of DNA joins a chromosome.
    .frame-1 = In a lab dish, vector particles are added to the stem cells.
    .frame-2 = The vector particles reach the cells and hold on.
    .frame-3 = The new gene is now in a chromosome: the cells are changed.

## 5. Testing and freezing

step-ex-vivo-test-freeze = Testing the cells, and often freezing them
    .lead = The changed cells are tested before they can go back. Then they can be frozen and stored until the person is ready, or given back fresh, soon after they are made. Making and testing the cells takes weeks to months, depending on the treatment, and sometimes more cells have to be collected first.
fact-ex-vivo-test-freeze-frozen = Changed cells can be given back straight away, or frozen and given back later.
fact-ex-vivo-test-freeze-checked = Gene therapy can change cells for life, so regulators watch the whole chain: the gene material, how it gets into cells, how it is made, its quality and safety, and follow-up. The cells are checked before they can be given.
fact-ex-vivo-test-freeze-months = For Casgevy, one hospital says making and testing the cells can take several months.
fact-ex-vivo-test-freeze-car-t-weeks = For comparison, making Kymriah, a [[car-t|CAR-T]] therapy that changes immune cells called [[t-cell|T cells]], takes about 3 to 4 weeks, says its patient website.
diagram-test-freeze =
    .title = Testing, and often freezing
    .desc = A bag of changed cells with a checklist showing the tests passed. An arrow leads to a tall freezer where the bag is stored, very cold, until the day of the infusion. Not every product is frozen: some are given fresh.
    .frame-1 = A bag of changed cells waits to be checked.
    .frame-2 = The tests are done and ticked off.
    .frame-3 = Here the bag goes into the freezer until the infusion; some products are given fresh instead.

## 6. Conditioning

step-ex-vivo-conditioning = Making room: conditioning
    .lead = Before the cells go back, many people get [[chemotherapy]] to make room in the [[bone-marrow|bone marrow]], so the changed [[stem-cell|stem cells]] can settle in and grow. This is called [[conditioning]]. How strong it is depends on the treatment: strong for sickle cell and thalassemia treatments like Casgevy, lighter or not needed at all for some immune conditions. Strong chemotherapy has serious side effects.
fact-ex-vivo-conditioning-why = Conditioning makes sure the changed stem cells have enough room in the bone marrow to grow.
fact-ex-vivo-conditioning-less = For some immune conditions, less chemotherapy is needed than for a [[transplant]] from an unrelated [[donor]], and some people need none. Casgevy, Lyfgenia and Zynteglo are different: they use full-strength chemotherapy.
fact-ex-vivo-conditioning-busulfan = For Casgevy, the chemotherapy is busulfan, given over several days in the week before the cells go back.
fact-ex-vivo-conditioning-side-effects = Besides raising the risk of infection, busulfan can lower [[platelet|platelets]], so bleeding is more likely. It can also cause mouth sores and hair loss, and it brings a risk of other cancers later on.
fact-ex-vivo-conditioning-fertility = Busulfan can cause infertility. This is why saving eggs or sperm is discussed at the start.
diagram-conditioning =
    .title = Conditioning
    .desc = A drip bag of chemotherapy hangs on a stand, its line running into the person's arm. In the bone beside it, the old marrow cells fade, leaving space for the new cells.
    .frame-1 = The old cells fill the bone marrow; chemotherapy waits in the drip bag.
    .frame-2 = Chemotherapy drips from the bag into the arm.
    .frame-3 = The old marrow cells fade, leaving space for new ones.

## 7. Infusion

step-ex-vivo-infusion = Getting the cells back
    .lead = On the day of the [[infusion]], the changed cells are thawed if they were frozen, then given back through a drip into a vein. They are the person's own cells, so no [[donor]] is needed, and the body does not attack them as it can attack a donor's cells. Even so, the changed cells do not always take hold (see the next step).
fact-ex-vivo-infusion-drip = After any conditioning, the cells are given back in a simple drip into a vein (an IV infusion).
fact-ex-vivo-infusion-own-cells = Because the cells are your own, your immune system does not attack them as strangers, and they do not attack your body. Both can happen with a donor's cells. Own cells can still, rarely, fail to take hold.
diagram-infusion =
    .title = Infusion
    .desc = A bag of changed cells, thawed if they were frozen, hangs on a drip stand. A line carries them into a vein in the person's arm, and two of the changed cells travel along the vein.
    .frame-1 = The changed cells, thawed if they were frozen, are in the drip bag.
    .frame-2 = The cells flow down the line into a vein.
    .frame-3 = The changed cells travel along the vein in the blood.

## 8. Engraftment and recovery

step-ex-vivo-engraftment = Engraftment and recovery
    .lead = Over the next weeks, the changed [[stem-cell|stem cells]] settle in the [[bone-marrow|bone marrow]] and start to make new blood cells. This is called [[engraftment]]. Until it happens, blood counts are low and infections are a real risk, so people stay in hospital and are watched closely. Engraftment can be slow, and in rare cases it fails. Then the back-up cells kept at collection can be given.
fact-ex-vivo-engraftment-slow-or-fail = For Casgevy, Lyfgenia and Zynteglo, the changed cells can be slow to take hold, or in rare cases fail to. If so, the stored back-up cells can be given instead. These do not carry the new gene.
fact-ex-vivo-engraftment-neutrophils = In a Casgevy study in beta thalassemia, white blood cells called [[neutrophil|neutrophils]] came back after 12 to 40 days in adults; about 4 weeks was typical.
fact-ex-vivo-engraftment-platelets = In the same study, [[platelet|platelets]], which help blood clot, took longer: the typical time was about 42 days in adults and 45 days in ages 12 to 17, roughly 6 weeks.
fact-ex-vivo-engraftment-hospital = For Casgevy, one hospital says the whole stay is about 4 to 6 weeks. Most people stay 3 to 5 weeks after the infusion.
fact-ex-vivo-engraftment-infection = One patient website says that after sickle cell gene therapy, the risk of infection stays high for about 6 months after the infusion.
fact-ex-vivo-engraftment-immune = For primary immunodeficiencies, the corrected cells spread through the body in about 2 to 3 months and can build a new, working [[immune-system|immune system]]. In later trials for one of them, ADA-SCID, most of the nearly 100 people treated gained lasting immune function.
diagram-engraftment =
    .title = Engraftment
    .desc = Inside a bone, the changed stem cells settle in the marrow. An arrow leads from them to a blood vessel below, where new red cells, white cells and platelets flow. A blood count chart beside it has bars that rise over the weeks.
    .frame-1 = The changed cells are in a blood vessel below the bone.
    .frame-2 = They settle in the marrow, and the blood count starts to rise.
    .frame-3 = New blood cells flow out, and the counts keep rising.

## 9. Long-term follow-up

step-ex-vivo-follow-up = Long-term follow-up
    .lead = After going home, check-ups go on for many years. Doctors check that the new cells keep working and watch for late problems. One is blood cancer. It can happen if a [[vector]] puts the new [[gene]] into a [[chromosome]] next to a gene that controls cell growth. Early trials with an older type of vector saw this in many people. Newer vectors were designed to make it less likely, but blood cancer has occurred with Lyfgenia, a newer product. Doctors keep checking.
fact-ex-vivo-follow-up-years = For vectors that build their gene into the chromosomes, check-ups go on for about 15 years. For Lyfgenia, blood counts should be checked for life.
fact-ex-vivo-follow-up-oncogenesis = Doctors call this risk [[insertional-oncogenesis|insertional oncogenesis]]. It was seen mostly with an older type of vector, called [[gammaretrovirus|gammaretroviral]]. Newer vectors were designed to make it less likely, not to rule it out, and doctors keep checking for it.
fact-ex-vivo-follow-up-lyfgenia-warning = Lyfgenia uses a newer, [[lentivirus|lentiviral]] vector. Its label carries a boxed warning: blood cancer has occurred in people treated with it. Blood counts should be checked for the rest of the person's life.
fact-ex-vivo-follow-up-strimvelis = By 2020, 33 people with ADA-SCID, an immune condition, had been treated with Strimvelis, an older-type gene therapy approved in Europe. One got leukemia about 4 years after treatment.
fact-ex-vivo-follow-up-heredity = In stem-cell gene therapy, only blood-forming cells are changed, not eggs or sperm, so a treated person can still pass the faulty gene on to their children. Genetic counseling can help a family understand the risks and choices.
fact-ex-vivo-follow-up-limits = For primary immunodeficiencies, the IDF says gene therapy cannot undo damage the condition caused before treatment, such as lung damage from past infections.
diagram-follow-up =
    .title = Follow-up over the years
    .desc = A timeline runs across many years, with a check-up marked on it again and again. Each check-up shows a blood test tube and a tick for healthy blood cells.
    .frame-1 = The first check-up comes after going home.
    .frame-2 = Check-ups carry on, each one ticked off.
    .frame-3 = Check-ups go on for many years.

## Pictures of products whose method differs (`scenes` in content/therapies/ex-vivo.toml).
## Their words rest on the sources of the products that show them.

diagram-lab-edit =
    .title = Editing the cells' DNA in the lab
    .desc = A round lab dish holds stem cells. A gene editing tool (CRISPR) is added. Inside a cell's nucleus, it finds one chosen place in a chromosome, a switch for a gene called BCL11A, and changes it there. No new gene is added.
    .frame-1 = In a lab dish, a gene editing tool (CRISPR) is added to the stem cells.
    .frame-2 = Inside each cell, the tool finds one chosen place in the DNA: a switch for the BCL11A gene.
    .frame-3 = The switch is changed, so red blood cells made from these cells can make fetal hemoglobin again. No gene was added.
diagram-collect-t-cells =
    .title = Collecting T cells by apheresis
    .desc = A tube carries blood from the person's arm to an apheresis machine and back. The machine keeps white blood cells, which include the T cells, in a bag.
    .frame-1 = Blood flows from the arm through a tube.
    .frame-2 = The machine keeps the white blood cells, which include the T cells.
    .frame-3 = These cells gather in a bag.
diagram-lab-car-t =
    .title = Changing the T cells in the lab
    .desc = A round lab dish holds the person's own T cells, a kind of immune cell. A change is made to their genes. Each changed T cell, drawn with small Y shapes, gains a new ability: it can recognize the cancer cells, find them and attack them.
    .frame-1 = The person's own T cells are in a lab dish.
    .frame-2 = A change is made to the T cells' genes.
    .frame-3 = Now they are CAR-T cells: changed T cells that can seek out the cancer and attack it.
